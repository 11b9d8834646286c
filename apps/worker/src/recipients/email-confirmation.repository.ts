import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

type OwnerKind = 'resident' | 'application_subject';

/** A confirmation with what sending to it depends on: the owner's current contact, the municipality. */
export type EmailConfirmation = {
  id: string;
  ownerId: string;
  ownerKind: OwnerKind;
  email: string;
  confirmedAt: Date | null;
  declinedAt: Date | null;
  supersededAt: Date | null;
  /** The resident's contact address now (null: none, or not a resident). */
  contactEmail: string | null;
  municipalityName: { ja: string; en: string } | null;
};

/** The current confirmation of a proxy form's address, as the request decision needs it. */
export type CurrentConfirmation = {
  id: string;
  email: string;
  confirmedAt: Date | null;
  declinedAt: Date | null;
  tokenExpiresAt: Date | null;
  requestCount: number;
};

type ConfirmationRecord = {
  id: string;
  owner_id: string;
  owner_kind: OwnerKind;
  email: string;
  confirmed_at: Date | null;
  declined_at: Date | null;
  superseded_at: Date | null;
  contact_email: string | null;
  municipality_name: { ja: string; en: string } | null;
};

/** The only place in the worker that touches `email_confirmations` (and reads `notification_contacts`). */
@Injectable()
export class EmailConfirmationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Owner id → confirmed address: a resident's current contact, or a proxy form's confirmed address. */
  async findConfirmedAddresses(
    manager: EntityManager,
    ownerIds: readonly string[],
  ): Promise<Map<string, string>> {
    const rows: { owner_id: string; email: string }[] = await manager.query(
      `SELECT e.owner_id, e.email FROM email_confirmations e
         LEFT JOIN notification_contacts c ON c.resident_id = e.owner_id
        WHERE e.owner_id = ANY($1) AND e.superseded_at IS NULL AND e.confirmed_at IS NOT NULL AND e.declined_at IS NULL
          AND (e.owner_kind = 'application_subject' OR c.email = e.email)`,
      [ownerIds],
    );
    return new Map(rows.map((row) => [row.owner_id, row.email]));
  }

  /** These confirmations, and the current one of each of these owners. */
  async findByIdsOrCurrentOf(
    confirmationIds: readonly string[],
    ownerIds: readonly string[],
  ): Promise<EmailConfirmation[]> {
    const rows: ConfirmationRecord[] = await this.dataSource.query(
      `SELECT e.id, e.owner_id, e.owner_kind, e.email, e.confirmed_at, e.declined_at, e.superseded_at, c.email AS contact_email,
              m.name AS municipality_name
         FROM email_confirmations e
         LEFT JOIN notification_contacts c ON c.resident_id = e.owner_id
         LEFT JOIN municipalities m ON m.code = e.municipality_code
        WHERE e.id = ANY($1::uuid[]) OR (e.owner_id = ANY($2) AND e.superseded_at IS NULL)`,
      [confirmationIds, ownerIds],
    );
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.owner_id,
      ownerKind: row.owner_kind,
      email: row.email,
      confirmedAt: row.confirmed_at,
      declinedAt: row.declined_at,
      supersededAt: row.superseded_at,
      contactEmail: row.contact_email,
      municipalityName: row.municipality_name,
    }));
  }

  /**
   * The hash of a new token for a confirmation still waiting (the token of an earlier mail stops
   * working: the latest mail's link is the one that works); false when it is not waiting.
   */
  async storeTokenHash(
    confirmationId: string,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE email_confirmations SET token_hash = $2, token_expires_at = $3
        WHERE id = $1 AND superseded_at IS NULL AND confirmed_at IS NULL AND declined_at IS NULL`,
      [confirmationId, tokenHash, expiresAt],
    );
    return count === 1;
  }

  /** The owner's current confirmation, locked until the caller's transaction ends. */
  async lockCurrentOf(
    manager: EntityManager,
    ownerId: string,
  ): Promise<CurrentConfirmation | undefined> {
    const [row]: {
      id: string;
      email: string;
      confirmed_at: Date | null;
      declined_at: Date | null;
      token_expires_at: Date | null;
      request_count: number;
    }[] = await manager.query(
      `SELECT id, email, confirmed_at, declined_at, token_expires_at, request_count
         FROM email_confirmations WHERE owner_id = $1 AND superseded_at IS NULL FOR UPDATE`,
      [ownerId],
    );
    return (
      row && {
        id: row.id,
        email: row.email,
        confirmedAt: row.confirmed_at,
        declinedAt: row.declined_at,
        tokenExpiresAt: row.token_expires_at,
        requestCount: row.request_count,
      }
    );
  }

  async countRequest(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE email_confirmations SET request_count = request_count + 1, last_requested_at = $2 WHERE id = $1`,
      [id, now],
    );
  }

  /** A superseded confirmation's link stops working: its token hash goes with it. */
  async supersede(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE email_confirmations SET superseded_at = $2, token_hash = NULL WHERE id = $1`,
      [id, now],
    );
  }

  async insertForApplicationSubject(
    manager: EntityManager,
    confirmation: {
      id: string;
      ownerId: string;
      municipalityCode: string;
      email: string;
      now: Date;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO email_confirmations (id, owner_id, owner_kind, municipality_code, email, window_started_at, last_requested_at, created_at)
       VALUES ($1, $2, 'application_subject', $3, $4, $5, $5, $5)`,
      [
        confirmation.id,
        confirmation.ownerId,
        confirmation.municipalityCode,
        confirmation.email,
        confirmation.now,
      ],
    );
  }
}
