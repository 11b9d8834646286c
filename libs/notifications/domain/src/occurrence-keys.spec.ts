import { checkOccurrenceKeys, publishedOccurrenceKeys } from './occurrence-keys.js';
import type { MunicipalRuleParameters, ReminderRule } from './reminder-rule.schema.js';
import { reminderRuleSchema } from './reminder-rule.schema.js';

const text = (value: string) => ({ ja: value, en: value, easyJa: value });
const occurrence = (key: string, months: number) => ({
  key,
  offset: { months },
  label: text(key),
});

const RULES: ReminderRule[] = [
  reminderRuleSchema.parse({
    id: 'infant-health-checkup',
    category: 'childcare',
    record: 'child',
    trigger: {
      type: 'relative',
      field: 'birthDate',
      leadDays: 14,
      occurrences: [occurrence('4m', 4), occurrence('18m', 18)],
    },
    audience: 'resident',
    channels: ['in_app'],
    templates: { title: text('{{label}}'), body: text('{{date}}') },
  }),
];

const withCheckups = (
  occurrences: ReturnType<typeof occurrence>[],
  isEnabled?: boolean,
): MunicipalRuleParameters => ({
  municipalityCode: '131016',
  rules: {
    'infant-health-checkup': { occurrences, ...(isEnabled === undefined ? {} : { isEnabled }) },
  },
});

describe(checkOccurrenceKeys.name, () => {
  it('lets offsets change under the same keys and retires nothing', () => {
    // Act
    const result = checkOccurrenceKeys(
      RULES,
      undefined,
      withCheckups([occurrence('4m', 3), occurrence('18m', 19)]),
      {},
    );

    // Assert
    expect(result).toEqual({ retired: {}, reused: [] });
  });

  it('retires a removed key (a rename is a removal) and refuses taking a retired key again', () => {
    // Act
    const renamed = checkOccurrenceKeys(
      RULES,
      undefined,
      withCheckups([occurrence('4m', 4), occurrence('1y6m', 18)]),
      {},
    );
    const readded = checkOccurrenceKeys(
      RULES,
      withCheckups([occurrence('4m', 4), occurrence('1y6m', 18)]),
      withCheckups([occurrence('4m', 4), occurrence('1y6m', 18), occurrence('18m', 18)]),
      renamed.retired,
    );

    // Assert
    expect(renamed).toEqual({ retired: { 'infant-health-checkup': ['18m'] }, reused: [] });
    expect(readded.reused).toEqual([{ ruleId: 'infant-health-checkup', key: '18m' }]);
  });

  it('keeps the keys of a rule switched off (switching it on again continues them)', () => {
    // Act
    const keys = publishedOccurrenceKeys(
      RULES,
      withCheckups([occurrence('4m', 4), occurrence('18m', 18)], false),
    );

    // Assert
    expect(keys.get('infant-health-checkup')).toEqual(['4m', '18m']);
  });
});
