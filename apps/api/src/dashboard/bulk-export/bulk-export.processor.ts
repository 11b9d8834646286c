import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { BULK_EXPORT_RETENTION_HOURS } from '@madoguchi/procedures-contracts';
import type { FileStorage } from '@madoguchi/server-storage';
import type { Job } from 'bullmq';
import { Queue, UnrecoverableError, Worker } from 'bullmq';

import { FILE_STORAGE } from '../../attachments/file-storage.provider.js';
import type { Env } from '../../config/env.js';
import { ENV } from '../../infrastructure/tokens.js';
import type { BulkExportResult } from './bulk-export.jobs.js';
import {
  BULK_EXPORT_QUEUE,
  EXPIRE_BULK_EXPORT_JOB,
  RUN_BULK_EXPORT_JOB,
  bulkExportConnection,
  bulkExportStorageKey,
} from './bulk-export.jobs.js';
import { BULK_EXPORT_QUEUE_HANDLE } from './bulk-export.service.js';
import { RunBulkExportUseCase } from './run-bulk-export.use-case.js';

/** Exports one API process runs at a time: each holds a database connection while it runs. */
const CONCURRENCY = 1;
/** How long shutdown waits for a running export before it leaves it to BullMQ's stall check. */
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * Runs the bulk exports inside the API process. Not in apps/worker: the export is the work
 * queue's own use case (columns, masking, audit) and the file storage of the API, which the
 * worker does not have; the API is already a long-running process with Redis, so no new
 * deployment unit is needed. Every API instance runs one; BullMQ hands each job to one of them.
 */
@Injectable()
export class BulkExportProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BulkExportProcessor.name);
  private worker: Worker | null = null;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(BULK_EXPORT_QUEUE_HANDLE) private readonly queue: Queue,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly runExport: RunBulkExportUseCase,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker(BULK_EXPORT_QUEUE, (job) => this.process(job), {
      prefix: this.env.REDIS_PREFIX,
      connection: bulkExportConnection(this.env, true),
      concurrency: CONCURRENCY,
    });
    this.worker.on('error', (error) => {
      this.logger.warn({ queue: BULK_EXPORT_QUEUE, error: error.message }, 'bulk export worker');
    });
    this.worker.on('failed', (job, error) => {
      this.logger.warn(
        { queue: BULK_EXPORT_QUEUE, job: job?.name, id: job?.id, error: error.message },
        'bulk export failed',
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

  private async process(job: Job): Promise<BulkExportResult | 'deleted'> {
    switch (job.name) {
      case RUN_BULK_EXPORT_JOB.name: {
        const parsed = RUN_BULK_EXPORT_JOB.schema.safeParse(job.data);
        if (!parsed.success) {
          throw new UnrecoverableError(`malformed ${job.name} payload`);
        }
        const result = await this.runExport.execute(parsed.data, (progress) =>
          job.updateProgress(progress),
        );
        await this.queue.add(
          EXPIRE_BULK_EXPORT_JOB.name,
          { version: 1, exportId: parsed.data.exportId },
          {
            jobId: `expire-${parsed.data.exportId}`,
            delay: BULK_EXPORT_RETENTION_HOURS * 3600_000,
            attempts: 5,
            backoff: { type: 'exponential', delay: 60_000 },
            removeOnComplete: true,
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        );
        return result;
      }
      case EXPIRE_BULK_EXPORT_JOB.name: {
        const parsed = EXPIRE_BULK_EXPORT_JOB.schema.safeParse(job.data);
        if (!parsed.success) {
          throw new UnrecoverableError(`malformed ${job.name} payload`);
        }
        await this.storage.delete(bulkExportStorageKey(parsed.data.exportId));
        return 'deleted';
      }
      default:
        throw new UnrecoverableError(`no handler for ${job.name}`);
    }
  }
}
