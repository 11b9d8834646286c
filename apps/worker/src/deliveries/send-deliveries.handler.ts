import { Inject, Injectable } from '@nestjs/common';
import type { SendDeliveriesJobData } from '@madoguchi/notifications-contracts';
import {
  MAX_DELIVERY_ATTEMPTS,
  SEND_DELIVERIES_JOB,
  deliveryRetryDelayMs,
} from '@madoguchi/notifications-contracts';

import type { WorkerEnv } from '../config/env.js';
import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import { groupBy } from '../infrastructure/group-by.js';
import type { JobHandler, JobOutcome } from '../infrastructure/job-handler.js';
import { WORKER_ENV } from '../infrastructure/tokens.js';
import type {
  ChannelResult,
  NotificationChannel,
  OutgoingMessage,
} from './channels/notification-channel.js';
import { NOTIFICATION_CHANNELS } from './channels/notification-channel.js';
import type { ClaimedDelivery, DeliveryOutcome } from './notification-delivery.repository.js';
import { NotificationDeliveryRepository } from './notification-delivery.repository.js';

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
    private readonly deliveries: NotificationDeliveryRepository,
    @Inject(NOTIFICATION_CHANNELS) channels: NotificationChannel[],
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {
    this.channels = new Map(channels.map((channel) => [channel.channel, channel]));
  }

  async handle(payload: SendDeliveriesJobData): Promise<JobOutcome> {
    const claimedAt = this.clock.now();
    const claimed = await this.deliveries.claimForSending(
      payload.deliveryIds,
      claimedAt,
      new Date(claimedAt.getTime() + this.env.DELIVERY_SENDING_LEASE_MS),
    );
    if (claimed.length === 0) {
      return 'skipped';
    }
    const now = this.clock.now();
    const outcomes = new Map<string, DeliveryOutcome>();
    for (const [channelName, group] of groupBy(claimed, (delivery) => delivery.channel)) {
      const channel = this.channels.get(channelName);
      const results: ChannelResult[] = channel
        ? await channel.send(group.map(toMessage))
        : group.map(() => ({
            outcome: 'permanent_failure',
            reason: `no channel ${channelName}`,
          }));
      group.forEach((delivery, index) => {
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
    await this.deliveries.recordOutcomes(outcomes, this.clock.now());
    return [...outcomes.values()].some((outcome) => outcome.status === 'sent') ? 'done' : 'skipped';
  }
}

function toMessage(delivery: ClaimedDelivery): OutgoingMessage {
  return {
    deliveryId: delivery.id,
    recipientId: delivery.recipientId,
    target: delivery.target,
    title: delivery.payload.title,
    body: delivery.payload.body,
    url: delivery.payload.url,
    tag: delivery.notificationId ?? delivery.id,
    // 32 characters of the URL-safe alphabet, as RFC 8030 allows.
    topic: delivery.id.replaceAll('-', ''),
  };
}
