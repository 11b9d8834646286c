import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import type {
  BulkExportJob,
  BulkExportState,
  CreateBulkExportRequest,
} from '@madoguchi/procedures-contracts';
import {
  BULK_EXPORT_RETENTION_HOURS,
  MAX_ACTIVE_BULK_EXPORTS,
} from '@madoguchi/procedures-contracts';
import type { FileStorage } from '@madoguchi/server-storage';
import type { Job, JobState } from 'bullmq';
import { Queue } from 'bullmq';

import { FILE_STORAGE } from '../../attachments/file-storage.provider.js';
import type { Env } from '../../config/env.js';
import type { StaffActor } from '../../identity/actor.js';
import { dashboardException } from '../dashboard.exception.js';
import { DashboardRepository } from '../dashboard.repository.js';
import type { BulkExportResult, RunBulkExportJobData } from './bulk-export.jobs.js';
import {
  BULK_EXPORT_QUEUE,
  RUN_BULK_EXPORT_JOB,
  bulkExportConnection,
  bulkExportProgressSchema,
  bulkExportResultSchema,
} from './bulk-export.jobs.js';

/** The producer's handle on the bulk export queue (fails fast while Redis is away). */
export const BULK_EXPORT_QUEUE_HANDLE = Symbol('BULK_EXPORT_QUEUE_HANDLE');

export function createBulkExportQueue(env: Env): Queue {
  const queue = new Queue(BULK_EXPORT_QUEUE, {
    prefix: env.REDIS_PREFIX,
    connection: { ...bulkExportConnection(env, false), lazyConnect: true },
  });
  // Redis away: starting or reading an export answers 503; nothing else depends on this queue.
  queue.on('error', () => undefined);
  return queue;
}

const PENDING_STATES: JobState[] = ['waiting', 'active', 'delayed', 'prioritized'];
const RETENTION_MS = BULK_EXPORT_RETENTION_HOURS * 3600_000;

/** The file of a finished export, ready to stream. */
export type BulkExportFile = {
  stream: Readable;
  contentType: string;
  contentDisposition: string;
  replacedCharacters: string | null;
};

function stateOf(state: JobState | 'unknown'): BulkExportState | null {
  switch (state) {
    case 'waiting':
    case 'delayed':
    case 'prioritized':
    case 'waiting-children':
      return 'queued';
    case 'active':
      return 'running';
    case 'completed':
      return 'completed';
    case 'failed':
      return 'failed';
    case 'unknown':
      return null;
  }
}

/**
 * 一括エクスポート: staff start a job with the queue's filters, read its progress, and download
 * the file once it is written. A job is visible to staff of its own municipality only; anyone
 * else gets the 404 of a job that does not exist. The file is kept 24 hours (downloads may be
 * repeated within them, each audited) and then deleted by a delayed job.
 */
@Injectable()
export class BulkExportService implements OnApplicationShutdown {
  constructor(
    @Inject(BULK_EXPORT_QUEUE_HANDLE) private readonly queue: Queue,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly repository: DashboardRepository,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }

