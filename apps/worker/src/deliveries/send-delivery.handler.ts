import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SEND_DELIVERY_JOB } from '@madoguchi/notifications-contracts';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';

import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import type { JobHandler, JobOutcome } from '../notifications/job-handler.js';
import type { NotificationChannel } from './channels/notification-channel.js';
import { NOTIFICATION_CHANNELS, TransientDeliveryError } from './channels/notification-channel.js';

type ClaimedDelivery = {
  id: string;
  recipient_id: string;
  channel: string;
  target: string;
  notification_id: string | null;
  payload: { title: string; body: string; url: string };
};

/**
 * Sends one delivery through its channel and records the outcome. The row is claimed first (an
 * attempt is counted), so a delivery already sent or given up is never sent again by a stale or
 * duplicated job. Transient failures rethrow: BullMQ retries with the contracts' backoff, and the
 * last failing attempt moves the delivery to `permanent_failure` (the dead-letter list).
 */
@Injectable()
export class SendDeliveryHandler implements JobHandler {
  readonly jobName = SEND_DELIVERY_JOB.name;
  private readonly channels: Map<string, NotificationChannel>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.channels = new Map(channels.map((channel) => [channel.channel, channel]));
  }

  async handle(job: Job<unknown>): Promise<JobOutcome> {
    const parsed = SEND_DELIVERY_JOB.schema.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid ${this.jobName} payload`);
    }
    // 'scheduled' too: the job can start before the relay's transaction that enqueued it commits;
    // matching the old row version makes this UPDATE wait for that commit, then see 'queued'.
    const [claimed]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `UPDATE notification_deliveries SET attempts = attempts + 1
        WHERE id = $1 AND status IN ('scheduled', 'queued', 'temporary_failure')
        RETURNING id, recipient_id, channel, target, notification_id, payload`,
      [parsed.data.deliveryId],
    );
    const delivery = claimed[0];
    if (!delivery) {
      return 'skipped';
    }
    const channel = this.channels.get(delivery.channel);
    if (!channel) {
      await this.finish(delivery.id, 'permanent_failure', `no channel ${delivery.channel}`);
      throw new UnrecoverableError(`no channel ${delivery.channel}`);
    }
    const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const result = await channel.send({
        deliveryId: delivery.id,
        recipientId: delivery.recipient_id,
        target: delivery.target,
        title: delivery.payload.title,
        body: delivery.payload.body,
        url: delivery.payload.url,
        tag: delivery.notification_id ?? delivery.id,
      });
      if (result.outcome === 'sent') {
        await this.finish(delivery.id, 'sent', null);
        return 'done';
      }
      await this.finish(delivery.id, 'permanent_failure', result.reason);
      throw new UnrecoverableError(result.reason);
    } catch (error) {
      if (!(error instanceof TransientDeliveryError)) {
        throw error;
      }
      await this.finish(delivery.id, isLastAttempt ? 'permanent_failure' : 'temporary_failure', error.reason);
      throw error;
    }
  }

  private async finish(id: string, status: 'sent' | 'temporary_failure' | 'permanent_failure', reason: string | null): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE notification_deliveries
          SET status = $2, last_error = $3,
              sent_at = CASE WHEN $2 = 'sent' THEN $4::timestamptz ELSE sent_at END,
              failed_at = CASE WHEN $2 = 'permanent_failure' THEN $4::timestamptz ELSE failed_at END
        WHERE id = $1`,
      [id, status, reason, now],
    );
  }
}
