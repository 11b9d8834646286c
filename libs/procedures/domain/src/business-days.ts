import holidayJp from '@holiday-jp/holiday_jp';

/**
 * Municipal offices close on weekends, national holidays (国民の祝日 and 振替休日, from the
 * maintained holiday_jp data) and over the year-end closure 12/29–1/3 (地方自治法 第4条の2).
 */
export function isBusinessDay(isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
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

function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The date `days` business days after `isoDate` (the day of receipt does not count, as in
 * 標準処理期間). Dates are calendar dates in Japan (JST), given as YYYY-MM-DD.
 */
export function addBusinessDays(isoDate: string, days: number): string {
  let current = isoDate;
  let remaining = days;
  while (remaining > 0) {
    current = nextDay(current);
    if (isBusinessDay(current)) {
      remaining -= 1;
    }
  }
  return current;
}

/** The calendar date in Japan of an instant. */
export function japanDateOf(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}
