import { municipalRuleParametersSchema } from '@madoguchi/notifications-domain';
import { z } from 'zod';

import { reminderRuleViewSchema } from './administration.contract.js';

// ---------------------------------------------------------------------------------------------
// 通知のルール (issue #12): the administrator edits the municipality's notification-rule
// parameters (ages, lead days, channels), validated by the schema the seed files and the worker
// use, `municipalRuleParametersSchema`, with optimistic concurrency on its version.

/** Per rule id, what the municipality changes of the standard rule (the `rules` of its parameters). */
export const reminderRuleOverridesSchema = municipalRuleParametersSchema.shape.rules;
export type ReminderRuleOverrides = z.infer<typeof reminderRuleOverridesSchema>;

/** Field codes of an edit the schema alone does not tell, with their messages. */
export const REMINDER_RULE_FIELD_ERRORS = {
  duplicate_occurrence_key: {
    ja: '同じキーの回が二つあります。キーは回ごとに別のものにしてください。',
    en: 'Two occurrences have the same key: give each its own.',
  },
  empty_offset: {
    ja: '年・か月・日のいずれかを入力してください。',
    en: 'Enter years, months or days.',
  },
} as const satisfies Record<string, { ja: string; en: string }>;
export type ReminderRuleFieldErrorCode = keyof typeof REMINDER_RULE_FIELD_ERRORS;

/** PUT /api/staff/administration/reminder-rules: the whole set of overrides and the version read. */
export const updateReminderRuleSettingsRequestSchema = z
  .object({
    /** The version the editor started from (0: the municipality has none stored yet). */
    version: z.number().int().min(0),
    rules: reminderRuleOverridesSchema,
  })
  .strict()
  .superRefine((value, context) => {
    // The API answers the params' code and ja/en messages; the console words the code (the
    // issue's message) in the staff member's language.
    const issue = (path: (string | number)[], code: ReminderRuleFieldErrorCode) =>
      context.addIssue({
        code: 'custom',
        path,
        message: code,
        params: { code, message: REMINDER_RULE_FIELD_ERRORS[code] },
      });
    for (const [ruleId, override] of Object.entries(value.rules)) {
      const seen = new Set<string>();
      (override.occurrences ?? []).forEach((occurrence, index) => {
        const path = ['rules', ruleId, 'occurrences', index];
        if (seen.has(occurrence.key)) {
          issue([...path, 'key'], 'duplicate_occurrence_key');
        }
        seen.add(occurrence.key);
        const { years, months, days } = occurrence.offset;
        if (years === undefined && months === undefined && days === undefined) {
          issue([...path, 'offset'], 'empty_offset');
        }
      });
    }
  });
export type UpdateReminderRuleSettingsRequest = z.infer<
  typeof updateReminderRuleSettingsRequestSchema
>;

/** GET/PUT answer: the effective rules, the editable overrides, and who changed them last. */
export const reminderRuleSettingsSchema = z.object({
  /** 0 until the municipality's parameters are first stored (the seed file's defaults apply). */
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** The rules as the municipality runs them (the standard rules with `parameters`). */
  rules: z.array(reminderRuleViewSchema),
  parameters: reminderRuleOverridesSchema,
  /** Per rule, the occurrence keys removed by earlier edits: never taken again. */
  retiredKeys: z.record(z.string(), z.array(z.string())),
});
export type ReminderRuleSettings = z.infer<typeof reminderRuleSettingsSchema>;
