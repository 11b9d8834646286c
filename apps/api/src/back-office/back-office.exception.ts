import { ApiException } from '@madoguchi/server-util-nest';

export type BackOfficeExceptionCode =
  | 'api_key_required'
  | 'invalid_api_key'
  | 'insufficient_scope'
  | 'admin_only'
  | 'api_key_not_found'
  | 'application_not_found';

const BACK_OFFICE_ERRORS: Record<
  BackOfficeExceptionCode,
  { status: number; ja: string; en: string }
> = {
  api_key_required: {
    status: 401,
    ja: 'API キーを Authorization: Bearer ヘッダーで送ってください。',
    en: 'Send an API key in the Authorization: Bearer header.',
  },
  invalid_api_key: {
    status: 401,
    ja: 'API キーが正しくないか、失効しています。',
    en: 'The API key is not valid or has been revoked.',
  },
  insufficient_scope: {
    status: 403,
    ja: 'この API キーにはこの操作の権限がありません。',
    en: 'This API key does not have the scope for this operation.',
  },
  admin_only: {
    status: 403,
    ja: 'API キーの管理は管理者だけが行えます。',
    en: 'Only an administrator can manage API keys.',
  },
  api_key_not_found: { status: 404, ja: 'その API キーは見つかりません。', en: 'No such API key.' },
  application_not_found: {
    status: 404,
    ja: 'その申請は見つかりません。',
    en: 'No such application.',
  },
};

export function backOfficeException(code: BackOfficeExceptionCode): ApiException {
  const { status, ja, en } = BACK_OFFICE_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
