import { z } from 'zod';

import { workQueueFilterShape } from './staff.contract.js';

/** Days the dashboard's daily charts look back over (today in Japan included). */
export const DASHBOARD_PERIOD_DAYS = 30;

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Applications received on one day (Japan time) for one procedure. */
export const dailyProcedureCountSchema = z.object({
  date: isoDateSchema,
  procedureId: z.string(),
  count: z.number().int().nonnegative(),
});
export type DailyProcedureCount = z.infer<typeof dailyProcedureCountSchema>;

/** The figures of one procedure of the municipality: counts only, never a person. */
export const procedureFiguresSchema = z.object({
  procedureId: z.string(),
  title: z.string(),
  /** 標準処理期間 in business days, when the procedure declares one. */
  standardProcessingDays: z.number().int().nullable(),
  /** Applications decided (処理完了 or 却下) in the period, whose processing time is measured. */
  decidedCount: z.number().int().nonnegative(),
  /**
   * Median business days (no weekends, national holidays or 12/29–1/3) from 受付 to the decision,
   * over the applications decided in the period; null when none was.
   */
  medianProcessingDays: z.number().nonnegative().nullable(),
  /** Open, past their 処理期限, and not waiting on the resident (補正依頼). */
  overdueCount: z.number().int().nonnegative(),
  /** Applications received in the period. */
  receivedCount: z.number().int().nonnegative(),
  /** Of those, how many got at least one 補正依頼. */
  correctedCount: z.number().int().nonnegative(),
});
export type ProcedureFigures = z.infer<typeof procedureFiguresSchema>;

/** Notification deliveries that failed for good (dead letters) on one day (Japan time). */
export const dailyCountSchema = z.object({
  date: isoDateSchema,
  count: z.number().int().nonnegative(),
});
export type DailyCount = z.infer<typeof dailyCountSchema>;

/** The drafts last saved at one step of a procedure's form in the period: a count, no person. */
export const dropOffStepSchema = z.object({
  stepId: z.string(),
  /** The step's title (Japanese) in the form of the procedure's current version. */
  title: z.string(),
  drafts: z.number().int().nonnegative(),
});
export type DropOffStep = z.infer<typeof dropOffStepSchema>;

/**
 * Drop-off per form step of one procedure: the drafts last saved in the period, by the step they
 * stand at (in the order of the current form; steps of older versions come after it), and the
 * applications submitted in the period.
 */
export const procedureDropOffSchema = z.object({
  procedureId: z.string(),
  steps: z.array(dropOffStepSchema),
  submitted: z.number().int().nonnegative(),
});
export type ProcedureDropOff = z.infer<typeof procedureDropOffSchema>;

/** GET /api/staff/dashboard: 業務の状況 of the staff member's municipality. */
export const dashboardSchema = z.object({
  /** Today in Japan, the last day of the period. */
  today: isoDateSchema,
  /** The first day of the period. */
  since: isoDateSchema,
  periodDays: z.number().int().positive(),
  /** One entry per day and procedure with at least one application (the others are 0). */
  applicationsPerDay: z.array(dailyProcedureCountSchema),
  procedures: z.array(procedureFiguresSchema),
  /** One entry per day of the period, oldest first (zeros included). */
  deliveryFailuresPerDay: z.array(dailyCountSchema),
  /** One entry per procedure with a draft or a submission in the period. */
  dropOff: z.array(procedureDropOffSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const BULK_EXPORT_FORMATS = ['csv', 'csv-sjis'] as const;
export type BulkExportFormat = (typeof BULK_EXPORT_FORMATS)[number];

/** Bulk export jobs a municipality may have waiting or running at once. */
export const MAX_ACTIVE_BULK_EXPORTS = 2;

/** Hours a finished export file is kept before it is deleted (it is also deleted once downloaded). */
export const BULK_EXPORT_RETENTION_HOURS = 24;

/** POST /api/staff/exports: the work queue's filters and the CSV encoding. */
export const createBulkExportRequestSchema = z
  .object({ ...workQueueFilterShape, format: z.enum(BULK_EXPORT_FORMATS).default('csv') })
  .strict();
export type CreateBulkExportRequest = z.infer<typeof createBulkExportRequestSchema>;
export type CreateBulkExportRequestInput = z.input<typeof createBulkExportRequestSchema>;

export const BULK_EXPORT_STATES = ['queued', 'running', 'completed', 'failed'] as const;
export type BulkExportState = (typeof BULK_EXPORT_STATES)[number];

/** A bulk export job as its starter's municipality sees it. */
export const bulkExportJobSchema = z.object({
  id: z.uuid(),
  state: z.enum(BULK_EXPORT_STATES),
  format: z.enum(BULK_EXPORT_FORMATS),
  /** Data rows written so far (the header line not counted). */
  rowsDone: z.number().int().nonnegative(),
  /** Rows the filters matched when the job started; null until then. */
  rowsTotal: z.number().int().nonnegative().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  /** When the file is deleted if nobody downloads it; null until it is written. */
  expiresAt: z.iso.datetime().nullable(),
  /** GET this for the file once the job is completed; null before. */
  downloadPath: z.string().nullable(),
});
export type BulkExportJob = z.infer<typeof bulkExportJobSchema>;
