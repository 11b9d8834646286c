import { ApiException } from '@madoguchi/server-util-nest';

export type AdministrationExceptionCode =
  | 'admin_only'
  | 'procedure_not_standard'
  | 'invalid_cursor'
  | 'invalid_receipt_number'
  | 'invalid_date_range';

const ADMINISTRATION_ERRORS: Record<
  AdministrationExceptionCode,
  { status: number; ja: string; en: string }
> = {
  admin_only: {
    status: 403,
    ja: 'この操作は自治体の管理者だけが行えます。',
    en: "Only the municipality's administrators can do this.",
  },
  procedure_not_standard: {
    status: 404,
    ja: 'その手続は標準様式にありません。',
    en: 'No standard form has this procedure.',
  },
  invalid_cursor: {
    status: 400,
    ja: 'ページの指定が正しくありません。最初のページから開き直してください。',
    en: 'This page position is not valid: open the first page again.',
  },
  invalid_receipt_number: {
    status: 400,
    ja: '受付番号は「K7QF-3XMA」のような8文字です。',
    en: 'A receipt number has 8 characters, such as K7QF-3XMA.',
  },
  invalid_date_range: {
    status: 400,
    ja: '期間の開始日が終了日より後になっています。',
    en: 'The start of the period is after its end.',
  },
};

/** The administration console's errors: a closed set of codes, each with its status and ja/en messages. */
export function administrationException(code: AdministrationExceptionCode): ApiException {
  const { status, ja, en } = ADMINISTRATION_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
