import {
  APPLICATION_STATUSES,
  DECISIONS,
  DECISION_RECORD_KINDS,
  approvalStageSchema,
  decisionRecordSchema,
} from '@madoguchi/procedures-domain';
import { z } from 'zod';

import { looksLikePersonalNumber } from './audit-actions.js';
import { staffAttachmentSchema } from './attachment.contract.js';
import { counterAssistanceSchema } from './counter.contract.js';
import { applicationSignatureSchema } from './signature.contract.js';

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
  /** What staff recorded of the decision with this step (e.g. the 認定結果 of a 要介護認定), if anything. */
  decisionRecord: decisionRecordSchema.nullable(),
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
  /**
   * Due date from the procedure's 標準処理期間 in business days (YYYY-MM-DD), if it has one: an
   * estimate. The time a 補正依頼 waits for the resident does not count (行政手続法第7条): while one
   * is pending the date stands still, and the resubmission moves it by the business days it took.
   */
  dueDate: z.string().nullable(),
  assigneeId: z.string().nullable(),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

/** One changed answer between two submitted versions (sensitive values masked). */
export const answerChangeSchema = z.object({
  path: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AnswerChange = z.infer<typeof answerChangeSchema>;

/** One submitted version of an application's answers: 1 is the submission, then each 再送信. */
export const answerVersionSchema = z.object({
  version: z.number().int().positive(),
  submittedAt: z.string(),
  answers: z.record(z.string(), z.unknown()),
  /** What this version changed from the one before (empty for the first). */
  changes: z.array(answerChangeSchema),
});
export type AnswerVersion = z.infer<typeof answerVersionSchema>;

export const applicationDetailSchema = applicationSummarySchema.extend({
  answers: z.record(z.string(), z.unknown()),
  events: z.array(applicationEventSchema),
  /** While 補正依頼: the field paths the office asked the resident to fix. */
  correctionFields: z.array(z.string()),
  /**
   * While 補正依頼: the office's message for each flagged field that has one (path → text). The
   * overall message is the `messageToResident` of the last event.
   */
  correctionMessages: z.record(z.string(), z.string()),
  /**
   * Staff only (absent from the resident's view): every submitted version of the answers, oldest
   * first, sensitive values masked, each with the fields it changed from the one before.
   */
  answerVersions: z.array(answerVersionSchema).optional(),
  /** Staff only: the files the answers reference, each with its slot and what the upload removed. */
  attachments: z.array(staffAttachmentSchema).optional(),
  /**
   * Staff only: the 本人確認レベル the procedure requires (1 自己申告, 2 本人確認書類, 3 マイナンバーカード).
   * The submission is refused below it, so the resident proved at least this level.
   */
  identityLevel: z.number().int().min(1).max(3).optional(),
  /**
   * Staff only: the level of the resident's own sign-in when they submitted (absent for
   * applications older than this record and for those filled at the counter).
   */
  submitterIdentityLevel: z.number().int().min(1).max(3).optional(),
  /**
   * Staff only, for an application filled at the counter (書かない窓口): who filled it, the
   * counter's identity check (its identity evidence) and where and when the resident confirmed.
   */
  counterAssisted: counterAssistanceSchema.optional(),
  /** Staff only: the card signature submitted with the application, verified (null: none). */
  signature: applicationSignatureSchema.nullable().optional(),
  /** While 承認待ち: the decision the case worker drafted, and who drafted it. */
  pendingDecision: z.enum(DECISIONS).nullable(),
  decisionDraftedBy: z.string().nullable(),
  /** Approvals given so far in this round, and the stages (role, title) of the procedure's chain. */
  approvals: z.array(z.object({ actorId: z.string(), role: z.string() })),
  approvalChain: z.array(approvalStageSchema),
  /**
   * The decision record staff give with the approval that completes this application (e.g.
   * `careCertification`: 要介護度 and 認定有効期間), as its procedure declares; null: none.
   */
  decisionRecordKind: z.enum(DECISION_RECORD_KINDS).nullable(),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

/**
 * What a resident sees of one step of the history: no internal staff comment and no staff identity
 * (only that the office, the resident or the system took the step).
 */
export const residentApplicationEventSchema = applicationEventSchema
  .omit({ comment: true })
  .strict();
export type ResidentApplicationEvent = z.infer<typeof residentApplicationEventSchema>;

/** A resident's own application in their list: no assignee. */
export const residentApplicationSummarySchema = applicationSummarySchema
  .omit({ assigneeId: true })
  .strict();
export type ResidentApplicationSummary = z.infer<typeof residentApplicationSummarySchema>;

/**
 * A resident's own application with its history (GET /api/me/applications/:id and the answers to
 * submit, resubmit and withdraw). Strict: the internal comments, notes, the assignee, the drafted
 * decision and who drafted or approved it, the approval chain and the kept answer versions are
 * staff-only and cannot appear here.
 */
export const residentApplicationDetailSchema = residentApplicationSummarySchema
  .extend({
    answers: z.record(z.string(), z.unknown()),
    events: z.array(residentApplicationEventSchema),
    correctionFields: z.array(z.string()),
    correctionMessages: z.record(z.string(), z.string()),
    decisionRecordKind: z.enum(DECISION_RECORD_KINDS).nullable(),
  })
  .strict();
export type ResidentApplicationDetail = z.infer<typeof residentApplicationDetailSchema>;

const fieldPathSchema = z.string().min(1).max(200);

/** One field flagged in a 補正依頼, with what the office asks the resident to do about it. */
export const fieldToFixSchema = z
  .object({ path: fieldPathSchema, message: z.string().trim().max(1000).optional() })
  .strict();
export type FieldToFix = z.infer<typeof fieldToFixSchema>;

export const transitionRequestSchema = z
  .object({
    to: applicationStatusSchema,
    /** Internal comment, kept in the history for staff. */
    comment: z.string().max(2000).optional(),
    /** Shown to the resident (申請先からの連絡); required for a correction request. */
    messageToResident: z.string().max(2000).optional(),
    /**
     * For a correction request (補正依頼): the field paths to fix (attachment fields too), each
     * either a bare path or `{ path, message }` with the office's message for that field.
     */
    fieldsToFix: z
      .array(z.union([fieldPathSchema, fieldToFixSchema]))
      .max(100)
      .optional(),
    /** For awaiting_approval: the decision drafted for the approver. */
    decision: z.enum(DECISIONS).optional(),
    /**
     * With the approval that completes an application whose procedure declares a decision record
     * (`decisionRecordKind` of the detail): what the municipality decided. Refused on any other step.
     */
    decisionRecord: decisionRecordSchema.optional(),
  })
  .strict();
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

/**
 * POST /api/staff/applications/:id/personal-data/reveal — shows one sensitive value in full.
 * The reason is required and kept in the audit log (番号法: アクセスの記録).
 */
export const revealPersonalDataRequestSchema = z
  .object({
    path: z.string().min(1).max(200),
    // The reason goes to the audit trail, which must never hold a 個人番号 itself.
    reason: z
      .string()
      .trim()
      .min(5)
      .max(500)
      .refine((reason) => !looksLikePersonalNumber(reason)),
  })
  .strict();
export type RevealPersonalDataRequest = z.infer<typeof revealPersonalDataRequestSchema>;

export const revealedPersonalDataSchema = z.object({ path: z.string(), value: z.string() });
export type RevealedPersonalData = z.infer<typeof revealedPersonalDataSchema>;

/** POST /api/me/applications/:id/resubmit — the corrected answers after a 補正依頼. */
export const resubmitApplicationRequestSchema = z
  .object({ answers: z.record(z.string(), z.unknown()) })
  .strict();
export type ResubmitApplicationRequest = z.infer<typeof resubmitApplicationRequestSchema>;

/** POST /api/me/applications/:id/withdraw — 取下げ by the resident before a decision. */
export const withdrawApplicationRequestSchema = z
  .object({ reason: z.string().trim().max(1000).optional() })
  .strict();
export type WithdrawApplicationRequest = z.infer<typeof withdrawApplicationRequestSchema>;
