import type {
  AttachmentSlot,
  FieldDefinition,
  FieldType,
  FormOption,
  LocalizedText,
} from '../definition/form-definition.schema.js';
import type { FieldErrorCode } from '../messages/field-error-code.js';
import { isValidMyNumber } from '../normalizers/check-digits.js';
import { parseJapaneseDate, todayInJapan } from '@madoguchi/shared-util-dates';
import { resolveDateBound } from '../normalizers/relative-date.js';
import {
  isFullWidthKatakana,
  toDigitsOnly,
  toFullWidthKatakana,
  toHalfWidthDigits,
  trimText,
} from '../normalizers/japanese-text.js';
import { normalizePhoneNumber } from '../normalizers/phone-number.js';
import { PREFECTURES } from './built-in-option-lists.js';

export type LeafFieldDefinition = Extract<
  FieldDefinition,
  { type: Exclude<FieldDefinition['type'], 'group'> }
>;

/** A problem found while normalising one value; the compiler turns it into a ValidationIssue. */
export type RawIssue = {
  path: string;
  code: FieldErrorCode;
  label: LocalizedText;
  min?: number | string;
  max?: number | string;
  /** The field's type and the part of a composite answer, so the message says how to fix it. */
  fieldType?: FieldType;
  part?: string;
};
export type IssueReporter = (issue: RawIssue) => void;

/** Returned by a normaliser when the value is wrong (the issues were reported). */
export const INVALID: unique symbol = Symbol('invalid');
export type NormalizedValue = unknown;

/**
 * Turns one raw answer into its normalised value: `undefined` when not answered, `INVALID` when
 * wrong (after reporting why), otherwise the value in its canonical shape.
 */
export type Normalizer = (raw: unknown, path: string, report: IssueReporter) => NormalizedValue;

export type NormalizerContext = {
  options?: readonly FormOption[];
  slot?: AttachmentSlot;
  /** Today in JST, `YYYY-MM-DD`, for `minDate` / `maxDate` relative to today (`today`, `today+P10M`). */
  today?: () => string;
};

