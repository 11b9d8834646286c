import { todayInJapan } from '@madoguchi/shared-util-dates';

/**
 * A day relative to today in Japan: `today`, or `today` plus or minus an ISO 8601 duration of
 * years, months and days (`today+P10M`, `today-P1Y`, `today+P1Y6M`, `today-P30D`). Form
 * definitions use it for `minDate` / `maxDate`, so a range such as "the expected delivery date is
 * within the next 10 months" holds on any day, in the browser and the API alike.
 */
const RELATIVE_DATE = /^today(?:([+-])P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?)?$/;

export function isRelativeDate(text: string): boolean {
  return RELATIVE_DATE.test(text);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The ISO date (`YYYY-MM-DD`) of a relative date, counted from `today` (an ISO date). Months are
 * calendar months: a day missing in the target month becomes its last day (1月31日 + 1 month is
 * 2月28日 or 29日); days are added after the years and months.
 */
export function resolveRelativeDate(expression: string, today: string): string {
  const match = RELATIVE_DATE.exec(expression);
  if (!match) {
    throw new Error(`not a relative date: ${expression}`);
  }
  const sign = match[1] === '-' ? -1 : 1;
  const [years, months, days] = [match[2], match[3], match[4]].map(
    (part) => sign * Number(part ?? 0),
  ) as [number, number, number];
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = year * 12 + (month - 1) + years * 12 + months;
  const targetYear = Math.floor(targetMonthIndex / 12);
  const targetMonth = targetMonthIndex - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** A `minDate` / `maxDate`: an ISO date as it is, a relative one counted from today. */
export function resolveDateBound(
  bound: string | undefined,
  today: () => string,
): string | undefined {
  if (bound === undefined || !isRelativeDate(bound)) {
    return bound;
  }
  return resolveRelativeDate(bound, today());
}

/**
 * A sample of answers (`seeds/forms/<id>/samples/*.json`) with its relative dates (`"today+P4M"`)
 * resolved, so that a sample stays valid on any day the tests run (a fixed expected delivery
 * date would leave the allowed range within months).
 */
export function resolveSampleDates<T>(sample: T, today: string = todayInJapan()): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return isRelativeDate(value) ? resolveRelativeDate(value, today) : value;
    }
    if (Array.isArray(value)) {
      return value.map(walk);
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child)]));
    }
    return value;
  };
  return walk(sample) as T;
}
