/** The eras a resident may still write a date in, with their first and last day (Gregorian). */
export const JAPANESE_ERAS = [
  { name: '令和', letter: 'R', start: '2019-05-01', end: undefined, startYear: 2019 },
  { name: '平成', letter: 'H', start: '1989-01-08', end: '2019-04-30', startYear: 1989 },
  { name: '昭和', letter: 'S', start: '1926-12-25', end: '1989-01-07', startYear: 1926 },
  { name: '大正', letter: 'T', start: '1912-07-30', end: '1926-12-24', startYear: 1912 },
  { name: '明治', letter: 'M', start: '1868-10-23', end: '1912-07-29', startYear: 1868 },
] as const;
export type JapaneseEra = (typeof JAPANESE_ERAS)[number];

export type DateParseResult =
  { ok: true; iso: string } | { ok: false; reason: 'invalid_date' | 'invalid_era_date' };

const ISO_LIKE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const ERA_LIKE =
  /^(令和|平成|昭和|大正|明治|[RHSTM])\.?\s*(元|\d{1,3})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/i;

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** True when year/month/day is a real day of the (proleptic) Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** `YYYY-MM-DD` of a year, month and day. */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function findEra(token: string): JapaneseEra | undefined {
  const upper = token.toUpperCase();
  return JAPANESE_ERAS.find((era) => era.name === token || era.letter === upper);
}

/**
 * Parses a date typed as ISO (`2024-04-01`, `2024/4/1`, `2024年4月1日`) or 和暦 (`令和6年4月1日`,
 * `R6.4.1`, `平成31年4月30日`, `令和元年5月1日`, `㍻31年4月30日`), with full-width digits, into
 * an ISO `YYYY-MM-DD` string. An impossible day is `invalid_date`; a day outside its era (令和1年
 * begins on 2019-05-01, 平成31年 ends on 4月30日) is `invalid_era_date`.
 */
export function parseJapaneseDate(input: string): DateParseResult {
  // NFKC turns full-width digits and letters, 全角 spaces and the era ligatures (㍻, ㋿) into
  // their plain forms; every space is then dropped. ASCII input skips NFKC (it changes nothing).
  const isAscii = /^[\x20-\x7e]*$/.test(input);
  const text = (isAscii ? input : input.normalize('NFKC')).replace(/\s+/g, '');
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isRealDate(year, month, day)
      ? { ok: true, iso: toIsoDate(year, month, day) }
      : { ok: false, reason: 'invalid_date' };
  }
  const eraMatch = ERA_LIKE.exec(text);
  if (!eraMatch) {
    return { ok: false, reason: 'invalid_date' };
  }
  const era = findEra(eraMatch[1] ?? '');
  if (!era) {
    return { ok: false, reason: 'invalid_date' };
  }
  const eraYear = eraMatch[2] === '元' ? 1 : Number(eraMatch[2]);
  const [month, day] = [Number(eraMatch[3]), Number(eraMatch[4])];
  if (eraYear < 1) {
    return { ok: false, reason: 'invalid_era_date' };
  }
  const year = era.startYear + eraYear - 1;
  if (!isRealDate(year, month, day)) {
    return { ok: false, reason: 'invalid_date' };
  }
  const isoDate = toIsoDate(year, month, day);
  if (isoDate < era.start || (era.end !== undefined && isoDate > era.end)) {
    return { ok: false, reason: 'invalid_era_date' };
  }
  return { ok: true, iso: isoDate };
}
