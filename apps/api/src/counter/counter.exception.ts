import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

export type CounterExceptionCode =
  | 'counter_confirmation_not_found'
  | 'counter_token_invalid'
  | 'counter_token_expired'
  | 'counter_token_used'
  | 'counter_cancelled'
  | 'counter_already_confirmed'
  | 'counter_not_confirmed'
  | 'counter_receipt_unavailable'
  | 'counter_rate_limited';

const COUNTER_ERRORS: Record<
  CounterExceptionCode,
  { status: number; ja: string; en: string; easyJa?: string }
> = {
  counter_confirmation_not_found: {
    status: 404,
    ja: 'その窓口入力は見つかりません。',
    en: 'No such counter-assisted application.',
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
  counter_cancelled: {
    status: 410,
    ja: 'この窓口入力は職員が取り消しました。窓口の職員に確認してください。',
    en: 'The staff at the counter cancelled this application. Please ask them.',
    easyJa: 'この申請は、窓口の人が取り消しました。窓口の人に聞いてください。',
  },
  counter_already_confirmed: {
    status: 409,
    ja: 'この申請は申請者がすでに確認しました。新しいリンクの発行や取消しはできません。',
    en: 'The resident has already confirmed this application; it can no longer get a new link or be cancelled.',
  },
  counter_not_confirmed: {
    status: 409,
    ja: '申請者がまだ確認していないため、控えはありません。',
    en: 'The resident has not confirmed this application yet, so it has no receipt.',
  },
  counter_receipt_unavailable: {
    status: 410,
    ja: 'このリンクで控えを受け取れる時間は終わりました。控えは窓口の職員から受け取ってください。',
    en: 'The receipt can no longer be downloaded with this link. Please ask the staff at the counter for it.',
    easyJa: 'このリンクで控えをもらえる時間は終わりました。控えは窓口の人からもらってください。',
  },
  counter_rate_limited: {
    status: 429,
    ja: '短い時間に何度も送信されました。1分ほど待ってから、もう一度お試しください。',
    en: 'Too many requests in a short time. Please wait a minute, then try again.',
    easyJa: '何回も続けて送りました。1分ぐらい待ってから、もう一度してください。',
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
