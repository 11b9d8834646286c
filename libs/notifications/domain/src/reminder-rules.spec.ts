import type { LifeRecord } from './reminder-rules.js';
import {
  applyMunicipalParameters,
  composeDigest,
  findDueReminders,
  findUpcomingReminders,
} from './reminder-rules.js';
import type { ReminderRule } from './reminder-rule.schema.js';
import { reminderRuleSchema } from './reminder-rule.schema.js';

const text = (value: string) => ({ ja: value, en: value, easyJa: value });

const checkups: ReminderRule = reminderRuleSchema.parse({
  id: 'infant-health-checkup',
  category: 'childcare',
  record: 'child',
  trigger: {
    type: 'relative',
    field: 'birthDate',
    leadDays: 14,
    occurrences: [
      { key: '4m', offset: { months: 4 }, label: text('4か月児健診') },
      { key: '18m', offset: { months: 18 }, label: text('1歳6か月児健診') },
    ],
  },
  audience: 'resident',
  channels: ['in_app', 'web_push'],
  templates: { title: text('{{name}}さんの{{label}}'), body: text('{{date}}ごろ') },
});

const copayment: ReminderRule = reminderRuleSchema.parse({
  id: 'care-copayment-certificate',
  category: 'care',
  record: 'person',
  trigger: {
    type: 'annual',
    month: 8,
    day: 1,
    ageFrom: { field: 'birthDate', minYears: 65 },
    label: text('負担割合証'),
  },
  audience: 'resident-and-watchers',
  channels: ['in_app', 'web_push', 'email'],
  templates: { title: text('{{label}}'), body: text('{{date}}') },
});

const child: LifeRecord = {
  id: 'r1',
  residentId: 'resident-1',
  kind: 'child',
  fields: { birthDate: '2024-11-10', name: '太郎' },
};

describe(findDueReminders.name, () => {
  it('finds the 18-month check-up 14 days before the child turns 18 months', () => {
    // Act
    const due = findDueReminders(child, [checkups], '2026-04-26', 0);

    // Assert
    expect(due).toEqual([
      expect.objectContaining({
        ruleId: 'infant-health-checkup',
        occurrenceKey: 'r1:18m',
        dueOn: '2026-04-26',
        eventDate: '2026-05-10',
        title: text('太郎さんの1歳6か月児健診'),
      }),
    ]);
    expect(due[0]!.body.ja).toBe('2026年5月10日ごろ');
  });

  it('still finds a reminder missed within the catch-up window, and not after it', () => {
    expect(findDueReminders(child, [checkups], '2026-04-30', 7)).toHaveLength(1);
    expect(findDueReminders(child, [checkups], '2026-05-04', 7)).toHaveLength(0);
  });

  it('runs an annual rule for people in the age range only', () => {
    const elder: LifeRecord = {
      id: 'p1',
      residentId: 'resident-2',
      kind: 'person',
      fields: { birthDate: '1950-03-01' },
    };
    const younger: LifeRecord = {
      id: 'p2',
      residentId: 'resident-3',
      kind: 'person',
      fields: { birthDate: '1970-03-01' },
    };

    expect(
      findDueReminders(elder, [copayment], '2026-08-01', 0).map((due) => due.occurrenceKey),
    ).toEqual(['p1:2026']);
    expect(findDueReminders(younger, [copayment], '2026-08-01', 0)).toEqual([]);
    expect(findDueReminders(elder, [copayment], '2026-07-31', 0)).toEqual([]);
  });
});

describe(findUpcomingReminders.name, () => {
  const vaccinations: ReminderRule = reminderRuleSchema.parse({
    id: 'routine-vaccination',
    category: 'childcare',
    record: 'child',
    trigger: {
      type: 'relative',
      field: 'birthDate',
      leadDays: 7,
      occurrences: [
        { key: '2m', offset: { months: 2 }, label: text('2か月の予防接種') },
        { key: '5m', offset: { months: 5 }, label: text('BCG') },
      ],
    },
    audience: 'resident',
    channels: ['in_app'],
    templates: { title: text('{{name}}さんの{{label}}'), body: text('{{date}}から') },
  });

  it('lists the coming year of reminders of every rule, earliest first, with their texts', () => {
    // Act
    const due = findUpcomingReminders(child, [checkups, vaccinations], '2024-11-10', 365);

    // Assert
    expect(
      due.map((reminder) => [reminder.occurrenceKey, reminder.dueOn, reminder.eventDate]),
    ).toEqual([
      ['r1:2m', '2025-01-03', '2025-01-10'],
      ['r1:4m', '2025-02-24', '2025-03-10'],
      ['r1:5m', '2025-04-03', '2025-04-10'],
    ]);
    expect(due[1]!.title).toEqual(text('太郎さんの4か月児健診'));
  });

  it('includes an annual reminder when the person is in its age range on that day', () => {
    const elder: LifeRecord = {
      id: 'p1',
      residentId: 'resident-2',
      kind: 'person',
      fields: { birthDate: '1950-03-01' },
    };

    expect(findUpcomingReminders(elder, [copayment], '2025-12-01', 365)).toEqual([
      expect.objectContaining({
        occurrenceKey: 'p1:2026',
        dueOn: '2026-08-01',
        eventDate: '2026-08-01',
      }),
    ]);
  });

  it('includes a reminder due today and one due on the last day, and nothing outside', () => {
    // The 18-month check-up: 2026-05-10, announced 14 days before.
    expect(
      findUpcomingReminders(child, [checkups], '2026-04-26', 0).map((due) => due.dueOn),
    ).toEqual(['2026-04-26']);
    expect(
      findUpcomingReminders(child, [checkups], '2025-04-26', 365).map((due) => due.dueOn),
    ).toEqual(['2026-04-26']);
    expect(findUpcomingReminders(child, [checkups], '2025-04-25', 365)).toEqual([]);
    expect(findUpcomingReminders(child, [checkups], '2026-04-27', 365)).toEqual([]);
  });

  it('refuses a window longer than a year', () => {
    expect(() => findUpcomingReminders(child, [checkups], '2026-01-01', 366)).toThrow(RangeError);
  });
});

describe(applyMunicipalParameters.name, () => {
  it('replaces the ages of a municipality and switches rules off', () => {
    const rules = applyMunicipalParameters([checkups, copayment], {
      municipalityCode: '141003',
      rules: {
        'infant-health-checkup': {
          occurrences: [{ key: '3y', offset: { years: 3 }, label: text('3歳児健診') }],
        },
        'care-copayment-certificate': { isEnabled: false },
      },
    });

    expect(rules).toHaveLength(1);
    expect(
      rules[0]!.trigger.type === 'relative' && rules[0]!.trigger.occurrences.map((o) => o.key),
    ).toEqual(['3y']);
  });

  it('refuses parameters for a rule that does not exist', () => {
    expect(() =>
      applyMunicipalParameters([checkups], {
        municipalityCode: '141003',
        rules: { nope: { isEnabled: false } },
      }),
    ).toThrow('unknown reminder rules: nope');
  });
});

describe(composeDigest.name, () => {
  it('lists every reminder of the day in one message', () => {
    const digest = composeDigest([text('A'), text('B'), text('C')]);
    expect(digest.title.ja).toBe('今日のお知らせが3件あります');
    expect(digest.body.en).toContain('・A\n・B\n・C');
  });
});
