import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

export type CounterExceptionCode =
  | 'counter_confirmation_not_found'
  | 'counter_attachments_not_supported'
  | 'counter_token_invalid'
  | 'counter_token_expired'
  | 'counter_token_used'
  | 'counter_already_confirmed';

const COUNTER_ERRORS: Record<
  CounterExceptionCode,
  { status: number; ja: string; en: string; easyJa?: string }
> = {
  counter_confirmation_not_found: {
    status: 404,
    ja: 'その窓口入力は見つかりません。',
    en: 'No such counter-assisted application.',
  },
  counter_attachments_not_supported: {
    status: 422,
    ja: '窓口での入力では添付ファイルを付けられません。書類は窓口で確認してください。',
    en: 'Files cannot be attached to a counter-assisted application; check the documents at the counter.',
  },
  counter_token_invalid: {
    status: 404,
    ja: 'この確認用リンクは無効です。窓口の職員に新しいリンクを発行してもらってください。',
    en: 'This confirmation link is not valid. Please ask the staff at the counter for a new one.',
    easyJa: 'このリンクは つかえません。まどぐちの ひとに あたらしい リンクを もらってください。',
  },
  counter_token_expired: {
    status: 410,
    ja: 'この確認用リンクの有効期限が切れました。窓口の職員に新しいリンクを発行してもらってください。',
    en: 'This confirmation link has expired. Please ask the staff at the counter for a new one.',
    easyJa:
      'このリンクは じかんが すぎました。まどぐちの ひとに あたらしい リンクを もらってください。',
  },
  counter_token_used: {
    status: 410,
    ja: 'この確認用リンクはすでに使われました。申請は確認済みです。',
    en: 'This confirmation link has already been used: the application is confirmed.',
    easyJa: 'このリンクは もう つかいました。しんせいは かくにん ずみです。',
  },
  counter_already_confirmed: {
    status: 409,
    ja: 'この申請は申請者がすでに確認しました。新しいリンクは発行できません。',
    en: 'The resident has already confirmed this application; no new link can be issued.',
  },
};

export function counterException(
  code: CounterExceptionCode,
  fields: FieldIssue[] = [],
): ApiException {
  const { status, ja, en, easyJa } = COUNTER_ERRORS[code];
  return new ApiException(
    status,
    code,
    easyJa === undefined ? { ja, en } : { ja, en, easyJa },
    fields,
  );
}
