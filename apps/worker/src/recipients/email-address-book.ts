import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

/** The target of a confirmation mail's delivery; any other e-mail target is the owner of the address. */
export const CONFIRMATION_TARGET_PREFIX = 'email-confirmation:';

/** What an e-mail delivery's target points at when it is sent, read then (never copied into the delivery). */
export type EmailAddressAtSendTime =
  | { kind: 'notification'; email: string }
  | {
      kind: 'confirmation';
      confirmationId: string;
      email: string;
      ownerKind: 'resident' | 'application_subject';
      municipalityName: { ja: string; en: string } | null;
    }
  /** Why nothing is sent: recorded on the delivery (`skipped`). */
  | {
      kind: 'none';
      reason:
        | 'email_removed'
        | 'email_unconfirmed'
        | 'email_declined'
        | 'confirmation_superseded'
        | 'already_confirmed';
    };

/** Confirmation requests a proxy form's address gets at most: one, and again after an unused link expired. */
const MAX_THIRD_PARTY_REQUESTS = 3;

/** What a proxy form's address for the person applied for may receive now. */
export type ThirdPartyAddressState =
  'confirmed' | 'confirmation_requested' | 'waiting' | 'declined';

type ConfirmationRow = {
  id: string;
  owner_id: string;
  owner_kind: 'resident' | 'application_subject';
  email: string;
  confirmed_at: Date | null;
  declined_at: Date | null;
  superseded_at: Date | null;
  contact_email: string | null;
  municipality_name: { ja: string; en: string } | null;
};

/**
 * E-mail addresses and their double opt-in (issue #11), for the worker: which owners have a
 * confirmed address (planning), what a delivery's target is when it is sent, the token of a
 * confirmation mail (only its SHA-256 is stored), and the confirmation request a proxy form's
 * address gets before anything else.
 */
@Injectable()
export class EmailAddressBook {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Owner id → confirmed address: a resident's current contact, or a proxy form's confirmed address. */
  async confirmedAddresses(
    manager: EntityManager,
    ownerIds: readonly string[],
  ): Promise<Map<string, string>> {
    if (ownerIds.length === 0) {
      return new Map();
    }
    const rows: { owner_id: string; email: string }[] = await manager.query(
      `SELECT e.owner_id, e.email FROM email_confirmations e
         LEFT JOIN notification_contacts c ON c.resident_id = e.owner_id
        WHERE e.owner_id = ANY($1) AND e.superseded_at IS NULL AND e.confirmed_at IS NOT NULL AND e.declined_at IS NULL
          AND (e.owner_kind = 'application_subject' OR c.email = e.email)`,
      [[...new Set(ownerIds)]],
    );
    return new Map(rows.map((row) => [row.owner_id, row.email]));
  }

