import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DeliveryChannel, NotificationCategory } from '@madoguchi/notifications-contracts';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

/** What a delivery carries: the text already rendered in the recipient's language. */
export type DeliveryPayload = { title: string; body: string; url: string };

/** A delivery row to insert. */
export type NewDelivery = {
  id: string;
  municipalityCode: string;
  recipientId: string;
  notificationId: string | null;
  category: NotificationCategory;
  channel: DeliveryChannel;
  target: string;
  dedupeKey: string;
  payload: DeliveryPayload;
  status: 'scheduled' | 'sent';
  notBefore: Date;
  sentAt: Date | null;
};

/** A delivery the relay offers: what its job id is made of, and its channel to group by. */
export type OfferedDelivery = { id: string; round: number; attempts: number; channel: string };

/** A delivery claimed for sending (`sending`, its attempt counted). */
export type ClaimedDelivery = {
  id: string;
  recipientId: string;
  channel: string;
  target: string;
  notificationId: string | null;
  attempts: number;
  payload: DeliveryPayload;
};

/** What sending did to a delivery. */
export type DeliveryOutcome = {
  status: 'sent' | 'skipped' | 'temporary_failure' | 'permanent_failure';
  lastError: string | null;
  /** When a temporary failure is offered again (the contracts' backoff). */
  retryAt: Date | null;
};

type ClaimedRecord = {
  id: string;
  recipient_id: string;
  channel: string;
  target: string;
  notification_id: string | null;
  attempts: number;
  payload: DeliveryPayload;
};

/** The only place in the worker that touches `notification_deliveries`. */
@Injectable()
export class NotificationDeliveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts in the caller's transaction; a dedupe key written by an earlier attempt is kept as it is. */
  async insertNew(manager: EntityManager, rows: readonly NewDelivery[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO notification_deliveries
         (id, municipality_code, recipient_id, notification_id, category, channel, target, dedupe_key, payload, status, not_before, sent_at, created_at)
       SELECT u.*, now() FROM unnest($1::uuid[], $2::char(6)[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[],
                             $9::jsonb[], $10::text[], $11::timestamptz[], $12::timestamptz[]) AS u
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        rows.map((row) => row.id),
        rows.map((row) => row.municipalityCode),
        rows.map((row) => row.recipientId),
        rows.map((row) => row.notificationId),
        rows.map((row) => row.category),
        rows.map((row) => row.channel),
        rows.map((row) => row.target),
        rows.map((row) => row.dedupeKey),
        rows.map((row) => JSON.stringify(row.payload)),
        rows.map((row) => row.status),
        rows.map((row) => row.notBefore),
        rows.map((row) => row.sentAt),
      ],
    );
  }

  /** The e-mail delivery of a confirmation request (its dedupe key counts the requests), in the caller's transaction. */
  async insertConfirmationRequest(
    manager: EntityManager,
    request: Pick<
      NewDelivery,
      'id' | 'municipalityCode' | 'recipientId' | 'target' | 'dedupeKey'
    > & {
      payload: DeliveryPayload;
      now: Date;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_deliveries (id, municipality_code, recipient_id, notification_id, category, channel, target, dedupe_key, payload, status, not_before, created_at)
       VALUES ($1, $2, $3, NULL, 'application', 'email', $4, $5, $6, 'scheduled', $7, $7)`,
      [
        request.id,
        request.municipalityCode,
        request.recipientId,
        request.target,
        request.dedupeKey,
        JSON.stringify(request.payload),
        request.now,
      ],
    );
  }

  /** Deliveries whose time has come (first send, a retry after a temporary failure, a staff retry). */
  claimDue(manager: EntityManager, now: Date, limit: number): Promise<OfferedDelivery[]> {
    return manager.query(
      `SELECT id, round, attempts, channel FROM notification_deliveries
        WHERE status IN ('scheduled', 'temporary_failure') AND not_before <= $1
        ORDER BY not_before LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
  }

  /** Deliveries offered before `queuedBefore` and still `queued`: their job was lost with Redis' memory. */
  claimLostJobs(
    manager: EntityManager,
    queuedBefore: Date,
    limit: number,
  ): Promise<OfferedDelivery[]> {
    return manager.query(
      `SELECT id, round, attempts, channel FROM notification_deliveries
        WHERE status = 'queued' AND queued_at < $1
        ORDER BY queued_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [queuedBefore, limit],
    );
  }

  /** Deliveries left `sending` past their lease: their sender died, whether they went out is in doubt. */
  claimInDoubt(manager: EntityManager, now: Date, limit: number): Promise<OfferedDelivery[]> {
    return manager.query(
      `SELECT id, round, attempts, channel FROM notification_deliveries
        WHERE status = 'sending' AND sending_until < $1
        ORDER BY sending_until LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
  }

  /** A `sending` row stays `sending`: only the handler's claim turns it over. */
  async markQueued(manager: EntityManager, ids: readonly string[], now: Date): Promise<void> {
    await manager.query(
      `UPDATE notification_deliveries SET status = CASE WHEN status = 'sending' THEN status ELSE 'queued' END, queued_at = $2
        WHERE id = ANY($1::uuid[])`,
      [ids, now],
    );
  }

  /**
   * Claims for sending: `sending`, an attempt counted, the lease until `leaseUntil`.
   * 'scheduled' and 'temporary_failure' too: the job can start before the relay's transaction
   * that enqueued it commits; matching the old row version makes this UPDATE wait for that
   * commit, then see 'queued'. A `sending` row is taken only once its lease has run out (its
   * sender died); a stalled job re-run earlier claims nothing, and the relay offers it later.
   */
  async claimForSending(
    ids: readonly string[],
    now: Date,
    leaseUntil: Date,
  ): Promise<ClaimedDelivery[]> {
    const [claimed]: [ClaimedRecord[], number] = await this.dataSource.query(
      `UPDATE notification_deliveries
          SET attempts = attempts + 1, status = 'sending', sending_until = $3,
              in_doubt_resends = in_doubt_resends + CASE WHEN status = 'sending' THEN 1 ELSE 0 END
        WHERE id = ANY($1::uuid[])
          AND (status IN ('scheduled', 'queued', 'temporary_failure') OR (status = 'sending' AND sending_until < $2))
        RETURNING id, recipient_id, channel, target, notification_id, attempts, payload`,
      [ids, now, leaseUntil],
    );
    return claimed.map((row) => ({
      id: row.id,
      recipientId: row.recipient_id,
      channel: row.channel,
      target: row.target,
      notificationId: row.notification_id,
      attempts: row.attempts,
      payload: row.payload,
    }));
  }

  /** Records each outcome, on rows still `sending` only. */
  async recordOutcomes(outcomes: ReadonlyMap<string, DeliveryOutcome>, now: Date): Promise<void> {
    const entries = [...outcomes];
    await this.dataSource.query(
      `UPDATE notification_deliveries d
          SET status = u.status, last_error = u.last_error, sending_until = NULL,
              not_before = COALESCE(u.retry_at, d.not_before),
              sent_at = CASE WHEN u.status = 'sent' THEN $5::timestamptz ELSE d.sent_at END,
              failed_at = CASE WHEN u.status = 'permanent_failure' THEN $5::timestamptz ELSE d.failed_at END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS u(id, status, last_error, retry_at)
        WHERE d.id = u.id AND d.status = 'sending'`,
      [
        entries.map(([id]) => id),
        entries.map(([, outcome]) => outcome.status),
        entries.map(([, outcome]) => outcome.lastError),
        entries.map(([, outcome]) => outcome.retryAt),
        now,
      ],
    );
  }
}
