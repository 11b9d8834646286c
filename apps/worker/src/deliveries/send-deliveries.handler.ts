import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAX_DELIVERY_ATTEMPTS, SEND_DELIVERIES_JOB, deliveryRetryDelayMs } from '@madoguchi/notifications-contracts';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';

import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import type { JobHandler, JobOutcome } from '../notifications/job-handler.js';
import type { ChannelResult, NotificationChannel, OutgoingMessage } from './channels/notification-channel.js';
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
  status: 'sent' | 'temporary_failure' | 'permanent_failure';
  lastError: string | null;
  /** When a temporary failure is offered again (the contracts' backoff). */
  retryAt: Date | null;
};

/**
 * What a channel's answer means for a delivery after `attempts` attempts: sent; a temporary
 * failure retried after the contracts' exponential backoff; or, on the last attempt or a
 * permanent failure, the dead-letter list (`permanent_failure`).
 */
export function classifyDeliveryResult(result: ChannelResult, attempts: number, now: Date): DeliveryOutcome {
  switch (result.outcome) {
    case 'sent':
      return { status: 'sent', lastError: null, retryAt: null };
    case 'permanent_failure':
      return { status: 'permanent_failure', lastError: result.reason, retryAt: null };
    case 'temporary_failure':
      return attempts >= MAX_DELIVERY_ATTEMPTS
        ? { status: 'permanent_failure', lastError: result.reason, retryAt: null }
        : { status: 'temporary_failure', lastError: result.reason, retryAt: new Date(now.getTime() + deliveryRetryDelayMs(attempts)) };
  }
}

/**
 * Sends a batch of deliveries through their channels and records each outcome. Each row is
 * claimed first (an attempt is counted), so a delivery already sent or given up is never sent
 * again by a stale or duplicated job. A temporary failure goes back to PostgreSQL with its retry
 * time (the delivery relay offers it again then): retries survive a Redis restart.
 */
@Injectable()
export class SendDeliveriesHandler implements JobHandler {
  readonly jobName = SEND_DELIVERIES_JOB.name;
  private readonly channels: Map<string, NotificationChannel>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.channels = new Map(channels.map((channel) => [channel.channel, channel]));
  }

  async handle(job: Job<unknown>): Promise<JobOutcome> {
    const parsed = SEND_DELIVERIES_JOB.schema.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid ${this.jobName} payload`);
    }
    // 'scheduled' and 'temporary_failure' too: the job can start before the relay's transaction
    // that enqueued it commits; matching the old row version makes this UPDATE wait for that
    // commit, then see 'queued'.
    const [claimed]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `UPDATE notification_deliveries SET attempts = attempts + 1
        WHERE id = ANY($1::uuid[]) AND status IN ('scheduled', 'queued', 'temporary_failure')
        RETURNING id, recipient_id, channel, target, notification_id, attempts, payload`,
      [parsed.data.deliveryIds],
    );
    if (claimed.length === 0) {
      return 'skipped';
    }
    const now = this.clock.now();
    const outcomes = new Map<string, DeliveryOutcome>();
    for (const [channelName, deliveries] of groupByChannel(claimed)) {
      const channel = this.channels.get(channelName);
      const results: ChannelResult[] = channel
        ? await channel.send(deliveries.map(toMessage))
        : deliveries.map(() => ({ outcome: 'permanent_failure', reason: `no channel ${channelName}` }));
      deliveries.forEach((delivery, index) => {
        outcomes.set(delivery.id, classifyDeliveryResult(results[index] ?? { outcome: 'temporary_failure', reason: 'no result' }, delivery.attempts, now));
      });
    }
    await this.record(outcomes, this.clock.now());
    return [...outcomes.values()].some((outcome) => outcome.status === 'sent') ? 'done' : 'skipped';
  }

  private async record(outcomes: Map<string, DeliveryOutcome>, now: Date): Promise<void> {
    const entries = [...outcomes];
    await this.dataSource.query(
      `UPDATE notification_deliveries d
          SET status = u.status, last_error = u.last_error,
              not_before = COALESCE(u.retry_at, d.not_before),
              sent_at = CASE WHEN u.status = 'sent' THEN $5::timestamptz ELSE d.sent_at END,
              failed_at = CASE WHEN u.status = 'permanent_failure' THEN $5::timestamptz ELSE d.failed_at END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS u(id, status, last_error, retry_at)
        WHERE d.id = u.id`,
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
  };
}

function groupByChannel(deliveries: readonly ClaimedDelivery[]): Map<string, ClaimedDelivery[]> {
  const groups = new Map<string, ClaimedDelivery[]>();
  for (const delivery of deliveries) {
    groups.set(delivery.channel, [...(groups.get(delivery.channel) ?? []), delivery]);
  }
  return groups;
}
