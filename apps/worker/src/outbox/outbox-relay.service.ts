import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_JOB_OPTIONS, jobIdForOutbox } from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

import type { WorkerEnv } from '../config/env.js';
import { SYSTEM_CLOCK } from '../infrastructure/clock.js';
import type { RelayJob } from '../infrastructure/polling-relay.js';
import { PollingRelay } from '../infrastructure/polling-relay.js';
import { RELAY_QUEUE, WORKER_ENV } from '../infrastructure/tokens.js';
import type { OutboxRow } from './outbox.repository.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Moves committed outbox rows onto BullMQ (the job id is the row's). A row whose job vanished
 * (Redis restarted empty) before a handler marked it processed is relayed again after
 * OUTBOX_REDISPATCH_AFTER_MS under the same job id; the handlers' dedupe keys keep the effect single.
 */
@Injectable()
export class OutboxRelay extends PollingRelay<OutboxRow> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(RELAY_QUEUE) queue: Queue,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
    private readonly outbox: OutboxRepository,
  ) {
    super(dataSource, queue, {
      name: 'outbox relay',
      intervalMs: env.OUTBOX_POLL_INTERVAL_MS,
      batchSize: env.OUTBOX_BATCH_SIZE,
      lostAfterMs: env.OUTBOX_REDISPATCH_AFTER_MS,
      // The outbox's times are PostgreSQL's now(): its rounds keep the system clock, whatever
      // clock a test gives the worker.
      clock: SYSTEM_CLOCK,
      logger: new Logger(OutboxRelay.name),
    });
  }

  protected async claim(manager: EntityManager, isLostCheck: boolean): Promise<OutboxRow[]> {
    const limit = this.env.OUTBOX_BATCH_SIZE;
    const pending = await this.outbox.claimUndispatched(manager, limit);
    const lost = isLostCheck
      ? await this.outbox.claimLost(manager, limit, this.env.OUTBOX_REDISPATCH_AFTER_MS)
      : [];
    return [...pending, ...lost];
  }

  protected toJobs(rows: readonly OutboxRow[]): RelayJob[] {
    return rows.map((row) => ({
      name: row.jobName,
      data: { ...row.payload, outboxId: row.id },
      opts: { ...DEFAULT_JOB_OPTIONS, jobId: jobIdForOutbox(row.id) },
    }));
  }

  protected markEnqueued(manager: EntityManager, rows: readonly OutboxRow[]): Promise<void> {
    return this.outbox.markDispatched(
      manager,
      rows.map((row) => row.id),
    );
  }
}
