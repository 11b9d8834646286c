import {
  careCertificationDecisionSchema,
  decisionRecordSchema,
  isLastDayOfMonth,
} from './decision-record.js';

function issuesOf(input: unknown): { path: string; code: string }[] {
  const result = careCertificationDecisionSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        code:
          issue.code === 'custom' ? String((issue.params as { code: string }).code) : issue.code,
      }));
}

describe('careCertificationDecisionSchema', () => {
  it.each([
    [
      'a first certification of six months',
      { careLevel: 'requiresCare2', validFrom: '2026-05-10', validUntil: '2026-11-30' },
    ],
    [
      '要支援1 ending in a leap February',
      { careLevel: 'requiresSupport1', validFrom: '2027-09-01', validUntil: '2028-02-29' },
    ],
    ['非該当 without a period', { careLevel: 'notApplicable' }],
    [
      'an end on the 28th of a February without a 29th',
      { careLevel: 'requiresCare1', validFrom: '2026-09-01', validUntil: '2027-02-28' },
    ],
  ])('accepts %s', (_name, decision) => {
    expect(issuesOf({ kind: 'careCertification', ...decision })).toEqual([]);
  });

  it.each([
    [
      'an end that is not the last day of a month',
      { careLevel: 'requiresCare1', validFrom: '2026-05-10', validUntil: '2026-11-10' },
      [{ path: 'validUntil', code: 'valid_until_not_month_end' }],
    ],
    [
      'an end before the start',
      { careLevel: 'requiresCare3', validFrom: '2026-05-10', validUntil: '2026-04-30' },
      [{ path: 'validUntil', code: 'valid_until_not_after_valid_from' }],
    ],
    [
      'an end on the start',
      { careLevel: 'requiresCare3', validFrom: '2026-04-30', validUntil: '2026-04-30' },
      [{ path: 'validUntil', code: 'valid_until_not_after_valid_from' }],
    ],
    [
      'a certification without its period',
      { careLevel: 'requiresCare5' },
      [
        { path: 'validFrom', code: 'valid_from_required' },
        { path: 'validUntil', code: 'valid_until_required' },
      ],
    ],
    [
      '非該当 with a period',
      { careLevel: 'notApplicable', validFrom: '2026-05-10', validUntil: '2026-11-30' },
      [
        { path: 'validFrom', code: 'period_not_for_not_applicable' },
        { path: 'validUntil', code: 'period_not_for_not_applicable' },
      ],
    ],
    [
      'a level outside the list',
      { careLevel: 'requiresCare6', validFrom: '2026-05-10', validUntil: '2026-11-30' },
      [{ path: 'careLevel', code: 'invalid_value' }],
    ],
    [
      'an impossible date',
      { careLevel: 'requiresCare1', validFrom: '2026-02-30', validUntil: '2026-08-31' },
      [{ path: 'validFrom', code: 'invalid_format' }],
    ],
  ])('refuses %s', (_name, decision, expected) => {
    expect(issuesOf({ kind: 'careCertification', ...decision })).toEqual(expected);
  });

  it('gives each broken rule its code and its Japanese and English messages', () => {
    const result = careCertificationDecisionSchema.safeParse({
      kind: 'careCertification',
      careLevel: 'requiresCare1',
      validFrom: '2026-05-10',
      validUntil: '2026-11-10',
    });

    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        message: '認定有効期間の終了日は、月の末日にしてください。',
        params: {
          code: 'valid_until_not_month_end',
          message: {
            ja: '認定有効期間の終了日は、月の末日にしてください。',
            en: 'The certification period ends on the last day of a month.',
          },
        },
      }),
    ]);
  });

  it('refuses fields it does not know', () => {
    expect(
      issuesOf({ kind: 'careCertification', careLevel: 'notApplicable', reason: '自立' }),
    ).toEqual([{ path: '', code: 'unrecognized_keys' }]);
  });
});

describe('decisionRecordSchema', () => {
  it('refuses a kind of decision record it does not know', () => {
    expect(
      decisionRecordSchema.safeParse({ kind: 'childAllowance', careLevel: 'notApplicable' })
        .success,
    ).toBe(false);
  });
});

describe(isLastDayOfMonth.name, () => {
  it.each([
    ['2026-01-31', true],
    ['2026-02-28', true],
    ['2028-02-28', false],
    ['2028-02-29', true],
    ['2026-04-30', true],
    ['2026-04-29', false],
    ['2026-12-31', true],
  ])('%s → %s', (date, expected) => {
    expect(isLastDayOfMonth(date)).toBe(expected);
  });
});
