export type { Bilingual, Trilingual, Locale } from './localized-text.js';
export { LOCALES, pickText } from './localized-text.js';
export type { FuriganaReadings, RubySegment } from './furigana.js';
export {
  alignReading,
  findKanjiWithoutReading,
  hasKanji,
  toHiragana,
  toRubySegments,
  withReadingsInBrackets,
} from './furigana.js';
export { FURIGANA_READINGS } from './furigana-readings.generated.js';
export { loadFuriganaReadings } from './load-furigana-readings.js';
export type { SampleArguments } from './text-checks.js';
export { findCatalogueProblems, findTextProblem } from './text-checks.js';
