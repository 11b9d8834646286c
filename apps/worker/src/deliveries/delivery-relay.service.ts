import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_JOB_OPTIONS,
  SEND_DELIVERIES_JOB,
  jobIdForDeliveries,
} from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import type { WorkerEnv } from '../config/env.js';
import { PollingLoop } from '../infrastructure/polling-loop.js';
import type { Clock } from '../infrastructure/clock.js';
import { CLOCK } from '../infrastructure/clock.js';
import { DELIVERY_QUEUE, WORKER_ENV } from '../infrastructure/tokens.js';

/**
 * Puts deliveries on the queue when their time has come (quiet hours end, a retry after a
 * temporary failure, a staff retry), the way the outbox relay does: claimed with
 * `FOR UPDATE SKIP LOCKED`, in batches, with deterministic job ids.
 * PostgreSQL, not Redis, holds a delayed delivery, so nothing waiting for 08:00 is lost when
 * Redis (which keeps nothing on disk) restarts; a delivery still `queued` long after it was
 * offered is offered again (a no-op if BullMQ still has the job; the claim stops a double send),
 * and so is a delivery left `sending` past its lease by a worker that died.
 */
type DueRow = { id: string; round: number; attempts: number; channel: string };

@Injectable()
export class DeliveryRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryRelay.name);
  private readonly loop: PollingLoop;
  private lastStaleCheck = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DELIVERY_QUEUE) private readonly queue: Queue,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.loop = new PollingLoop({
      name: 'delivery relay',
      work: () => this.relayBatch(),
      intervalMs: env.DELIVERY_POLL_INTERVAL_MS,
      batchSize: env.OUTBOX_BATCH_SIZE,
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    await this.queue.close();
  }

  /** Offers due deliveries (in jobs of DELIVERY_BATCH_SIZE); returns how many. */
  async relayBatch(): Promise<number> {
    const now = this.clock.now();
    // Deliveries still `queued` long after they were offered (their job lost with Redis' memory)
    // are looked for now and then, not on every poll.
    const isStaleCheck =
      now.getTime() - this.lastStaleCheck >= Math.min(10_000, this.env.DELIVERY_REQUEUE_AFTER_MS);
    if (isStaleCheck) {
      this.lastStaleCheck = now.getTime();
    }
    return this.dataSource.transaction(async (manager) => {
      const due: DueRow[] = await manager.query(
        `SELECT id, round, attempts, channel FROM notification_deliveries
          WHERE status IN ('scheduled', 'temporary_failure') AND not_before <= $1
          ORDER BY not_before LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, this.env.OUTBOX_BATCH_SIZE],
      );
      // Two kinds of stale rows: `queued` long ago (the job lost with Redis' memory) and
      // `sending` past its lease (the sender died; the handler claims it again, in doubt).
      const stale: DueRow[] = [];
      if (isStaleCheck) {
        const lostJobs: DueRow[] = await manager.query(
          `SELECT id, round, attempts, channel FROM notification_deliveries
            WHERE status = 'queued' AND queued_at < $1
            ORDER BY queued_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [
            new Date(now.getTime() - this.env.DELIVERY_REQUEUE_AFTER_MS),
            this.env.OUTBOX_BATCH_SIZE,
          ],
        );
        const inDoubt: DueRow[] = await manager.query(
          `SELECT id, round, attempts, channel FROM notification_deliveries
            WHERE status = 'sending' AND sending_until < $1
            ORDER BY sending_until LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [now, this.env.OUTBOX_BATCH_SIZE],
        );
        stale.push(...lostJobs, ...inDoubt);
      }
      // Sorted by channel so most jobs hold one channel's rows; a batch that crosses from one
      // channel to the next holds two, and the handler sends each channel's group through its send.
      const rows = [...due, ...stale].sort((a, b) => a.channel.localeCompare(b.channel));
      if (rows.length === 0) {
        return 0;
      }
      const jobs = [];
      for (let start = 0; start < rows.length; start += this.env.DELIVERY_BATCH_SIZE) {
        const batch = rows.slice(start, start + this.env.DELIVERY_BATCH_SIZE);
        jobs.push({
          name: SEND_DELIVERIES_JOB.name,
          data: { deliveryIds: batch.map((row) => row.id) },
          opts: { ...DEFAULT_JOB_OPTIONS, jobId: jobIdForDeliveries(batch[0]!) },
        });
      }
      await this.queue.addBulk(jobs);
      // A `sending` row stays `sending`: only the handler's claim turns it over.
      await manager.query(
        `UPDATE notification_deliveries SET status = CASE WHEN status = 'sending' THEN status ELSE 'queued' END, queued_at = $2
          WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id), now],
      );
      return rows.length;
    });
  }
}
