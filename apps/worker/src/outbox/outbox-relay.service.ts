import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_JOB_OPTIONS, jobIdForOutbox } from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import type { WorkerEnv } from '../config/env.js';
import { PollingLoop } from '../infrastructure/polling-loop.js';
import { RELAY_QUEUE, WORKER_ENV } from '../infrastructure/tokens.js';

type PendingRow = { id: string; job_name: string; payload: Record<string, unknown> };

/**
 * Moves committed outbox rows onto BullMQ, at least once. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so any number of worker replicas can relay side by side, and the
 * job id is derived from the row id, so a row relayed twice (crash between enqueue and commit)
 * is still one job. A row whose job vanished (Redis restarted empty) before a handler marked it
 * processed is relayed again after OUTBOX_REDISPATCH_AFTER_MS; the handlers' dedupe keys keep
 * the effect single.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly loop: PollingLoop;
  private lastRedispatchCheck = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RELAY_QUEUE) private readonly queue: Queue,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {
    this.loop = new PollingLoop({
      name: 'outbox relay',
      work: () => this.relayBatch(),
      intervalMs: env.OUTBOX_POLL_INTERVAL_MS,
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

  /** Relays one batch; returns how many rows went onto the queue. */
  async relayBatch(): Promise<number> {
    // Now and then: rows relayed long ago that no handler marked processed (their job vanished
    // with Redis' memory) are offered again under the same job id.
    const isRedispatchCheck =
      Date.now() - this.lastRedispatchCheck >=
      Math.min(10_000, this.env.OUTBOX_REDISPATCH_AFTER_MS);
    if (isRedispatchCheck) {
      this.lastRedispatchCheck = Date.now();
    }
    return this.dataSource.transaction(async (manager) => {
      const pending: PendingRow[] = await manager.query(
        `SELECT id::text AS id, job_name, payload FROM outbox
          WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.env.OUTBOX_BATCH_SIZE],
      );
      const lost: PendingRow[] = isRedispatchCheck
        ? await manager.query(
            `SELECT id::text AS id, job_name, payload FROM outbox
              WHERE processed_at IS NULL AND dispatched_at < now() - $2 * interval '1 millisecond'
              ORDER BY dispatched_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
            [this.env.OUTBOX_BATCH_SIZE, this.env.OUTBOX_REDISPATCH_AFTER_MS],
          )
        : [];
      const rows = [...pending, ...lost];
      if (rows.length === 0) {
        return 0;
      }
      await this.queue.addBulk(
        rows.map((row) => ({
          name: row.job_name,
          data: { ...row.payload, outboxId: row.id },
          opts: { ...DEFAULT_JOB_OPTIONS, jobId: jobIdForOutbox(row.id) },
        })),
      );
      await manager.query('UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::bigint[])', [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }
}
