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
