import type { BulkExportFormat, BulkExportState } from '@madoguchi/procedures-contracts';
import type { ConsoleLocale } from '../../i18n/messages.js';

const COUNT = new Intl.NumberFormat('ja-JP');

/** 3000 → 「3,000」. */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** `2026-12-07` → 「12/7」 (the axis labels: the year and the weekday are in the table). */
export function formatShortDate(isoDate: string): string {
  const [, month, day] = isoDate.split('-');
  return `${Number(month)}/${Number(day)}`;
}

/** The wording of 業務の状況 in Japanese. */
export const DASHBOARD_MESSAGES = {
  navDashboard: '業務の状況',
  title: '業務の状況',
  lead: (since: string, today: string) =>
    `${since} から ${today} までの30日間の件数です（個人が分かる情報は含みません）。`,
  showTable: '数値を表で見る',
  chartAlternative: '（グラフと同じ数値は、下の「数値を表で見る」にあります）',
  noData: 'この期間のデータはありません。',
  date: '日付',
  procedure: '手続',
  total: '合計',
  other: 'その他の手続',
  applicationsHeading: '申請件数（日別・手続別）',
  applicationsSummary: (total: number) => `30日間の申請は合計 ${formatCount(total)} 件です。`,
  applicationsCaption: '日別・手続別の申請件数',
  processingHeading: '処理日数の中央値と標準処理期間',
  processingSummary:
    '30日間に処理完了・却下となった申請について、受付から処理までの日数（土日・祝日・年末年始12/29〜1/3を除く開庁日）の中央値を、手続の標準処理期間と並べています。',
  processingCaption: '手続別の処理日数（中央値）と標準処理期間',
  median: '処理日数の中央値（日）',
  standard: '標準処理期間（日）',
  decidedCount: '処理した件数',
  notDeclared: '定めなし',
  overdueHeading: '処理期限を過ぎた申請',
  overdueSummary: (total: number) =>
    `処理期限を過ぎて処理中の申請は ${formatCount(total)} 件です（補正依頼中は含みません）。`,
  overdueCaption: '手続別の処理期限超過件数',
  overdueCount: '期限超過（件）',
  correctionHeading: '補正依頼の割合',
  correctionSummary: '30日間に受け付けた申請のうち、補正依頼をした申請の割合です。',
  correctionCaption: '手続別の補正依頼の割合',
  receivedCount: '受付件数',
  correctedCount: '補正依頼をした件数',
  correctionRate: '補正依頼の割合（%）',
  failuresHeading: '通知の送信失敗（日別）',
  failuresSummary: (total: number) =>
    `30日間に送信に失敗した通知（再送を待つもの）は ${formatCount(total)} 件です。`,
  failuresCaption: '日別の通知の送信失敗件数',
  failureCount: '送信失敗（件）',
  dropOffHeading: 'フォームの段階ごとの離脱',
  dropOffSummary: (drafts: number, submitted: number) =>
    `30日間に保存され、まだ申請されていない下書きは ${formatCount(drafts)} 件、同じ期間の申請は ${formatCount(submitted)} 件です。下書きは、いま止まっている段階に数えています。`,
  dropOffCaption: '手続・段階別の下書きの件数と申請件数',
  dropOffStep: '段階',
  dropOffStepLabel: (index: number, title: string) => `${index}. ${title}`,
  dropOffDrafts: 'この段階の下書き（件）',
  dropOffSubmitted: '申請済み（件）',
  dropOffSubmittedStep: '申請済み',
  dropOffCount: '件数',
  exportHeading: '一括エクスポート',
  exportLead:
    '作業一覧の申請を CSV ファイルに書き出します。件数が多いときは時間がかかるため、裏で作成し、できたらダウンロードできます。ファイルは24時間後に削除されます。',
  exportProcedure: '手続',
  exportAllProcedures: 'すべての手続',
  exportFormat: '文字コード',
  exportFormats: {
    csv: 'CSV（UTF-8）',
    'csv-sjis': 'CSV（Shift_JIS：古い Excel 向け）',
  } satisfies Record<BulkExportFormat, string>,
  exportStart: '一括エクスポートを開始する',
  exportStarting: '開始しています…',
  exportStartFailed: '一括エクスポートを開始できませんでした。',
  exportProgressLabel: '一括エクスポートの進み具合',
  exportStates: {
    queued: '順番を待っています…',
    running: '作成しています…',
    completed: 'ファイルができました。',
    failed: 'ファイルを作成できませんでした。もう一度お試しください。',
  } satisfies Record<BulkExportState, string>,
  exportProgress: (done: number, total: number | null) =>
    total === null ? `${formatCount(done)} 件` : `${formatCount(done)} / ${formatCount(total)} 件`,
  exportDownload: (rows: number) => `ファイルをダウンロードする（${formatCount(rows)} 件）`,
  exportExpires: (time: string) => `このファイルは ${time} に削除されます。`,
  exportReadFailed: '進み具合を読み込めませんでした。',
};

