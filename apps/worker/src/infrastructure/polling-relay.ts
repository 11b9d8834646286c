import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';

import type { Clock } from './clock.js';
import { PollingLoop } from './polling-loop.js';

export type RelayJob = Parameters<Queue['addBulk']>[0][number];

export type PollingRelayOptions = {
  /** Named in the log line when a round fails. */
  name: string;
  intervalMs: number;
  batchSize: number;
  /** How long a row may sit on the queue unhandled before it counts as lost; it bounds how often a round looks for lost rows (at least every 10 s). */
  lostAfterMs: number;
  clock: Clock;
  logger: Logger;
};

/**
 * The skeleton of both relays, which move rows PostgreSQL holds onto BullMQ, at least once. Each
 * round claims a batch with `FOR UPDATE SKIP LOCKED` (so any number of worker replicas relay side
 * by side), enqueues it under job ids derived from the rows (so a batch relayed twice, after a
 * crash between enqueue and commit, is still the same jobs) and marks it, in one transaction. Now
 * and then, not on every poll, a round also claims rows whose job was lost (Redis restarted empty).
 * A subclass says which rows (`claim`), which jobs (`toJobs`) and how they are marked (`markEnqueued`).
 */
export abstract class PollingRelay<Row> implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: PollingLoop;
  private lastLostCheck = 0;

  protected constructor(
    private readonly dataSource: DataSource,
    private readonly queue: Queue,
    private readonly options: PollingRelayOptions,
  ) {
    this.loop = new PollingLoop({
      name: options.name,
      work: () => this.relayBatch(),
      intervalMs: options.intervalMs,
      batchSize: options.batchSize,
      logger: options.logger,
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
    const now = this.options.clock.now();
    const isLostCheck =
      now.getTime() - this.lastLostCheck >= Math.min(10_000, this.options.lostAfterMs);
    if (isLostCheck) {
      this.lastLostCheck = now.getTime();
    }
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.claim(manager, isLostCheck, now);
      if (rows.length === 0) {
        return 0;
      }
      await this.queue.addBulk(this.toJobs(rows));
      await this.markEnqueued(manager, rows, now);
      return rows.length;
    });
  }

  /** Locks the rows to relay now: the due ones, and with `isLostCheck` those whose job was lost. */
  protected abstract claim(manager: EntityManager, isLostCheck: boolean, now: Date): Promise<Row[]>;

  protected abstract toJobs(rows: readonly Row[]): RelayJob[];

  protected abstract markEnqueued(
    manager: EntityManager,
    rows: readonly Row[],
    now: Date,
  ): Promise<void>;
}
