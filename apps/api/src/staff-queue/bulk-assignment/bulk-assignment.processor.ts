import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { BulkAssignmentResult } from '@madoguchi/procedures-contracts';
import type { Job } from 'bullmq';
import { UnrecoverableError, Worker } from 'bullmq';

import type { Env } from '../../config/env.js';
import { ENV } from '../../infrastructure/tokens.js';
import {
  BULK_ASSIGNMENT_QUEUE,
  RUN_BULK_ASSIGNMENT_JOB,
  bulkAssignmentConnection,
} from './bulk-assignment.jobs.js';
import { RunBulkAssignmentUseCase } from './run-bulk-assignment.use-case.js';

/** Bulk assignments one API process runs at a time: each holds a database connection per batch. */
const CONCURRENCY = 1;
/** How long shutdown waits for a running job before it leaves it to BullMQ's stall check. */
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * Runs the bulk assignments inside the API process, as the bulk exports are (see
 * BulkExportProcessor): the assignment rules and audit rows are the work queue's own. Every API
 * instance runs one; BullMQ hands each job to one of them.
 */
@Injectable()
export class BulkAssignmentProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BulkAssignmentProcessor.name);
  private worker: Worker | null = null;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly runAssignment: RunBulkAssignmentUseCase,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker(BULK_ASSIGNMENT_QUEUE, (job) => this.process(job), {
      prefix: this.env.REDIS_PREFIX,
      connection: bulkAssignmentConnection(this.env, true),
      concurrency: CONCURRENCY,
    });
    this.worker.on('error', (error) => {
      this.logger.warn(
        { queue: BULK_ASSIGNMENT_QUEUE, error: error.message },
        'bulk assignment worker',
      );
    });
    this.worker.on('failed', (job, error) => {
      this.logger.warn(
        { queue: BULK_ASSIGNMENT_QUEUE, job: job?.name, id: job?.id, error: error.message },
        'bulk assignment failed',
      );
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker) {
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      worker.close().catch(() => undefined),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    await worker.disconnect().catch(() => undefined);
  }

  private async process(job: Job): Promise<BulkAssignmentResult> {
    if (job.name !== RUN_BULK_ASSIGNMENT_JOB.name) {
      throw new UnrecoverableError(`no handler for ${job.name}`);
    }
    const parsed = RUN_BULK_ASSIGNMENT_JOB.schema.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`malformed ${job.name} payload`);
    }
    return this.runAssignment.execute(parsed.data, (progress) => job.updateProgress(progress));
  }
}
