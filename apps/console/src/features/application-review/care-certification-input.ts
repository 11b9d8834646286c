import { parseJapaneseDate } from '@madoguchi/shared-util-dates';
import type { CareCertificationDecision } from '@madoguchi/procedures-domain';
import { careCertificationDecisionSchema } from '@madoguchi/procedures-domain';
import { z } from 'zod';
import type { ConsoleLocale } from '../../i18n/messages.js';
import { CONSOLE_MESSAGES } from '../../i18n/messages.js';

/** The 認定結果 as staff type it: a 要介護度 and two dates in 西暦 or 和暦 (令和8年4月1日, R8.4.1). */
export const careCertificationInputSchema = z.object({
  careLevel: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
});
export type CareCertificationInput = z.infer<typeof careCertificationInputSchema>;
export type CareCertificationField = keyof CareCertificationInput;

export const EMPTY_CARE_CERTIFICATION_INPUT: CareCertificationInput = {
  careLevel: '',
  validFrom: '',
  validUntil: '',
};

export type CareCertificationResult =
  | { ok: true; decision: CareCertificationDecision }
  | { ok: false; issues: { field: CareCertificationField; message: string }[] };

export function isCareCertificationField(value: unknown): value is CareCertificationField {
  return value === 'careLevel' || value === 'validFrom' || value === 'validUntil';
}

/**
 * The decision record to send, or what to fix: dates typed in 和暦 become ISO dates, then the
 * rules the API applies (the schema of @madoguchi/procedures-domain) give the same words. 非該当
 * has no period, so dates left in its hidden fields are not sent.
 */
export function toCareCertificationDecision(
  input: CareCertificationInput,
  locale: ConsoleLocale = 'ja',
): CareCertificationResult {
  const texts = CONSOLE_MESSAGES[locale].decisionRecord;
  const issues: { field: CareCertificationField; message: string }[] = [];
  const level = careCertificationDecisionSchema.shape.careLevel.safeParse(input.careLevel);
  if (!level.success) {
    issues.push({ field: 'careLevel', message: level.error.issues[0]?.message ?? '' });
  }
  const dates: Partial<Record<'validFrom' | 'validUntil', string>> = {};
  if (input.careLevel !== 'notApplicable') {
    for (const field of ['validFrom', 'validUntil'] as const) {
      const text = input[field].trim();
      if (text === '') {
        continue;
      }
      const parsed = parseJapaneseDate(text);
      if (parsed.ok) {
        dates[field] = parsed.iso;
      } else {
        issues.push({
          field,
          message: texts.invalidDate(texts[field]),
        });
      }
    }
  }
  // Before a level is chosen the period is checked as a certification's, so every problem shows at once.
  const result = careCertificationDecisionSchema.safeParse({
    kind: 'careCertification',
    careLevel: level.success ? level.data : 'requiresCare1',
    ...dates,
  });
  if (result.success && issues.length === 0) {
    return { ok: true, decision: result.data };
  }
  for (const issue of result.error?.issues ?? []) {
    const [field] = issue.path;
    // A date that could not be read is reported once, by its own message.
    if (isCareCertificationField(field) && !issues.some((known) => known.field === field)) {
      issues.push({ field, message: issue.message });
    }
  }
  return { ok: false, issues };
}
