import type { BasicFourComparison } from '@madoguchi/procedures-contracts';
import type { BasicFourInfo } from '@madoguchi/server-trust';

type Answers = Readonly<Record<string, unknown>>;

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Compares the 基本4情報 of the signer's card with the applicant's answers, item by item, for the
 * items the answers have. A difference is flagged for staff, never refused: a resident who moved
 * may sign before the card's address is updated, and staff decide.
 *
 * The applicant is the person whose name is the first personName answer at the top of the form or
 * in a top-level group (the claimant's block), with the birth date, address and gender beside it.
 */
export function compareBasicFour(card: BasicFourInfo, answers: Answers): BasicFourComparison[] {
  const applicant = findApplicantBlock(answers);
  if (!applicant) {
    return [];
  }
  const found: BasicFourComparison[] = [];
  const name = nameOf(applicant.name);
  if (name !== null) {
    found.push(item('name', card.name, name, normalizeName(card.name) === normalizeName(name)));
  }
  const birthDate = firstString(applicant, ['birthDate', 'dateOfBirth']);
  if (birthDate !== null) {
    found.push(item('dateOfBirth', card.dateOfBirth, birthDate, card.dateOfBirth === birthDate));
  }
  const gender = firstString(applicant, ['gender', 'sex']);
  if (gender !== null) {
    found.push(item('gender', card.gender, gender, card.gender === gender));
  }
  const address = addressOf(applicant.address);
  if (address !== null) {
    found.push(
      item(
        'address',
        card.address,
        address,
        normalizeAddress(card.address) === normalizeAddress(address),
      ),
    );
  }
  return found;
}

function item(
  kind: BasicFourComparison['item'],
  onCard: string,
  inAnswers: string,
  matches: boolean,
): BasicFourComparison {
  return { item: kind, onCard, inAnswers, matches };
}

function findApplicantBlock(answers: Answers): Answers | null {
  if (nameOf(answers['name']) !== null) {
    return answers;
  }
  for (const value of Object.values(answers)) {
    if (isPlainObject(value) && nameOf(value['name']) !== null) {
      return value;
    }
  }
  return null;
}

function nameOf(value: unknown): string | null {
  if (isPlainObject(value) && typeof value.family === 'string' && typeof value.given === 'string') {
    return `${value.family}\u3000${value.given}`;
  }
  return null;
}

function addressOf(value: unknown): string | null {
  if (typeof value === 'string') {
    return value;
  }
  if (!isPlainObject(value)) {
    return null;
  }
  const parts = ['prefecture', 'city', 'town', 'block', 'building']
    .map((key) => value[key])
    .filter((part): part is string => typeof part === 'string' && part.length > 0);
  return parts.length > 0 ? parts.join('') : null;
}

function firstString(block: Answers, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = block[key];
    if (typeof value === 'string' && value.length > 0) {
      return value;
    }
  }
  return null;
}

function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * The card writes 住所 as the 住民票 does (「九段南一丁目２番１号」); residents type 「九段南1-2-1」.
 * Both become 「九段南1-2-1」: NFKC, kanji numerals to digits, 丁目・番地・番・号・の to hyphens.
 */
export function normalizeAddress(address: string): string {
  return address
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[〇一二三四五六七八九十]+/gu, kanjiNumber)
    .replace(/[‐‑‒–—―−ー－]/gu, '-')
    .replace(/(丁目|番地|番|号|の)/gu, '-')
    .replace(/-+/gu, '-')
    .replace(/-$/u, '');
}

function kanjiNumber(text: string): string {
  // 十 alone is ten, 二十 twenty, 十二 twelve: enough for 丁目 and 番 numbers.
  if (!text.includes('十')) {
    return [...text].map((digit) => String(KANJI_DIGITS[digit] ?? '')).join('');
  }
  const [tens, ones] = text.split('十');
  const tensValue = tens ? (KANJI_DIGITS[tens] ?? 1) : 1;
  const onesValue = ones ? (KANJI_DIGITS[ones] ?? 0) : 0;
  return String(tensValue * 10 + onesValue);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
