import { ApiException } from '@madoguchi/server-util-nest';

export type DraftsExceptionCode = 'draft_not_found' | 'draft_too_large' | 'draft_up_to_date';

const DRAFTS_ERRORS: Record<DraftsExceptionCode, { status: number; ja: string; en: string }> = {
  draft_not_found: {
    status: 404,
    ja: 'その一時保存は見つかりません。',
    en: 'No such saved draft.',
  },
  draft_too_large: {
    status: 413,
    ja: '一時保存できる量を超えています。入力内容を見直してください。',
    en: 'The draft is too large to save. Please check your answers.',
  },
  draft_up_to_date: {
    status: 409,
    ja: 'この一時保存はすでに最新の様式です。',
    en: 'This draft already uses the current version of the form.',
  },
};

export function draftsException(code: DraftsExceptionCode): ApiException {
  const { status, ja, en } = DRAFTS_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
