import type { PostalCodeData } from '@madoguchi/forms-schema';

function longestCommonPrefix(values: readonly string[]): string {
  const [first, ...rest] = values;
  if (first === undefined) {
    return '';
  }
  let length = first.length;
  for (const value of rest) {
    while (length > 0 && !value.startsWith(first.slice(0, length))) {
      length -= 1;
    }
  }
  return first.slice(0, length);
}

/**
 * The kana reading of a municipality (half-width katakana, as Japan Post writes it: ﾁﾖﾀﾞｸ) from
 * the offline postal data, or undefined. A 政令指定都市 (横浜市 141003) has no row of its own,
 * only its wards (横浜市鶴見区 ﾖｺﾊﾏｼﾂﾙﾐｸ …): its reading is what all its wards' readings share.
 */
export function findMunicipalityReading(
  code: string,
  name: string,
  data: Pick<PostalCodeData, 'city'>,
): string | undefined {
  const own = data.city[code.slice(0, 5)];
  if (own?.[1]) {
    return own[1];
  }
  const prefectureCode = code.slice(0, 2);
  const wardReadings = Object.entries(data.city)
    .filter(
      ([cityCode, row]) =>
        cityCode.startsWith(prefectureCode) &&
        row[0] !== undefined &&
        row[0].startsWith(name) &&
        row[0].endsWith('区') &&
        row[0].length > name.length,
    )
    .map(([, row]) => row[1] ?? '');
  if (wardReadings.length < 2) {
    return undefined;
  }
  return longestCommonPrefix(wardReadings) || undefined;
}
