import { randomUUID } from 'node:crypto';

import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import type {
  BulkAssignmentJob,
  BulkAssignmentState,
  CreateBulkAssignmentRequest,
} from '@madoguchi/procedures-contracts';
import {
  MAX_ACTIVE_BULK_ASSIGNMENTS,
  bulkAssignmentProgressSchema,
  bulkAssignmentResultSchema,
} from '@madoguchi/procedures-contracts';
import type { JsonObject } from '@madoguchi/server-database';
import type { Job, JobState } from 'bullmq';
import { Queue } from 'bullmq';

import type { StaffActor } from '../../identity/actor.js';
import { staffQueueException } from '../staff-queue.exception.js';
import { WorkQueueRepository } from '../work-queue.repository.js';
import type { RunBulkAssignmentJobData } from './bulk-assignment.jobs.js';
import { BULK_ASSIGNMENT_QUEUE_HANDLE, RUN_BULK_ASSIGNMENT_JOB } from './bulk-assignment.jobs.js';

const PENDING_STATES: JobState[] = ['waiting', 'active', 'delayed', 'prioritized'];
/** How long a finished job can still be read (its summary), in seconds. */
const KEEP_FINISHED_SECONDS = 24 * 3600;

function stateOf(state: JobState | 'unknown'): BulkAssignmentState | null {
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

/** What the audit row of the request says of the selection (never the search text: a name). */
function describeSelection(request: CreateBulkAssignmentRequest): JsonObject {
  if ('applicationIds' in request) {
    return { selection: 'ids', count: new Set(request.applicationIds).size };
  }
  const { filter } = request;
  return {
    selection: 'filter',
    procedureId: filter.procedureId ?? null,
    status: filter.status ? [...filter.status] : null,
    assignee: filter.assignee ?? null,
    due: filter.due ?? null,
    hasSearch: filter.q !== undefined && filter.q !== '',
  };
}

/**
 * 一括の担当設定: staff start a job that sets the assignee (担当) of the applications they chose
 * in the queue, or of all the queue's filters match, and read its progress and summary. A job is
 * visible to staff of its own municipality only; anyone else gets the 404 of a job that does
 * not exist.
 */
@Injectable()
export class BulkAssignmentService implements OnApplicationShutdown {
  constructor(
    @Inject(BULK_ASSIGNMENT_QUEUE_HANDLE) private readonly queue: Queue,
    private readonly repository: WorkQueueRepository,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }

  async create(
    actor: StaffActor,
    request: CreateBulkAssignmentRequest,
  ): Promise<BulkAssignmentJob> {
    // The single assignment's rule, answered at once rather than as a failed job.
    if (
      request.assigneeId !== null &&
      !(await this.repository.findStaffMember(actor.municipalityCode, request.assigneeId))
    ) {
      throw staffQueueException('unknown_assignee');
    }
    const pending = await this.redis(() => this.queue.getJobs(PENDING_STATES, 0, 500));
    const ownPending = pending.filter(
      (job) =>
        job.name === RUN_BULK_ASSIGNMENT_JOB.name &&
        (job.data as Partial<RunBulkAssignmentJobData>).actor?.municipalityCode ===
          actor.municipalityCode,
    );
    if (ownPending.length >= MAX_ACTIVE_BULK_ASSIGNMENTS) {
      throw staffQueueException('bulk_assignment_limit_reached');
    }
    const bulkAssignmentId = randomUUID();
    // In the request's transaction: if the job cannot be queued, the audit row rolls back with it.
    await this.repository.recordAudit(
      actor,
      'application.assign.bulk',
      'bulk_assignment',
      bulkAssignmentId,
      { to: request.assigneeId, ...describeSelection(request) },
    );
    const data: RunBulkAssignmentJobData = {
      version: 1,
      bulkAssignmentId,
      actor,
      request,
      requestedAt: new Date().toISOString(),
    };
    const job = (await this.redis(() =>
      this.queue.add(RUN_BULK_ASSIGNMENT_JOB.name, data, {
        jobId: bulkAssignmentId,
        // One attempt: what a failed job did stays done (each batch commits on its own, with its
        // audit rows); staff see it failed and start again with what is left.
        attempts: 1,
        removeOnComplete: { age: KEEP_FINISHED_SECONDS },
        removeOnFail: { age: KEEP_FINISHED_SECONDS },
      }),
    )) as unknown as Job<RunBulkAssignmentJobData, unknown>;
    return this.toDto(job, 'waiting');
  }

  async read(actor: StaffActor, id: string): Promise<BulkAssignmentJob> {
    const job = (await this.redis(() => this.queue.getJob(id))) as
      Job<RunBulkAssignmentJobData, unknown> | undefined;
    if (
      !job ||
      job.name !== RUN_BULK_ASSIGNMENT_JOB.name ||
      job.data.actor.municipalityCode !== actor.municipalityCode
    ) {
      throw staffQueueException('bulk_assignment_not_found');
    }
    return this.toDto(job, await this.redis(() => job.getState()));
  }

  private toDto(
    job: Job<RunBulkAssignmentJobData, unknown>,
    jobState: JobState | 'unknown',
  ): BulkAssignmentJob {
    const state = stateOf(jobState);
    if (state === null) {
      throw staffQueueException('bulk_assignment_not_found');
    }
    const progress = bulkAssignmentProgressSchema.safeParse(job.progress);
    const result = bulkAssignmentResultSchema.safeParse(job.returnvalue);
    return {
      id: job.data.bulkAssignmentId,
      state,
      assigneeId: job.data.request.assigneeId,
      progress: progress.success ? progress.data : null,
      result: state === 'completed' && result.success ? result.data : null,
      createdAt: new Date(job.timestamp).toISOString(),
      finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    };
  }

  /** A Redis call; Redis away is a 503 with the error shape, not a 500. */
  private async redis<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch {
      throw staffQueueException('bulk_assignment_unavailable');
    }
  }
}