export type DashboardMessages = typeof DASHBOARD_MESSAGES;

/** The same in English: every Japanese key (the type makes the compiler check it). */
export const DASHBOARD_MESSAGES_EN: DashboardMessages = {
  navDashboard: 'Operations overview',
  title: 'Operations overview',
  lead: (since, today) =>
    `Counts for the 30 days from ${since} to ${today} (nothing that identifies a person).`,
  showTable: 'Show the numbers as a table',
  chartAlternative: '(The chart’s numbers are in “Show the numbers as a table” below.)',
  noData: 'No data for this period.',
  date: 'Date',
  procedure: 'Procedure',
  total: 'Total',
  other: 'Other procedures',
  applicationsHeading: 'Applications per day and procedure',
  applicationsSummary: (total) => `${formatCount(total)} applications in 30 days.`,
  applicationsCaption: 'Applications per day and procedure',
  processingHeading: 'Median processing days and standard processing period',
  processingSummary:
    'For applications completed or rejected in the 30 days: the median days from receipt to decision (business days: weekends, national holidays and the year-end closure 29 Dec–3 Jan excluded), beside the procedure’s standard processing period.',
  processingCaption: 'Median processing days and standard processing period per procedure',
  median: 'Median processing days',
  standard: 'Standard processing period (days)',
  decidedCount: 'Decided',
  notDeclared: 'Not set',
  overdueHeading: 'Applications past their due date',
  overdueSummary: (total) =>
    `${formatCount(total)} open applications are past their due date (waiting on a correction not counted).`,
  overdueCaption: 'Overdue applications per procedure',
  overdueCount: 'Overdue',
  correctionHeading: 'Share of applications with a correction request',
  correctionSummary:
    'Of the applications received in the 30 days, the share that got a correction request.',
  correctionCaption: 'Share of applications with a correction request per procedure',
  receivedCount: 'Received',
  correctedCount: 'With a correction request',
  correctionRate: 'Share with a correction request (%)',
  failuresHeading: 'Failed notification deliveries per day',
  failuresSummary: (total) =>
    `${formatCount(total)} notifications failed for good in 30 days (waiting for a retry).`,
  failuresCaption: 'Failed notification deliveries per day',
  failureCount: 'Failed deliveries',
  dropOffHeading: 'Drop-off per form step',
  dropOffSummary: (drafts, submitted) =>
    `${formatCount(drafts)} drafts saved in the 30 days are not submitted yet; ${formatCount(submitted)} applications were submitted in the same period. Each draft is counted at the step it stands at.`,
  dropOffCaption: 'Drafts per procedure and step, and applications submitted',
  dropOffStep: 'Step',
  dropOffStepLabel: (index, title) => `${index}. ${title}`,
  dropOffDrafts: 'Drafts at this step',
  dropOffSubmitted: 'Submitted',
  dropOffSubmittedStep: 'Submitted',
  dropOffCount: 'Count',
  exportHeading: 'Bulk export',
  exportLead:
    'Writes the applications of the work queue to a CSV file. A large export takes a while, so it is made in the background and can be downloaded when it is ready. The file is deleted after 24 hours.',
  exportProcedure: 'Procedure',
  exportAllProcedures: 'All procedures',
  exportFormat: 'Encoding',
  exportFormats: { csv: 'CSV (UTF-8)', 'csv-sjis': 'CSV (Shift_JIS, for older Excel)' },
  exportStart: 'Start the bulk export',
  exportStarting: 'Starting…',
  exportStartFailed: 'The bulk export could not be started.',
  exportProgressLabel: 'Progress of the bulk export',
  exportStates: {
    queued: 'Waiting for its turn…',
    running: 'Writing…',
    completed: 'The file is ready.',
    failed: 'The file could not be made. Please try again.',
  },
  exportProgress: (done, total) =>
    total === null
      ? `${formatCount(done)} applications`
      : `${formatCount(done)} / ${formatCount(total)} applications`,
  exportDownload: (rows) => `Download the file (${formatCount(rows)} applications)`,
  exportExpires: (time) => `This file is deleted at ${time}.`,
  exportReadFailed: 'The progress could not be read.',
};

/** The dashboard's wording per console language. */
export const DASHBOARD_CATALOGUES: Record<ConsoleLocale, DashboardMessages> = {
  ja: DASHBOARD_MESSAGES,
  en: DASHBOARD_MESSAGES_EN,
};
