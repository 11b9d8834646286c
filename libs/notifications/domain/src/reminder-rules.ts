import type { IsoDate } from '@madoguchi/shared-util-dates';
import {
  addDays,
  ageInYears,
  dateOfDayNumber,
  dayNumberAfter,
  dayNumberOf,
  daysBetween,
  formatDate,
  isIsoDate,
  yearOf,
} from '@madoguchi/shared-util-dates';
import type {
  LifeRecordKind,
  MunicipalRuleParameters,
  ReminderRule,
} from './reminder-rule.schema.js';
import { reminderRuleSchema } from './reminder-rule.schema.js';

type Trilingual = { ja: string; en: string; easyJa: string };

/** A resident's life record as the scan reads it (no 個人番号, only what reminders need). */
export type LifeRecord = {
  id: string;
  residentId: string;
  kind: LifeRecordKind;
  /** Date fields (`birthDate`, `expiryDate`, …) and an optional display `name`. */
  fields: Record<string, string>;
};

/** One reminder that is due: unique per (recipient, rule, occurrence) once stored. */
export type DueReminder = {
  ruleId: string;
  category: ReminderRule['category'];
  recordId: string;
  /** `<recordId>:<occurrence key>` or `<recordId>:<year>` for annual rules. */
  occurrenceKey: string;
  /** The day the reminder is meant for (on or before `today`, within the catch-up window). */
  dueOn: IsoDate;
  /** The date the reminder is about (the check-up age, the expiry, the October window). */
  eventDate: IsoDate;
  title: Trilingual;
  body: Trilingual;
};

/**
 * A municipality's effective rules: the standard set with its parameters applied (ages, days,
 * channels, rules switched off). Re-validated so a bad parameter file fails at load, not at 06:00.
 */
export function applyMunicipalParameters(
  rules: readonly ReminderRule[],
  parameters: MunicipalRuleParameters | undefined,
): ReminderRule[] {
  const overrides = parameters?.rules ?? {};
  const unknown = Object.keys(overrides).filter((id) => !rules.some((rule) => rule.id === id));
  if (unknown.length > 0) {
    throw new Error(`parameters for unknown reminder rules: ${unknown.join(', ')}`);
  }
  return rules.flatMap((rule) => {
    const override = overrides[rule.id];
    if (!override) {
      return [rule];
    }
    if (override.isEnabled === false) {
      return [];
    }
    const trigger =
      rule.trigger.type === 'relative'
        ? {
            ...rule.trigger,
            ...(override.occurrences ? { occurrences: override.occurrences } : {}),
            ...(override.leadDays === undefined ? {} : { leadDays: override.leadDays }),
          }
        : {
            ...rule.trigger,
            ...(override.month === undefined ? {} : { month: override.month }),
            ...(override.day === undefined ? {} : { day: override.day }),
          };
    return [
      reminderRuleSchema.parse({
        ...rule,
        trigger,
        ...(override.deadlineDays === undefined ? {} : { deadlineDays: override.deadlineDays }),
        ...(override.channels ? { channels: override.channels } : {}),
      }),
    ];
  });
}

function render(
  template: Trilingual,
  variables: Record<keyof Trilingual, Record<string, string>>,
): Trilingual {
  const fill = (text: string, values: Record<string, string>): string =>
    text.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
  return {
    ja: fill(template.ja, variables.ja),
    en: fill(template.en, variables.en),
    easyJa: fill(template.easyJa, variables.easyJa),
  };
}

function variablesFor(
  record: LifeRecord,
  label: Trilingual,
  eventDate: IsoDate,
  deadline: IsoDate | null,
) {
  const date = formatDate(eventDate);
  const deadlineText = deadline ? formatDate(deadline) : { ja: '', en: '', easyJa: '' };
  const name = record.fields['name'] ?? '';
  const byLocale = (locale: keyof Trilingual) => ({
    name,
    label: label[locale],
    date: date[locale],
    deadline: deadlineText[locale],
  });
  return { ja: byLocale('ja'), en: byLocale('en'), easyJa: byLocale('easyJa') };
}

/**
 * The reminders of `rules` that fall due for `record` between `today − catchUpDays` and
 * `today`. The catch-up window makes a missed daily run (worker down, Redis away) or a record
 * created a few days late still send its reminders; the unique key stops a second send.
 */
