import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FURIGANA_READINGS, findKanjiWithoutReading } from '@madoguchi/shared-util-i18n';
import { BUILT_IN_OPTION_LISTS } from './support/meta-schema.js';
import { listFormFiles, listOverlayFiles, readJson, SEEDS_ROOT } from './support/seed-files.js';

/** Kana, a space, then hiragana: やさしい日本語 written as spaced-out kana (`しんせい を する`). */
const SPACED_KANA = /[ぁ-ゖァ-ヺー]\s+[ぁ-ゖ]/u;
const PLACEHOLDER = /^(?:todo|tbd|fixme|xxx+|\?+|…+|-+)$/iu;

type TextAt = { file: string; path: string; text: Record<string, unknown> };

/** Every `{ ja, en, … }` text of a seed file, with where it is. */
function findTexts(value: unknown, file: string, path = ''): TextAt[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findTexts(item, file, `${path}[${index}]`));
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const record = value as Record<string, unknown>;
  const own =
    typeof record.ja === 'string' && typeof record.en === 'string'
      ? [{ file, path, text: record }]
      : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, item]) =>
      findTexts(item, file, path === '' ? key : `${path}.${key}`),
    ),
  ];
}

const CATALOG = join(SEEDS_ROOT, 'catalog');
const NOTIFICATION_RULES = join(SEEDS_ROOT, 'notification-rules');
const jsonFilesOf = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsonFilesOf(join(directory, entry.name))
      : entry.name.endsWith('.json')
        ? [join(directory, entry.name)]
        : [],
  );
const files = [
  ...listFormFiles().map((form) => form.path),
  ...listOverlayFiles().map((overlay) => overlay.path),
  ...readdirSync(CATALOG)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(CATALOG, name)),
  // The reminders residents receive (inbox, push, e-mail).
  ...jsonFilesOf(NOTIFICATION_RULES),
];
const texts = [
  ...files.flatMap((file) => findTexts(readJson(file), file.slice(SEEDS_ROOT.length + 1))),
  // The option lists a form names without defining them (続柄), shown like the forms' own.
  ...findTexts(BUILT_IN_OPTION_LISTS, 'built-in option lists'),
];

describe('the texts residents read in the forms, the catalog and the reminders', () => {
  it('are found', () => {
    expect(texts.length).toBeGreaterThan(2000);
  });

  it('exist in 日本語, English and やさしい日本語, none empty or a placeholder', () => {
    const problems = texts.flatMap(({ file, path, text }) =>
      (['ja', 'en', 'easyJa'] as const).flatMap((locale) => {
        const value = text[locale];
        if (typeof value !== 'string' || value.trim() === '') {
          return [`${file} ${path} (${locale}): missing or empty`];
        }
        return PLACEHOLDER.test(value.trim()) ? [`${file} ${path} (${locale}): a placeholder`] : [];
      }),
    );

    expect(problems).toEqual([]);
  });

  it('never give the English text as やさしい日本語', () => {
    const copied = texts.filter(({ text }) => text.easyJa === text.en && text.ja !== text.en);

    expect(copied.map(({ file, path }) => `${file} ${path}`)).toEqual([]);
  });

  it('write やさしい日本語 in ordinary script (kanji get furigana), never as spaced-out kana', () => {
    const spaced = texts.filter(
      ({ text }) => typeof text.easyJa === 'string' && SPACED_KANA.test(text.easyJa),
    );

    expect(spaced.map(({ file, path, text }) => `${file} ${path}: ${String(text.easyJa)}`)).toEqual(
      [],
    );
  });

  it('have a reading for every kanji of their やさしい日本語 (else run `npx nx run tools:furigana`)', () => {
    const unread = texts.flatMap(({ file, path, text }) => {
      const kanji =
        typeof text.easyJa === 'string'
          ? findKanjiWithoutReading(text.easyJa, FURIGANA_READINGS)
          : [];
      return kanji.length === 0 ? [] : [`${file} ${path}: ${kanji.join('')}`];
    });

    expect(unread).toEqual([]);
  });
});
