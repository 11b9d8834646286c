import {
  computeLocalGovernmentCodeCheckDigit,
  computeMyNumberCheckDigit,
  isValidLocalGovernmentCode,
  isValidMyNumber,
} from './check-digits.js';

describe(computeMyNumberCheckDigit.name, () => {
  it.each([
    // Worked by hand: Σ P(n)·Q(n) for 12345678901 = 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212; 212 mod 11 = 3 → 8
    ['12345678901', 8],
    // Remainder 0 or 1 gives check digit 0.
    ['00000000000', 0],
    ['00000000006', 0], // 6·2 = 12, remainder 1
    ['11111111111', 8], // ΣQ = 47, remainder 3
  ])('computes the check digit of %s as %d', (body, expected) => {
    expect(computeMyNumberCheckDigit(body)).toBe(expected);
  });

  it('refuses a body that is not 11 digits', () => {
    expect(() => computeMyNumberCheckDigit('1234')).toThrow(RangeError);
  });
});

describe(isValidMyNumber.name, () => {
  it.each([
    ['123456789018', true],
    ['123456789010', false],
    ['12345678901', false],
    ['1234567890188', false],
    ['12345678901a', false],
    ['１２３４５６７８９０１８', false],
  ])('%s → %s', (value, expected) => {
    expect(isValidMyNumber(value)).toBe(expected);
  });
});

describe(computeLocalGovernmentCodeCheckDigit.name, () => {
  it.each([
    ['13101', 6], // 千代田区
    ['14100', 3], // 横浜市
    ['14206', 9], // 小田原市
    ['01100', 2], // 札幌市
  ])('computes the check digit of %s as %d', (body, expected) => {
    expect(computeLocalGovernmentCodeCheckDigit(body)).toBe(expected);
  });
});

describe(isValidLocalGovernmentCode.name, () => {
  it.each([
    ['131016', true],
    ['131017', false],
    ['13101', false],
    ['1310166', false],
  ])('%s → %s', (value, expected) => {
    expect(isValidLocalGovernmentCode(value)).toBe(expected);
  });
});