/** Empty string, null, undefined and [] count as "not answered". */
export function isEmptyAnswer(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function subLabel(label: LocalizedText, part: LocalizedText): LocalizedText {
  return {
    ja: `${label.ja}（${part.ja}）`,
    en: `${label.en} (${part.en})`,
    easyJa: `${label.easyJa}（${part.easyJa}）`,
  };
}

function codePointLength(value: string): number {
  let length = 0;
  for (const _char of value) {
    length += 1;
  }
  return length;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Printable ASCII only: NFKC would not change it, so the (slow) normalisation is skipped. */
function isAscii(text: string): boolean {
  return ASCII.test(text);
}

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Labels of the parts of composite values, used in messages (`氏名（フリガナ・姓）`). */
export const PART_LABELS = {
  family: { ja: '姓', en: 'family name', easyJa: '名字' },
  given: { ja: '名', en: 'given name', easyJa: '名前' },
  familyKana: {
    ja: 'フリガナ・姓',
    en: 'family name in katakana',
    easyJa: '名字の読み方（カタカナ）',
  },
  givenKana: {
    ja: 'フリガナ・名',
    en: 'given name in katakana',
    easyJa: '名前の読み方（カタカナ）',
  },
  postalCode: { ja: '郵便番号', en: 'postal code', easyJa: '郵便番号' },
  prefecture: { ja: '都道府県', en: 'prefecture', easyJa: '都道府県' },
  city: { ja: '市区町村', en: 'city', easyJa: '市区町村' },
  town: { ja: '町名', en: 'town', easyJa: '町の名前' },
  block: { ja: '番地', en: 'block number', easyJa: '番地' },
  building: {
    ja: '建物名・部屋番号',
    en: 'building and room',
    easyJa: '建物の名前・部屋番号',
  },
  from: { ja: '開始日', en: 'start date', easyJa: '始まりの日' },
  to: { ja: '終了日', en: 'end date', easyJa: '終わりの日' },
  kind: { ja: '口座の種類', en: 'account kind', easyJa: '口座の種類' },
  bankCode: { ja: '金融機関コード', en: 'bank code', easyJa: '銀行の番号' },
  branchCode: { ja: '支店コード', en: 'branch code', easyJa: '支店の番号' },
  accountType: { ja: '預金種目', en: 'account type', easyJa: '預金の種類' },
  accountNumber: { ja: '口座番号', en: 'account number', easyJa: '口座番号' },
  holderKana: {
    ja: '口座名義（カタカナ）',
    en: 'account holder in katakana',
    easyJa: '口座の名前（カタカナ）',
  },
} as const satisfies Record<string, LocalizedText>;
type PartName = keyof typeof PART_LABELS;

type PartReader = {
  /** The trimmed text of a part, undefined when empty; reports invalid_type for a non-string. */
  text(part: PartName): string | undefined | typeof INVALID;
  missing(part: PartName): void;
  fail(part: PartName, code: FieldErrorCode, extra?: Partial<RawIssue>): void;
  unknownKeys(allowed: readonly string[]): void;
};

function partReader(
  value: Record<string, unknown>,
  path: string,
  label: LocalizedText,
  report: IssueReporter,
): PartReader {
  return {
    text(part) {
      const raw = value[part];
      if (raw === undefined || raw === null) {
        return undefined;
      }
      if (typeof raw !== 'string') {
        report({
          path: `${path}.${part}`,
          code: 'invalid_type',
          label: subLabel(label, PART_LABELS[part]),
        });
        return INVALID;
      }
      const text = trimText(raw);
      return text === '' ? undefined : text;
    },
    missing(part) {
      report({
        path: `${path}.${part}`,
        code: 'required',
        label: subLabel(label, PART_LABELS[part]),
        part,
      });
    },
    fail(part, code, extra = {}) {
      report({
        path: `${path}.${part}`,
        code,
        label: subLabel(label, PART_LABELS[part]),
        part,
        ...extra,
      });
    },
    unknownKeys(allowed) {
      for (const key of Object.keys(value)) {
        if (!allowed.includes(key)) {
          report({ path: `${path}.${key}`, code: 'unknown_field', label });
        }
      }
    },
  };
}

function isAllPartsEmpty(value: Record<string, unknown>): boolean {
  return Object.values(value).every((part) =>
    isEmptyAnswer(typeof part === 'string' ? trimText(part) : part),
  );
}

function textNormalizer(field: LeafFieldDefinition, multiline: boolean): Normalizer {
  const pattern =
    field.pattern === undefined ? undefined : new RegExp(`^(?:${field.pattern})$`, 'u');
  return (raw, path, report) => {
    if (typeof raw !== 'string') {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    const text = multiline
      ? trimText(raw.replace(/\r\n?/g, '\n'))
      : trimText(raw.replace(/[\r\n\t]+/g, ' '));
    if (text === '') {
      return undefined;
    }
    const length = codePointLength(text);
    if (field.maxLength !== undefined && length > field.maxLength) {
      report({ path, code: 'too_long', label: field.label, max: field.maxLength });
      return INVALID;
    }
    if (field.minLength !== undefined && length < field.minLength) {
      report({ path, code: 'too_short', label: field.label, min: field.minLength });
      return INVALID;
    }
    if (pattern && !pattern.test(text)) {
      report({ path, code: 'invalid_format', label: field.label });
      return INVALID;
    }
    return text;
  };
}

/** Parses a number typed with full-width digits, commas, spaces or a trailing 円. */
export function parseNumberText(raw: unknown): number | undefined {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? raw : undefined;
  }
  if (typeof raw !== 'string') {
    return undefined;
  }
  const text = (isAscii(raw) ? raw : toHalfWidthDigits(raw.normalize('NFKC')))
    .replace(/[,\s\u3000]/g, '')
    .replace(/円$/, '');
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

function numberNormalizer(field: LeafFieldDefinition, isYen: boolean): Normalizer {
  const min = isYen ? Math.max(field.min ?? 0, 0) : field.min;
  const max = field.max;
  return (raw, path, report) => {
    if (typeof raw === 'string' && trimText(raw) === '') {
      return undefined;
    }
    if (typeof raw !== 'number' && typeof raw !== 'string') {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    const value = parseNumberText(raw);
    if (value === undefined) {
      report({ path, code: 'invalid_number', label: field.label });
      return INVALID;
    }
    if (isYen && !Number.isInteger(value)) {
      report({ path, code: 'not_integer', label: field.label });
      return INVALID;
    }
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      report({ path, code: 'out_of_range', label: field.label, min, max });
      return INVALID;
    }
    return value;
  };
}

type DateChecker = (
  raw: unknown,
  path: string,
  label: LocalizedText,
  report: IssueReporter,
) => string | undefined | typeof INVALID;

function dateChecker(field: LeafFieldDefinition, context: NormalizerContext): DateChecker {
  const today = context.today ?? (() => todayInJapan());
  return (raw, path, label, report) => {
    if (raw === undefined || raw === null) {
      return undefined;
    }
    if (typeof raw !== 'string') {
      report({ path, code: 'invalid_type', label });
      return INVALID;
    }
    if (trimText(raw) === '') {
      return undefined;
    }
    const parsed = parseJapaneseDate(raw);
    if (!parsed.ok) {
      report({ path, code: parsed.reason, label });
      return INVALID;
    }
    const minDate = resolveDateBound(field.minDate, today);
    const maxDate = resolveDateBound(field.maxDate, today);
    if (minDate !== undefined && parsed.iso < minDate) {
      report({ path, code: 'date_too_early', label, min: minDate });
      return INVALID;
    }
    if (maxDate !== undefined && parsed.iso > maxDate) {
      report({ path, code: 'date_too_late', label, max: maxDate });
      return INVALID;
    }
    return parsed.iso;
  };
}

function dateRangeNormalizer(field: LeafFieldDefinition, context: NormalizerContext): Normalizer {
  const check = dateChecker(field, context);
  return (raw, path, report) => {
    if (!isPlainObject(raw)) {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    if (isAllPartsEmpty(raw)) {
      return undefined;
    }
    const parts = partReader(raw, path, field.label, report);
    parts.unknownKeys(['from', 'to']);
    const from = check(raw.from, `${path}.from`, subLabel(field.label, PART_LABELS.from), report);
    const to = check(raw.to, `${path}.to`, subLabel(field.label, PART_LABELS.to), report);
    if (from === undefined) {
      parts.missing('from');
    }
    if (to === undefined) {
      parts.missing('to');
    }
    if (typeof from !== 'string' || typeof to !== 'string') {
      return INVALID;
    }
    if (from > to) {
      report({ path: `${path}.to`, code: 'invalid_date_range', label: field.label });
      return INVALID;
    }
    return { from, to };
  };
}

function optionNormalizer(field: LeafFieldDefinition, options: readonly FormOption[]): Normalizer {
  const values = new Set(options.map((option) => option.value));
  return (raw, path, report) => {
    if (typeof raw !== 'string') {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    if (!values.has(raw)) {
      report({ path, code: 'invalid_option', label: field.label });
      return INVALID;
    }
    return raw;
  };
}

function checkboxesNormalizer(
  field: LeafFieldDefinition,
  options: readonly FormOption[],
): Normalizer {
  const order = new Map(options.map((option, index) => [option.value, index]));
  return (raw, path, report) => {
    if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    const chosen = [...new Set(raw as string[])];
    if (chosen.some((value) => !order.has(value))) {
      report({ path, code: 'invalid_option', label: field.label });
      return INVALID;
    }
    if (field.min !== undefined && chosen.length < field.min) {
      report({ path, code: 'too_few_items', label: field.label, min: field.min });
      return INVALID;
    }
    if (field.max !== undefined && chosen.length > field.max) {
      report({ path, code: 'too_many_items', label: field.label, max: field.max });
      return INVALID;
    }
    // Stored in the order of the option list, so equal answers compare equal.
    return chosen.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };
}

function booleanNormalizer(field: LeafFieldDefinition): Normalizer {
  return (raw, path, report) => {
    if (typeof raw === 'boolean') {
      return raw;
    }
    // HTML radio inputs post strings; accept exactly these two.
    if (raw === 'true' || raw === 'false') {
      return raw === 'true';
    }
    report({ path, code: 'invalid_type', label: field.label });
    return INVALID;
  };
}

function digitsNormalizer(
  field: LeafFieldDefinition,
  code: FieldErrorCode,
  check: (digits: string) => FieldErrorCode | undefined,
): Normalizer {
  return (raw, path, report) => {
    if (typeof raw !== 'string') {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    if (trimText(raw) === '') {
      return undefined;
    }
    const digits = toDigitsOnly(raw);
    if (digits === undefined) {
      report({ path, code, label: field.label });
      return INVALID;
    }
    const failure = check(digits);
    if (failure !== undefined) {
      report({ path, code: failure, label: field.label });
      return INVALID;
    }
    return digits;
  };
}

function stringNormalizer(
  field: LeafFieldDefinition,
  normalize: (text: string) => string | undefined,
  code: FieldErrorCode,
): Normalizer {
  return (raw, path, report) => {
    if (typeof raw !== 'string') {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    const text = trimText(raw);
    if (text === '') {
      return undefined;
    }
    const normalized = normalize(text);
    if (normalized === undefined) {
      report({ path, code, label: field.label });
      return INVALID;
    }
    return normalized;
  };
}

/** Normalises an e-mail address: NFKC (full-width ＠ and letters), trimmed, at most 254 chars. */
export function normalizeEmail(text: string): string | undefined {
  const email = trimText(isAscii(text) ? text : text.normalize('NFKC'));
  return email.length <= 254 && EMAIL.test(email) ? email : undefined;
}

/** Normalises a 郵便番号 typed as `123-4567`, `１２３４５６７` or `〒123-4567` to `1234567`. */
export function normalizePostalCode(text: string): string | undefined {
  const digits = toDigitsOnly(text, { allowPostalMark: true });
  return digits !== undefined && digits.length === 7 ? digits : undefined;
}

function kanaPart(parts: PartReader, part: PartName): string | undefined | typeof INVALID {
  const text = parts.text(part);
  if (typeof text !== 'string') {
    return text;
  }
  const kana = toFullWidthKatakana(text);
  if (!isFullWidthKatakana(kana)) {
    parts.fail(part, 'invalid_katakana');
    return INVALID;
  }
  return kana;
}

function maxLengthCheck(
  field: LeafFieldDefinition,
  parts: PartReader,
  part: PartName,
  text: string,
): boolean {
  const max = field.maxLength ?? 100;
  if (codePointLength(text) > max) {
    parts.fail(part, 'too_long', { max });
    return false;
  }
  return true;
}

function personNameNormalizer(field: LeafFieldDefinition): Normalizer {
  return (raw, path, report) => {
    if (!isPlainObject(raw)) {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    if (isAllPartsEmpty(raw)) {
      return undefined;
    }
    const parts = partReader(raw, path, field.label, report);
    parts.unknownKeys(['family', 'given', 'familyKana', 'givenKana']);
    const name: Record<string, string> = {};
    let isValid = true;
    // Kanji parts are only trimmed: NFKC could replace a 異体字 the resident chose on purpose.
    for (const part of ['family', 'given'] as const) {
      const text = parts.text(part);
      if (text === undefined) {
        parts.missing(part);
        isValid = false;
      } else if (text === INVALID || !maxLengthCheck(field, parts, part, text)) {
        isValid = false;
      } else {
        name[part] = text;
      }
    }
    for (const part of ['familyKana', 'givenKana'] as const) {
      const kana = kanaPart(parts, part);
      if (kana === undefined) {
        parts.missing(part);
        isValid = false;
      } else if (kana === INVALID || !maxLengthCheck(field, parts, part, kana)) {
        isValid = false;
      } else {
        name[part] = kana;
      }
    }
    return isValid ? name : INVALID;
  };
}

const PREFECTURE_SET: ReadonlySet<string> = new Set(PREFECTURES);

function postalAddressNormalizer(field: LeafFieldDefinition): Normalizer {
  return (raw, path, report) => {
    if (!isPlainObject(raw)) {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    if (isAllPartsEmpty(raw)) {
      return undefined;
    }
    const parts = partReader(raw, path, field.label, report);
    parts.unknownKeys(['postalCode', 'prefecture', 'city', 'town', 'block', 'building']);
    const address: Record<string, string> = {};
    let isValid = true;
    const postal = parts.text('postalCode');
    if (postal === undefined) {
      parts.missing('postalCode');
      isValid = false;
    } else if (postal !== INVALID) {
      const postalCode = normalizePostalCode(postal);
      if (postalCode === undefined) {
        parts.fail('postalCode', 'invalid_postal_code');
        isValid = false;
      } else {
        address.postalCode = postalCode;
      }
    } else {
      isValid = false;
    }
    const prefecture = parts.text('prefecture');
    if (prefecture === undefined) {
      parts.missing('prefecture');
      isValid = false;
    } else if (prefecture !== INVALID && !PREFECTURE_SET.has(prefecture)) {
      parts.fail('prefecture', 'invalid_prefecture');
      isValid = false;
    } else if (prefecture === INVALID) {
      isValid = false;
    } else {
      address.prefecture = prefecture;
    }
    for (const part of ['city', 'town', 'block', 'building'] as const) {
      const text = parts.text(part);
      if (text === undefined) {
        // 町名 can be absent (some villages have only 番地) but 市区町村 and 番地 cannot.
        if (part === 'city' || part === 'block') {
          parts.missing(part);
          isValid = false;
        }
      } else if (text === INVALID || !maxLengthCheck(field, parts, part, text)) {
        isValid = false;
      } else {
        address[part] = text;
      }
    }
    if (!isValid) {
      return INVALID;
    }
    // 町名 may be empty but the shape always has it, in the documented key order.
    const {
      postalCode = '',
      prefecture: pref = '',
      city = '',
      town = '',
      block = '',
      building,
    } = address;
    return building === undefined
      ? { postalCode, prefecture: pref, city, town, block }
      : { postalCode, prefecture: pref, city, town, block, building };
  };
}

function bankAccountNormalizer(field: LeafFieldDefinition): Normalizer {
  return (raw, path, report) => {
    if (!isPlainObject(raw)) {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    if (isAllPartsEmpty(raw)) {
      return undefined;
    }
    const parts = partReader(raw, path, field.label, report);
    const kind = raw.kind;
    if (kind === 'publicFundAccount') {
      parts.unknownKeys(['kind']);
      return { kind };
    }
    if (kind === undefined || kind === null || kind === '') {
      parts.missing('kind');
      return INVALID;
    }
    if (kind !== 'bank') {
      parts.fail('kind', 'invalid_option');
      return INVALID;
    }
    parts.unknownKeys([
      'kind',
      'bankCode',
      'branchCode',
      'accountType',
      'accountNumber',
      'holderKana',
    ]);
    const account: Record<string, string> = { kind };
    let isValid = true;
    const codes = [
      ['bankCode', 4, 'invalid_bank_code'],
      ['branchCode', 3, 'invalid_branch_code'],
    ] as const;
    for (const [part, length, code] of codes) {
      const text = parts.text(part);
      if (text === undefined) {
        parts.missing(part);
        isValid = false;
      } else if (text !== INVALID) {
        const digits = toDigitsOnly(text);
        if (digits?.length === length) {
          account[part] = digits;
        } else {
          parts.fail(part, code);
          isValid = false;
        }
      } else {
        isValid = false;
      }
    }
    const accountType = raw.accountType;
    if (accountType === undefined || accountType === null || accountType === '') {
      parts.missing('accountType');
      isValid = false;
    } else if (accountType === 'ordinary' || accountType === 'current') {
      account.accountType = accountType;
    } else {
      parts.fail('accountType', 'invalid_option');
      isValid = false;
    }
    const number = parts.text('accountNumber');
    if (number === undefined) {
      parts.missing('accountNumber');
      isValid = false;
    } else if (number !== INVALID) {
      const digits = toDigitsOnly(number);
      if (digits !== undefined && digits.length <= 7) {
        // 口座番号 is 7 digits in 全銀 records; shorter numbers are left-padded with zeros.
        account.accountNumber = digits.padStart(7, '0');
      } else {
        parts.fail('accountNumber', 'invalid_account_number');
        isValid = false;
      }
    } else {
      isValid = false;
    }
    const holder = kanaPart(parts, 'holderKana');
    if (holder === undefined) {
      parts.missing('holderKana');
      isValid = false;
    } else if (holder === INVALID || !maxLengthCheck(field, parts, 'holderKana', holder)) {
      isValid = false;
    } else {
      account.holderKana = holder;
    }
    return isValid ? account : INVALID;
  };
}

const ATTACHMENT_ID = /^[A-Za-z0-9_-]{1,128}$/;

function attachmentNormalizer(
  field: LeafFieldDefinition,
  slot: AttachmentSlot | undefined,
): Normalizer {
  const maxFiles = field.max ?? slot?.maxFiles;
  return (raw, path, report) => {
    if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
      report({ path, code: 'invalid_type', label: field.label });
      return INVALID;
    }
    const ids = [...new Set(raw as string[])];
    if (ids.some((id) => !ATTACHMENT_ID.test(id))) {
      report({ path, code: 'invalid_attachment', label: field.label });
      return INVALID;
    }
    if (maxFiles !== undefined && ids.length > maxFiles) {
      report({ path, code: 'too_many_items', label: field.label, max: maxFiles });
      return INVALID;
    }
    return ids;
  };
}

/** Builds the normaliser of a leaf field once, at compile time. */
export function createNormalizer(
  field: LeafFieldDefinition,
  context: NormalizerContext,
): Normalizer {
  const options = context.options ?? [];
  switch (field.type) {
    case 'text':
      return textNormalizer(field, false);
    case 'longText':
      return textNormalizer(field, true);
    case 'number':
      return numberNormalizer(field, false);
    case 'yen':
      return numberNormalizer(field, true);
    case 'date': {
      const check = dateChecker(field, context);
      return (raw, path, report) => check(raw, path, field.label, report);
    }
    case 'dateRange':
      return dateRangeNormalizer(field, context);
    case 'radio':
    case 'select':
    case 'relationship':
      return optionNormalizer(field, options);
    case 'checkboxes':
      return checkboxesNormalizer(field, options);
    case 'yesNo':
    case 'consent':
      return booleanNormalizer(field);
    case 'email':
      return stringNormalizer(field, normalizeEmail, 'invalid_email');
    case 'phone':
      return stringNormalizer(field, normalizePhoneNumber, 'invalid_phone');
    case 'myNumber':
      return digitsNormalizer(field, 'invalid_my_number', (digits) => {
        if (digits.length !== 12) {
          return 'invalid_my_number';
        }
        return isValidMyNumber(digits) ? undefined : 'my_number_check_digit';
      });
    case 'careInsuredNumber':
      return digitsNormalizer(field, 'invalid_care_insured_number', (digits) =>
        digits.length === 10 ? undefined : 'invalid_care_insured_number',
      );
    case 'postalAddress':
      return postalAddressNormalizer(field);
    case 'personName':
      return personNameNormalizer(field);
    case 'bankAccount':
      return bankAccountNormalizer(field);
    case 'attachment':
      return attachmentNormalizer(field, context.slot);
  }
}