export function findDueReminders(
  record: LifeRecord,
  rules: readonly ReminderRule[],
  today: IsoDate,
  catchUpDays: number,
): DueReminder[] {
  const due: DueReminder[] = [];
  const todayNumber = dayNumberOf(today);
  for (const rule of rules) {
    if (rule.record !== record.kind) {
      continue;
    }
    const trigger = rule.trigger;
    if (trigger.type === 'relative') {
      const anchor = record.fields[trigger.field];
      if (!isIsoDate(anchor)) {
        continue;
      }
      for (const occurrence of trigger.occurrences) {
        const eventDay = dayNumberAfter(anchor, occurrence.offset);
        const lateBy = todayNumber - (eventDay - trigger.leadDays);
        if (lateBy < 0 || lateBy > catchUpDays) {
          continue;
        }
        const eventDate = dateOfDayNumber(eventDay);
        const dueOn = dateOfDayNumber(eventDay - trigger.leadDays);
        const deadline =
          rule.deadlineDays === undefined ? null : addDays(eventDate, rule.deadlineDays);
        const variables = variablesFor(record, occurrence.label, eventDate, deadline);
        due.push({
          ruleId: rule.id,
          category: rule.category,
          recordId: record.id,
          occurrenceKey: `${record.id}:${occurrence.key}`,
          dueOn,
          eventDate,
          title: render(rule.templates.title, variables),
          body: render(rule.templates.body, variables),
        });
      }
      continue;
    }
    // Annual: the day of this year, or of last year when today is early January and within catch-up.
    for (const year of [yearOf(today), yearOf(today) - 1]) {
      const dueOn = `${year}-${String(trigger.month).padStart(2, '0')}-${String(trigger.day).padStart(2, '0')}`;
      const lateBy = daysBetween(dueOn, today);
      if (lateBy < 0 || lateBy > catchUpDays) {
        continue;
      }
      if (trigger.ageFrom) {
        const birth = record.fields[trigger.ageFrom.field];
        if (!isIsoDate(birth)) {
          continue;
        }
        const age = ageInYears(birth, dueOn);
        if (
          age < (trigger.ageFrom.minYears ?? 0) ||
          age > (trigger.ageFrom.maxYears ?? Number.MAX_SAFE_INTEGER)
        ) {
          continue;
        }
      }
      const deadline = rule.deadlineDays === undefined ? null : addDays(dueOn, rule.deadlineDays);
      const variables = variablesFor(record, trigger.label, dueOn, deadline);
      due.push({
        ruleId: rule.id,
        category: rule.category,
        recordId: record.id,
        occurrenceKey: `${record.id}:${year}`,
        dueOn,
        eventDate: dueOn,
        title: render(rule.templates.title, variables),
        body: render(rule.templates.body, variables),
      });
    }
  }
  return due;
}

/** How far ahead `findUpcomingReminders` may look: annual rules are read for two calendar years. */
export const MAX_UPCOMING_DAYS = 365;

/**
 * The reminders the daily scan will send for `record` on `today` and the `days` after it
 * (at most a year), earliest first, if the record and the rules stay as they are. It asks
 * `findDueReminders` on the window's last day with the window as its catch-up, so what a
 * resident is shown and what the scan sends are one reading of the rules.
 */
export function findUpcomingReminders(
  record: LifeRecord,
  rules: readonly ReminderRule[],
  today: IsoDate,
  days: number,
): DueReminder[] {
  if (!Number.isInteger(days) || days < 0 || days > MAX_UPCOMING_DAYS) {
    throw new RangeError(`days must be a whole number from 0 to ${MAX_UPCOMING_DAYS}`);
  }
  return findDueReminders(record, rules, addDays(today, days), days).sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      a.eventDate.localeCompare(b.eventDate) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** One message instead of many when several reminders fall on one day (push and e-mail only). */
export function composeDigest(titles: readonly Trilingual[]): {
  title: Trilingual;
  body: Trilingual;
} {
  const count = titles.length;
  const list = (locale: keyof Trilingual) => titles.map((title) => `・${title[locale]}`).join('\n');
  return {
    title: {
      ja: `今日のお知らせが${count}件あります`,
      en: `You have ${count} reminders today`,
      easyJa: `今日のお知らせが${count}個あります`,
    },
    body: {
      ja: `${list('ja')}\n\n詳しくはアプリのお知らせをご覧ください。`,
      en: `${list('en')}\n\nSee the inbox in the app for details.`,
      easyJa: `${list('easyJa')}\n\n詳しくは、アプリのお知らせを見てください。`,
    },
  };
}
