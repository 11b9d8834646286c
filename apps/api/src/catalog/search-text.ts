import { toHiragana } from 'wanakana';

/**
 * Japanese-aware search text, the same for what is indexed (at seeding) and what residents type
 * (at each request), so a plain ILIKE in PostgreSQL finds 児童手当 from 「じどうてあて」,
 * 「ジドウテアテ」, 「ｼﾞﾄﾞｳﾃｱﾃ」, 「手当」 or "Child Allowance".
 *
 * - NFKC: full-width Latin and digits to ASCII, half-width katakana to full-width, ㈱ → (株).
 * - lower case (English, romaji).
 * - katakana → hiragana (wanakana); romaji and the long-vowel mark ー are left alone, so サービス
 *   and さーびす meet on さーびす.
 * - Punctuation and spaces are dropped inside a term: やさしい日本語 writes 「じどう てあて」 with
 *   spaces, a resident writes 「じどうてあて」, and 「教育・保育」 is found by 「教育保育」.
 */
export function normalizeSearchText(text: string): string {
  const folded = toHiragana(text.normalize('NFKC').toLowerCase(), {
    passRomaji: true,
    convertLongVowelMark: false,
  });
  return folded.replace(/\s+/gu, ' ').trim();
}

/** Characters that never decide a match (spaces, punctuation, brackets, symbols). */
const IGNORED_CHARACTERS = /[\s\p{P}\p{S}]+/gu;

function compact(normalized: string): string {
  return normalized.replace(IGNORED_CHARACTERS, '');
}

/**
 * The terms of a query, normalised: split on spaces (each term must match: AND), punctuation
 * removed, duplicates and empty terms dropped, at most 8 terms.
 */
export function toSearchTerms(query: string): string[] {
  const terms = normalizeSearchText(query)
    .split(' ')
    .map(compact)
    .filter((term) => term.length > 0);
  return [...new Set(terms)].slice(0, 8);
}

/**
 * The indexed form of some texts: each text normalised, with spaces and punctuation removed so
 * that any term of `toSearchTerms` is a substring of it when it matches. Texts are joined with a
 * line break, so a term never matches across two of them.
 */
export function toSearchIndex(texts: readonly string[]): string {
  const lines = texts
    .map((text) => compact(normalizeSearchText(text)))
    .filter((line) => line.length > 0);
  return [...new Set(lines)].join('\n');
}

/** An ILIKE pattern that matches `term` literally anywhere (%, _ and \ escaped). */
export function toContainsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
