import { findKanjiWithoutReading } from './furigana.js';
import type { FuriganaReadings } from './furigana.js';
import { LOCALES } from './localized-text.js';
import type { Locale } from './localized-text.js';

/** Kana, a space, then hiragana: やさしい日本語 written as spaced-out kana (`しんせい を する`). */
const SPACED_KANA = /[ぁ-ゖァ-ヺー]\s+[ぁ-ゖ]/u;
const PLACEHOLDER = /^(?:todo|tbd|fixme|xxx+|\?+|…+|-+|ー+|〇+)$/iu;
const BROKEN = /undefined|NaN|\[object /u;

/**
 * What is wrong with one text of one language, or undefined when nothing is: missing, empty, a
 * placeholder, a value that printed `undefined`, and for やさしい日本語 spaced-out kana, the English
 * text pasted in, or a kanji the furigana table has no reading for.
 */
export function findTextProblem(
  locale: Locale,
  text: unknown,
  others: { ja?: unknown; en?: unknown; readings?: FuriganaReadings } = {},
): string | undefined {
  if (typeof text !== 'string') {
    return 'missing';
  }
  const trimmed = text.trim();
  if (trimmed === '') {
    return 'empty';
  }
  if (PLACEHOLDER.test(trimmed)) {
    return `a placeholder (${trimmed})`;
  }
  if (BROKEN.test(text)) {
    return `prints a broken value: ${text}`;
  }
  if (locale !== 'easyJa') {
    return undefined;
  }
  if (SPACED_KANA.test(text)) {
    return `spaced-out kana, write it in ordinary script (kanji get furigana): ${text}`;
  }
  // The same English word in every language (`English` in a language list) is no mistake.
  if (typeof others.en === 'string' && text === others.en && others.ja !== others.en) {
    return `the English text: ${text}`;
  }
  if (others.readings) {
    const unread = findKanjiWithoutReading(text, others.readings);
    if (unread.length > 0) {
      return `no furigana for ${unread.join('')} (run \`npx nx run tools:furigana\`): ${text}`;
    }
  }
  return undefined;
}

/** The arguments to call a message function with, by its key path (`remindersHeading`). */
export type SampleArguments = Readonly<Record<string, readonly unknown[]>>;

function textOf(value: unknown, args: readonly unknown[]): unknown {
  const text =
    typeof value === 'function' ? (value as (...a: readonly unknown[]) => unknown)(...args) : value;
  // `(name) => name` gives back its sample argument.
  return typeof text === 'number' ? String(text) : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every problem of a message catalogue in the three languages (`{ ja: {...}, en: {...}, easyJa: {...} }`),
 * as `path (locale): problem`. Keys are those of any language, so a key one language lacks is
 * found; a message function is called with its sample arguments (two by default: `2` each).
 */
export function findCatalogueProblems(
  catalogue: Readonly<Record<Locale, unknown>>,
  options: { args?: SampleArguments; readings?: FuriganaReadings; path?: string } = {},
): string[] {
  const { args = {}, readings, path = '' } = options;
  const values = Object.fromEntries(LOCALES.map((locale) => [locale, catalogue[locale]])) as Record<
    Locale,
    unknown
  >;
  if (LOCALES.some((locale) => isRecord(values[locale]))) {
    const keys = new Set(
      LOCALES.flatMap((locale) => (isRecord(values[locale]) ? Object.keys(values[locale]) : [])),
    );
    return [...keys].flatMap((key) =>
      findCatalogueProblems(
        Object.fromEntries(
          LOCALES.map((locale) => {
            const value = values[locale];
            return [locale, isRecord(value) ? value[key] : undefined];
          }),
        ) as Record<Locale, unknown>,
        { args, readings, path: path === '' ? key : `${path}.${key}` },
      ),
    );
  }
  const sample = args[path] ?? [2, 2];
  const ja = textOf(values.ja, sample);
  const en = textOf(values.en, sample);
  return LOCALES.flatMap((locale) => {
    const problem = findTextProblem(locale, textOf(values[locale], sample), { ja, en, readings });
    return problem === undefined ? [] : [`${path} (${locale}): ${problem}`];
  });
}
