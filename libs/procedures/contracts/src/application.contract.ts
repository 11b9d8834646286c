import { APPLICATION_STATUSES } from '@madoguchi/procedures-domain';
import { z } from 'zod';

export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);

/** The body of POST /api/applications. `answers` is validated against the form version. */
export const submitApplicationRequestSchema = z
  .object({
    municipalityCode: z.string().regex(/^\d{6}$/),
    procedureId: z.string().min(1),
    formVersion: z.number().int().positive(),
    answers: z.record(z.string(), z.unknown()),
  })
  .strict();
export type SubmitApplicationRequest = z.infer<typeof submitApplicationRequestSchema>;

export const applicationEventSchema = z.object({
  id: z.string(),
  fromStatus: applicationStatusSchema.nullable(),
  toStatus: applicationStatusSchema,
  actorKind: z.enum(['resident', 'staff', 'system']),
  comment: z.string().nullable(),
  messageToResident: z.string().nullable(),
  occurredAt: z.string(),
});
export type ApplicationEvent = z.infer<typeof applicationEventSchema>;

export const applicationSummarySchema = z.object({
  id: z.string(),
  /** 受付番号: short, unique per municipality, no confusable characters. */
  receiptNumber: z.string(),
  municipalityCode: z.string(),
  procedureId: z.string(),
  procedureTitle: z.object({ ja: z.string(), en: z.string(), easyJa: z.string() }),
  formVersion: z.number().int(),
  status: applicationStatusSchema,
  applicantName: z.string(),
  submittedAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const applicationDetailSchema = applicationSummarySchema.extend({
  answers: z.record(z.string(), z.unknown()),
  events: z.array(applicationEventSchema),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

export const transitionRequestSchema = z
  .object({
    to: applicationStatusSchema,
    comment: z.string().max(2000).optional(),
    messageToResident: z.string().max(2000).optional(),
  })
  .strict();
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

/**
 * POST /api/staff/applications/:id/personal-data/reveal — shows one sensitive value in full.
 * The reason is required and kept in the audit log (番号法: アクセスの記録).
 */
export const revealPersonalDataRequestSchema = z
  .object({ path: z.string().min(1).max(200), reason: z.string().trim().min(5).max(500) })
  .strict();
export type RevealPersonalDataRequest = z.infer<typeof revealPersonalDataRequestSchema>;

export const revealedPersonalDataSchema = z.object({ path: z.string(), value: z.string() });
export type RevealedPersonalData = z.infer<typeof revealedPersonalDataSchema>;
