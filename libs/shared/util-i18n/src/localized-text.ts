/** Japanese, English, and やさしい日本語 (easy Japanese for foreign and elderly residents). */
export const LOCALES = ['ja', 'en', 'easyJa'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every message a resident or staff member reads exists at least in Japanese and English. */
export type Bilingual = { ja: string; en: string };
export type Trilingual = Bilingual & { easyJa: string };

/** Picks the text of a locale, falling back to Japanese (the legally authoritative text). */
export function pickText(text: Bilingual | Trilingual, locale: Locale): string {
  if (locale === 'easyJa') {
    return 'easyJa' in text ? text.easyJa : text.ja;
  }
  return text[locale];
}
