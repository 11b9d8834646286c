import fc from 'fast-check';
import type { FieldDefinition } from '../definition/form-definition.schema.js';
import { JAPANESE_ERAS } from '@madoguchi/shared-util-dates';
import { buildFormDefinition, makeMyNumber } from '../testing.js';
import { compileForm } from './compile-form.js';

/** A valid raw input, the normalised value the engine must produce, and a broken variant with its code. */
type Sample = { raw: unknown; normalized: unknown; broken: unknown; code: string };

const digits = (length: number): fc.Arbitrary<string> =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((list) => list.join(''));

const toFullWidth = (text: string): string =>
  text.replace(/[0-9-]/g, (char) =>
    char === '-' ? '－' : String.fromCharCode(char.charCodeAt(0) + 0xfee0),
  );

/** Randomly writes digits in full width, as residents on phones often do. */
const styled = (text: string): fc.Arbitrary<string> =>
  fc.boolean().map((isWide) => (isWide ? toFullWidth(text) : text));

const KATAKANA = [
  ...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴパピプペポャュョッー',
];
const katakanaWord = fc
  .array(fc.constantFrom(...KATAKANA), { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join(''));
const toHiragana = (text: string): string =>
  text.replace(/[\u30A1-\u30F6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));

const isoDate = fc
  .date({
    min: new Date('1930-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

function toEraText(iso: string, useGannen: boolean): string {
  const era = JAPANESE_ERAS.find((candidate) => iso >= candidate.start) ?? JAPANESE_ERAS[0];
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  const eraYear = year - era.startYear + 1;
  return `${era.name}${eraYear === 1 && useGannen ? '元' : eraYear}年${month}月${day}日`;
}

const SAMPLES: Record<
  string,
  [Partial<FieldDefinition> & { type: FieldDefinition['type'] }, fc.Arbitrary<Sample>]
> = {
  myNumber: [
    { type: 'myNumber' },
    fc.tuple(digits(11), fc.integer({ min: 1, max: 9 })).chain(([body, shift]) => {
      const valid = makeMyNumber(body);
      const wrong = body + String((Number(valid.at(-1)) + shift) % 10);
      return styled(valid).map((raw) => ({
        raw,
        normalized: valid,
        broken: wrong,
        code: 'my_number_check_digit',
      }));
    }),
  ],
  phone: [
    { type: 'phone' },
    fc
      .tuple(fc.constantFrom('070', '080', '090', '050'), digits(4), digits(4))
      .chain(([prefix, a, b]) =>
        styled(`${prefix}-${a}-${b}`).map((raw) => ({
          raw,
          normalized: prefix + a + b,
          broken: `${prefix}-${a}-${b.slice(1)}`,
          code: 'invalid_phone',
        })),
      ),
  ],
  postalCode: [
    { type: 'postalAddress' },
    fc.tuple(digits(3), digits(4), fc.boolean()).chain(([a, b, hasMark]) =>
      styled(`${hasMark ? '〒' : ''}${a}-${b}`).map((postalCode) => {
        const address = { prefecture: '東京都', city: '千代田区', town: '千代田', block: '1-1' };
        return {
          raw: { ...address, postalCode },
          normalized: { postalCode: a + b, ...address },
          broken: { ...address, postalCode: `${a}-${b.slice(1)}` },
          code: 'invalid_postal_code',
        };
      }),
    ),
  ],
  dateIso: [
    { type: 'date' },
    isoDate.chain((iso) =>
      styled(iso).map((raw) => ({
        raw,
        normalized: iso,
        broken: `${iso.slice(0, 8)}32`,
        code: 'invalid_date',
      })),
    ),
  ],
  dateEra: [
    { type: 'date' },
    fc
      .tuple(isoDate, fc.boolean())
      .filter(([iso]) => iso >= '1989-01-08')
      .map(([iso, useGannen]) => {
        const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
        return {
          raw: toEraText(iso, useGannen),
          normalized: iso,
          // The same day numbered in 昭和, which ended on 1989-01-07, is outside its era.
          broken: `昭和${year - 1925}年${month}月${day}日`,
          code: 'invalid_era_date',
        };
      }),
  ],
  personName: [
    { type: 'personName' },
    fc.tuple(katakanaWord, katakanaWord).map(([family, given]) => ({
      raw: { family: '山田', given: '花子', familyKana: toHiragana(family), givenKana: given },
      normalized: { family: '山田', given: '花子', familyKana: family, givenKana: given },
      broken: { family: '山田', given: '花子', familyKana: `${family}A`, givenKana: given },
      code: 'invalid_katakana',
    })),
  ],
  yen: [
    { type: 'yen' },
    fc.nat({ max: 100_000_000 }).chain((amount) =>
      styled(amount.toLocaleString('en-US')).map((raw) => ({
        raw: raw.replace(/－/g, '-'),
        normalized: amount,
        broken: `${amount}.5`,
        code: 'not_integer',
      })),
    ),
  ],
  careInsuredNumber: [
    { type: 'careInsuredNumber' },
    digits(10).chain((value) =>
      styled(value).map((raw) => ({
        raw,
        normalized: value,
        broken: value.slice(1),
        code: 'invalid_care_insured_number',
      })),
    ),
  ],
  bankAccount: [
    { type: 'bankAccount' },
    fc
      .tuple(digits(4), digits(3), fc.integer({ min: 1, max: 7 }).chain(digits), katakanaWord)
      .map(([bankCode, branchCode, number, holder]) => {
        const raw = {
          kind: 'bank',
          bankCode,
          branchCode,
          accountType: 'ordinary',
          accountNumber: number,
          holderKana: toHiragana(holder),
        };
        return {
          raw,
          normalized: { ...raw, accountNumber: number.padStart(7, '0'), holderKana: holder },
          broken: { ...raw, bankCode: `${bankCode}1` },
          code: 'invalid_bank_code',
        };
      }),
  ],
};

describe(`${compileForm.name} (generated answers)`, () => {
  describe.each(Object.entries(SAMPLES))('%s', (_name, [field, samples]) => {
    const form = compileForm(buildFormDefinition([{ ...field, id: 'f', required: true }]));

    it('accepts every generated valid answer and normalises it', () => {
      fc.assert(
        fc.property(samples, ({ raw, normalized }) => {
          expect(form.validate({ f: raw })).toEqual({ ok: true, answers: { f: normalized } });
        }),
        { numRuns: 200 },
      );
    });

    it('rejects every mutated answer with the right code', () => {
      fc.assert(
        fc.property(samples, ({ broken, code }) => {
          const result = form.validate({ f: broken });
          expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toContain(code);
        }),
        { numRuns: 200 },
      );
    });
  });
});
