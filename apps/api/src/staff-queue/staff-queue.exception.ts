import { ApiException } from '@madoguchi/server-util-nest';

export type StaffQueueExceptionCode =
  | 'application_not_found'
  | 'invalid_cursor'
  | 'unknown_assignee'
  | 'application_closed'
  | 'assignment_conflict'
  | 'export_failed'
  | 'bulk_assignment_not_found'
  | 'bulk_assignment_limit_reached'
  | 'bulk_assignment_unavailable';

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
  bulk_assignment_not_found: {
    status: 404,
    ja: 'その一括の担当設定は見つかりません。',
    en: 'No such bulk assignment.',
  },
  bulk_assignment_limit_reached: {
    status: 429,
    ja: 'この自治体では一括の担当設定がすでに実行中です。終わってから、もう一度お試しください。',
    en: 'Bulk assignments of this municipality are already running. Please try again once they end.',
  },
  bulk_assignment_unavailable: {
    status: 503,
    ja: '一括の担当設定を受け付けられません。しばらくしてからもう一度お試しください。',
    en: 'Bulk assignments cannot be taken right now. Please try again shortly.',
  },
};

export function staffQueueException(code: StaffQueueExceptionCode): ApiException {
  const { status, ja, en } = STAFF_QUEUE_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
