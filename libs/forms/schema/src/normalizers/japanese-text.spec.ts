import {
  isFullWidthKatakana,
  toDigitsOnly,
  toFullWidthKatakana,
  toHalfWidthKatakana,
} from './japanese-text.js';
import { normalizePhoneNumber } from './phone-number.js';

describe(toFullWidthKatakana.name, () => {
  it.each([
    ['やまだ', 'ヤマダ'],
    ['ﾔﾏﾀﾞ', 'ヤマダ'],
    ['ﾊﾟﾝ', 'パン'],
    ['ヤマダ', 'ヤマダ'],
    [' やまだ  たろう ', 'ヤマダ\u3000タロウ'],
    ['ゔぁ', 'ヴァ'],
  ])('%s → %s', (input, expected) => {
    const kana = toFullWidthKatakana(input);

    expect(kana).toBe(expected);
    expect(isFullWidthKatakana(kana)).toBe(true);
  });

  it('leaves kanji and latin letters for the katakana check to reject', () => {
    expect(isFullWidthKatakana(toFullWidthKatakana('山田'))).toBe(false);
    expect(isFullWidthKatakana(toFullWidthKatakana('Yamada'))).toBe(false);
  });
});

describe(toHalfWidthKatakana.name, () => {
  it.each([
    ['ヤマダ\u3000タロウ', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
    ['パン', 'ﾊﾟﾝ'],
    ['ヴィ', 'ｳﾞｨ'],
    ['カ）', 'ｶ）'],
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidthKatakana(input)).toBe(expected);
  });
});

describe(toDigitsOnly.name, () => {
  it.each([
    ['123-4567', '1234567'],
    ['１２３－４５６７', '1234567'],
    ['〒123-4567', undefined],
    ['12a', undefined],
  ])('%s → %s', (input, expected) => {
    expect(toDigitsOnly(input)).toBe(expected);
  });

  it('drops 〒 when asked', () => {
    expect(toDigitsOnly('〒123-4567', { allowPostalMark: true })).toBe('1234567');
  });
});

describe(normalizePhoneNumber.name, () => {
  it.each([
    ['03-1234-5678', '0312345678'],
    ['0465-33-1234', '0465331234'],
    ['011-123-4567', '0111234567'],
    ['090-1234-5678', '09012345678'],
    ['080 1234 5678', '08012345678'],
    ['070-1234-5678', '07012345678'],
    ['050-1234-5678', '05012345678'],
    ['0120-123-456', '0120123456'],
    ['0800-123-4567', '08001234567'],
    ['0570-123-456', '0570123456'],
    ['(03)1234-5678', '0312345678'],
    ['＋８１ ９０－１２３４－５６７８', '09012345678'],
    ['０９０１２３４５６７８', '09012345678'],
    ['1234567890', undefined],
    ['090-1234-567', undefined],
    ['03-1234-56789', undefined],
    ['0901234567', undefined],
    ['phone', undefined],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhoneNumber(input)).toBe(expected);
  });
});
