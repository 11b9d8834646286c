import { ApiException } from '@madoguchi/server-util-nest';

export type NoticesExceptionCode = 'application_not_found' | 'notice_not_issued';

const NOTICES_ERRORS: Record<
  NoticesExceptionCode,
  { status: number; ja: string; en: string; easyJa: string }
> = {
  // Also for another resident's application: whether it exists is not theirs to learn.
  application_not_found: {
    status: 404,
    ja: 'その申請は見つかりません。',
    en: 'No such application.',
    easyJa: 'その 申請は 見つかりません。',
  },
  notice_not_issued: {
    status: 404,
    ja: 'この申請の決定通知書はまだありません。審査が終わると、お知らせでお伝えします。',
    en: 'No decision notice has been issued for this application yet. You will be told when the review ends.',
    easyJa: 'この 申請の 決定通知書は まだ ありません。審査が 終わったら お知らせします。',
  },
};

export function noticesException(code: NoticesExceptionCode): ApiException {
  const { status, ja, en, easyJa } = NOTICES_ERRORS[code];
  return new ApiException(status, code, { ja, en, easyJa });
}
