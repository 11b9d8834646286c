import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SendDeliveriesJobData } from '@madoguchi/notifications-contracts';
import {
  MAX_DELIVERY_ATTEMPTS,
  SEND_DELIVERIES_JOB,
  deliveryRetryDelayMs,
} from '@madoguchi/notifications-contracts';
import { DataSource } from 'typeorm';

import type { WorkerEnv } from '../config/env.js';
import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import { groupBy } from '../infrastructure/group-by.js';
import { WORKER_ENV } from '../infrastructure/tokens.js';
import type { JobHandler, JobOutcome } from '../infrastructure/job-handler.js';
import type {
  ChannelResult,
  NotificationChannel,
  OutgoingMessage,
} from './channels/notification-channel.js';
import { NOTIFICATION_CHANNELS } from './channels/notification-channel.js';

type ClaimedDelivery = {
  id: string;
  recipient_id: string;
  channel: string;
  target: string;
  notification_id: string | null;
  attempts: number;
  payload: { title: string; body: string; url: string };
};

export type DeliveryOutcome = {
  status: 'sent' | 'skipped' | 'temporary_failure' | 'permanent_failure';
  lastError: string | null;
  /** When a temporary failure is offered again (the contracts' backoff). */
  retryAt: Date | null;
};

/**
 * What a channel's answer means for a delivery after `attempts` attempts: sent; a temporary
 * failure retried after the contracts' exponential backoff; or, on the last attempt or a
 * permanent failure, the dead-letter list (`permanent_failure`).
 */
export function classifyDeliveryResult(
  result: ChannelResult,
  attempts: number,
  now: Date,
): DeliveryOutcome {
  switch (result.outcome) {
    case 'sent':
      return { status: 'sent', lastError: null, retryAt: null };
    case 'skipped':
      return { status: 'skipped', lastError: result.reason, retryAt: null };
    case 'permanent_failure':
      return { status: 'permanent_failure', lastError: result.reason, retryAt: null };
    case 'temporary_failure':
      return attempts >= MAX_DELIVERY_ATTEMPTS
        ? { status: 'permanent_failure', lastError: result.reason, retryAt: null }
        : {
            status: 'temporary_failure',
            lastError: result.reason,
            retryAt: new Date(now.getTime() + deliveryRetryDelayMs(attempts)),
          };
  }
}

/**
 * Sends a batch of deliveries through their channels and records each outcome.
 *
 * Each row is claimed first: `sending`, an attempt counted, a lease (`sending_until`) taken — so
 * a delivery already sent or given up is never sent again by a stale or duplicated job. A worker
 * killed while its pushes are out leaves rows `sending`: whether the push service took them
 * cannot be known, so after the lease they are claimed again ("in doubt", counted in
 * `in_doubt_resends`) and re-sent with the same Topic (RFC 8030 §5.4): a push service replaces a
 * message it still holds with the same topic, and the service worker shows a tag once. Only what
 * was in flight at the moment of the crash can be in doubt; everything else is exactly once.
 * A temporary failure goes back to PostgreSQL with its retry time (the delivery relay offers it
 * again then): retries survive a Redis restart.
 */
@Injectable()
export class SendDeliveriesHandler implements JobHandler<typeof SEND_DELIVERIES_JOB> {
  readonly definition = SEND_DELIVERIES_JOB;
  private readonly channels: Map<string, NotificationChannel>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {
    this.channels = new Map(channels.map((channel) => [channel.channel, channel]));
  }

  async handle(payload: SendDeliveriesJobData): Promise<JobOutcome> {
    const claimed = await this.claim(payload.deliveryIds);
    if (claimed.length === 0) {
      return 'skipped';
    }
    const now = this.clock.now();
    const outcomes = new Map<string, DeliveryOutcome>();
    for (const [channelName, deliveries] of groupBy(claimed, (delivery) => delivery.channel)) {
      const channel = this.channels.get(channelName);
      const results: ChannelResult[] = channel
        ? await channel.send(deliveries.map(toMessage))
        : deliveries.map(() => ({
            outcome: 'permanent_failure',
            reason: `no channel ${channelName}`,
          }));
      deliveries.forEach((delivery, index) => {
        outcomes.set(
          delivery.id,
          classifyDeliveryResult(
            results[index] ?? { outcome: 'temporary_failure', reason: 'no result' },
            delivery.attempts,
            now,
          ),
        );
      });
    }
    await this.record(outcomes, this.clock.now());
    return [...outcomes.values()].some((outcome) => outcome.status === 'sent') ? 'done' : 'skipped';
  }

  /**
   * 'scheduled' and 'temporary_failure' too: the job can start before the relay's transaction
   * that enqueued it commits; matching the old row version makes this UPDATE wait for that
   * commit, then see 'queued'. A `sending` row is taken only once its lease has run out (its
   * sender died); a stalled job re-run earlier claims nothing, and the relay offers it later.
   */
  private async claim(deliveryIds: readonly string[]): Promise<ClaimedDelivery[]> {
    const now = this.clock.now();
    const [claimed]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `UPDATE notification_deliveries
          SET attempts = attempts + 1, status = 'sending', sending_until = $3,
              in_doubt_resends = in_doubt_resends + CASE WHEN status = 'sending' THEN 1 ELSE 0 END
        WHERE id = ANY($1::uuid[])
          AND (status IN ('scheduled', 'queued', 'temporary_failure') OR (status = 'sending' AND sending_until < $2))
        RETURNING id, recipient_id, channel, target, notification_id, attempts, payload`,
      [deliveryIds, now, new Date(now.getTime() + this.env.DELIVERY_SENDING_LEASE_MS)],
    );
    return claimed;
  }

  private async record(outcomes: Map<string, DeliveryOutcome>, now: Date): Promise<void> {
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

function toMessage(delivery: ClaimedDelivery): OutgoingMessage {
  return {
    deliveryId: delivery.id,
    recipientId: delivery.recipient_id,
    target: delivery.target,
    title: delivery.payload.title,
    body: delivery.payload.body,
    url: delivery.payload.url,
    tag: delivery.notification_id ?? delivery.id,
    // 32 characters of the URL-safe alphabet, as RFC 8030 allows.
    topic: delivery.id.replaceAll('-', ''),
  };
}
