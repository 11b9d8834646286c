import { z } from 'zod';

import {
  applicationEventSchema,
  applicationStatusSchema,
  applicationSummarySchema,
} from './application.contract.js';
import { looksLikePersonalNumber } from './audit-actions.js';

/** Largest page of the work queue and of the back-office list. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/** An opaque position in a keyset-paginated list (base64url); only the server reads it. */
export const pageCursorSchema = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[A-Za-z0-9_-]+$/);

/** `status=a&status=b` or `status=a,b`: one or several statuses. */
const statusListSchema = z.preprocess((value: unknown): unknown[] => {
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values
    .flatMap((item): unknown[] => (typeof item === 'string' ? item.split(',') : [item]))
    .filter((item) => item !== '');
}, z.array(applicationStatusSchema).min(1).max(9));

const pageSizeSchema = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE);

export const WORK_QUEUE_SORTS = ['submitted', 'due'] as const;
export type WorkQueueSort = (typeof WORK_QUEUE_SORTS)[number];
export const DUE_FILTERS = ['overdue', 'today', 'week'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** A staff id as the identity provider and the demo accounts spell it. */
export const staffIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._:@-]+$/);

/** The filters of the work queue, shared by the queue and the export. */
export const workQueueFilterShape = {
  procedureId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  status: statusListSchema.optional(),
  /** `me`, `unassigned` or a staff id. */
  assignee: z.union([z.literal('me'), z.literal('unassigned'), staffIdSchema]).optional(),
  /** By the due date (処理期限), in Japan time: past and still open, today, or within 7 days. */
  due: z.enum(DUE_FILTERS).optional(),
  /** A 受付番号 (any case, full-width, with or without the hyphen) or the applicant's name in kanji or kana. */
  q: z.string().trim().max(100).optional(),
  /** `submitted`: oldest first (the order of arrival); `due`: the nearest 処理期限 first. */
  sort: z.enum(WORK_QUEUE_SORTS).default('submitted'),
};

/** GET /api/staff/applications: the query string. */
export const workQueueQuerySchema = z
  .object({
    ...workQueueFilterShape,
    cursor: pageCursorSchema.optional(),
    limit: pageSizeSchema.default(DEFAULT_PAGE_SIZE),
  })
  .strict();
export type WorkQueueQuery = z.infer<typeof workQueueQuerySchema>;
/** The filters as a client writes them (every field optional, the status as a list). */
export type WorkQueueFiltersInput = {
  procedureId?: string;
  status?: z.infer<typeof applicationStatusSchema>[];
  assignee?: string;
  due?: DueFilter;
  q?: string;
  sort?: WorkQueueSort;
};
/** The query as a client writes it. */
export type WorkQueueQueryInput = WorkQueueFiltersInput & { cursor?: string; limit?: number };

export const workQueueItemSchema = applicationSummarySchema.extend({
  /** フリガナ of the applicant, full-width katakana, when the form has it. */
  applicantNameKana: z.string().nullable(),
  /** Display name of the assignee (担当), when the staff member is known. */
  assigneeName: z.string().nullable(),
});
export type WorkQueueItem = z.infer<typeof workQueueItemSchema>;

