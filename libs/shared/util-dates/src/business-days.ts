import holidayJp from '@holiday-jp/holiday_jp';
import type { IsoDate } from './calendar.js';
import { addDays, dateParts } from './calendar.js';

/**
 * Municipal offices close on weekends, national holidays (国民の祝日 and 振替休日, from the
 * maintained holiday_jp data) and over the year-end closure 12/29–1/3 (地方自治法 第4条の2).
 */
export function isBusinessDay(isoDate: IsoDate): boolean {
  const [year, month, day] = dateParts(isoDate);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) {
    return false;
  }
  if ((month === 12 && day >= 29) || (month === 1 && day <= 3)) {
    return false;
  }
  return !holidayJp.isHoliday(new Date(year, month - 1, day));
}

/**
 * The date `days` business days after `isoDate` (the day of receipt does not count, as in
 * 標準処理期間). Dates are calendar dates in Japan (JST), given as YYYY-MM-DD.
 */
export function addBusinessDays(isoDate: IsoDate, days: number): IsoDate {
  let current = isoDate;
  let remaining = days;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isBusinessDay(current)) {
      remaining -= 1;
    }
  }
  return current;
}

/**
 * Business days after `from` up to and including `to` (the day of receipt does not count, as in
 * 標準処理期間): the inverse of `addBusinessDays`. 0 when `to` is not after `from`.
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isBusinessDay(current)) {
      count += 1;
    }
  }
  return count;
}
