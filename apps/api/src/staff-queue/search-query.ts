import { toKatakana } from 'wanakana';

import { RECEIPT_NUMBER_ALPHABET, RECEIPT_NUMBER_PATTERN } from '../applications/receipt-number.js';

/** Dashes and long-vowel marks a 受付番号 may be typed with (after NFKC), and spaces. */
const RECEIPT_SEPARATORS = /[\s\-‐‑‒–—―−ー]/gu;
const RECEIPT_PART = new RegExp(`^[${RECEIPT_NUMBER_ALPHABET}]{4,8}$`);
const SPACES = /[\s\u3000]+/gu;

export type QueueSearch = {
  /** The 受付番号 without its hyphen, upper case, when the text can be (the start of) one. */
  receiptPrefix: string | null;
  /**
   * The whole 受付番号 as stored (`K7QF-3XMA`) when the text is one: it is then looked up by
   * equality alone, not also as a name (no name is eight letters and digits of its alphabet).
   */
  receiptNumber: string | null;
  /** The name as typed, spaces removed (matches the kanji name with its spaces removed). */
  name: string;
  /** The same in full-width katakana (matches the フリガナ): hiragana and half-width kana fold in. */
  kana: string;
};

/**
 * What a staff member typed into the search box, normalised for the three things it may be: a
 * 受付番号 in any case, full-width or without its hyphen (`ｋ７ｑｆ－３ｘｍａ`, `k7qf3xma`), or the
 * applicant's name in kanji (`小田原 花子`) or kana (`おだわら`, `ｵﾀﾞﾜﾗ`, `オダワラ ハナコ`).
 */
export function parseQueueSearch(text: string): QueueSearch | null {
  const folded = text.normalize('NFKC').trim();
  if (folded === '') {
    return null;
  }
  const receipt = folded.toUpperCase().replace(RECEIPT_SEPARATORS, '');
  const name = folded.replace(SPACES, '');
  const receiptPrefix = RECEIPT_PART.test(receipt) ? receipt : null;
  const receiptNumber = receiptPrefix === null ? null : toReceiptNumber(receiptPrefix);
  return {
    receiptPrefix,
    receiptNumber:
      receiptNumber !== null && RECEIPT_NUMBER_PATTERN.test(receiptNumber) ? receiptNumber : null,
    name,
    kana: toKatakana(name, { passRomaji: true }),
  };
}

/** The start of a 受付番号 typed without its hyphen, as stored: `K7QF3X` → `K7QF-3X`. */
export function toReceiptNumber(prefix: string): string {
  return prefix.length <= 4 ? prefix : `${prefix.slice(0, 4)}-${prefix.slice(4)}`;
}
