import type { FieldDefinition } from '../definition/form-definition.schema.js';
import { buildField, buildFormDefinition, makeMyNumber, text } from '../testing.js';
import { compileForm } from './compile-form.js';

const VALID_MY_NUMBER = makeMyNumber('12345678901');
const WRONG_CHECK_DIGIT =
  VALID_MY_NUMBER.slice(0, 11) + String((Number(VALID_MY_NUMBER.at(-1)) + 1) % 10);

const OPTION_LISTS = {
  colours: [
    { value: 'red', label: text('Red') },
    { value: 'blue', label: text('Blue') },
    { value: 'green', label: text('Green') },
  ],
};

type FieldCase = [
  description: string,
  field: Partial<FieldDefinition> & { type: FieldDefinition['type'] },
  input: unknown,
  expected: { value: unknown } | { code: string; path?: string },
];

const FIELD_CASES: FieldCase[] = [
  ['text: trims spaces incl. 全角', { type: 'text' }, '\u3000山田 ', { value: '山田' }],
  ['text: keeps kanji variants untouched', { type: 'text' }, '髙橋', { value: '髙橋' }],
  [
    'text: counts surrogate pairs as one character',
    { type: 'text', maxLength: 2 },
    '𠮷田',
    { value: '𠮷田' },
  ],
  ['text: too long', { type: 'text', maxLength: 3 }, 'abcd', { code: 'too_long' }],
  ['text: too short', { type: 'text', minLength: 3 }, 'ab', { code: 'too_short' }],
  ['text: pattern', { type: 'text', pattern: '[A-Z]{2}\\d{3}' }, 'AB123', { value: 'AB123' }],
  [
    'text: pattern mismatch',
    { type: 'text', pattern: '[A-Z]{2}\\d{3}' },
    'AB12',
    { code: 'invalid_format' },
  ],
  ['text: not a string', { type: 'text' }, 12, { code: 'invalid_type' }],
  ['longText: keeps newlines, normalises CRLF', { type: 'longText' }, 'a\r\nb', { value: 'a\nb' }],
  ['text: NUL refused', { type: 'text' }, '山田\u0000', { code: 'invalid_characters' }],
  [
    'text: RIGHT-TO-LEFT OVERRIDE refused',
    { type: 'text' },
    '山田\u202e花子',
    { code: 'invalid_characters' },
  ],
  ['text: a tab becomes a space', { type: 'text' }, 'a\tb', { value: 'a b' }],
  ['longText: keeps a tab', { type: 'longText' }, 'a\tb', { value: 'a\tb' }],
  [
    'longText: a C1 control refused',
    { type: 'longText' },
    'a\u0085b',
    { code: 'invalid_characters' },
  ],
  [
    'email: LEFT-TO-RIGHT MARK refused',
    { type: 'email' },
    'a@example.jp\u200e',
    { code: 'invalid_characters' },
  ],
  [
    'personName: a control character in one part names that part',
    { type: 'personName' },
    { family: '山田', given: '花\u0007子' },
    { code: 'invalid_characters', path: 'f.given' },
  ],
  [
    'postalAddress: a bidi isolate in the building',
    { type: 'postalAddress' },
    {
      postalCode: '1000001',
      prefecture: '東京都',
      city: '千代田区',
      town: '千代田',
      block: '1-1',
      building: '\u2066101',
    },
    { code: 'invalid_characters', path: 'f.building' },
  ],
  ['number: full-width digits and commas', { type: 'number' }, '１，２３４', { value: 1234 }],
  ['number: decimals', { type: 'number' }, '12.5', { value: 12.5 }],
  ['number: not numeric', { type: 'number' }, '12a', { code: 'invalid_number' }],
  ['number: out of range', { type: 'number', min: 1, max: 10 }, 11, { code: 'out_of_range' }],
  ['yen: trailing 円', { type: 'yen' }, '200,000円', { value: 200000 }],
  ['yen: not an integer', { type: 'yen' }, '100.5', { code: 'not_integer' }],
  ['yen: negative', { type: 'yen' }, -1, { code: 'out_of_range' }],
  ['date: ISO', { type: 'date' }, '2024-04-01', { value: '2024-04-01' }],
  [
    'date: 令和 with full-width digits',
    { type: 'date' },
    '令和６年４月１日',
    { value: '2024-04-01' },
  ],
  ['date: R6.4.1', { type: 'date' }, 'R6.4.1', { value: '2024-04-01' }],
  ['date: 平成31年4月30日', { type: 'date' }, '平成31年4月30日', { value: '2019-04-30' }],
  ['date: 令和元年5月1日', { type: 'date' }, '令和元年5月1日', { value: '2019-05-01' }],
  [
    'date: 令和1年4月30日 is before 令和',
    { type: 'date' },
    '令和1年4月30日',
    { code: 'invalid_era_date' },
  ],
  [
    'date: 平成31年5月1日 is after 平成',
    { type: 'date' },
    '平成31年5月1日',
    { code: 'invalid_era_date' },
  ],
  ['date: impossible day', { type: 'date' }, '2023-02-29', { code: 'invalid_date' }],
  ['date: garbage', { type: 'date' }, 'yesterday', { code: 'invalid_date' }],
  [
    'date: after maxDate today',
    { type: 'date', maxDate: 'today' },
    '2024-06-02',
    { code: 'date_too_late' },
  ],
  [
    'date: before minDate',
    { type: 'date', minDate: '2024-01-01' },
    '2023-12-31',
    { code: 'date_too_early' },
  ],
  [
    'date: within the next 10 months (today 2024-06-01)',
    { type: 'date', minDate: 'today', maxDate: 'today+P10M' },
    '2025-04-01',
    { value: '2025-04-01' },
  ],
  [
    'date: after today+P10M',
    { type: 'date', minDate: 'today', maxDate: 'today+P10M' },
    '2025-04-02',
    { code: 'date_too_late' },
  ],
  [
    'date: before today-P1Y',
    { type: 'date', minDate: 'today-P1Y' },
    '2023-05-31',
    { code: 'date_too_early' },
  ],
  [
    'dateRange: its end after a relative maxDate',
    { type: 'dateRange', maxDate: 'today+P1Y' },
    { from: '2024-07-01', to: '2025-06-02' },
    { code: 'date_too_late', path: 'f.to' },
  ],
  [
    'dateRange: ordered',
    { type: 'dateRange' },
    { from: 'R6.4.1', to: '2024-05-01' },
    { value: { from: '2024-04-01', to: '2024-05-01' } },
  ],
  [
    'dateRange: reversed',
    { type: 'dateRange' },
    { from: '2024-05-01', to: '2024-04-01' },
    { code: 'invalid_date_range', path: 'f.to' },
  ],
  [
    'dateRange: half filled',
    { type: 'dateRange' },
    { from: '2024-05-01' },
    { code: 'required', path: 'f.to' },
  ],
  ['radio: option', { type: 'radio', options: 'colours' }, 'red', { value: 'red' }],
  [
    'radio: unknown option',
    { type: 'radio', options: 'colours' },
    'pink',
    { code: 'invalid_option' },
  ],
  [
    'select: unknown option',
    { type: 'select', options: 'colours' },
    'pink',
    { code: 'invalid_option' },
  ],
  ['relationship: built-in list', { type: 'relationship' }, 'mother', { value: 'mother' }],
  [
    'relationship: not in the list',
    { type: 'relationship' },
    'cousinTwiceRemoved',
    { code: 'invalid_option' },
  ],
  [
    'checkboxes: deduplicated, in list order',
    { type: 'checkboxes', options: 'colours' },
    ['green', 'red', 'green'],
    { value: ['red', 'green'] },
  ],
  [
    'checkboxes: unknown option',
    { type: 'checkboxes', options: 'colours' },
    ['red', 'pink'],
    { code: 'invalid_option' },
  ],
  [
    'checkboxes: too many',
    { type: 'checkboxes', options: 'colours', max: 1 },
    ['red', 'blue'],
    { code: 'too_many_items' },
  ],
  [
    'checkboxes: not an array',
    { type: 'checkboxes', options: 'colours' },
    'red',
    { code: 'invalid_type' },
  ],
  ['yesNo: boolean', { type: 'yesNo' }, false, { value: false }],
  ['yesNo: "true" string from a radio input', { type: 'yesNo' }, 'true', { value: true }],
  ['yesNo: other string', { type: 'yesNo' }, 'yes', { code: 'invalid_type' }],
  ['consent: true', { type: 'consent' }, true, { value: true }],
  ['email: full-width ＠', { type: 'email' }, 'taro＠example.jp', { value: 'taro@example.jp' }],
  ['email: invalid', { type: 'email' }, 'taro@', { code: 'invalid_email' }],
  ['phone: mobile with hyphens', { type: 'phone' }, '090-1234-5678', { value: '09012345678' }],
  [
    'phone: full-width fixed line',
    { type: 'phone' },
    '０３－１２３４－５６７８',
    { value: '0312345678' },
  ],
  ['phone: 050', { type: 'phone' }, '050 1234 5678', { value: '05012345678' }],
  ['phone: 0120', { type: 'phone' }, '0120-123-456', { value: '0120123456' }],
  ['phone: +81', { type: 'phone' }, '+81 90-1234-5678', { value: '09012345678' }],
  ['phone: too short', { type: 'phone' }, '090-1234', { code: 'invalid_phone' }],
  ['phone: 0X0 with 10 digits', { type: 'phone' }, '0901234567', { code: 'invalid_phone' }],
  [
    'myNumber: valid with spaces',
    { type: 'myNumber' },
    `${VALID_MY_NUMBER.slice(0, 4)} ${VALID_MY_NUMBER.slice(4, 8)} ${VALID_MY_NUMBER.slice(8)}`,
    { value: VALID_MY_NUMBER },
  ],
  ['myNumber: 11 digits', { type: 'myNumber' }, '12345678901', { code: 'invalid_my_number' }],
  ['myNumber: letters', { type: 'myNumber' }, '1234567890AB', { code: 'invalid_my_number' }],
  [
    'myNumber: wrong check digit',
    { type: 'myNumber' },
    WRONG_CHECK_DIGIT,
    { code: 'my_number_check_digit' },
  ],
  [
    'careInsuredNumber: 10 digits',
    { type: 'careInsuredNumber' },
    '０１２３４５６７８９',
    { value: '0123456789' },
  ],
  [
    'careInsuredNumber: 9 digits',
    { type: 'careInsuredNumber' },
    '123456789',
    { code: 'invalid_care_insured_number' },
  ],
  [
    'postalAddress: 〒 and full-width postal code',
    { type: 'postalAddress' },
    {
      postalCode: '〒１００－０００１',
      prefecture: '東京都',
      city: '千代田区',
      town: '千代田',
      block: '1-1',
    },
    {
      value: {
        postalCode: '1000001',
        prefecture: '東京都',
        city: '千代田区',
        town: '千代田',
        block: '1-1',
      },
    },
  ],
  [
    'postalAddress: bad postal code',
    { type: 'postalAddress' },
    { postalCode: '100-001', prefecture: '東京都', city: '千代田区', town: '千代田', block: '1' },
    { code: 'invalid_postal_code', path: 'f.postalCode' },
  ],
  [
    'postalAddress: unknown prefecture',
    { type: 'postalAddress' },
    { postalCode: '1000001', prefecture: '東京', city: '千代田区', town: '千代田', block: '1' },
    { code: 'invalid_prefecture', path: 'f.prefecture' },
  ],
  [
    'postalAddress: missing block',
    { type: 'postalAddress' },
    { postalCode: '1000001', prefecture: '東京都', city: '千代田区', town: '千代田' },
    { code: 'required', path: 'f.block' },
  ],
  [
    'personName: hiragana and half-width kana become katakana',
    { type: 'personName' },
    { family: '山田', given: '太郎', familyKana: 'やまだ', givenKana: 'ﾀﾛｳ' },
    { value: { family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' } },
  ],
  [
    'personName: voiced half-width kana',
    { type: 'personName' },
    { family: '髙橋', given: '𠮷子', familyKana: 'ﾀｶﾊｼ', givenKana: 'ﾖｼｺﾞ' },
    { value: { family: '髙橋', given: '𠮷子', familyKana: 'タカハシ', givenKana: 'ヨシゴ' } },
  ],
  [
    'personName: latin letters in the kana',
    { type: 'personName' },
    { family: '山田', given: '太郎', familyKana: 'Yamada', givenKana: 'タロウ' },
    { code: 'invalid_katakana', path: 'f.familyKana' },
  ],
  [
    'personName: missing given name',
    { type: 'personName' },
    { family: '山田', familyKana: 'ヤマダ', givenKana: 'タロウ' },
    { code: 'required', path: 'f.given' },
  ],
  [
    'bankAccount: 公金受取口座',
    { type: 'bankAccount' },
    { kind: 'publicFundAccount' },
    { value: { kind: 'publicFundAccount' } },
  ],
  [
    'bankAccount: bank, account number left-padded',
    { type: 'bankAccount' },
    {
      kind: 'bank',
      bankCode: '０００５',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '12345',
      holderKana: 'やまだ たろう',
    },
    {
      value: {
        kind: 'bank',
        bankCode: '0005',
        branchCode: '001',
        accountType: 'ordinary',
        accountNumber: '0012345',
        holderKana: 'ヤマダ\u3000タロウ',
      },
    },
  ],
  [
    'bankAccount: 3-digit bank code',
    { type: 'bankAccount' },
    {
      kind: 'bank',
      bankCode: '005',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '1234567',
      holderKana: 'ヤマダ',
    },
    { code: 'invalid_bank_code', path: 'f.bankCode' },
  ],
  [
    'bankAccount: 2-digit branch code',
    { type: 'bankAccount' },
    {
      kind: 'bank',
      bankCode: '0005',
      branchCode: '01',
      accountType: 'ordinary',
      accountNumber: '1234567',
      holderKana: 'ヤマダ',
    },
    { code: 'invalid_branch_code', path: 'f.branchCode' },
  ],
  [
    'bankAccount: 8-digit account number',
    { type: 'bankAccount' },
    {
      kind: 'bank',
      bankCode: '0005',
      branchCode: '001',
      accountType: 'ordinary',
      accountNumber: '12345678',
      holderKana: 'ヤマダ',
    },
    { code: 'invalid_account_number', path: 'f.accountNumber' },
  ],
  [
    'bankAccount: unknown account type',
    { type: 'bankAccount' },
    {
      kind: 'bank',
      bankCode: '0005',
      branchCode: '001',
      accountType: 'savings',
      accountNumber: '1234567',
      holderKana: 'ヤマダ',
    },
    { code: 'invalid_option', path: 'f.accountType' },
  ],
  [
    'attachment: ids',
    { type: 'attachment' },
    ['file_1', 'file_2'],
    { value: ['file_1', 'file_2'] },
  ],
  [
    'attachment: too many files',
    { type: 'attachment', max: 1 },
    ['a', 'b'],
    { code: 'too_many_items' },
  ],
  ['attachment: bad id', { type: 'attachment' }, ['../etc/passwd'], { code: 'invalid_attachment' }],
];

describe(compileForm.name, () => {
  describe('field types', () => {
    it.each(FIELD_CASES)('%s', (_description, field, input, expected) => {
      // Arrange
      const definition = buildFormDefinition([{ ...field, id: 'f' }], {
        optionLists: OPTION_LISTS,
      });
      const form = compileForm(definition, { today: () => '2024-06-01' });

      // Act
      const result = form.validate({ f: input });

      // Assert
      if ('value' in expected) {
        expect(result).toEqual({ ok: true, answers: { f: expected.value } });
      } else {
        expect(result.ok).toBe(false);
        const issues = result.ok ? [] : result.issues;
        expect(issues).toContainEqual(
          expect.objectContaining({ code: expected.code, path: expected.path ?? 'f' }),
        );
      }
    });
  });

  describe('not answered', () => {
    it.each([[''], [null], [undefined], [[]], ['  ']])('treats %p as not answered', (value) => {
      const form = compileForm(
        buildFormDefinition([
          {
            id: 'f',
            type: 'text',
            required: true,
            label: text('Date of birth', '生年月日', '生まれた日'),
          },
        ]),
      );

      const result = form.validate({ f: value });

      expect(result).toEqual({
        ok: false,
        issues: [
          {
            path: 'f',
            code: 'required',
            message: {
              ja: '生年月日を入力してください。',
              en: 'Enter “Date of birth”.',
              easyJa: '生まれた日を書いてください。',
            },
          },
        ],
      });
    });

    it.each([
      ['radio', '性別を選んでください。', 'Select an answer for “Sex”.'],
      ['select', '性別を選んでください。', 'Select an answer for “Sex”.'],
      ['checkboxes', '性別を1つ以上選んでください。', 'Select at least one answer for “Sex”.'],
    ] as const)('asks to choose a %s answer', (type, ja, en) => {
      const form = compileForm(
        buildFormDefinition(
          [
            {
              id: 'sex',
              type,
              required: true,
              label: text('Sex', '性別', '性別'),
              options: 'colours',
            },
          ],
          { optionLists: OPTION_LISTS },
        ),
      );

      const result = form.validate({});

      expect(
        result.ok ? [] : result.issues.map((issue) => [issue.message.ja, issue.message.en]),
      ).toEqual([[ja, en]]);
    });

    it('requires a consent to be true', () => {
      const form = compileForm(
        buildFormDefinition([{ id: 'agree', type: 'consent', required: true }]),
      );

      const result = form.validate({ agree: false });

      expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual([
        'consent_required',
      ]);
    });

    it('omits optional unanswered fields from the normalised answers', () => {
      const form = compileForm(
        buildFormDefinition([
          { id: 'a', type: 'text' },
          { id: 'b', type: 'text' },
        ]),
      );

      expect(form.validate({ a: 'x', b: '' })).toEqual({ ok: true, answers: { a: 'x' } });
    });
  });

  describe('unknown and computed fields', () => {
    it('reports keys that are not fields of the form', () => {
      const form = compileForm(buildFormDefinition([{ id: 'a', type: 'text' }]));

      const result = form.validate({ a: 'x', isAdmin: true });

      expect(result.ok ? [] : result.issues).toEqual([
        expect.objectContaining({ path: 'isAdmin', code: 'unknown_field' }),
      ]);
    });

    it('recomputes computed values and ignores what the client sent', () => {
      const form = compileForm(
        buildFormDefinition([
          { id: 'price', type: 'yen' },
          { id: 'quantity', type: 'number' },
          { id: 'total', type: 'yen', value: { '*': [{ var: 'price' }, { var: 'quantity' }] } },
        ]),
      );

      const result = form.validate({ price: '1,000', quantity: 3, total: 1 });

      expect(result).toEqual({ ok: true, answers: { price: 1000, quantity: 3, total: 3000 } });
    });

    it('re-evaluates conditions that read a computed value defined later in the form', () => {
      const form = compileForm(
        buildFormDefinition([
          {
            id: 'bigOrderNote',
            type: 'text',
            required: true,
            visibleWhen: { '>': [{ var: 'total' }, 1000] },
          },
          { id: 'price', type: 'yen' },
          { id: 'total', type: 'yen', value: { '*': [{ var: 'price' }, 2] } },
        ]),
      );

      expect(form.validate({ price: 600 }).ok).toBe(false);
      expect(form.validate({ price: 400 })).toEqual({
        ok: true,
        answers: { price: 400, total: 800 },
      });
    });

    it('rejects answers that are not an object', () => {
      const form = compileForm(buildFormDefinition([{ id: 'a', type: 'text' }]));

      expect(form.validate(['a']).ok).toBe(false);
    });
  });

  describe('conditions', () => {
    const definition = buildFormDefinition([
      { id: 'livesTogether', type: 'yesNo', required: true },
      {
        id: 'separateAddress',
        type: 'text',
        required: true,
        visibleWhen: { '==': [{ var: 'livesTogether' }, false] },
      },
      { id: 'reason', type: 'text', visibleWhen: { '!!': { var: 'separateAddress' } } },
      { id: 'phone', type: 'phone', requiredWhen: { '==': [{ var: 'livesTogether' }, true] } },
    ]);
    const form = compileForm(definition);

    it('neither requires nor validates a hidden field, and removes it', () => {
      const result = form.validate({
        livesTogether: 'true',
        separateAddress: 'x',
        phone: '0312345678',
      });

      expect(result).toEqual({ ok: true, answers: { livesTogether: true, phone: '0312345678' } });
    });

    it('hides fields whose condition depends on a hidden field (chained)', () => {
      const result = form.validate({
        livesTogether: true,
        separateAddress: 'x',
        reason: 'y',
        phone: '0312345678',
      });

      expect(result.ok && result.answers).toEqual({ livesTogether: true, phone: '0312345678' });
    });

    it('requires a visible field', () => {
      const result = form.validate({ livesTogether: false });

      expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual([
        'separateAddress:required',
      ]);
    });

    it('makes a field required with requiredWhen', () => {
      const result = form.validate({ livesTogether: true });

      expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual([
        'phone:required',
      ]);
    });

    it('answers isVisible with the same rules', () => {
      expect(form.isVisible('separateAddress', { livesTogether: false })).toBe(true);
      expect(form.isVisible('separateAddress', { livesTogether: true })).toBe(false);
      expect(form.isVisible('reason', { livesTogether: true, separateAddress: 'x' })).toBe(false);
      expect(form.isVisible('nope', {})).toBe(false);
    });

    it('hides every field of a hidden step', () => {
      const withSteps = compileForm(
        buildFormDefinition([], {
          steps: [
            {
              id: 'first',
              title: text('First'),
              fields: [{ id: 'hasSpouse', type: 'yesNo', label: text('Spouse?') }],
            },
            {
              id: 'spouse',
              title: text('Spouse'),
              visibleWhen: { var: 'hasSpouse' },
              fields: [
                { id: 'spouseName', type: 'text', required: true, label: text('Spouse name') },
              ],
            },
          ],
        }),
      );

      expect(withSteps.validate({ hasSpouse: false, spouseName: 'x' })).toEqual({
        ok: true,
        answers: { hasSpouse: false },
      });
      expect(withSteps.validate({ hasSpouse: true }).ok).toBe(false);
    });
  });

  describe('groups and repeating groups', () => {
    const form = compileForm(
      buildFormDefinition([
        {
          id: 'applicant',
          type: 'group',
          fields: [
            buildField({ id: 'name', type: 'text', required: true }),
            buildField({ id: 'myNumber', type: 'myNumber', required: true }),
          ],
        },
        {
          id: 'children',
          type: 'group',
          required: true,
          repeat: { min: 1, max: 3, itemLabel: text('Child') },
          fields: [
            buildField({ id: 'name', type: 'text', required: true }),
            buildField({ id: 'livesTogether', type: 'yesNo' }),
            buildField({
              id: 'address',
              type: 'text',
              required: true,
              visibleWhen: { '==': [{ var: '$item.livesTogether' }, false] },
            }),
            buildField({ id: 'position', type: 'number', value: { '+': [{ var: '$index' }, 1] } }),
            buildField({ id: 'myNumber', type: 'myNumber', sensitive: true }),
          ],
        },
      ]),
    );

    it('validates each item with $item and $index, with indexed paths', () => {
      const result = form.validate({
        applicant: { name: '山田', myNumber: VALID_MY_NUMBER },
        children: [
          { name: 'a', livesTogether: true },
          { name: 'b', livesTogether: false },
        ],
      });

      expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual([
        'children.1.address:required',
      ]);
    });

    it('computes per-item values and removes hidden item fields', () => {
      const result = form.validate({
        applicant: { name: '山田', myNumber: VALID_MY_NUMBER },
        children: [{ name: 'a', livesTogether: true, address: 'x', myNumber: VALID_MY_NUMBER }],
      });

      expect(result).toEqual({
        ok: true,
        answers: {
          applicant: { name: '山田', myNumber: VALID_MY_NUMBER },
          children: [{ name: 'a', livesTogether: true, position: 1, myNumber: VALID_MY_NUMBER }],
        },
      });
    });

    it('reports too many items and required nested fields', () => {
      const result = form.validate({
        children: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }],
      });

      expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual([
        'children:too_many_items',
        'applicant.name:required',
        'applicant.myNumber:required',
      ]);
    });

    it('lists the sensitive paths of normalised answers', () => {
      const answers = {
        applicant: { name: '山田', myNumber: VALID_MY_NUMBER },
        children: [{ name: 'a' }, { name: 'b', myNumber: VALID_MY_NUMBER }],
      };

      expect(form.sensitivePaths(answers)).toEqual(['applicant.myNumber', 'children.1.myNumber']);
    });

    it('counts a group of the wrong shape that holds a sensitive field as sensitive as a whole', () => {
      const answers = {
        applicant: [VALID_MY_NUMBER],
        children: [VALID_MY_NUMBER, { name: 'b', myNumber: VALID_MY_NUMBER }],
      };
      const asObject = { children: { 0: { myNumber: VALID_MY_NUMBER } } };

      expect(form.sensitivePaths(answers)).toEqual([
        'applicant',
        'children.0',
        'children.1.myNumber',
      ]);
      expect(form.sensitivePaths(asObject)).toEqual(['children']);
    });

    it('answers isVisible for item fields', () => {
      const answers = { children: [{ livesTogether: true }, { livesTogether: false }] };

      expect(form.isVisible('children.0.address', answers)).toBe(false);
      expect(form.isVisible('children.1.address', answers)).toBe(true);
    });
  });

  describe('steps', () => {
    const form = compileForm(
      buildFormDefinition([], {
        steps: [
          {
            id: 'one',
            title: text('One'),
            fields: [{ id: 'a', type: 'text', required: true, label: text('A') }],
          },
          {
            id: 'two',
            title: text('Two'),
            fields: [{ id: 'b', type: 'phone', required: true, label: text('B') }],
          },
        ],
      }),
    );

    it('limits required-checks to one step but checks formats everywhere', () => {
      const result = form.validate({ b: '12' }, { stepId: 'one' });

      expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual([
        'b:invalid_phone',
        'a:required',
      ]);
    });

    it('accepts a partial draft for a complete step', () => {
      expect(form.validate({ a: 'x' }, { stepId: 'one' })).toEqual({
        ok: true,
        answers: { a: 'x' },
      });
    });

    it('throws on an unknown step', () => {
      expect(() => form.validate({}, { stepId: 'three' })).toThrow(RangeError);
    });
  });

  describe('signature', () => {
    it('applies the first matching variant', () => {
      const form = compileForm(
        buildFormDefinition([{ id: 'livesTogether', type: 'yesNo' }], {
          signature: {
            required: true,
            variants: [
              { when: { var: 'livesTogether' }, required: false, reason: text('Lives together') },
            ],
          },
        }),
      );

      expect(form.isSignatureRequired({ livesTogether: true })).toBe(false);
      expect(form.isSignatureRequired({ livesTogether: false })).toBe(true);
    });
  });
});
