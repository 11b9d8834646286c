import { ApiException } from '@madoguchi/server-util-nest';

export type DashboardExceptionCode =
  | 'bulk_export_not_found'
  | 'bulk_export_not_ready'
  | 'bulk_export_expired'
  | 'bulk_export_limit_reached'
  | 'bulk_export_unavailable';

const DASHBOARD_ERRORS: Record<DashboardExceptionCode, { status: number; ja: string; en: string }> =
  {
    bulk_export_not_found: {
      status: 404,
      ja: 'その一括エクスポートは見つかりません。',
      en: 'No such bulk export.',
    },
    bulk_export_not_ready: {
      status: 409,
      ja: 'ファイルはまだできていません。進み具合を確認してから、もう一度お試しください。',
      en: 'The file is not ready yet. Check the progress and try again.',
    },
    bulk_export_expired: {
      status: 410,
      ja: 'ファイルの保存期間（24時間）が過ぎたため削除しました。もう一度エクスポートしてください。',
      en: 'The file was deleted after its 24 hours. Please export again.',
    },
    bulk_export_limit_reached: {
      status: 429,
      ja: 'この自治体では一括エクスポートがすでに実行中です。終わってから、もう一度お試しください。',
      en: 'Bulk exports of this municipality are already running. Please try again once they end.',
    },
    bulk_export_unavailable: {
      status: 503,
      ja: '一括エクスポートを受け付けられません。しばらくしてからもう一度お試しください。',
      en: 'Bulk exports cannot be taken right now. Please try again shortly.',
    },
  };

export function dashboardException(code: DashboardExceptionCode): ApiException {
  const { status, ja, en } = DASHBOARD_ERRORS[code];
  return new ApiException(status, code, { ja, en });
}
