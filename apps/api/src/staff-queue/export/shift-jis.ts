import iconv from 'iconv-lite';

/** 〓 (げた記号): the mark Japanese printing uses for a character the type case does not have. */
export const GETA = '〓';

/**
 * Characters that Unicode splits in two where Windows (CP932, what Excel reads as "Shift_JIS")
 * has one: JIS-mapped forms are moved to the CP932 ones so that 〜 or − survive the export.
 */
const CP932_EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u301C': '\uFF5E', // 〜 WAVE DASH → ～
  '\u2016': '\u2225', // ‖ → ∥
  '\u2212': '\uFF0D', // − MINUS SIGN → －
  '\u00A2': '\uFFE0', // ¢
  '\u00A3': '\uFFE1', // £
  '\u00AC': '\uFFE2', // ¬
  '\u2014': '\u2015', // — EM DASH → ―
};

/**
 * Encodes text to Shift_JIS (Windows-31J, as iconv-lite maps it) for Excel on municipal PCs.
 * A character Shift_JIS cannot hold (𠮷, emoji, most accented Latin letters) becomes 〓, and
 * `replaced` counts them so that staff are told the export is not exact.
 */
export class ShiftJisEncoder {
  private readonly encodable = new Map<string, boolean>();
  replaced = 0;

  encode(text: string): Buffer {
    let output = '';
    for (const character of text) {
      const mapped = CP932_EQUIVALENTS[character] ?? character;
      if (this.canEncode(mapped)) {
        output += mapped;
      } else {
        output += GETA;
        this.replaced += 1;
      }
    }
    return iconv.encode(output, 'Shift_JIS');
  }

  private canEncode(character: string): boolean {
    let known = this.encodable.get(character);
    if (known === undefined) {
      known = iconv.decode(iconv.encode(character, 'Shift_JIS'), 'Shift_JIS') === character;
      this.encodable.set(character, known);
    }
    return known;
  }
}
