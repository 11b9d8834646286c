import { FIELD_TYPES } from '../definition/form-definition.schema.js';
import type { FieldType } from '../definition/form-definition.schema.js';
import { FIELD_ERROR_CODES } from './field-error-code.js';
import type { FieldErrorCode } from './field-error-code.js';
import { answerKindOf, formatFieldMessage, formMessages } from './form-messages.js';
import type { MessageParams } from './form-messages.js';

const BIRTH_DATE = { ja: '生年月日', en: 'Date of birth', easyJa: '生まれた日' };
const SEX = { ja: '性別', en: 'Sex', easyJa: '性別' };
const SPOUSE_QUESTION = {
  ja: '配偶者（事実婚を含む）はいますか',
  en: 'Do you have a spouse or partner (including common-law)?',
  easyJa: '夫か妻はいますか',
};

describe('formMessages', () => {
  it('has exactly one entry per error code', () => {
    expect(Object.keys(formMessages).sort()).toEqual([...FIELD_ERROR_CODES].sort());
  });

  const everyCodeAndType = FIELD_ERROR_CODES.flatMap((code) =>
    FIELD_TYPES.map((fieldType) => [code, fieldType] as [FieldErrorCode, FieldType]),
  );

  it.each(everyCodeAndType)(
    'says how to fix %s on a %s field, in three languages',
    (code, fieldType) => {
      const message = formatFieldMessage(code, { label: BIRTH_DATE, min: 1, max: 10, fieldType });

      for (const text of [message.ja, message.en, message.easyJa]) {
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toMatch(/undefined|NaN|\{|\}/);
      }
      expect(message.ja).toMatch(/。$/);
      expect(message.easyJa).toMatch(/。$/);
      expect(message.en).toMatch(/^[A-Z“]/);
      expect(message.en).toMatch(/[.?!]”?$/);
      expect(message.en).not.toMatch(/[ぁ-んァ-ン]/);
      // やさしい日本語 is ordinary script (its kanji get furigana), not words spaced out in kana.
      expect(message.easyJa).not.toMatch(/[ぁ-ん] [ぁ-ん]/);
    },
  );

  it.each<[string, MessageParams, { ja: string; en: string; easyJa: string }]>([
    [
      'a text field',
      { label: { ja: '氏名', en: 'Name', easyJa: '名前' }, fieldType: 'text' },
      { ja: '氏名を入力してください。', en: 'Enter “Name”.', easyJa: '名前を書いてください。' },
    ],
    [
      'a radio field',
      { label: SEX, fieldType: 'radio' },
      {
        ja: '性別を選んでください。',
        en: 'Select an answer for “Sex”.',
        easyJa: '性別を選んでください。',
      },
    ],
    [
      'a yes/no question',
      { label: SPOUSE_QUESTION, fieldType: 'yesNo' },
      {
        ja: '「配偶者（事実婚を含む）はいますか」を選んでください。',
        en: 'Select an answer for “Do you have a spouse or partner (including common-law)?”',
        easyJa: '「夫か妻はいますか」を選んでください。',
      },
    ],
    [
      'a select field',
      {
        label: { ja: '特定疾病名', en: 'Specified disease', easyJa: '病気の名前' },
        fieldType: 'select',
      },
      {
        ja: '特定疾病名を選んでください。',
        en: 'Select an answer for “Specified disease”.',
        easyJa: '病気の名前を選んでください。',
      },
    ],
    [
      'checkboxes',
      {
        label: { ja: '変更した内容', en: 'What changed', easyJa: '変わったこと' },
        fieldType: 'checkboxes',
      },
      {
        ja: '変更した内容を1つ以上選んでください。',
        en: 'Select at least one answer for “What changed”.',
        easyJa: '変わったことを1つ以上選んでください。',
      },
    ],
    [
      'a date',
      { label: BIRTH_DATE, fieldType: 'date' },
      {
        ja: '生年月日を入力してください（例：2024-04-01、令和6年4月1日）。',
        en: 'Enter “Date of birth” as a date, like 2024-04-01.',
        easyJa: '生まれた日の日にちを書いてください（例：2024-04-01）。',
      },
    ],
    [
      'a file',
      { label: { ja: '委任状', en: 'Letter of proxy', easyJa: '委任状' }, fieldType: 'attachment' },
      {
        ja: '委任状のファイルを選んでください。',
        en: 'Choose a file for “Letter of proxy”.',
        easyJa: '委任状のファイルを選んでください。',
      },
    ],
    [
      'the prefecture of an address',
      {
        label: { ja: '住所（都道府県）', en: 'Address (prefecture)', easyJa: '住所（都道府県）' },
        fieldType: 'postalAddress',
        part: 'prefecture',
      },
      {
        ja: '住所（都道府県）を選んでください。',
        en: 'Select an answer for “Address (prefecture)”.',
        easyJa: '住所（都道府県）を選んでください。',
      },
    ],
    [
      'the postal code of an address',
      {
        label: { ja: '住所（郵便番号）', en: 'Address (postal code)', easyJa: '住所（郵便番号）' },
        fieldType: 'postalAddress',
        part: 'postalCode',
      },
      {
        ja: '住所（郵便番号）を入力してください。',
        en: 'Enter “Address (postal code)”.',
        easyJa: '住所（郵便番号）を書いてください。',
      },
    ],
  ])('asks for a missing answer the way %s is answered', (_name, params, expected) => {
    expect(formatFieldMessage('required', params)).toEqual(expected);
  });

  it.each<[FieldErrorCode, MessageParams, string, string]>([
    [
      'invalid_postal_code',
      { label: { ja: '郵便番号', en: 'Postal code', easyJa: '郵便番号' } },
      '7桁',
      '7-digit',
    ],
    [
      'invalid_my_number',
      { label: { ja: '個人番号', en: 'My Number', easyJa: 'マイナンバー' } },
      '12桁',
      '12 digits',
    ],
    [
      'my_number_check_digit',
      { label: { ja: '個人番号', en: 'My Number', easyJa: 'マイナンバー' } },
      'マイナンバーカード',
      'My Number card',
    ],
    [
      'invalid_katakana',
      { label: { ja: 'フリガナ', en: 'Name in katakana', easyJa: 'フリガナ' } },
      'カタカナ',
      'katakana',
    ],
    [
      'invalid_phone',
      { label: { ja: '電話番号', en: 'Phone number', easyJa: '電話番号' } },
      '市外局番',
      'area code',
    ],
    ['invalid_date', { label: BIRTH_DATE }, '令和6年4月1日', '2024-04-01'],
    [
      'invalid_account_number',
      { label: { ja: '口座番号', en: 'Account number', easyJa: '口座番号' } },
      '7桁以内',
      'up to 7 digits',
    ],
    [
      'invalid_bank_code',
      { label: { ja: '金融機関コード', en: 'Bank code', easyJa: '銀行の番号' } },
      '4桁',
      '4-digit',
    ],
    ['too_long', { label: BIRTH_DATE, max: 20 }, '20文字以内', 'up to 20 characters'],
    ['too_short', { label: BIRTH_DATE, min: 1 }, '1文字以上', 'at least 1 character for'],
    [
      'too_many_items',
      { label: BIRTH_DATE, max: 3, fieldType: 'attachment' },
      'ファイルは3件まで',
      'no more than 3 files',
    ],
    [
      'too_few_items',
      { label: BIRTH_DATE, min: 2, fieldType: 'group' },
      '2件以上追加',
      'at least 2 entries',
    ],
    [
      'too_few_items',
      { label: BIRTH_DATE, min: 2, fieldType: 'checkboxes' },
      '2つ以上選んで',
      'Select at least 2 answers',
    ],
  ])('%s says how to write the answer (%j)', (code, params, ja, en) => {
    const message = formatFieldMessage(code, params);

    expect(message.ja).toContain(ja);
    expect(message.en).toContain(en);
  });

  it('keeps the capitals of English labels and quotes them', () => {
    const label = { ja: '個人番号', en: 'My Number', easyJa: 'マイナンバー' };

    expect(formatFieldMessage('invalid_my_number', { label }).en).toBe(
      'Enter “My Number” as the 12 digits on the My Number card.',
    );
  });

  it.each([
    [{ min: 1, max: 5 }, 'between 1 and 5', '1から5まで'],
    [{ min: 1 }, '1 or more', '1以上'],
    [{ max: 5 }, '5 or less', '5以下'],
  ])('says the range %j', (limits, en, ja) => {
    const message = formatFieldMessage('out_of_range', {
      label: BIRTH_DATE,
      fieldType: 'number',
      ...limits,
    });

    expect(message.en).toContain(en);
    expect(message.ja).toContain(ja);
  });

  it('says an amount is in yen', () => {
    const message = formatFieldMessage('out_of_range', {
      label: BIRTH_DATE,
      fieldType: 'yen',
      max: 100000,
    });

    expect(message.ja).toContain('100000以下の金額（円）');
    expect(message.en).toContain('in yen 100000 or less');
  });

  it.each<[FieldType | undefined, string | undefined, string]>([
    ['radio', undefined, 'choice'],
    ['relationship', undefined, 'choice'],
    ['checkboxes', undefined, 'choices'],
    ['dateRange', 'from', 'date'],
    ['bankAccount', 'accountType', 'choice'],
    ['bankAccount', 'accountNumber', 'text'],
    ['yen', undefined, 'number'],
    ['attachment', undefined, 'file'],
    ['group', undefined, 'items'],
    [undefined, undefined, 'text'],
  ])('answers a %s field (part %s) by %s', (fieldType, part, kind) => {
    expect(answerKindOf(fieldType, part)).toBe(kind);
  });
});
