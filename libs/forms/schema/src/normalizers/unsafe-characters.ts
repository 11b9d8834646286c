/**
 * Characters no answer, name or query of a resident may contain, checked by the form engine (in
 * the browser and the API alike) and by the API's edge for every string of every request:
 *
 * - C0 controls U+0000–U+001F (NUL first: PostgreSQL cannot store it in text or jsonb), except
 *   TAB, LF and CR where a value may have several lines; DEL U+007F; C1 controls U+0080–U+009F;
 * - bidirectional formatting (Unicode UAX #9): embeddings and overrides U+202A–U+202E, isolates
 *   U+2066–U+2069, and the invisible marks U+200E LRM, U+200F RLM and U+061C ALM. The marks do
 *   not reorder text as an override does, but they are invisible and make two names that look the
 *   same compare different; no Japanese or romanised name, address or answer needs them, so they
 *   are refused too (CVE-2021-42574, "Trojan Source", for the overrides);
 * - the line and paragraph separators U+2028 / U+2029 (invisible line breaks);
 * - unpaired UTF-16 surrogates (not Unicode text: PostgreSQL refuses them in jsonb).
 */
const ALWAYS_UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this rule's whole purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

export type UnsafeCharacterOptions = {
  /** TAB, LF and CR are allowed (a value of several lines, e.g. a longText answer). */
  allowLineBreaks: boolean;
};

/** The first character of `text` that is not allowed, as `U+XXXX`, or null when there is none. */
export function findUnsafeCharacter(text: string, options: UnsafeCharacterOptions): string | null {
  const unsafe =
    ALWAYS_UNSAFE.exec(text) ?? (options.allowLineBreaks ? null : LINE_BREAK_OR_TAB.exec(text));
  if (!unsafe) {
    return null;
  }
  return `U+${unsafe[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const ANY_UNSAFE_GLOBAL = new RegExp(`${ALWAYS_UNSAFE.source}|${LINE_BREAK_OR_TAB.source}`, 'g');

/** A key as it may be shown back: its unsafe characters written as `\\u{…}`. */
function escapeUnsafe(key: string): string {
  return key.replace(
    ANY_UNSAFE_GLOBAL,
    (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`,
  );
}

/**
 * The path of every string (object keys too) in a JSON value that holds a character not allowed:
 * `answers.applicant.name`, `children[1].name`, a key with such a character shows it escaped (`answers.a\\u{0}b`).
 */
export function findUnsafeStrings(
  value: unknown,
  basePath: string,
  options: UnsafeCharacterOptions,
): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (findUnsafeCharacter(node, options) !== null) {
        found.push(path);
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}[${index}]`));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const childPath = path === '' ? escapeUnsafe(key) : `${path}.${escapeUnsafe(key)}`;
        if (findUnsafeCharacter(key, { allowLineBreaks: false }) !== null) {
          found.push(childPath);
        }
        walk(child, childPath);
      }
    }
  };
  walk(value, basePath);
  return found;
}
