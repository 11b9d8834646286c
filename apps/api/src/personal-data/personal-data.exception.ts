import { ApiException } from '@madoguchi/server-util-nest';

/** Why a sealed value did not open; the error never carries the value. */
export type UnreadableReason =
  /** The key id of the envelope is not in PERSONAL_DATA_KEYS (removed too early, or never configured). */
  | 'key_unavailable'
  /** The authentication failed: the value was copied from another record or field, or altered. */
  | 'not_authentic'
  /** An envelope format this build does not know (written by a newer release). */
  | 'unknown_format'
  /** A format 1 envelope while PERSONAL_DATA_OPEN_FORMAT_1 is false. */
  | 'format_retired';

export type PersonalDataExceptionCode =
  | 'personal_data_not_authentic'
  | 'personal_data_key_unavailable'
  | 'personal_data_format_unknown'
  | 'personal_data_format_retired';

const CODE_OF: Record<UnreadableReason, PersonalDataExceptionCode> = {
  not_authentic: 'personal_data_not_authentic',
  key_unavailable: 'personal_data_key_unavailable',
  unknown_format: 'personal_data_format_unknown',
  format_retired: 'personal_data_format_retired',
};

const PERSONAL_DATA_ERRORS: Record<
  PersonalDataExceptionCode,
  { status: number; ja: string; en: string }
> = {
  // 409: the stored data contradicts the record it sits in; nothing a retry can change.
  personal_data_not_authentic: {
    status: 409,
    ja: 'この項目の暗号化された個人情報は、この申請のものとして確認できないため開けません（別の記録から複写されたか、改ざんされた可能性があります）。システム管理者に連絡してください。',
    en: 'The protected personal data of this field cannot be verified as belonging to this record (it may have been copied from another record or altered), so it is not opened. Please contact the system administrator.',
  },
  // 503: a setting of the server is missing (a key removed before the re-encryption finished).
  personal_data_key_unavailable: {
    status: 503,
    ja: 'この個人情報を暗号化した鍵がサーバーに設定されていないため、開けません。システム管理者に連絡してください。',
    en: 'The key that sealed this personal data is not configured on the server. Please contact the system administrator.',
  },
  // 409 like a copied value: an envelope not bound to its record is no longer trusted.
  personal_data_format_retired: {
    status: 409,
    ja: 'この個人情報は、申請と結び付けられていない古い形式で暗号化されているため開けません。システム管理者に連絡してください。',
    en: 'This personal data is sealed in the old format that is not bound to its record, which is no longer opened. Please contact the system administrator.',
  },
  personal_data_format_unknown: {
    status: 503,
    ja: 'この個人情報は、このサーバーが知らない形式で暗号化されています。システム管理者に連絡してください。',
    en: 'This personal data is sealed in a format this server does not know. Please contact the system administrator.',
  },
};

/**
 * A sealed value that did not open, with the field path (never the value). An ApiException, so
 * whichever route opened it answers with a code and ja/en messages instead of a 500.
 */
export class PersonalDataUnreadableError extends ApiException {
  constructor(
    readonly reason: UnreadableReason,
    readonly path: string,
  ) {
    const code = CODE_OF[reason];
    const { status, ja, en } = PERSONAL_DATA_ERRORS[code];
    super(status, code, { ja, en });
    this.name = 'PersonalDataUnreadableError';
  }
}
