import type { ConnectionOptions } from 'bullmq';
import { Queue } from 'bullmq';
import {
  createBulkAssignmentRequestSchema,
  sessionActorSchema,
} from '@madoguchi/procedures-contracts';
import { z } from 'zod';

import type { Env } from '../../config/env.js';
import { bulkExportConnection } from '../../dashboard/bulk-export/bulk-export.jobs.js';

/**
 * The API's own queue for bulk assignments, next to the bulk exports' one (a queue each: each
 * processor answers every job of its queue). The API enqueues and runs them.
 */
export const BULK_ASSIGNMENT_QUEUE = 'bulk-assignments';

export const RUN_BULK_ASSIGNMENT_JOB = {
  name: 'bulk-assignment.run',
  version: 1,
  schema: z.object({
    version: z.literal(1),
    bulkAssignmentId: z.uuid(),
    /** Who asked: the job runs as them, in their municipality's tenant scope. */
    actor: sessionActorSchema.extend({ kind: z.literal('staff'), municipalityCode: z.string() }),
    request: createBulkAssignmentRequestSchema,
    requestedAt: z.iso.datetime(),
  }),
} as const;
export type RunBulkAssignmentJobData = z.infer<typeof RUN_BULK_ASSIGNMENT_JOB.schema>;

/** The producer's handle on the bulk assignment queue (fails fast while Redis is away). */
export const BULK_ASSIGNMENT_QUEUE_HANDLE = Symbol('BULK_ASSIGNMENT_QUEUE_HANDLE');

/** The same Redis connection as the bulk exports (one helper for the API's own queues). */
export function bulkAssignmentConnection(env: Env, forWorker: boolean): ConnectionOptions {
  return bulkExportConnection(env, forWorker);
}

export function createBulkAssignmentQueue(env: Env): Queue {
  const queue = new Queue(BULK_ASSIGNMENT_QUEUE, {
    prefix: env.REDIS_PREFIX,
    connection: { ...bulkAssignmentConnection(env, false), lazyConnect: true },
  });
  // Redis away: starting or reading a bulk assignment answers 503; nothing else needs this queue.
  queue.on('error', () => undefined);
  return queue;
}
