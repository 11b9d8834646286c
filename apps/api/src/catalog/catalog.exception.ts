import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

export type CatalogExceptionCode =
  | 'municipality_not_found'
  | 'procedure_not_found'
  | 'form_version_not_found'
  | 'invalid_municipality_code'
  | 'municipality_code_check_digit'
  | 'invalid_form_version'
  | 'invalid_postal_code'
  | 'postal_code_not_found'
  | 'conflicting_municipality_search'
  | 'unknown_life_event'
  | 'birth_date_in_future';

const CATALOG_ERRORS: Record<CatalogExceptionCode, { status: number; ja: string; en: string }> = {
  municipality_not_found: {
    status: 404,
    ja: 'その自治体は見つかりません。',
    en: 'No such municipality.',
  },
  procedure_not_found: {
    status: 404,
    ja: 'この自治体ではその手続をオンラインで受け付けていません。',
    en: 'This municipality does not accept that procedure online.',
  },
  form_version_not_found: {
    status: 404,
    ja: 'その様式の版は見つかりません。',
    en: 'No such form version.',
  },
  invalid_municipality_code: {
    status: 400,
    ja: '地方公共団体コードは6桁の数字です（検査数字を除いた5桁でも検索できます）。',
    en: 'A local government code has 6 digits (or 5 without the check digit when searching).',
  },
  municipality_code_check_digit: {
    status: 400,
    ja: '地方公共団体コードの検査数字（6桁目）が合いません。コードを確かめてください。',
    en: 'The check digit (the 6th digit) of this local government code does not match: please check the code.',
  },
  invalid_form_version: {
    status: 400,
    ja: '様式の版は正の整数です。',
    en: 'A form version is a positive whole number.',
  },
  invalid_postal_code: {
    status: 400,
    ja: '郵便番号は7桁の数字です（例: 102-0072）。',
    en: 'A postal code has 7 digits (for example 102-0072).',
  },
  postal_code_not_found: {
    status: 404,
    ja: 'その郵便番号は見つかりません。番号を確かめるか、住所を入力してください。',
    en: 'No address has this postal code: check the number, or type the address.',
  },
  conflicting_municipality_search: {
    status: 400,
    ja: '名前・コードか郵便番号の、どちらか一方で検索してください。',
    en: 'Search by name or code, or by postal code, not both at once.',
  },
  unknown_life_event: {
    status: 400,
    ja: 'そのライフイベントはありません。',
    en: 'No such life event.',
  },
  birth_date_in_future: {
    status: 400,
    ja: 'お子さんの生年月日が今日より後になっています。生まれる前のお子さんは「妊娠中」で答えてください。',
    en: "A child's birth date is after today: for a baby not yet born, answer that you are expecting instead.",
  },
};

/** The catalog's errors: a closed set of codes, each with its status and ja/en messages. */
export function catalogException(
  code: CatalogExceptionCode,
  fields: FieldIssue[] = [],
): ApiException {
  const { status, ja, en } = CATALOG_ERRORS[code];
  return new ApiException(status, code, { ja, en }, fields);
}