  /** Reads each target's address now: an address removed, changed or not confirmed since the delivery was written is not mailed. */
  async resolve(targets: readonly string[]): Promise<EmailAddressAtSendTime[]> {
    const confirmationIds = targets
      .filter((target) => target.startsWith(CONFIRMATION_TARGET_PREFIX))
      .map((target) => target.slice(CONFIRMATION_TARGET_PREFIX.length));
    const ownerIds = targets.filter((target) => !target.startsWith(CONFIRMATION_TARGET_PREFIX));
    const rows: ConfirmationRow[] = await this.dataSource.query(
      `SELECT e.id, e.owner_id, e.owner_kind, e.email, e.confirmed_at, e.declined_at, e.superseded_at, c.email AS contact_email,
              m.name AS municipality_name
         FROM email_confirmations e
         LEFT JOIN notification_contacts c ON c.resident_id = e.owner_id
         LEFT JOIN municipalities m ON m.code = e.municipality_code
        WHERE e.id = ANY($1::uuid[]) OR (e.owner_id = ANY($2) AND e.superseded_at IS NULL)`,
      [confirmationIds, ownerIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const currentByOwner = new Map(
      rows.filter((row) => row.superseded_at === null).map((row) => [row.owner_id, row]),
    );
    return targets.map((target) =>
      target.startsWith(CONFIRMATION_TARGET_PREFIX)
        ? confirmationTarget(byId.get(target.slice(CONFIRMATION_TARGET_PREFIX.length)))
        : notificationTarget(currentByOwner.get(target)),
    );
  }

  /**
   * Stores the hash of a new token for a confirmation still waiting (the token of an earlier mail
   * stops working: the latest mail's link is the one that works); false when it is not waiting.
   */
  async storeToken(confirmationId: string, tokenHash: string, expiresAt: Date): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE email_confirmations SET token_hash = $2, token_expires_at = $3
        WHERE id = $1 AND superseded_at IS NULL AND confirmed_at IS NULL AND declined_at IS NULL`,
      [confirmationId, tokenHash, expiresAt],
    );
    return count === 1;
  }

  /**
   * The address a proxy form gave for the person applied for, owned by `application-subject:<id>`:
   * confirmed → it may get the status change; new or changed → one confirmation request is queued
   * (in the caller's transaction) and nothing about the application is sent; waiting or declined → nothing.
   */
  async requestThirdPartyConfirmation(
    manager: EntityManager,
    request: { ownerId: string; email: string; municipalityCode: string; now: Date },
  ): Promise<ThirdPartyAddressState> {
    const [current]: {
      id: string;
      email: string;
      confirmed_at: Date | null;
      declined_at: Date | null;
      token_expires_at: Date | null;
      request_count: number;
    }[] = await manager.query(
      `SELECT id, email, confirmed_at, declined_at, token_expires_at, request_count
         FROM email_confirmations WHERE owner_id = $1 AND superseded_at IS NULL FOR UPDATE`,
      [request.ownerId],
    );
    if (current?.email === request.email) {
      if (current.declined_at !== null) {
        return 'declined';
      }
      if (current.confirmed_at !== null) {
        return 'confirmed';
      }
      // A link that expired unused: a later status change asks again, a few times at most.
      const hasExpired =
        current.token_expires_at !== null &&
        current.token_expires_at.getTime() <= request.now.getTime();
      if (!hasExpired || current.request_count >= MAX_THIRD_PARTY_REQUESTS) {
        return 'waiting';
      }
      await manager.query(
        `UPDATE email_confirmations SET request_count = request_count + 1, last_requested_at = $2 WHERE id = $1`,
        [current.id, request.now],
      );
      await queueConfirmationRequest(manager, {
        ...request,
        confirmationId: current.id,
        requestNumber: current.request_count + 1,
      });
      return 'confirmation_requested';
    }
    if (current) {
      await manager.query(
        `UPDATE email_confirmations SET superseded_at = $2, token_hash = NULL WHERE id = $1`,
        [current.id, request.now],
      );
    }
    const id = randomUUID();
    await manager.query(
      `INSERT INTO email_confirmations (id, owner_id, owner_kind, municipality_code, email, window_started_at, last_requested_at, created_at)
       VALUES ($1, $2, 'application_subject', $3, $4, $5, $5, $5)`,
      [id, request.ownerId, request.municipalityCode, request.email, request.now],
    );
    await queueConfirmationRequest(manager, { ...request, confirmationId: id, requestNumber: 1 });
    return 'confirmation_requested';
  }
}

/** The confirmation request to a proxy form's address, as an e-mail delivery (the address is read when sending). */
async function queueConfirmationRequest(
  manager: EntityManager,
  request: {
    ownerId: string;
    municipalityCode: string;
    now: Date;
    confirmationId: string;
    requestNumber: number;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_deliveries (id, municipality_code, recipient_id, notification_id, category, channel, target, dedupe_key, payload, status, not_before, created_at)
     VALUES ($1, $2, $3, NULL, 'application', 'email', $4, $5, $6, 'scheduled', $7, $7)`,
    [
      randomUUID(),
      request.municipalityCode,
      request.ownerId,
      `${CONFIRMATION_TARGET_PREFIX}${request.confirmationId}`,
      `${CONFIRMATION_TARGET_PREFIX}${request.confirmationId}:${request.requestNumber}`,
      JSON.stringify({
        title: '連絡先の確認のお願い / Please confirm a contact address',
        body: '',
        url: '',
      }),
      request.now,
    ],
  );
}

function confirmationTarget(row: ConfirmationRow | undefined): EmailAddressAtSendTime {
  if (!row || row.superseded_at !== null) {
    return { kind: 'none', reason: 'confirmation_superseded' };
  }
  if (row.declined_at !== null) {
    return { kind: 'none', reason: 'email_declined' };
  }
  if (row.confirmed_at !== null) {
    return { kind: 'none', reason: 'already_confirmed' };
  }
  return {
    kind: 'confirmation',
    confirmationId: row.id,
    email: row.email,
    ownerKind: row.owner_kind,
    municipalityName: row.municipality_name,
  };
}

function notificationTarget(row: ConfirmationRow | undefined): EmailAddressAtSendTime {
  if (!row || (row.owner_kind === 'resident' && row.contact_email === null)) {
    return { kind: 'none', reason: 'email_removed' };
  }
  if (row.declined_at !== null) {
    return { kind: 'none', reason: 'email_declined' };
  }
  if (
    row.confirmed_at === null ||
    (row.owner_kind === 'resident' && row.contact_email !== row.email)
  ) {
    return { kind: 'none', reason: 'email_unconfirmed' };
  }
  return { kind: 'notification', email: row.email };
}
