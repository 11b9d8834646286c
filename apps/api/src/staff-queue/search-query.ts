import { toKatakana } from 'wanakana';

import { RECEIPT_NUMBER_ALPHABET } from '../applications/receipt-number.js';

/** Dashes and long-vowel marks a 受付番号 may be typed with (after NFKC), and spaces. */
const RECEIPT_SEPARATORS = /[\s\-‐‑‒–—―−ー]/gu;
const RECEIPT_PART = new RegExp(`^[${RECEIPT_NUMBER_ALPHABET}]{4,8}$`);
const SPACES = /[\s\u3000]+/gu;

export type QueueSearch = {
  /** The 受付番号 without its hyphen, upper case, when the text can be (the start of) one. */
  receiptPrefix: string | null;
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
  return {
    receiptPrefix: RECEIPT_PART.test(receipt) ? receipt : null,
    name,
    kana: toKatakana(name, { passRomaji: true }),
  };
}
