import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

/** The current (not superseded) confirmation of an owner's address. */
export type EmailConfirmationRow = {
  id: string;
  email: string;
  confirmedAt: Date | null;
  requestCount: number;
  windowStartedAt: Date;
  lastRequestedAt: Date;
};

type RawRow = {
  id: string;
  email: string;
  confirmed_at: Date | null;
  request_count: number;
  window_started_at: Date;
  last_requested_at: Date;
};

export type TokenOutcome =
  | { kind: 'done'; ownerKind: 'resident' | 'application_subject' }
  | { kind: 'expired' }
  | { kind: 'invalid' };

/**
 * The API's only place that touches `email_confirmations` and writes confirmation-mail
 * deliveries; the address itself stays in `notification_contacts` (NotificationSettingsRepository
 * reads it) and is changed here, in the same transaction as its confirmation.
 */
@Injectable()
export class EmailConfirmationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findCurrent(ownerId: string): Promise<EmailConfirmationRow | null> {
    const [row]: RawRow[] = await this.dataSource.query(
      `SELECT id, email, confirmed_at, request_count, window_started_at, last_requested_at
         FROM email_confirmations WHERE owner_id = $1 AND superseded_at IS NULL AND declined_at IS NULL`,
      [ownerId],
    );
    return row ? toRow(row) : null;
  }

  /** Confirmation mails asked for by this owner since `since`, over every address they set. */
  async countRequestsSince(ownerId: string, since: Date): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT COALESCE(sum(request_count), 0)::int AS n FROM email_confirmations WHERE owner_id = $1 AND window_started_at > $2`,
      [ownerId, since],
    );
    return row?.n ?? 0;
  }

  /**
   * Sets (or removes, with null) a resident's address: the earlier confirmation is superseded
   * (its link stops working), a new one starts unconfirmed and its confirmation mail is queued.
   */
  async replaceResidentEmail(residentId: string, email: string | null, now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO notification_contacts (resident_id, email, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (resident_id) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
        [residentId, email],
      );
      await manager.query(
        `UPDATE email_confirmations SET superseded_at = $2, token_hash = NULL WHERE owner_id = $1 AND superseded_at IS NULL`,
        [residentId, now],
      );
      if (email === null) {
        return;
      }
      const id = randomUUID();
      await manager.query(
        `INSERT INTO email_confirmations (id, owner_id, owner_kind, email, request_count, window_started_at, last_requested_at, created_at)
         VALUES ($1, $2, 'resident', $3, 1, $4, $4, $4)`,
        [id, residentId, email, now],
      );
      await queueConfirmationMail(manager, {
        confirmationId: id,
        ownerId: residentId,
        requestNumber: 1,
        now,
      });
    });
  }

  /** Queues the confirmation mail again (a new token is drawn when it is sent; the last one works). */
  async requestAgain(
    ownerId: string,
    row: EmailConfirmationRow,
    requestCount: number,
    windowStartedAt: Date,
    now: Date,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE email_confirmations SET request_count = $2, window_started_at = $3, last_requested_at = $4 WHERE id = $1`,
        [row.id, requestCount, windowStartedAt, now],
      );
      await queueConfirmationMail(manager, {
        confirmationId: row.id,
        ownerId,
        requestNumber: row.requestCount + 1,
        now: now,
        suffix: now.getTime(),
      });
    });
  }

  /** Uses a token once: confirms (or declines) the address it was sent to, if still current and not expired. */
  async useToken(
    tokenHash: string,
    action: 'confirm' | 'decline',
    now: Date,
  ): Promise<TokenOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: {
        id: string;
        owner_id: string;
        owner_kind: 'resident' | 'application_subject';
        email: string;
        token_expires_at: Date | null;
      }[] = await manager.query(
        `SELECT id, owner_id, owner_kind, email, token_expires_at FROM email_confirmations
            WHERE token_hash = $1 AND superseded_at IS NULL AND confirmed_at IS NULL AND declined_at IS NULL FOR UPDATE`,
        [tokenHash],
      );
      if (!row) {
        return { kind: 'invalid' };
      }
      if (row.token_expires_at === null || row.token_expires_at.getTime() <= now.getTime()) {
        return { kind: 'expired' };
      }
      await manager.query(
        `UPDATE email_confirmations SET token_hash = NULL, ${action === 'confirm' ? 'confirmed_at' : 'declined_at'} = $2 WHERE id = $1`,
        [row.id, now],
      );
      // "Not my address": a resident's address another person declined is removed from the settings.
      // The link is anonymous: the token stands for its resident, whose row-level scope this is.
      if (action === 'decline' && row.owner_kind === 'resident') {
        await manager.query(`SELECT set_config('app.resident_id', $1, true)`, [row.owner_id]);
        await manager.query(
          `UPDATE notification_contacts SET email = NULL, updated_at = now() WHERE resident_id = $1 AND email = $2`,
          [row.owner_id, row.email],
        );
      }
      return { kind: 'done', ownerKind: row.owner_kind };
    });
  }
}

function toRow(row: RawRow): EmailConfirmationRow {
  return {
    id: row.id,
    email: row.email,
    confirmedAt: row.confirmed_at,
    requestCount: row.request_count,
    windowStartedAt: row.window_started_at,
    lastRequestedAt: row.last_requested_at,
  };
}

/**
 * The confirmation mail as a delivery of the e-mail channel: the target names the confirmation,
 * the worker reads the address and draws the token when it sends (no address or token here).
 */
async function queueConfirmationMail(
  manager: EntityManager,
  mail: {
    confirmationId: string;
    ownerId: string;
    requestNumber: number;
    now: Date;
    suffix?: number;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO notification_deliveries (id, municipality_code, recipient_id, notification_id, category, channel, target, dedupe_key, payload, status, not_before, created_at)
     VALUES ($1, NULL, $2, NULL, 'application', 'email', $3, $4, $5, 'scheduled', $6, $6)`,
    [
      randomUUID(),
      mail.ownerId,
      `email-confirmation:${mail.confirmationId}`,
      `email-confirmation:${mail.confirmationId}:${mail.requestNumber}:${mail.suffix ?? 0}`,
      JSON.stringify({
        title: 'メールアドレスの確認 / Confirm your e-mail address',
        body: '',
        url: '',
      }),
      mail.now,
    ],
  );
}
