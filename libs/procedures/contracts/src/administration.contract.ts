import { z } from 'zod';

import type { AuditActionGroup } from './audit-actions.js';
import { AUDIT_ACTIONS, AUDIT_ACTION_GROUPS, AUDIT_TARGET_TYPES } from './audit-actions.js';
import { pageCursorSchema, staffIdSchema } from './staff.contract.js';

// ---------------------------------------------------------------------------------------------
// The municipality administrator's console (issue #12): which standard procedures the
// municipality accepts online, and the audit trail. Staff role `admin` only.

const textSchema = z.object({ ja: z.string(), en: z.string(), easyJa: z.string() });

/** A standard procedure (one of `seeds/forms`) and whether this municipality accepts it online. */
export const procedureOfferingSchema = z.object({
  procedureId: z.string(),
  title: textSchema,
  category: z.string(),
  /** 受付中 (true) or 停止中 (false): residents find, draft and submit only accepted procedures. */
  isEnabled: z.boolean(),
  /** The municipality's effective form version, or null if it has never accepted the procedure. */
  formVersion: z.number().int().nullable(),
});
export type ProcedureOffering = z.infer<typeof procedureOfferingSchema>;

/** A procedure id as `seeds/forms` spells it. */
export const procedureIdParamSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z][a-z0-9-]*$/);

/** POST /api/staff/administration/procedures/:procedureId/availability */
export const setProcedureAvailabilityRequestSchema = z.object({ isEnabled: z.boolean() }).strict();
export type SetProcedureAvailabilityRequest = z.infer<typeof setProcedureAvailabilityRequestSchema>;

export const MAX_AUDIT_PAGE_SIZE = 100;
export const DEFAULT_AUDIT_PAGE_SIZE = 50;

/** A calendar day in Japan time (YYYY-MM-DD). */
const isoDateSchema = z.iso.date();

/** GET /api/staff/administration/audit-log: filters (all optional), newest first, keyset pages. */
export const auditLogQuerySchema = z
  .object({
    /** Who: the id of a staff member, resident or system process, exactly. */
    actorId: staffIdSchema.optional(),
    /** Which application: its 受付番号 (any case, full-width, with or without the hyphen). */
    receiptNumber: z.string().trim().min(1).max(20).optional(),
    /**
     * What: an action code (exactly, when it is one of `AUDIT_ACTIONS`), or the start of codes
     * (`application.` for every code that starts so).
     */
    action: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9_.]+$/)
      .optional(),
    /** What, by group: every code of one of `AUDIT_ACTION_GROUPS` (the console's groups). */
    actionGroup: z.enum(AUDIT_ACTION_GROUPS).optional(),
    /** From this day (Japan time, inclusive). */
    from: isoDateSchema.optional(),
    /** Up to this day (Japan time, inclusive). */
    to: isoDateSchema.optional(),
    cursor: pageCursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE_SIZE).default(DEFAULT_AUDIT_PAGE_SIZE),
  })
  .strict();
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;
/** The query as a client writes it. */
export type AuditLogQueryInput = {
  actorId?: string;
  receiptNumber?: string;
  action?: string;
  actionGroup?: AuditActionGroup;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
};

export const auditLogEntrySchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorKind: z.enum(['resident', 'staff', 'system']),
  actorId: z.string(),
  /** The staff member's display name, when the actor is a known staff member. */
  actorName: z.string().nullable(),
  /** One of the closed set (the database refuses any other). */
  action: z.enum(AUDIT_ACTIONS),
  targetType: z.enum(AUDIT_TARGET_TYPES),
  targetId: z.string(),
  /** The 受付番号 of the application the row is about, when it is about one. */
  receiptNumber: z.string().nullable(),
  /** What the writer recorded (never a 個人番号 or other sensitive value). */
  detail: z.record(z.string(), z.unknown()),
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;

export const auditLogPageSchema = z.object({
  items: z.array(auditLogEntrySchema),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type AuditLogPage = z.infer<typeof auditLogPageSchema>;

const trilingualSchema = z.object({ ja: z.string(), en: z.string(), easyJa: z.string() });

/** A reminder rule as the municipality runs it (the standard rule with its own parameters). */
export const reminderRuleViewSchema = z.object({
  id: z.string(),
  category: z.string(),
  /** The kind of life record the rule counts from (child, pregnancy, care_certification, person). */
  record: z.string(),
  audience: z.string(),
  channels: z.array(z.string()),
  /** A deadline shown in the message, this many days after the occurrence, if any. */
  deadlineDays: z.number().int().nullable(),
  trigger: z.discriminatedUnion('type', [
    z.object({
      type: z.literal('relative'),
      /** The record's date it counts from (birthDate, dueDate, expiryDate, validFrom). */
      field: z.string(),
      /** Days before each occurrence the reminder goes out. */
      leadDays: z.number().int(),
      occurrences: z.array(
        z.object({
          key: z.string(),
          label: trilingualSchema,
          offset: z.object({
            years: z.number().int().nullable(),
            months: z.number().int().nullable(),
            days: z.number().int().nullable(),
          }),
        }),
      ),
    }),
    z.object({
      type: z.literal('annual'),
      month: z.number().int(),
      day: z.number().int(),
      label: trilingualSchema,
      /** Only records whose age on that day is in this range (whole years, both ends included). */
      ageRange: z
        .object({ minYears: z.number().int().nullable(), maxYears: z.number().int().nullable() })
        .nullable(),
    }),
  ]),
});
export type ReminderRuleView = z.infer<typeof reminderRuleViewSchema>;
