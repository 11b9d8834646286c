import { randomInt } from 'node:crypto';

/**
 * 受付番号 alphabet: digits and capitals without the look-alikes 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V,
 * so a number read over the phone or copied from paper survives.
 */
export const RECEIPT_NUMBER_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
const GROUPS = 2;
const GROUP_LENGTH = 4;

/** A short random 受付番号 like `K7QF-3XMA`; uniqueness per municipality is enforced by the database. */
export function generateReceiptNumber(): string {
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group += 1) {
    let chunk = '';
    for (let index = 0; index < GROUP_LENGTH; index += 1) {
      chunk += RECEIPT_NUMBER_ALPHABET[randomInt(RECEIPT_NUMBER_ALPHABET.length)];
    }
    groups.push(chunk);
  }
  return groups.join('-');
}

export const RECEIPT_NUMBER_PATTERN = new RegExp(
  `^[${RECEIPT_NUMBER_ALPHABET}]{${GROUP_LENGTH}}-[${RECEIPT_NUMBER_ALPHABET}]{${GROUP_LENGTH}}$`,
);
