import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_JOB_OPTIONS,
  SEND_DELIVERIES_JOB,
  jobIdForDeliveries,
} from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

import type { WorkerEnv } from '../config/env.js';
import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import type { RelayJob } from '../infrastructure/polling-relay.js';
import { PollingRelay } from '../infrastructure/polling-relay.js';
import { DELIVERY_QUEUE, WORKER_ENV } from '../infrastructure/tokens.js';
import type { OfferedDelivery } from './notification-delivery.repository.js';
import { NotificationDeliveryRepository } from './notification-delivery.repository.js';

/**
 * Puts deliveries on the queue when their time has come (quiet hours end, a retry after a
 * temporary failure, a staff retry), in jobs of DELIVERY_BATCH_SIZE.
 * PostgreSQL, not Redis, holds a delayed delivery, so nothing waiting for 08:00 is lost when
 * Redis (which keeps nothing on disk) restarts; a delivery still `queued` long after it was
 * offered is offered again (a no-op if BullMQ still has the job; the claim stops a double send),
 * and so is a delivery left `sending` past its lease by a worker that died.
 */
@Injectable()
export class DeliveryRelay extends PollingRelay<OfferedDelivery> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(DELIVERY_QUEUE) queue: Queue,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
    @Inject(CLOCK) clock: Clock,
    private readonly deliveries: NotificationDeliveryRepository,
  ) {
    super(dataSource, queue, {
      name: 'delivery relay',
      intervalMs: env.DELIVERY_POLL_INTERVAL_MS,
      batchSize: env.OUTBOX_BATCH_SIZE,
      lostAfterMs: env.DELIVERY_REQUEUE_AFTER_MS,
      clock,
      logger: new Logger(DeliveryRelay.name),
    });
  }

  protected async claim(
    manager: EntityManager,
    isLostCheck: boolean,
    now: Date,
  ): Promise<OfferedDelivery[]> {
    const limit = this.env.OUTBOX_BATCH_SIZE;
    const due = await this.deliveries.claimDue(manager, now, limit);
    // Two kinds of stale rows: `queued` long ago (the job lost with Redis' memory) and
    // `sending` past its lease (the sender died; the handler claims it again, in doubt).
    const stale: OfferedDelivery[] = [];
    if (isLostCheck) {
      const queuedBefore = new Date(now.getTime() - this.env.DELIVERY_REQUEUE_AFTER_MS);
      stale.push(
        ...(await this.deliveries.claimLostJobs(manager, queuedBefore, limit)),
        ...(await this.deliveries.claimInDoubt(manager, now, limit)),
      );
    }
    // Sorted by channel so most jobs hold one channel's rows; a batch that crosses from one
    // channel to the next holds two, and the handler sends each channel's group through its send.
    return [...due, ...stale].sort((a, b) => a.channel.localeCompare(b.channel));
  }

  protected toJobs(rows: readonly OfferedDelivery[]): RelayJob[] {
    const jobs: RelayJob[] = [];
    for (let start = 0; start < rows.length; start += this.env.DELIVERY_BATCH_SIZE) {
      const batch = rows.slice(start, start + this.env.DELIVERY_BATCH_SIZE);
      jobs.push({
        name: SEND_DELIVERIES_JOB.name,
        data: { deliveryIds: batch.map((row) => row.id) },
        opts: { ...DEFAULT_JOB_OPTIONS, jobId: jobIdForDeliveries(batch[0]!) },
      });
    }
    return jobs;
  }

  protected markEnqueued(
    manager: EntityManager,
    rows: readonly OfferedDelivery[],
    now: Date,
  ): Promise<void> {
    return this.deliveries.markQueued(
      manager,
      rows.map((row) => row.id),
      now,
    );
  }
}