  async create(actor: StaffActor, request: CreateBulkExportRequest): Promise<BulkExportJob> {
    const pending = await this.redis(() => this.queue.getJobs(PENDING_STATES, 0, 500));
    const ownPending = pending.filter(
      (job) =>
        job.name === RUN_BULK_EXPORT_JOB.name &&
        (job.data as Partial<RunBulkExportJobData>).actor?.municipalityCode ===
          actor.municipalityCode,
    );
    if (ownPending.length >= MAX_ACTIVE_BULK_EXPORTS) {
      throw dashboardException('bulk_export_limit_reached');
    }
    const exportId = randomUUID();
    // In the request's transaction: if the job cannot be queued, the audit row rolls back with it.
    await this.repository.recordAudit(actor, 'application.export.job', exportId, {
      format: request.format,
      procedureId: request.procedureId ?? null,
      status: request.status ? [...request.status] : null,
      assignee: request.assignee ?? null,
      due: request.due ?? null,
      // The search text may be a name: the audit row says only that there was one.
      hasSearch: request.q !== undefined && request.q !== '',
    });
    const data: RunBulkExportJobData = {
      version: 1,
      exportId,
      actor,
      request,
      requestedAt: new Date().toISOString(),
    };
    const job = (await this.redis(() =>
      this.queue.add(RUN_BULK_EXPORT_JOB.name, data, {
        jobId: exportId,
        // One attempt: a failed export is shown as failed and started again by staff; a retry
        // behind their back would write a second audit row for one request.
        attempts: 1,
        removeOnComplete: { age: (RETENTION_MS + 3600_000) / 1000 },
        removeOnFail: { age: RETENTION_MS / 1000 },
      }),
    )) as unknown as Job<RunBulkExportJobData, unknown>;
    return this.toDto(job, 'waiting');
  }

  async read(actor: StaffActor, id: string): Promise<BulkExportJob> {
    const job = await this.findOwn(actor, id);
    return this.toDto(job, await this.redis(() => job.getState()));
  }

  async download(actor: StaffActor, id: string): Promise<BulkExportFile> {
    const job = await this.findOwn(actor, id);
    const state = await this.redis(() => job.getState());
    const result = bulkExportResultSchema.safeParse(job.returnvalue);
    if (state !== 'completed' || !result.success) {
      throw dashboardException('bulk_export_not_ready');
    }
    if (this.isExpired(result.data) || !(await this.storage.exists(result.data.storageKey))) {
      throw dashboardException('bulk_export_expired');
    }
    await this.repository.recordAudit(actor, 'application.export.download', id, {
      rows: result.data.rowsDone,
      format: result.data.format,
    });
    return {
      stream: await this.storage.get(result.data.storageKey),
      contentType: result.data.contentType,
      contentDisposition: result.data.contentDisposition,
      replacedCharacters: result.data.replacedCharacters,
    };
  }

  private async findOwn(
    actor: StaffActor,
    id: string,
  ): Promise<Job<RunBulkExportJobData, unknown>> {
    const job = (await this.redis(() => this.queue.getJob(id))) as
      Job<RunBulkExportJobData, unknown> | undefined;
    if (
      !job ||
      job.name !== RUN_BULK_EXPORT_JOB.name ||
      job.data.actor.municipalityCode !== actor.municipalityCode
    ) {
      throw dashboardException('bulk_export_not_found');
    }
    return job;
  }

  private isExpired(result: BulkExportResult): boolean {
    return Date.parse(result.expiresAt) <= Date.now();
  }

  private toDto(
    job: Job<RunBulkExportJobData, unknown>,
    jobState: JobState | 'unknown',
  ): BulkExportJob {
    const state = stateOf(jobState);
    if (state === null) {
      throw dashboardException('bulk_export_not_found');
    }
    const progress = bulkExportProgressSchema.safeParse(job.progress);
    const result = bulkExportResultSchema.safeParse(job.returnvalue);
    const finished = state === 'completed' && result.success ? result.data : null;
    return {
      id: job.data.exportId,
      state,
      format: job.data.request.format,
      rowsDone: finished?.rowsDone ?? (progress.success ? progress.data.rowsDone : 0),
      rowsTotal: finished?.rowsDone ?? (progress.success ? progress.data.rowsTotal : null),
      createdAt: new Date(job.timestamp).toISOString(),
      finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      expiresAt: finished?.expiresAt ?? null,
      downloadPath:
        finished && !this.isExpired(finished)
          ? `/api/staff/exports/${job.data.exportId}/file`
          : null,
    };
  }

  /** A Redis call; Redis away is a 503 with the error shape, not a 500. */
  private async redis<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch {
      throw dashboardException('bulk_export_unavailable');
    }
  }
}
