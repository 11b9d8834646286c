import type { ProcedureSummary } from '@madoguchi/procedures-contracts';

/** Lower-case, NFKC (full-width → half-width letters and digits) and katakana → hiragana. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (katakana) => String.fromCharCode(katakana.charCodeAt(0) - 0x60))
    .replace(/\s+/g, '');
}

/**
 * The procedures whose title or summary (in any of the three languages) contains every word of
 * the keyword, so "じどう" finds 児童手当 through its やさしい日本語 title.
 */
export function filterProcedures(
  procedures: readonly ProcedureSummary[],
  keyword: string,
): ProcedureSummary[] {
  const words = keyword
    .split(/[\s\u3000]+/)
    .map(normalizeForSearch)
    .filter(Boolean);
  if (words.length === 0) {
    return [...procedures];
  }
  return procedures.filter((procedure) => {
    const haystack = normalizeForSearch(
      [
        procedure.title.ja,
        procedure.title.en,
        procedure.title.easyJa,
        procedure.summary.ja,
        procedure.summary.en,
        procedure.summary.easyJa,
        procedure.id,
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
