import { ApiException } from '@madoguchi/server-util-nest';

export type IdentityExceptionCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_header_missing'
  | 'identity_level_insufficient'
  | 'login_invalid_request'
  | 'login_state_invalid'
  | 'login_rate_limited'
  | 'login_provider_unavailable';

const IDENTITY_ERRORS: Record<IdentityExceptionCode, { status: number; ja: string; en: string }> = {
  unauthenticated: { status: 401, ja: 'ログインしてください。', en: 'Please sign in.' },
  forbidden: {
    status: 403,
    ja: 'この操作は許可されていません。',
    en: 'You are not allowed to do this.',
  },
  csrf_header_missing: {
    status: 403,
    ja: '不正なリクエストの可能性があるため処理しませんでした。ページを再読み込みしてください。',
    en: 'The request was refused as a possible cross-site request. Please reload the page.',
  },
  identity_level_insufficient: {
    status: 403,
    ja: 'この手続には、より確実な本人確認が必要です。一度ログアウトし、マイナンバーカードでログインし直してから申請してください。',
    en: 'This procedure needs a stronger proof of identity. Sign out, sign in again with your My Number Card, then apply.',
  },
  login_invalid_request: {
    status: 400,
    ja: 'ログインの要求が正しくありません。アプリの「ログイン」ボタンからやり直してください。',
    en: 'The sign-in request is not valid. Start again from the app’s sign-in button.',
  },
  login_state_invalid: {
    status: 400,
    ja: 'ログインの有効期限が切れたか、別の画面で始めたログインです。もう一度ログインしてください。',
    en: 'This sign-in expired or was started elsewhere. Please sign in again.',
  },
  login_rate_limited: {
    status: 429,
    ja: 'ログインの試行が多すぎます。1分ほど待ってからやり直してください。',
    en: 'Too many sign-in attempts. Wait a minute and try again.',
  },
  login_provider_unavailable: {
    status: 503,
    ja: '認証サービスに接続できません。しばらくしてからやり直してください。',
    en: 'The sign-in service cannot be reached. Please try again later.',
  },
};

export function identityException(code: IdentityExceptionCode): ApiException {
  const { status, ja, en } = IDENTITY_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
