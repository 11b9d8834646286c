import { EMAIL_CONFIRMATION_MAX_REQUESTS_PER_DAY } from '@madoguchi/notifications-contracts';
import { ApiException } from '@madoguchi/server-util-nest';

export type EmailConfirmationExceptionCode =
  | 'email_confirmation_rate_limited'
  | 'email_confirmation_not_pending'
  | 'email_confirmation_invalid'
  | 'email_confirmation_expired';

const EMAIL_CONFIRMATION_ERRORS: Record<
  EmailConfirmationExceptionCode,
  { status: number; ja: string; en: string; easyJa: string }
> = {
  email_confirmation_rate_limited: {
    status: 429,
    ja: `確認メールは1分に1回、1日に${EMAIL_CONFIRMATION_MAX_REQUESTS_PER_DAY}回まで送れます。しばらくしてからお試しください。`,
    en: `A confirmation mail can be sent once a minute and ${EMAIL_CONFIRMATION_MAX_REQUESTS_PER_DAY} times a day. Please try again later.`,
    easyJa: `確認のメールは、1分に1回、1日に${EMAIL_CONFIRMATION_MAX_REQUESTS_PER_DAY}回まで送れます。少し待ってから、もう一度してください。`,
  },
  email_confirmation_not_pending: {
    status: 409,
    ja: '確認を待っているメールアドレスはありません。',
    en: 'There is no e-mail address waiting for confirmation.',
    easyJa: '確認を待っているメールアドレスはありません。',
  },
  email_confirmation_invalid: {
    status: 404,
    ja: 'この確認のリンクは使えません。すでに使われたか、新しい確認メールが送られています。',
    en: 'This confirmation link cannot be used: it was used already or a newer confirmation mail was sent.',
    easyJa: 'このリンクは使えません。もう使ったか、新しいメールが送られています。',
  },
  email_confirmation_expired: {
    status: 410,
    ja: 'この確認のリンクは期限が切れています。通知の設定の画面から確認メールをもう一度送ってください。',
    en: 'This confirmation link has expired. Send the confirmation mail again from the notification settings.',
    easyJa:
      'このリンクは使える時間が終わりました。通知の設定の画面から、もう一度メールを送ってください。',
  },
};

/** The closed set of the e-mail confirmation routes' errors, with their statuses and messages. */
export function emailConfirmationException(code: EmailConfirmationExceptionCode): ApiException {
  const { status, ja, en, easyJa } = EMAIL_CONFIRMATION_ERRORS[code];
  return new ApiException(status, code, { ja, en, easyJa });
}
