import { z } from 'zod';

/**
 * 要介護度 as the 認定結果 gives it: 要支援1–2, 要介護1–5, or 非該当 (not certified; the
 * application is still completed: the municipality decided).
 */
export const CARE_LEVELS = [
  'requiresSupport1',
  'requiresSupport2',
  'requiresCare1',
  'requiresCare2',
  'requiresCare3',
  'requiresCare4',
  'requiresCare5',
  'notApplicable',
] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

export const CARE_LEVEL_LABELS: Record<CareLevel, { ja: string; en: string }> = {
  requiresSupport1: { ja: '要支援1', en: 'Requires support 1' },
  requiresSupport2: { ja: '要支援2', en: 'Requires support 2' },
  requiresCare1: { ja: '要介護1', en: 'Care level 1' },
  requiresCare2: { ja: '要介護2', en: 'Care level 2' },
  requiresCare3: { ja: '要介護3', en: 'Care level 3' },
  requiresCare4: { ja: '要介護4', en: 'Care level 4' },
  requiresCare5: { ja: '要介護5', en: 'Care level 5' },
  notApplicable: { ja: '非該当', en: 'Not eligible' },
};

/**
 * The kinds of decision record: what staff record of the municipality's decision when they
 * complete an application of a procedure that declares one (`decisionRecord` in
 * `seeds/notification-rules/life-record-sources.json`).
 */
export const DECISION_RECORD_KINDS = ['careCertification'] as const;
export type DecisionRecordKind = (typeof DECISION_RECORD_KINDS)[number];

/** Why a decision record is refused; each code has its messages in DECISION_RECORD_MESSAGES. */
export type DecisionRecordIssueCode =
  | 'valid_from_required'
  | 'valid_until_required'
  | 'valid_until_not_after_valid_from'
  | 'valid_until_not_month_end'
  | 'period_not_for_not_applicable';

export const DECISION_RECORD_MESSAGES: Record<DecisionRecordIssueCode, { ja: string; en: string }> =
  {
    valid_from_required: {
      ja: '認定有効期間の開始日を入力してください。',
      en: 'Enter the first day of the certification period.',
    },
    valid_until_required: {
      ja: '認定有効期間の終了日を入力してください。',
      en: 'Enter the last day of the certification period.',
    },
    valid_until_not_after_valid_from: {
      ja: '認定有効期間の終了日は、開始日より後の日にしてください。',
      en: 'The last day of the certification period must be after its first day.',
    },
    valid_until_not_month_end: {
      ja: '認定有効期間の終了日は、月の末日にしてください。',
      en: 'The certification period ends on the last day of a month.',
    },
    period_not_for_not_applicable: {
      ja: '非該当の場合は、認定有効期間を入力しません。',
      en: 'A 非該当 (not eligible) decision has no certification period.',
    },
  };

/** True when `isoDate` (YYYY-MM-DD) is the last day of its month. */
export function isLastDayOfMonth(isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  // Day 0 of the next month is the last day of this one (UTC: no daylight saving to trip on).
  return new Date(Date.UTC(year, month, 0)).getUTCDate() === day;
}

/**
 * The rules of a 認定結果 beyond its shape. A certification period runs from its first day to
 * the last day of a month (介護保険法施行規則 第38条: periods are counted in months, the first
 * month being the rest of the month of the start); 非該当 certifies nothing and has no period.
 */
export function findCareCertificationIssues(decision: {
  careLevel: CareLevel;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
}): { path: 'validFrom' | 'validUntil'; code: DecisionRecordIssueCode }[] {
  if (decision.careLevel === 'notApplicable') {
    return [
      ...(decision.validFrom === undefined
        ? []
        : [{ path: 'validFrom' as const, code: 'period_not_for_not_applicable' as const }]),
      ...(decision.validUntil === undefined
        ? []
        : [{ path: 'validUntil' as const, code: 'period_not_for_not_applicable' as const }]),
    ];
  }
  const issues: { path: 'validFrom' | 'validUntil'; code: DecisionRecordIssueCode }[] = [];
  if (decision.validFrom === undefined) {
    issues.push({ path: 'validFrom', code: 'valid_from_required' });
  }
  if (decision.validUntil === undefined) {
    issues.push({ path: 'validUntil', code: 'valid_until_required' });
    return issues;
  }
  if (decision.validFrom !== undefined && decision.validUntil <= decision.validFrom) {
    issues.push({ path: 'validUntil', code: 'valid_until_not_after_valid_from' });
  } else if (!isLastDayOfMonth(decision.validUntil)) {
    issues.push({ path: 'validUntil', code: 'valid_until_not_month_end' });
  }
  return issues;
}

/**
 * 要介護・要支援認定の結果: the 要介護度 and, unless 非該当, the 認定有効期間 (ISO dates, both
 * included). A refused rule is a `custom` issue whose message is Japanese (what a form shows)
 * and whose `params` carry the code and both languages (what the API answers).
 */
export const careCertificationDecisionSchema = z
  .object({
    kind: z.literal('careCertification'),
    careLevel: z.enum(CARE_LEVELS, { error: '要介護度を選んでください。' }),
    validFrom: z.iso
      .date({ error: '開始日は 2026-04-01 の形の日付で入力してください。' })
      .optional(),
    validUntil: z.iso
      .date({ error: '終了日は 2026-09-30 の形の日付で入力してください。' })
      .optional(),
  })
  .strict()
  .superRefine((decision, context) => {
    for (const issue of findCareCertificationIssues(decision)) {
      const message = DECISION_RECORD_MESSAGES[issue.code];
      context.addIssue({
        code: 'custom',
        path: [issue.path],
        message: message.ja,
        params: { code: issue.code, message },
      });
    }
  });
export type CareCertificationDecision = z.infer<typeof careCertificationDecisionSchema>;

/** A decision record of any kind, told apart by `kind`. */
export const decisionRecordSchema = z.discriminatedUnion('kind', [careCertificationDecisionSchema]);
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;
