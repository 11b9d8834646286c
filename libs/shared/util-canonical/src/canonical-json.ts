import canonicalize from 'canonicalize';

/** A JSON value as RFC 8785 can serialise it (no undefined, no functions, finite numbers). */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * The RFC 8785 (JSON Canonicalization Scheme) text of a value: object members sorted by their
 * UTF-16 code units, no whitespace, ECMAScript number formatting. Throws on NaN, Infinity and
 * lone surrogates, which RFC 8785 §3.2.2 forbids, so two parties can never hash different text
 * for what they believe is the same value.
 */
export function canonicalJson(value: JsonValue): string {
  const text = canonicalize(value);
  if (text === undefined) {
    throw new TypeError('The value has no JSON representation.');
  }
  return text;
}

/** The SHA-256 of some bytes through the Web Crypto API (present in browsers and in Node 24). */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
