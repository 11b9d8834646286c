import type { IsoDate } from './calendar.js';
import { dateParts } from './calendar.js';
import { japanDateTimeOf } from './japan-time.js';

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * A date as each locale writes it: 2026年5月10日 / 10 May 2026 / 2026年5月10日. やさしい日本語 writes
 * the date in ordinary script too: the screens put furigana over it (年(ねん) 月(がつ) 日(にち),
 * 1日(ついたち)…) and plain-text channels the readings in brackets, from the shared readings table.
 */
export function formatDate(date: IsoDate): { ja: string; en: string; easyJa: string } {
  const [year, month, day] = dateParts(date);
  return {
    ja: `${year}年${month}月${day}日`,
    en: `${day} ${MONTH_NAMES[month - 1] ?? ''} ${year}`,
    easyJa: `${year}年${month}月${day}日`,
  };
}

/**
 * A calendar date written compactly for tables and summaries, `2026/12/03` (zero-padded, so the
 * column lines up). Anything that is not `YYYY-MM-DD` comes back unchanged.
 */
export function formatNumericDate(date: IsoDate): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replaceAll('-', '/') : date;
}

/**
 * An instant as the date and 24-hour time in Japan, `2026/12/03 14:00` or `2026/12/03 8:30` (the
 * hour unpadded, as Japanese clocks and `Intl` ja-JP write it), the companion of
 * `formatNumericDate`. An ISO timestamp that does not parse comes back unchanged.
 */
export function formatNumericDateTime(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) {
    return String(instant);
  }
  const wallClock = japanDateTimeOf(date);
  const hour = Number(wallClock.slice(11, 13));
  return `${formatNumericDate(wallClock.slice(0, 10))} ${hour}:${wallClock.slice(14, 16)}`;
}
