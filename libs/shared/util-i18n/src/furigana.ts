/**
 * Furigana for やさしい日本語: a text cut into plain runs and kanji words that carry their reading
 * (rendered as `<ruby>漢字<rt>かんじ</rt></ruby>`). The readings come from a table generated at
 * build time by a morphological analyser over every やさしい日本語 text of the project
 * (`tools/furigana`), with hand-written overrides; nothing is analysed in the browser.
 */
export type RubySegment = { text: string; reading?: string };

/**
 * Word → reading in hiragana. A key starts with a kanji (`選ん` → `えらん`); a key starting with
 * `#` is read after a number (`#月` → `がつ`, `#1人` → `ひとり`), and `#月` + a day after a month
 * (`#月1日` → `ついたち`).
 */
export type FuriganaReadings = Readonly<Record<string, string>>;

/** Prefix of the keys read after a number. */
export const AFTER_NUMBER = '#';

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/u;
const DIGIT = /[0-9０-９]/u;

export function hasKanji(text: string): boolean {
  return KANJI.test(text);
}

function isKanji(char: string | undefined): boolean {
  return char !== undefined && KANJI.test(char);
}

/** Katakana → hiragana (the analyser reads in katakana; furigana are in hiragana). */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/gu, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0x60),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Puts the reading of a word over its kanji only: `取り消し` + `とりけし` → 取(と) り 消(け) し.
 * When the kana of the word cannot be found in the reading, the whole word carries it.
 */
export function alignReading(surface: string, reading: string): RubySegment[] {
  const runs =
    surface.match(
      /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]+|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]+/gu,
    ) ?? [];
  if (runs.length <= 1) {
    return [{ text: surface, reading }];
  }
  const pattern = runs
    .map((run) => (isKanji(run[0]) ? '(.+?)' : escapeRegExp(toHiragana(run))))
    .join('');
  const match = new RegExp(`^${pattern}$`, 'u').exec(reading);
  if (!match) {
    return [{ text: surface, reading }];
  }
  let group = 1;
  return runs.map((run) =>
    isKanji(run[0]) ? { text: run, reading: match[group++] } : { text: run },
  );
}

type ReadingIndex = { readings: FuriganaReadings; byFirstChar: Map<string, string[]> };

const INDEXES = new WeakMap<FuriganaReadings, ReadingIndex>();

function indexOf(readings: FuriganaReadings): ReadingIndex {
  const known = INDEXES.get(readings);
  if (known) {
    return known;
  }
  const byFirstChar = new Map<string, string[]>();
  for (const key of Object.keys(readings)) {
    if (key.startsWith(AFTER_NUMBER)) {
      continue;
    }
    const first = String.fromCodePoint(key.codePointAt(0) ?? 0);
    const keys = byFirstChar.get(first) ?? [];
    keys.push(key);
    byFirstChar.set(first, keys);
  }
  for (const keys of byFirstChar.values()) {
    keys.sort((a, b) => b.length - a.length);
  }
  const index = { readings, byFirstChar };
  INDEXES.set(readings, index);
  return index;
}

function pushPlain(segments: RubySegment[], text: string): void {
  const last = segments.at(-1);
  if (last && last.reading === undefined) {
    last.text += text;
  } else {
    segments.push({ text });
  }
}

/**
 * Cuts a text into plain runs and words with readings, by the longest known word at each kanji.
 * A kanji the table does not know stays plain (the completeness test keeps the table whole).
 */
export function toRubySegments(text: string, readings: FuriganaReadings): RubySegment[] {
  const { byFirstChar } = indexOf(readings);
  const segments: RubySegment[] = [];
  let position = 0;
  while (position < text.length) {
    const char = text[position] as string;
    if (DIGIT.test(char)) {
      let end = position;
      while (end < text.length && DIGIT.test(text[end] as string)) {
        end += 1;
      }
      const digits = text.slice(position, end);
      // The longest counter first (`人目` before `人`); a reading for the number itself
      // (`1日` ついたち, `1人目` ひとりめ) before the counter's own.
      // A day of a month has readings of its own (`4月1日` ついたち, but `1日に` いちにち).
      const isDayOfMonth = text[position - 1] === '月';
      const counter = [text.slice(end, end + 2), text.slice(end, end + 1)]
        .filter((word, index, words) => word !== '' && words.indexOf(word) === index)
        .flatMap((word) => [
          {
            base: `${digits}${word}`,
            reading: isDayOfMonth ? readings[`${AFTER_NUMBER}月${digits}${word}`] : undefined,
          },
          { base: `${digits}${word}`, reading: readings[`${AFTER_NUMBER}${digits}${word}`] },
          { base: word, reading: readings[`${AFTER_NUMBER}${word}`] },
        ])
        .find((candidate) => candidate.reading !== undefined);
      if (counter === undefined) {
        pushPlain(segments, digits);
        position = end;
        continue;
      }
      if (!counter.base.startsWith(digits)) {
        pushPlain(segments, digits);
      }
      for (const segment of alignReading(counter.base, counter.reading as string)) {
        if (segment.reading === undefined) {
          pushPlain(segments, segment.text);
        } else {
          segments.push(segment);
        }
      }
      position = counter.base.startsWith(digits)
        ? position + counter.base.length
        : end + counter.base.length;
      continue;
    }
    if (!isKanji(char)) {
      pushPlain(segments, char);
      position += 1;
      continue;
    }
    const word = byFirstChar.get(char)?.find((key) => text.startsWith(key, position));
    if (word === undefined) {
      pushPlain(segments, char);
      position += 1;
      continue;
    }
    for (const segment of alignReading(word, readings[word] as string)) {
      if (segment.reading === undefined) {
        pushPlain(segments, segment.text);
      } else {
        segments.push(segment);
      }
    }
    position += word.length;
  }
  return segments;
}

/** The kanji of a text that the table gives no reading for (empty when every kanji has one). */
export function findKanjiWithoutReading(text: string, readings: FuriganaReadings): string[] {
  return toRubySegments(text, readings)
    .filter((segment) => segment.reading === undefined && hasKanji(segment.text))
    .flatMap((segment) => [...segment.text].filter((char) => isKanji(char)));
}

/**
 * やさしい日本語 for plain text (e-mail, push), where no ruby can be shown: each run of kanji is
 * followed by its reading in full-width brackets, as printed easy-Japanese notices write it:
 * `4月1日までに出してください` → `4月（がつ）1日（ついたち）までに出（だ）してください`.
 */
export function withReadingsInBrackets(text: string, readings: FuriganaReadings): string {
  return toRubySegments(text, readings)
    .map((segment) =>
      segment.reading === undefined ? segment.text : `${segment.text}（${segment.reading}）`,
    )
    .join('');
}
