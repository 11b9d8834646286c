import { z } from 'zod';

import { QUEUE_NAMES } from './queues.js';

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
  procedureTitle: z.object({ ja: z.string(), en: z.string(), easyJa: z.string() }),
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

/** Every job the worker must handle; the worker asserts at start-up that each has one processor. */
export const JOB_DEFINITIONS = [APPLICATION_STATUS_CHANGED_JOB] as const;
export type JobName = (typeof JOB_DEFINITIONS)[number]['name'];

export function jobIdForOutbox(outboxId: string): string {
  return `outbox-${outboxId}`;
}
