import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { NotificationDeliveryRepository } from '../deliveries/notification-delivery.repository.js';
import type { EmailConfirmation } from './email-confirmation.repository.js';
import { EmailConfirmationRepository } from './email-confirmation.repository.js';

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

/**
 * E-mail addresses and their double opt-in (issue #11), for the worker: which owners have a
 * confirmed address (planning), what a delivery's target is when it is sent, the token of a
 * confirmation mail (only its SHA-256 is stored), and the confirmation request a proxy form's
 * address gets before anything else.
 */
@Injectable()
export class EmailAddressBook {
  constructor(
    private readonly confirmations: EmailConfirmationRepository,
    private readonly deliveries: NotificationDeliveryRepository,
  ) {}

  /** Owner id → confirmed address: a resident's current contact, or a proxy form's confirmed address. */
  async confirmedAddresses(
    manager: EntityManager,
    ownerIds: readonly string[],
  ): Promise<Map<string, string>> {
    if (ownerIds.length === 0) {
      return new Map();
    }
    return this.confirmations.findConfirmedAddresses(manager, [...new Set(ownerIds)]);
  }

  /** Reads each target's address now: an address removed, changed or not confirmed since the delivery was written is not mailed. */
  async resolve(targets: readonly string[]): Promise<EmailAddressAtSendTime[]> {
    const confirmationIds = targets
      .filter((target) => target.startsWith(CONFIRMATION_TARGET_PREFIX))
      .map((target) => target.slice(CONFIRMATION_TARGET_PREFIX.length));
    const ownerIds = targets.filter((target) => !target.startsWith(CONFIRMATION_TARGET_PREFIX));
    const rows = await this.confirmations.findByIdsOrCurrentOf(confirmationIds, ownerIds);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const currentByOwner = new Map(
      rows.filter((row) => row.supersededAt === null).map((row) => [row.ownerId, row]),
    );
    return targets.map((target) =>
      target.startsWith(CONFIRMATION_TARGET_PREFIX)
        ? confirmationTarget(byId.get(target.slice(CONFIRMATION_TARGET_PREFIX.length)))
        : notificationTarget(currentByOwner.get(target)),
    );
  }

  /** Only the token's SHA-256 is stored; false when the confirmation is no longer waiting. */
  storeToken(confirmationId: string, tokenHash: string, expiresAt: Date): Promise<boolean> {
    return this.confirmations.storeTokenHash(confirmationId, tokenHash, expiresAt);
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
    const current = await this.confirmations.lockCurrentOf(manager, request.ownerId);
    if (current?.email === request.email) {
      if (current.declinedAt !== null) {
        return 'declined';
      }
      if (current.confirmedAt !== null) {
        return 'confirmed';
      }
      // A link that expired unused: a later status change asks again, a few times at most.
      const hasExpired =
        current.tokenExpiresAt !== null &&
        current.tokenExpiresAt.getTime() <= request.now.getTime();
      if (!hasExpired || current.requestCount >= MAX_THIRD_PARTY_REQUESTS) {
        return 'waiting';
      }
      await this.confirmations.countRequest(manager, current.id, request.now);
      await this.queueConfirmationRequest(manager, {
        ...request,
        confirmationId: current.id,
        requestNumber: current.requestCount + 1,
      });
      return 'confirmation_requested';
    }
    if (current) {
      await this.confirmations.supersede(manager, current.id, request.now);
    }
    const id = randomUUID();
    await this.confirmations.insertForApplicationSubject(manager, { ...request, id });
    await this.queueConfirmationRequest(manager, {
      ...request,
      confirmationId: id,
      requestNumber: 1,
    });
    return 'confirmation_requested';
  }

  /** The confirmation request to a proxy form's address, as an e-mail delivery (the address is read when sending). */
  private async queueConfirmationRequest(
    manager: EntityManager,
    request: {
      ownerId: string;
      municipalityCode: string;
      now: Date;
      confirmationId: string;
      requestNumber: number;
    },
  ): Promise<void> {
    await this.deliveries.insertConfirmationRequest(manager, {
      id: randomUUID(),
      municipalityCode: request.municipalityCode,
      recipientId: request.ownerId,
      target: `${CONFIRMATION_TARGET_PREFIX}${request.confirmationId}`,
      dedupeKey: `${CONFIRMATION_TARGET_PREFIX}${request.confirmationId}:${request.requestNumber}`,
      payload: {
        title: '連絡先の確認のお願い / Please confirm a contact address',
        body: '',
        url: '',
      },
      now: request.now,
    });
  }
}

function confirmationTarget(row: EmailConfirmation | undefined): EmailAddressAtSendTime {
  if (!row || row.supersededAt !== null) {
    return { kind: 'none', reason: 'confirmation_superseded' };
  }
  if (row.declinedAt !== null) {
    return { kind: 'none', reason: 'email_declined' };
  }
  if (row.confirmedAt !== null) {
    return { kind: 'none', reason: 'already_confirmed' };
  }
  return {
    kind: 'confirmation',
    confirmationId: row.id,
    email: row.email,
    ownerKind: row.ownerKind,
    municipalityName: row.municipalityName,
  };
}

function notificationTarget(row: EmailConfirmation | undefined): EmailAddressAtSendTime {
  if (!row || (row.ownerKind === 'resident' && row.contactEmail === null)) {
    return { kind: 'none', reason: 'email_removed' };
  }
  if (row.declinedAt !== null) {
    return { kind: 'none', reason: 'email_declined' };
  }
  if (
    row.confirmedAt === null ||
    (row.ownerKind === 'resident' && row.contactEmail !== row.email)
  ) {
    return { kind: 'none', reason: 'email_unconfirmed' };
  }
  return { kind: 'notification', email: row.email };
}
