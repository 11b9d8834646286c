/** Calendar dates in Japan (JST, UTC+9, no daylight saving) as `YYYY-MM-DD`. */
export type IsoDate = string;

export type Period = { years?: number; months?: number; days?: number };

const DAY_MS = 86_400_000;

/** Year, month, day of `YYYY-MM-DD` (slices: the daily reminder scan parses millions). */
export function dateParts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Whole days since 1970-01-01: the scan compares dates as numbers and formats only what is due. */
export function dayNumberOf(date: IsoDate): number {
  const [year, month, day] = dateParts(date);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function dateOfDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** `addPeriod` as a day number. */
export function dayNumberAfter(date: IsoDate, period: Period): number {
  const [year, month, day] = dateParts(date);
  const totalMonths = year * 12 + (month - 1) + (period.years ?? 0) * 12 + (period.months ?? 0);
  const targetYear = Math.floor(totalMonths / 12);
  const targetMonth = (totalMonths % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return Math.round(
    Date.UTC(targetYear, targetMonth - 1, Math.min(day, lastDay) + (period.days ?? 0)) / DAY_MS,
  );
}

/**
 * Adds years and months first (clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb,
 * as ages are counted), then days.
 */
export function addPeriod(date: IsoDate, period: Period): IsoDate {
  return dateOfDayNumber(dayNumberAfter(date, period));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** Age in whole years on `on` of someone born on `birthDate` (a birthday adds a year on the day). */
export function ageInYears(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateParts(birthDate);
  const [y, m, d] = dateParts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function yearOf(date: IsoDate): number {
  return dateParts(date)[0];
}

export function isIsoDate(value: unknown): value is IsoDate {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
