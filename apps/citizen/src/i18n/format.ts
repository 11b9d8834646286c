import { formatDate } from '@madoguchi/shared-util-dates';
import type { Locale } from '@madoguchi/shared-util-i18n';

/** A timestamp in Japan time, e.g. 2025年4月1日 10:23 (the legal receipt time is JST). */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}

/**
 * A calendar date (`YYYY-MM-DD`) as the reminders write it: 2024年11月10日 / 10 Nov 2024 /
 * 2024年11月10日 in やさしい日本語 too, shown with furigana (the same function renders the reminder texts).
 */
export function formatCalendarDate(date: string, locale: Locale): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date)[locale] : date;
}
