import { ApiException } from '@madoguchi/server-util-nest';

export type ReceiptsExceptionCode =
  'application_not_found' | 'municipality_unavailable' | 'seal_unavailable';

const RECEIPTS_ERRORS: Record<ReceiptsExceptionCode, { status: number; ja: string; en: string }> = {
  // Also for another resident's application: whether it exists is not theirs to learn.
  application_not_found: {
    status: 404,
    ja: 'その申請は見つかりません。',
    en: 'No such application.',
  },
  municipality_unavailable: {
    status: 409,
    ja: 'この申請の申請先の情報がないため、控えを作成できません。申請先にお問い合わせください。',
    en: 'The municipality of this application is no longer listed, so no copy can be made. Please contact the office.',
  },
  seal_unavailable: {
    status: 404,
    ja: 'この窓口では、控えの電子印（eシール）付きのデータを発行していません。',
    en: 'This office does not issue sealed receipt data.',
  },
};

export function receiptsException(code: ReceiptsExceptionCode): ApiException {
  const { status, ja, en } = RECEIPTS_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
