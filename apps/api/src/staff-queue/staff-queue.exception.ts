import { ApiException } from '@madoguchi/server-util-nest';

export type StaffQueueExceptionCode =
  | 'application_not_found'
  | 'invalid_cursor'
  | 'unknown_assignee'
  | 'application_closed'
  | 'assignment_conflict'
  | 'export_failed';

const STAFF_QUEUE_ERRORS: Record<
  StaffQueueExceptionCode,
  { status: number; ja: string; en: string }
> = {
  application_not_found: {
    status: 404,
    ja: 'その申請は見つかりません。',
    en: 'No such application.',
  },
  invalid_cursor: {
    status: 400,
    ja: 'ページの指定が正しくありません。一覧を最初から読み込み直してください。',
    en: 'The page cursor is not valid. Please reload the list from the start.',
  },
  unknown_assignee: {
    status: 422,
    ja: '担当者に指定した職員が見つかりません（この自治体の職員で、一度サインインした人を指定してください）。',
    en: 'No such staff member in this municipality (assign someone of the municipality who has signed in).',
  },
  application_closed: {
    status: 409,
    ja: '処理が終わった申請の担当者は変更できません。',
    en: 'The assignee of a closed application cannot change.',
  },
  assignment_conflict: {
    status: 409,
    ja: 'ほかの職員が同時にこの申請を更新しました。画面を再読み込みしてから、もう一度操作してください。',
    en: 'Someone else changed this application at the same time. Please reload and try again.',
  },
  export_failed: {
    status: 500,
    ja: '出力を作成できませんでした。しばらくしてからもう一度お試しください。',
    en: 'The export could not be made. Please try again shortly.',
  },
};

export function staffQueueException(code: StaffQueueExceptionCode): ApiException {
  const { status, ja, en } = STAFF_QUEUE_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
