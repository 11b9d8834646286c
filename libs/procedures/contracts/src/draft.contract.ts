import { z } from 'zod';

import { attachmentFileSchema } from './attachment.contract.js';

/** Drafts (一時保存) are saved at every step and can be resumed on another device. */
export const saveDraftRequestSchema = z
  .object({
    municipalityCode: z.string().regex(/^\d{6}$/),
    procedureId: z.string().min(1),
    formVersion: z.number().int().positive(),
    answers: z.record(z.string(), z.unknown()),
    /** The step the resident is on, to resume there. */
    stepId: z.string().max(100).optional(),
  })
  .strict();
export type SaveDraftRequest = z.infer<typeof saveDraftRequestSchema>;

export const updateDraftRequestSchema = saveDraftRequestSchema
  .pick({ answers: true, stepId: true })
  .strict();
export type UpdateDraftRequest = z.infer<typeof updateDraftRequestSchema>;

export const draftSummarySchema = z.object({
  id: z.string(),
  municipalityCode: z.string(),
  procedureId: z.string(),
  procedureTitle: z.object({ ja: z.string(), en: z.string(), easyJa: z.string() }),
  formVersion: z.number().int(),
  stepId: z.string().nullable(),
  /** A newer version of the form is published: the draft still opens in its own version. */
  isOutdated: z.boolean(),
  /** The version new drafts get today when it is newer than the draft's (migrate with POST …/migrate). */
  newerVersion: z.number().int().nullish(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Deleted after this time unless saved again or submitted (the server's retention period). */
  keptUntil: z.string(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const draftDetailSchema = draftSummarySchema.extend({
  /** Sensitive answers (個人番号) are never sent back: they are masked and must be typed again. */
  answers: z.record(z.string(), z.unknown()),
  maskedPaths: z.array(z.string()),
  /** The resident's uploaded files the answers name, so their names show again on any device. */
  attachments: z.array(attachmentFileSchema).default([]),
});
export type DraftDetail = z.infer<typeof draftDetailSchema>;
