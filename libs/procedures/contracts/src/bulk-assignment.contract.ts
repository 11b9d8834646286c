import { z } from 'zod';

import { staffIdSchema, workQueueFilterShape } from './staff.contract.js';

/**
 * Most applications one bulk assignment may name by id: what a staff member ticks in the loaded
 * pages of the queue, within the API's 100 kB JSON body (2,000 ids are about 80 kB). More go by
 * the queue's filters, which have no such limit.
 */
export const MAX_BULK_ASSIGNMENT_IDS = 2_000;

/** Bulk assignment jobs a municipality may have waiting or running at once. */
export const MAX_ACTIVE_BULK_ASSIGNMENTS = 2;

/** Skipped applications a finished job lists by 受付番号 (the count covers all of them). */
export const MAX_LISTED_SKIPPED = 500;

/** The staff member to assign, or null to clear the assignee (担当). */
const assigneeIdSchema = staffIdSchema.nullable();

/**
 * POST /api/staff/assignments: the applications chosen in the queue by id, or every application
 * the queue's filters match (the same filters as the queue and the export), and the assignee.
 */
export const createBulkAssignmentRequestSchema = z.union([
  z
    .object({
      assigneeId: assigneeIdSchema,
      applicationIds: z.array(z.uuid()).min(1).max(MAX_BULK_ASSIGNMENT_IDS),
    })
    .strict(),
  z
    .object({ assigneeId: assigneeIdSchema, filter: z.object(workQueueFilterShape).strict() })
    .strict(),
]);
export type CreateBulkAssignmentRequest = z.infer<typeof createBulkAssignmentRequestSchema>;
export type CreateBulkAssignmentRequestInput = z.input<typeof createBulkAssignmentRequestSchema>;

export const BULK_ASSIGNMENT_STATES = ['queued', 'running', 'completed', 'failed'] as const;
export type BulkAssignmentState = (typeof BULK_ASSIGNMENT_STATES)[number];

/**
 * Why an application was left as it was: `closed` (処理完了・却下・取下げ when the job started) or
 * `changed` (someone changed it, or closed it, after the job took its list).
 */
export const BULK_ASSIGNMENT_SKIP_REASONS = ['closed', 'changed'] as const;
export type BulkAssignmentSkipReason = (typeof BULK_ASSIGNMENT_SKIP_REASONS)[number];

export const skippedAssignmentSchema = z.object({
  receiptNumber: z.string(),
  reason: z.enum(BULK_ASSIGNMENT_SKIP_REASONS),
});
export type SkippedAssignment = z.infer<typeof skippedAssignmentSchema>;

/** What a running job has got through so far. */
export const bulkAssignmentProgressSchema = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});
export type BulkAssignmentProgress = z.infer<typeof bulkAssignmentProgressSchema>;

/** The outcome of a finished job. */
export const bulkAssignmentResultSchema = z.object({
  assigned: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** Ids asked for that are no application of the municipality (counted in `skipped`). */
  notFound: z.number().int().nonnegative(),
  /** The skipped applications by 受付番号, at most MAX_LISTED_SKIPPED of them. */
  skippedApplications: z.array(skippedAssignmentSchema),
});
export type BulkAssignmentResult = z.infer<typeof bulkAssignmentResultSchema>;

/** A bulk assignment job as the staff of its municipality see it. */
export const bulkAssignmentJobSchema = z.object({
  id: z.uuid(),
  state: z.enum(BULK_ASSIGNMENT_STATES),
  assigneeId: z.string().nullable(),
  /** Null until the job has taken its list of applications. */
  progress: bulkAssignmentProgressSchema.nullable(),
  /** Null until the job is completed. */
  result: bulkAssignmentResultSchema.nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type BulkAssignmentJob = z.infer<typeof bulkAssignmentJobSchema>;

/** GET /api/staff/applications/count: the queue's filters. */
export const workQueueCountQuerySchema = z.object(workQueueFilterShape).strict();
export type WorkQueueCountQuery = z.infer<typeof workQueueCountQuerySchema>;

/** GET /api/staff/applications/count: how many applications the queue's filters match. */
export const workQueueCountSchema = z.object({ count: z.number().int().nonnegative() });
export type WorkQueueCount = z.infer<typeof workQueueCountSchema>;
