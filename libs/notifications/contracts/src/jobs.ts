import { z } from 'zod';

import type { QueueName } from './queues.js';
import { QUEUE_NAMES } from './queues.js';

/** A job of the contracts: the queue it travels on, its name, and the schema of its payload. */
export type JobDefinition = {
  readonly queue: QueueName;
  readonly name: string;
  readonly version: number;
  readonly schema: z.ZodType;
};

/** The payload of a job once its schema has parsed it (defaults filled in). */
export type JobPayload<D extends JobDefinition> = z.output<D['schema']>;

const trilingualSchema = z.object({ ja: z.string(), en: z.string(), easyJa: z.string() });

/**
 * An application changed status (submitted, moved into review, …): the resident is told.
 * The relay enqueues it from the outbox with `jobId = outbox-<outboxId>` (BullMQ ids may not contain ":"), so a relay that
 * crashes after enqueueing and runs again never creates a second job.
 */
export const applicationStatusChangedJobDataSchema = z.object({
  outboxId: z.string(),
  /** The application event announced; also the dedupe key of the resident's notification. */
  eventId: z.string(),
  applicationId: z.string(),
  municipalityCode: z.string(),
  residentId: z.string(),
  receiptNumber: z.string(),
  procedureTitle: trilingualSchema,
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  /**
   * Only in messages written before the office's message moved to the event row (the worker
   * reads it there): free text stays off the queue.
   */
  messageToResident: z.string().nullable().optional(),
});
export type ApplicationStatusChangedJobData = z.infer<typeof applicationStatusChangedJobDataSchema>;

export const APPLICATION_STATUS_CHANGED_JOB = {
  queue: QUEUE_NAMES.notifications,
  name: 'application-status-changed',
  version: 1,
  schema: applicationStatusChangedJobDataSchema,
} as const;

/**
 * Sends a batch of deliveries (each: one notification on one channel to one target). The
 * delivery rows in PostgreSQL are the truth (status, attempts, not-before time); the job only
 * carries their ids, and sending claims each row first, so a job run twice sends nothing twice
 * that was recorded as sent. Job id: `deliveries-<first id>-<round>-<attempts>`.
 */
export const sendDeliveriesJobDataSchema = z.object({
  deliveryIds: z.array(z.uuid()).min(1).max(500),
});
export type SendDeliveriesJobData = z.infer<typeof sendDeliveriesJobDataSchema>;

export const SEND_DELIVERIES_JOB = {
  queue: QUEUE_NAMES.deliveries,
  name: 'send-deliveries',
  version: 1,
  schema: sendDeliveriesJobDataSchema,
} as const;

/**
 * The daily scan: fans out one `reminder-scan-batch` per municipality for `date` (a JST calendar
 * date; absent: today in Japan when the job runs).
 */
export const dailyReminderScanJobDataSchema = z.object({
  date: z.iso.date().optional(),
});
export type DailyReminderScanJobData = z.infer<typeof dailyReminderScanJobDataSchema>;

export const DAILY_REMINDER_SCAN_JOB = {
  queue: QUEUE_NAMES.notifications,
  name: 'daily-reminder-scan',
  version: 1,
  schema: dailyReminderScanJobDataSchema,
} as const;

/**
 * One batch of a municipality's life records, in resident id order after `afterResidentId`.
 * Each batch enqueues the next one of its partition; job id `scan-<date>-<code>-p<k>-<n>`
 * (k = partition, n = batch number), so a batch that is run twice never forks the scan.
 */
export const reminderScanBatchJobDataSchema = z.object({
  municipalityCode: z.string().regex(/^[0-9]{6}$/),
  date: z.iso.date(),
  /** The scan of a municipality runs as partitions (ranges of resident ids) side by side. */
  partition: z.number().int().nonnegative().default(0),
  /** Exclusive lower and inclusive upper resident id of this batch's partition (null: open). */
  afterResidentId: z.string().nullable(),
  untilResidentId: z.string().nullable().default(null),
  batchNumber: z.number().int().nonnegative(),
});
export type ReminderScanBatchJobData = z.output<typeof reminderScanBatchJobDataSchema>;

export const REMINDER_SCAN_BATCH_JOB = {
  queue: QUEUE_NAMES.notifications,
  name: 'reminder-scan-batch',
  version: 1,
  schema: reminderScanBatchJobDataSchema,
} as const;

/**
 * Appends the committed audit rows not yet in the audit chain (`seal_audit_chain` in PostgreSQL,
 * under an advisory lock, so overlapping jobs wait for each other and never fork the chain). No
 * payload: the rows waiting are in the database.
 */
export const sealAuditChainJobDataSchema = z.object({});
export type SealAuditChainJobData = z.infer<typeof sealAuditChainJobDataSchema>;

export const SEAL_AUDIT_CHAIN_JOB = {
  queue: QUEUE_NAMES.auditChain,
  name: 'seal-audit-chain',
  version: 1,
  schema: sealAuditChainJobDataSchema,
} as const;

/** Every job the worker must handle; the worker asserts at start-up that each has one processor. */
export const JOB_DEFINITIONS = [
  APPLICATION_STATUS_CHANGED_JOB,
  SEND_DELIVERIES_JOB,
  DAILY_REMINDER_SCAN_JOB,
  REMINDER_SCAN_BATCH_JOB,
  SEAL_AUDIT_CHAIN_JOB,
] as const satisfies readonly JobDefinition[];
export type JobName = (typeof JOB_DEFINITIONS)[number]['name'];

export function jobIdForOutbox(outboxId: string): string {
  return `outbox-${outboxId}`;
}

/**
 * BullMQ ids may not contain ":". The first delivery's round (a staff retry starts a new one)
 * and attempts make a re-offer of the same batch the same job, and a retry a new one.
 */
export function jobIdForDeliveries(first: { id: string; round: number; attempts: number }): string {
  return `deliveries-${first.id}-${first.round}-${first.attempts}`;
}

export function jobIdForScanBatch(data: ReminderScanBatchJobData): string {
  return `scan-${data.date}-${data.municipalityCode}-p${data.partition}-${data.batchNumber}`;
}
