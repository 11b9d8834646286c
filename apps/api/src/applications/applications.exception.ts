import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

export type ApplicationsExceptionCode =
  | 'invalid_answers'
  | 'application_not_found'
  | 'transition_not_allowed'
  | 'idempotency_key_reused'
  | 'invalid_idempotency_key'
  | 'personal_data_not_found';

const APPLICATIONS_ERRORS: Record<ApplicationsExceptionCode, { status: number; ja: string; en: string }> = {
  invalid_answers: {
    status: 422,
    ja: '入力内容に誤りがあります。各項目のメッセージを確認してください。',
    en: 'Some answers need correcting. Please check the message at each field.',
  },
  application_not_found: { status: 404, ja: 'その申請は見つかりません。', en: 'No such application.' },
  transition_not_allowed: {
    status: 409,
    ja: '今の状態からはその操作はできません。',
    en: 'That change is not allowed from the current status.',
  },
  idempotency_key_reused: {
    status: 422,
    ja: '同じ送信番号で別の内容が送られました。ページを再読み込みしてください。',
    en: 'The same Idempotency-Key was used for a different submission. Please reload the page.',
  },
  personal_data_not_found: {
    status: 404,
    ja: 'その項目に保護された個人情報はありません。',
    en: 'There is no protected personal data at that field.',
  },
  invalid_idempotency_key: {
    status: 400,
    ja: 'Idempotency-Key ヘッダーの形式が正しくありません。',
    en: 'The Idempotency-Key header is malformed (8–128 letters, digits, - or _).',
  },
};

export function applicationsException(code: ApplicationsExceptionCode, fields: FieldIssue[] = []): ApiException {
  const { status, ja, en } = APPLICATIONS_ERRORS[code];
  return new ApiException(status, code, { ja, en }, fields);
}
