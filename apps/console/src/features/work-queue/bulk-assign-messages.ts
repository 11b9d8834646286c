import type {
  BulkAssignmentSkipReason,
  BulkAssignmentState,
} from '@madoguchi/procedures-contracts';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';

const COUNT = new Intl.NumberFormat('ja-JP');

/** 1200 → 「1,200」. */
function formatCount(value: number): string {
  return COUNT.format(value);
}

/** The wording of the queue's selection and 一括の担当設定, in Japanese (the reference for every key). */
const BULK_ASSIGN_JA = {
  selectColumn: '選択',
  selectPage: (count: number) => `表示中の ${formatCount(count)} 件をすべて選ぶ`,
  selectRow: (receiptNumber: string) => `受付番号 ${receiptNumber} を選ぶ`,
  barLabel: '選んだ申請の担当をまとめて設定',
  selectedCount: (count: number) => `${formatCount(count)} 件を選んでいます。`,
  allMatchingSelected: (count: number) =>
    `絞り込みの条件に一致する ${formatCount(count)} 件をすべて選んでいます。`,
  selectAllMatching: (count: number) => `条件に一致する ${formatCount(count)} 件をすべて選ぶ`,
  clearSelection: '選ぶのをやめる',
  assigneeLabel: '担当にする職員',
  assigneePlaceholder: '職員を選んでください',
  assigneeNone: '担当なし（担当を外す）',
  assigneeRequired: '担当にする職員を選んでください',
  start: '担当を設定する',
  starting: '開始しています…',
  startFailed: '担当の設定を開始できませんでした。',
  progressLabel: '担当の設定の進み具合',
  progress: (done: number, total: number, skipped: number) =>
    `${formatCount(total)} 件中 ${formatCount(done)} 件を処理しました（うちスキップ ${formatCount(skipped)} 件）。`,
  waiting: '順番を待っています。',
  states: {
    queued: '順番を待っています。',
    running: '設定しています。',
    completed: '終わりました。',
    failed:
      '途中で止まりました。設定できた分はそのままです。一覧を確かめて、残りをもう一度設定してください。',
  } satisfies Record<BulkAssignmentState, string>,
  summary: (assigned: number, skipped: number) =>
    `担当を設定した申請: ${formatCount(assigned)} 件、スキップした申請: ${formatCount(skipped)} 件`,
  notFound: (count: number) =>
    `${formatCount(count)} 件は見つからなかったため、スキップしました（この自治体の申請ではないか、削除されました）。`,
  skippedHeading: 'スキップした申請（受付番号）',
  skippedMore: (listed: number, total: number) =>
    `ほかにもあります（${formatCount(total)} 件中 ${formatCount(listed)} 件を表示しています）。`,
  skipReasons: {
    closed: '処理が終わっている',
    changed: '途中でほかの職員が更新した',
  } satisfies Record<BulkAssignmentSkipReason, string>,
  readFailed: '進み具合を読み込めませんでした。',
  dismiss: '閉じる',
  shortcutToggle: { key: 'x', action: '移動先の申請を選ぶ・選ぶのをやめる' },
};

export type BulkAssignMessages = typeof BULK_ASSIGN_JA;

const BULK_ASSIGN_EN: BulkAssignMessages = {
  selectColumn: 'Select',
  selectPage: (count) => `Select the ${formatCount(count)} shown`,
  selectRow: (receiptNumber) => `Select receipt number ${receiptNumber}`,
  barLabel: 'Set the assignee of the selected applications',
  selectedCount: (count) =>
    `${formatCount(count)} ${count === 1 ? 'application' : 'applications'} selected.`,
  allMatchingSelected: (count) =>
    `All ${formatCount(count)} applications matching the filters are selected.`,
  selectAllMatching: (count) => `Select all ${formatCount(count)} matching the filters`,
  clearSelection: 'Clear the selection',
  assigneeLabel: 'Assign to',
  assigneePlaceholder: 'Choose a staff member',
  assigneeNone: 'Nobody (remove the assignee)',
  assigneeRequired: 'Choose whom to assign',
  start: 'Set the assignee',
  starting: 'Starting…',
  startFailed: 'The assignment could not be started.',
  progressLabel: 'Progress of the assignment',
  progress: (done, total, skipped) =>
    `${formatCount(done)} of ${formatCount(total)} done (${formatCount(skipped)} skipped).`,
  waiting: 'Waiting for its turn.',
  states: {
    queued: 'Waiting for its turn.',
    running: 'Assigning.',
    completed: 'Finished.',
    failed:
      'It stopped part way. What was assigned stays assigned: check the queue and assign the rest again.',
  },
  summary: (assigned, skipped) =>
    `Assigned: ${formatCount(assigned)}; skipped: ${formatCount(skipped)}`,
  notFound: (count) =>
    `${formatCount(count)} could not be found and were skipped (not of this municipality, or deleted).`,
  skippedHeading: 'Skipped applications (receipt numbers)',
  skippedMore: (listed, total) =>
    `There are more (${formatCount(listed)} of ${formatCount(total)} shown).`,
  skipReasons: {
    closed: 'already closed',
    changed: 'changed by someone else meanwhile',
  },
  readFailed: 'The progress could not be read.',
  dismiss: 'Close',
  shortcutToggle: { key: 'x', action: 'Select or unselect the focused application' },
};

export const BULK_ASSIGN_CATALOGUE: Record<ConsoleLocale, BulkAssignMessages> = {
  ja: BULK_ASSIGN_JA,
  en: BULK_ASSIGN_EN,
};

/** The queue's selection and bulk assignment in the staff member's language. */
export function useBulkAssignMessages(): BulkAssignMessages {
  return BULK_ASSIGN_CATALOGUE[useConsoleLocale().locale];
}
