export type { Bilingual, Trilingual, Locale } from './localized-text.js';
export { LOCALES, pickText } from './localized-text.js';
