/**
 * Character-level normalisation of resident input. Kept separate from the field types so the
 * renderer can normalise on blur with exactly the rules the server applies.
 */

const FULL_WIDTH_DIGIT_OFFSET = 0xff10 - 0x30;
const HYPHEN_LIKE =
  /[\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF70\u2043\uFE63]/g;
const SPACES = /[\s\u3000]+/g;

/** Converts full-width digits (０-９) to ASCII digits; nothing else is touched. */
export function toHalfWidthDigits(value: string): string {
  return value.replace(/[\uFF10-\uFF19]/g, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - FULL_WIDTH_DIGIT_OFFSET),
  );
}

/**
 * Keeps only the digits of a code typed with hyphens, spaces or full-width characters
 * (e.g. `〒１２３－４５６７` → `1234567`). Returns undefined when anything else is left over.
 */
export function toDigitsOnly(value: string, { allowPostalMark = false } = {}): string | undefined {
  let text = toHalfWidthDigits(value).replace(HYPHEN_LIKE, '').replace(SPACES, '');
  if (allowPostalMark) {
    text = text.replace(/^〒/, '');
  }
  return /^\d+$/.test(text) ? text : undefined;
}

/** Trims ASCII and ideographic (全角) spaces at both ends. */
export function trimText(value: string): string {
  return value.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

const HIRAGANA_START = 0x3041;
const HIRAGANA_END = 0x3096;
const HIRAGANA_TO_KATAKANA = 0x60;

/**
 * Normalises a kana reading (フリガナ) to full-width katakana: NFKC (half-width katakana with
 * their voiced marks → full-width), hiragana → katakana, any run of spaces → one 全角 space.
 * Only kana fields go through NFKC: applied to a kanji name it could replace a variant (異体字).
 */
export function toFullWidthKatakana(value: string): string {
  const nfkc = trimText(value.normalize('NFKC'));
  let out = '';
  for (const char of nfkc) {
    const code = char.charCodeAt(0);
    out +=
      code >= HIRAGANA_START && code <= HIRAGANA_END
        ? String.fromCharCode(code + HIRAGANA_TO_KATAKANA)
        : char;
  }
  return out.replace(/[ \u3000]+/g, '\u3000');
}

const KATAKANA_ONLY = /^[\u30A1-\u30FA\u30FB\u30FC\u30FD\u30FE\u3000]+$/;

/** Full-width katakana, ・, ー, ヽヾ and 全角 spaces only (after `toFullWidthKatakana`). */
export function isFullWidthKatakana(value: string): boolean {
  return KATAKANA_ONLY.test(value);
}

const HALF_WIDTH_BASE: Record<string, string> = {
  ァ: 'ｧ',
  ア: 'ｱ',
  ィ: 'ｨ',
  イ: 'ｲ',
  ゥ: 'ｩ',
  ウ: 'ｳ',
  ェ: 'ｪ',
  エ: 'ｴ',
  ォ: 'ｫ',
  オ: 'ｵ',
  カ: 'ｶ',
  キ: 'ｷ',
  ク: 'ｸ',
  ケ: 'ｹ',
  コ: 'ｺ',
  サ: 'ｻ',
  シ: 'ｼ',
  ス: 'ｽ',
  セ: 'ｾ',
  ソ: 'ｿ',
  タ: 'ﾀ',
  チ: 'ﾁ',
  ッ: 'ｯ',
  ツ: 'ﾂ',
  テ: 'ﾃ',
  ト: 'ﾄ',
  ナ: 'ﾅ',
  ニ: 'ﾆ',
  ヌ: 'ﾇ',
  ネ: 'ﾈ',
  ノ: 'ﾉ',
  ハ: 'ﾊ',
  ヒ: 'ﾋ',
  フ: 'ﾌ',
  ヘ: 'ﾍ',
  ホ: 'ﾎ',
  マ: 'ﾏ',
  ミ: 'ﾐ',
  ム: 'ﾑ',
  メ: 'ﾒ',
  モ: 'ﾓ',
  ャ: 'ｬ',
  ヤ: 'ﾔ',
  ュ: 'ｭ',
  ユ: 'ﾕ',
  ョ: 'ｮ',
  ヨ: 'ﾖ',
  ラ: 'ﾗ',
  リ: 'ﾘ',
  ル: 'ﾙ',
  レ: 'ﾚ',
  ロ: 'ﾛ',
  ワ: 'ﾜ',
  ヲ: 'ｦ',
  ン: 'ﾝ',
  ー: 'ｰ',
  '・': '･',
  '\u3000': ' ',
  ヮ: 'ﾜ',
  ヰ: 'ｲ',
  ヱ: 'ｴ',
};
const VOICED_MARK = 'ﾞ';
const SEMI_VOICED_MARK = 'ﾟ';

/**
 * Full-width katakana → half-width (半角カナ), as 全銀 transfer files need for 口座名義.
 * Voiced kana become two characters (ガ → ｶﾞ). Characters with no half-width form are kept.
 */
export function toHalfWidthKatakana(value: string): string {
  let out = '';
  for (const char of value) {
    const direct = HALF_WIDTH_BASE[char];
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    const decomposed = char.normalize('NFD');
    const base = HALF_WIDTH_BASE[decomposed.charAt(0)];
    if (base !== undefined && decomposed.length === 2) {
      const mark = decomposed.charCodeAt(1) === 0x3099 ? VOICED_MARK : SEMI_VOICED_MARK;
      out += base + mark;
      continue;
    }
    out += char;
  }
  return out;
}
