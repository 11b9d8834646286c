import type { Trilingual } from '@madoguchi/shared-util-i18n';

/**
 * The lifecycle of an application, after the statuses of Japanese municipal e-application
 * systems: 下書き → 送信済 → 処理中 → 補正依頼 → 再送信 → 承認待ち → 処理完了 / 却下, and 取下げ.
 */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'correction_requested',
  'resubmitted',
  'awaiting_approval',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, Trilingual> = {
  draft: { ja: '下書き', en: 'Draft', easyJa: 'したがき' },
  submitted: { ja: '送信済', en: 'Submitted', easyJa: 'おくりました' },
  in_review: { ja: '処理中', en: 'In review', easyJa: 'しらべています' },
  correction_requested: { ja: '補正依頼', en: 'Correction requested', easyJa: 'なおしてください' },
  resubmitted: { ja: '再送信', en: 'Resubmitted', easyJa: 'もういちど おくりました' },
  awaiting_approval: { ja: '承認待ち', en: 'Awaiting approval', easyJa: 'きめるのを まっています' },
  completed: { ja: '処理完了', en: 'Completed', easyJa: 'おわりました' },
  rejected: { ja: '却下', en: 'Rejected', easyJa: 'みとめられませんでした' },
  withdrawn: { ja: '取下げ', en: 'Withdrawn', easyJa: 'とりさげました' },
};

export type ActorRole = 'resident' | 'staff';

export type TransitionRule = {
  from: ApplicationStatus;
  to: ApplicationStatus;
  /** Who may make the move. */
  by: ActorRole;
};

/** The one table of allowed moves; services and the console both read it. */
export const TRANSITION_RULES: readonly TransitionRule[] = [
  { from: 'draft', to: 'submitted', by: 'resident' },
  { from: 'submitted', to: 'in_review', by: 'staff' },
  { from: 'resubmitted', to: 'in_review', by: 'staff' },
  { from: 'in_review', to: 'correction_requested', by: 'staff' },
  { from: 'correction_requested', to: 'resubmitted', by: 'resident' },
  { from: 'in_review', to: 'awaiting_approval', by: 'staff' },
  { from: 'awaiting_approval', to: 'in_review', by: 'staff' },
  { from: 'awaiting_approval', to: 'completed', by: 'staff' },
  { from: 'awaiting_approval', to: 'rejected', by: 'staff' },
  { from: 'submitted', to: 'withdrawn', by: 'resident' },
  { from: 'in_review', to: 'withdrawn', by: 'resident' },
  { from: 'correction_requested', to: 'withdrawn', by: 'resident' },
  { from: 'resubmitted', to: 'withdrawn', by: 'resident' },
  { from: 'awaiting_approval', to: 'withdrawn', by: 'resident' },
];

export function findTransition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  by: ActorRole,
): TransitionRule | undefined {
  return TRANSITION_RULES.find((rule) => rule.from === from && rule.to === to && rule.by === by);
}

export function canTransition(from: ApplicationStatus, to: ApplicationStatus, by: ActorRole): boolean {
  return findTransition(from, to, by) !== undefined;
}

export function isTerminalStatus(status: ApplicationStatus): boolean {
  return status === 'completed' || status === 'rejected' || status === 'withdrawn';
}
