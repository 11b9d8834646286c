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
  draft: { ja: '下書き', en: 'Draft', easyJa: '下書き' },
  submitted: { ja: '送信済', en: 'Submitted', easyJa: '送りました' },
  in_review: { ja: '処理中', en: 'In review', easyJa: '調べています' },
  correction_requested: { ja: '補正依頼', en: 'Correction requested', easyJa: '直してください' },
  resubmitted: { ja: '再送信', en: 'Resubmitted', easyJa: 'もう一度送りました' },
  awaiting_approval: { ja: '承認待ち', en: 'Awaiting approval', easyJa: '決めるのを待っています' },
  completed: { ja: '処理完了', en: 'Completed', easyJa: '終わりました' },
  rejected: { ja: '却下', en: 'Rejected', easyJa: '認められませんでした' },
  withdrawn: { ja: '取下げ', en: 'Withdrawn', easyJa: '取り下げました' },
};

/** Staff roles: 担当者 (case worker), 係長・承認者 (approver), 管理者 (administrator). */
export const STAFF_ROLES = ['caseworker', 'approver', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, { ja: string; en: string }> = {
  caseworker: { ja: '担当者', en: 'Case worker' },
  approver: { ja: '係長・承認者', en: 'Approver' },
  admin: { ja: '管理者', en: 'Administrator' },
};

export type ActorRole = 'resident' | 'staff';

export type TransitionRule = {
  from: ApplicationStatus;
  to: ApplicationStatus;
  /** Who may make the move. */
  by: ActorRole;
  /** For staff moves: the roles allowed to make it. */
  staffRoles?: readonly StaffRole[];
};

const REVIEWERS = ['caseworker', 'approver', 'admin'] as const;
const DRAFTERS = ['caseworker', 'approver'] as const;
const APPROVERS = ['approver', 'admin'] as const;

/** The one table of allowed moves; services and the console both read it. */
export const TRANSITION_RULES: readonly TransitionRule[] = [
  { from: 'draft', to: 'submitted', by: 'resident' },
  { from: 'submitted', to: 'in_review', by: 'staff', staffRoles: REVIEWERS },
  { from: 'resubmitted', to: 'in_review', by: 'staff', staffRoles: REVIEWERS },
  { from: 'in_review', to: 'correction_requested', by: 'staff', staffRoles: DRAFTERS },
  { from: 'correction_requested', to: 'resubmitted', by: 'resident' },
  // The case worker drafts the decision (completed or rejected); an approver decides.
  { from: 'in_review', to: 'awaiting_approval', by: 'staff', staffRoles: DRAFTERS },
  { from: 'awaiting_approval', to: 'in_review', by: 'staff', staffRoles: APPROVERS },
  { from: 'awaiting_approval', to: 'completed', by: 'staff', staffRoles: APPROVERS },
  { from: 'awaiting_approval', to: 'rejected', by: 'staff', staffRoles: APPROVERS },
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
  staffRole?: StaffRole,
): TransitionRule | undefined {
  return TRANSITION_RULES.find(
    (rule) =>
      rule.from === from &&
      rule.to === to &&
      rule.by === by &&
      (by === 'resident' || staffRole === undefined || (rule.staffRoles ?? []).includes(staffRole)),
  );
}

export function canTransition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  by: ActorRole,
  staffRole?: StaffRole,
): boolean {
  return findTransition(from, to, by, staffRole) !== undefined;
}

/** The moves a staff member of this role can make from a status (the console's buttons). */
export function staffTransitionsFrom(
  from: ApplicationStatus,
  staffRole: StaffRole,
): TransitionRule[] {
  return TRANSITION_RULES.filter(
    (rule) =>
      rule.from === from && rule.by === 'staff' && (rule.staffRoles ?? []).includes(staffRole),
  );
}

export function isTerminalStatus(status: ApplicationStatus): boolean {
  return status === 'completed' || status === 'rejected' || status === 'withdrawn';
}

/** The decisions a case worker can draft for approval. */
export const DECISIONS = ['completed', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];
