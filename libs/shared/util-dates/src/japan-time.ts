import type { IsoDate } from './calendar.js';
import { dateParts } from './calendar.js';

/** Japan Standard Time is UTC+9 all year (no daylight saving since 1951). */
const JST_OFFSET_MS = 9 * 3600 * 1000;

/** The calendar date in Japan at an instant. */
export function japanDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in Japan (JST, UTC+9, no daylight saving) as `YYYY-MM-DD`. */
export function todayInJapan(now: Date = new Date()): IsoDate {
  return japanDateOf(now);
}

/** The wall-clock date and time in Japan at an instant, as `YYYY-MM-DD HH:MM:SS`. */
export function japanDateTimeOf(instant: Date): string {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Minutes since midnight in Japan at an instant. */
export function japanMinutesOf(instant: Date): number {
  const shifted = new Date(instant.getTime() + JST_OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** The instant of a Japanese wall-clock time (`minutes` after midnight) on a date. */
export function japanInstant(date: IsoDate, minutes: number): Date {
  const [year, month, day] = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day) - JST_OFFSET_MS + minutes * 60_000);
}
