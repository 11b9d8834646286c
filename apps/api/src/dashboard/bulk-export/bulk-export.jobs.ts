import type { ConnectionOptions } from 'bullmq';
import {
  BULK_EXPORT_FORMATS,
  createBulkExportRequestSchema,
  sessionActorSchema,
} from '@madoguchi/procedures-contracts';
import { z } from 'zod';

import type { Env } from '../../config/env.js';

/** The API's own queue: the API enqueues bulk exports and runs them (see BulkExportWorker). */
export const BULK_EXPORT_QUEUE = 'bulk-exports';

export const RUN_BULK_EXPORT_JOB = {
  name: 'bulk-export.run',
  version: 1,
  schema: z.object({
    version: z.literal(1),
    exportId: z.uuid(),
    /** Who asked: the export runs as them, in their municipality's tenant scope. */
    actor: sessionActorSchema.extend({ kind: z.literal('staff'), municipalityCode: z.string() }),
    request: createBulkExportRequestSchema,
    requestedAt: z.iso.datetime(),
  }),
} as const;
export type RunBulkExportJobData = z.infer<typeof RUN_BULK_EXPORT_JOB.schema>;

/** Deletes the file of a finished export when its retention ends. */
export const EXPIRE_BULK_EXPORT_JOB = {
  name: 'bulk-export.expire',
  version: 1,
  schema: z.object({ version: z.literal(1), exportId: z.uuid() }),
} as const;
export type ExpireBulkExportJobData = z.infer<typeof EXPIRE_BULK_EXPORT_JOB.schema>;

/** What a running export reports with `job.updateProgress`. */
export const bulkExportProgressSchema = z.object({
  rowsDone: z.number().int().nonnegative(),
  rowsTotal: z.number().int().nonnegative(),
});
export type BulkExportProgress = z.infer<typeof bulkExportProgressSchema>;

/** The return value of a finished export: where its file is and the headers to send it with. */
export const bulkExportResultSchema = z.object({
  storageKey: z.string(),
  format: z.enum(BULK_EXPORT_FORMATS),
  contentType: z.string(),
  contentDisposition: z.string(),
  /** Shift_JIS only: characters it cannot hold, replaced by 〓. */
  replacedCharacters: z.string().nullable(),
  rowsDone: z.number().int().nonnegative(),
  expiresAt: z.iso.datetime(),
});
export type BulkExportResult = z.infer<typeof bulkExportResultSchema>;

export function bulkExportStorageKey(exportId: string): string {
  return `bulk-exports/${exportId}`;
}

/**
 * BullMQ's connection to the API's Redis, under the same prefix as every other key.
 * `forWorker`: a worker blocks on Redis and must wait through a reconnect (BullMQ requires
 * `maxRetriesPerRequest: null` there); the producer fails fast so a request never hangs.
 */
export function bulkExportConnection(env: Env, forWorker: boolean): ConnectionOptions {
  const url = new URL(env.REDIS_URL);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    db: Number(url.pathname.replace('/', '') || 0),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    ...(forWorker
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
  };
}