export const workQueuePageSchema = z.object({
  items: z.array(workQueueItemSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type WorkQueuePage = z.infer<typeof workQueuePageSchema>;

export const EXPORT_FORMATS = ['csv', 'csv-sjis', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** GET /api/staff/applications/export: the format and the queue's filters. */
export const exportQuerySchema = z
  .object({ ...workQueueFilterShape, format: z.enum(EXPORT_FORMATS).default('csv') })
  .strict();
export type ExportQuery = z.infer<typeof exportQuerySchema>;
export type ExportQueryInput = WorkQueueFiltersInput & { format?: ExportFormat };

/** Response header with the number of characters Shift_JIS cannot hold (replaced by 〓). */
export const REPLACED_CHARACTERS_HEADER = 'x-madoguchi-replaced-characters';

/** POST /api/staff/applications/:id/assign: a staff member of the municipality, or null to unassign. */
export const assignApplicationRequestSchema = z
  .object({ assigneeId: staffIdSchema.nullable() })
  .strict();
export type AssignApplicationRequest = z.infer<typeof assignApplicationRequestSchema>;

export const staffMemberSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  staffRole: z.string().nullable(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** POST /api/staff/applications/:id/notes: an internal note, never shown to the resident. */
export const createApplicationNoteRequestSchema = z
  .object({ body: z.string().trim().min(1).max(2000) })
  .strict();
export type CreateApplicationNoteRequest = z.infer<typeof createApplicationNoteRequestSchema>;

export const applicationNoteSchema = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type ApplicationNote = z.infer<typeof applicationNoteSchema>;

/**
 * What a back-office key may do: list and read applications (answers masked), acknowledge them,
 * and read sensitive answers (特定個人情報) in clear — each such read is audited.
 */
export const API_KEY_SCOPES = [
  'applications:read',
  'applications:acknowledge',
  'personal-data',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const createApiKeyRequestSchema = z
  .object({
    // The name goes to the audit trail, which must never hold a 個人番号.
    name: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .refine((name) => !looksLikePersonalNumber(name)),
    scopes: z
      .array(z.enum(API_KEY_SCOPES))
      .min(1)
      .max(API_KEY_SCOPES.length)
      .default(['applications:read', 'applications:acknowledge']),
  })
  .strict();
export type CreateApiKeyRequest = z.infer<typeof createApiKeyRequestSchema>;

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The first characters of the key, to recognise it; the key itself is never shown again. */
  keyPrefix: z.string(),
  scopes: z.array(z.enum(API_KEY_SCOPES)),
  createdBy: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

/** The answer to a key's creation: the only time the key is shown. */
export const createdApiKeySchema = z.object({ apiKey: apiKeySchema, key: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

const booleanQuerySchema = z.enum(['true', 'false']).transform((value) => value === 'true');

/** GET /api/back-office/applications: the query string. */
export const backOfficeListQuerySchema = z
  .object({
    acknowledged: booleanQuerySchema.optional(),
    /** Only applications received at or after this time (ISO 8601 with an offset). */
    since: z.iso.datetime({ offset: true }).optional(),
    procedureId: z.string().min(1).max(100).optional(),
    cursor: pageCursorSchema.optional(),
    limit: pageSizeSchema.default(DEFAULT_PAGE_SIZE),
  })
  .strict();
export type BackOfficeListQuery = z.infer<typeof backOfficeListQuerySchema>;

export const backOfficeApplicationSummarySchema = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  municipalityCode: z.string(),
  procedureId: z.string(),
  formVersion: z.number().int(),
  status: applicationStatusSchema,
  submittedAt: z.string(),
  updatedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export type BackOfficeApplicationSummary = z.infer<typeof backOfficeApplicationSummarySchema>;

export const backOfficeApplicationPageSchema = z.object({
  items: z.array(backOfficeApplicationSummarySchema),
  nextCursor: z.string().nullable(),
});
export type BackOfficeApplicationPage = z.infer<typeof backOfficeApplicationPageSchema>;

export const backOfficeAttachmentSchema = z.object({
  id: z.string(),
  slotId: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type BackOfficeAttachment = z.infer<typeof backOfficeAttachmentSchema>;

export const backOfficeApplicationDetailSchema = backOfficeApplicationSummarySchema.extend({
  applicantName: z.string(),
  applicantNameKana: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** Sensitive answers in clear only for a key with the `personal-data` scope; masked otherwise. */
  answers: z.record(z.string(), z.unknown()),
  /** True when `answers` holds opened sensitive values. */
  hasPersonalData: z.boolean(),
  events: z.array(applicationEventSchema),
  attachments: z.array(backOfficeAttachmentSchema),
});
export type BackOfficeApplicationDetail = z.infer<typeof backOfficeApplicationDetailSchema>;

export const acknowledgementSchema = z.object({
  receiptNumber: z.string(),
  acknowledgedAt: z.string(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;
