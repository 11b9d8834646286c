/**
 * Check digits of Japanese public identifiers, exactly as the specifications define them
 * (see DOMAIN.md). The API and the seeds reuse these functions: never re-implement them.
 */

/**
 * Check digit of a 個人番号 (My Number) from its first 11 digits. With P(n) the n-th digit from
 * the right and Q(n) = n + 1 for n ≤ 6, n − 5 for n ≥ 7: r = Σ P(n)·Q(n) mod 11, and the check
 * digit is 0 when r ≤ 1, 11 − r otherwise (総務省令 第85号).
 */
export function computeMyNumberCheckDigit(first11: string): number {
  if (!/^\d{11}$/.test(first11)) {
    throw new RangeError('a My Number body has exactly 11 digits');
  }
  let sum = 0;
  for (let n = 1; n <= 11; n += 1) {
    const digit = first11.charCodeAt(11 - n) - 48;
    const weight = n <= 6 ? n + 1 : n - 5;
    sum += digit * weight;
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** True for 12 ASCII digits whose last digit is the right check digit. */
export function isValidMyNumber(value: string): boolean {
  if (!/^\d{12}$/.test(value)) {
    return false;
  }
  return computeMyNumberCheckDigit(value.slice(0, 11)) === value.charCodeAt(11) - 48;
}

/**
 * Check digit of a 地方公共団体コード from its first 5 digits:
 * s = d1·6 + d2·5 + d3·4 + d4·3 + d5·2, check = (11 − s mod 11) mod 10.
 */
export function computeLocalGovernmentCodeCheckDigit(first5: string): number {
  if (!/^\d{5}$/.test(first5)) {
    throw new RangeError('a local government code body has exactly 5 digits');
  }
  let sum = 0;
  for (let index = 0; index < 5; index += 1) {
    sum += (first5.charCodeAt(index) - 48) * (6 - index);
  }
  return (11 - (sum % 11)) % 10;
}

/** True for 6 ASCII digits whose last digit is the right check digit (千代田区: 131016). */
export function isValidLocalGovernmentCode(value: string): boolean {
  if (!/^\d{6}$/.test(value)) {
    return false;
  }
  return computeLocalGovernmentCodeCheckDigit(value.slice(0, 5)) === value.charCodeAt(5) - 48;
}
