import { ApiException } from '@madoguchi/server-util-nest';

export type IdentityExceptionCode = 'unauthenticated' | 'forbidden' | 'csrf_header_missing' | 'unknown_account';

const IDENTITY_ERRORS: Record<IdentityExceptionCode, { status: number; ja: string; en: string }> = {
  unauthenticated: { status: 401, ja: 'ログインしてください。', en: 'Please sign in.' },
  forbidden: { status: 403, ja: 'この操作は許可されていません。', en: 'You are not allowed to do this.' },
  csrf_header_missing: {
    status: 403,
    ja: '不正なリクエストの可能性があるため処理しませんでした。ページを再読み込みしてください。',
    en: 'The request was refused as a possible cross-site request. Please reload the page.',
  },
  unknown_account: { status: 404, ja: 'そのアカウントはありません。', en: 'There is no such account.' },
};

export function identityException(code: IdentityExceptionCode): ApiException {
  const { status, ja, en } = IDENTITY_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
