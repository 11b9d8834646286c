import { z } from 'zod';

import { QUEUE_NAMES } from './queues.js';

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
  messageToResident: z.string().nullable(),
});
export type ApplicationStatusChangedJobData = z.infer<typeof applicationStatusChangedJobDataSchema>;

export const APPLICATION_STATUS_CHANGED_JOB = {
  queue: QUEUE_NAMES.notifications,
  name: 'application-status-changed',
  version: 1,
  schema: applicationStatusChangedJobDataSchema,
} as const;

/**
 * Sends one delivery (one notification on one channel to one target). The delivery row in
 * PostgreSQL is the truth (status, attempts, not-before time); the job only carries its id.
 * Job id: `delivery-<deliveryId>-<round>` (round 0, then one more per staff retry).
 */
export const sendDeliveryJobDataSchema = z.object({ deliveryId: z.uuid() });
export type SendDeliveryJobData = z.infer<typeof sendDeliveryJobDataSchema>;

export const SEND_DELIVERY_JOB = {
  queue: QUEUE_NAMES.deliveries,
  name: 'send-delivery',
  version: 1,
  schema: sendDeliveryJobDataSchema,
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
 * Each batch enqueues the next one; job id `scan-<date>-<code>-<n>` (n = batch number), so a
 * batch that is run twice (crash, stalled job) never forks the scan.
 */
export const reminderScanBatchJobDataSchema = z.object({
  municipalityCode: z.string().regex(/^[0-9]{6}$/),
  date: z.iso.date(),
  afterResidentId: z.string().nullable(),
  batchNumber: z.number().int().nonnegative(),
});
export type ReminderScanBatchJobData = z.infer<typeof reminderScanBatchJobDataSchema>;

export const REMINDER_SCAN_BATCH_JOB = {
  queue: QUEUE_NAMES.notifications,
  name: 'reminder-scan-batch',
  version: 1,
  schema: reminderScanBatchJobDataSchema,
} as const;

/** Every job the worker must handle; the worker asserts at start-up that each has one processor. */
export const JOB_DEFINITIONS = [
  APPLICATION_STATUS_CHANGED_JOB,
  SEND_DELIVERY_JOB,
  DAILY_REMINDER_SCAN_JOB,
  REMINDER_SCAN_BATCH_JOB,
] as const;
export type JobName = (typeof JOB_DEFINITIONS)[number]['name'];

export function jobIdForOutbox(outboxId: string): string {
  return `outbox-${outboxId}`;
}

/** BullMQ ids may not contain ":"; a staff retry starts a new round so the finished job id is not reused. */
export function jobIdForDelivery(deliveryId: string, round: number): string {
  return `delivery-${deliveryId}-${round}`;
}

export function jobIdForScanBatch(data: ReminderScanBatchJobData): string {
  return `scan-${data.date}-${data.municipalityCode}-${data.batchNumber}`;
}
