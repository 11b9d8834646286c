/**
 * The closed set of field error codes. The renderer shows `formMessages[code]`; the API returns
 * the code and the same message, so both sides say exactly the same thing.
 */
export const FIELD_ERROR_CODES = [
  'required',
  'unknown_field',
  'invalid_type',
  'too_long',
  'too_short',
  'out_of_range',
  'invalid_number',
  'not_integer',
  'invalid_format',
  'invalid_characters',
  'invalid_date',
  'invalid_era_date',
  'date_too_early',
  'date_too_late',
  'invalid_date_range',
  'invalid_email',
  'invalid_phone',
  'invalid_postal_code',
  'invalid_prefecture',
  'invalid_katakana',
  'invalid_my_number',
  'my_number_check_digit',
  'invalid_care_insured_number',
  'invalid_bank_code',
  'invalid_branch_code',
  'invalid_account_number',
  'invalid_option',
  'consent_required',
  'too_few_items',
  'too_many_items',
  'invalid_attachment',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
