/**
 * 地方公共団体コード: 5 digits + a check digit. s = d1·6 + d2·5 + d3·4 + d4·3 + d5·2,
 * check = (11 − s mod 11) mod 10 (DOMAIN.md; 総務省 全国地方公共団体コード).
 * Kept here until `@madoguchi/forms-schema` exports `isValidLocalGovernmentCode`.
 */
export function isValidLocalGovernmentCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) {
    return false;
  }
  const digits = [...code].map(Number);
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  return (11 - (sum % 11)) % 10 === digits[5];
}

/**
 * 個人番号: 12 digits, the last a check digit. With P(n) the n-th of the first 11 digits counted
 * from the right and Q(n) = n + 1 (n ≤ 6) or n − 5 (n ≥ 7): r = Σ P(n)·Q(n) mod 11,
 * check = 0 if r ≤ 1 else 11 − r (番号法施行令第8条).
 */
export function isValidMyNumber(value: string): boolean {
  if (!/^\d{12}$/.test(value)) {
    return false;
  }
  const digits = [...value].map(Number);
  let sum = 0;
  for (let n = 1; n <= 11; n += 1) {
    const p = digits[11 - n] ?? 0;
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  const check = remainder <= 1 ? 0 : 11 - remainder;
  return check === digits[11];
}
