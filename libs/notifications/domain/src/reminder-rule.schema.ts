import type { LifeRecordKind } from '@madoguchi/notifications-contracts';
import {
  DELIVERY_CHANNELS,
  LIFE_RECORD_KINDS,
  NOTIFICATION_CATEGORIES,
} from '@madoguchi/notifications-contracts';
import { z } from 'zod';

// The kinds are part of the API contract too (residents see their records): one list, in contracts.
export { LIFE_RECORD_KINDS };
export type { LifeRecordKind };

/** The date fields of each kind that a rule may count from. */
export const LIFE_RECORD_DATE_FIELDS = {
  pregnancy: ['dueDate'],
  child: ['birthDate'],
  care_certification: ['validFrom', 'expiryDate'],
  person: ['birthDate'],
} as const satisfies Record<LifeRecordKind, readonly string[]>;

const trilingualSchema = z.object({
  ja: z.string().min(1),
  en: z.string().min(1),
  easyJa: z.string().min(1),
});

const periodSchema = z
  .object({
    years: z.number().int().optional(),
    months: z.number().int().optional(),
    days: z.number().int().optional(),
  })
  .strict();

const occurrenceSchema = z
  .object({
    /** Part of the delivery's unique key: never rename a published one. */
    key: z.string().regex(/^[a-z0-9-]{1,20}$/),
    offset: periodSchema,
    label: trilingualSchema,
  })
  .strict();

/** A date relative to a record field: one reminder per occurrence (e.g. each health check-up age). */
const relativeTriggerSchema = z
  .object({
    type: z.literal('relative'),
    field: z.string(),
    occurrences: z.array(occurrenceSchema).min(1),
    /** Days before the occurrence date the reminder goes out. */
    leadDays: z.number().int().min(0).max(180).default(0),
  })
  .strict();

/** Once a year on a fixed day (保育 現況届 in October, 負担割合証 in August), for records in an age range. */
const annualTriggerSchema = z
  .object({
    type: z.literal('annual'),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(28),
    /** Age on that day, counted from `field`, in whole years (both ends included). */
    ageFrom: z
      .object({
        field: z.string(),
        minYears: z.number().int().min(0).optional(),
        maxYears: z.number().int().min(0).optional(),
      })
      .strict()
      .optional(),
    label: trilingualSchema,
  })
  .strict();

export const reminderRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,60}$/),
    category: z.enum(NOTIFICATION_CATEGORIES).exclude(['application']),
    record: z.enum(LIFE_RECORD_KINDS),
    trigger: z.discriminatedUnion('type', [relativeTriggerSchema, annualTriggerSchema]),
    /** A deadline shown in the message (`{{deadline}}`), this many days after the occurrence date. */
    deadlineDays: z.number().int().min(1).max(366).optional(),
    /** `watchers`: also the resident's 見守り watchers who were given consent (care only). */
    audience: z.enum(['resident', 'resident-and-watchers']),
    /** Channels this rule may use; the in-app inbox is always among them. */
    channels: z
      .array(z.enum(DELIVERY_CHANNELS))
      .min(1)
      .refine((channels) => channels.includes('in_app'), {
        message: 'the in-app inbox always receives',
      }),
    /** Placeholders: {{name}}, {{date}}, {{label}}, {{deadline}}. */
    templates: z.object({ title: trilingualSchema, body: trilingualSchema }).strict(),
    legalBasis: z.string().optional(),
  })
  .strict()
  .refine((rule) => rule.audience === 'resident' || rule.category === 'care', {
    message: '見守り watchers receive care notifications only',
    path: ['audience'],
  })
  .refine(
    (rule) => {
      const fields: readonly string[] = LIFE_RECORD_DATE_FIELDS[rule.record];
      const trigger = rule.trigger;
      return trigger.type === 'relative'
        ? fields.includes(trigger.field)
        : trigger.ageFrom === undefined || fields.includes(trigger.ageFrom.field);
    },
    { message: 'the trigger names a date field the record kind does not have', path: ['trigger'] },
  );
export type ReminderRule = z.infer<typeof reminderRuleSchema>;

export const reminderRuleSetSchema = z.object({
  description: z.string().optional(),
  rules: z.array(reminderRuleSchema).min(1),
});
export type ReminderRuleSet = z.infer<typeof reminderRuleSetSchema>;

/** One municipality's parameters: which rules it runs and with which ages, days and channels. */
export const municipalRuleParametersSchema = z
  .object({
    municipalityCode: z.string().regex(/^[0-9]{6}$/),
    description: z.string().optional(),
    rules: z.record(
      z.string(),
      z
        .object({
          isEnabled: z.boolean().optional(),
          occurrences: z.array(occurrenceSchema).min(1).optional(),
          leadDays: z.number().int().min(0).max(180).optional(),
          month: z.number().int().min(1).max(12).optional(),
          day: z.number().int().min(1).max(28).optional(),
          deadlineDays: z.number().int().min(1).max(366).optional(),
          channels: z.array(z.enum(DELIVERY_CHANNELS)).min(1).optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type MunicipalRuleParameters = z.infer<typeof municipalRuleParametersSchema>;
