import { toDigitsOnly } from './japanese-text.js';

/**
 * Japanese telephone numbers (電気通信番号計画): mobile 070/080/090, IP 050 and M2M 020 have
 * 11 digits; フリーダイヤル 0120 and ナビダイヤル 0570 have 10, 0800 has 11; fixed lines have 10
 * digits, start with 0 and never with a 0X0 prefix (those are the non-geographic services).
 */
const PHONE_PATTERNS: readonly RegExp[] = [
  /^0[25789]0\d{8}$/,
  /^0(?:120|570)\d{6}$/,
  /^0800\d{7}$/,
  /^0[1-9][1-9]\d{7}$/,
];

/** Normalises a phone number to digits only; undefined if it is not a Japanese number. */
export function normalizePhoneNumber(input: string): string | undefined {
  const digits = toDigitsOnly(
    input
      .normalize('NFKC')
      .replace(/^\s*\+81[\s-]*(?:\(0\))?/, '0')
      .replace(/[()]/g, ''),
  );
  if (digits === undefined) {
    return undefined;
  }
  return PHONE_PATTERNS.some((pattern) => pattern.test(digits)) ? digits : undefined;
}
