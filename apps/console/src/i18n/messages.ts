import type { ApplicationStatus } from '@madoguchi/procedures-domain';

/** Every string of the staff console (Japanese UI: staff work in Japanese). */
export const MESSAGES = {
  serviceName: '窓口 職員コンソール',
  pageTitle: (title: string) => `${title} | 窓口 職員コンソール`,
  navigationLabel: 'メインメニュー',
  navWorkQueue: '作業一覧',
  signIn: 'サインイン',
  signOut: 'サインアウト',
  signedInAs: (name: string, municipalityCode: string | null) =>
    municipalityCode ? `${name}（${municipalityCode}）` : name,
  footer: '窓口（Madoguchi）職員コンソール — LGWAN 内で動作します（外部への通信はありません）。',
  loading: '読み込んでいます…',
  loadFailed: '情報を読み込めませんでした。',
  retry: '再読み込み',
  signInTitle: '職員サインイン',
  signInLead: 'デモ用の職員アカウントを選んでください（開発用のサインインです）。',
  signInAs: (name: string) => `${name} としてサインイン`,
  staffOnly: '職員のアカウントでサインインしてください。',
  workQueueTitle: '作業一覧',
  statusFilterLabel: '状態で絞り込む',
  allStatuses: 'すべての状態',
  queueCaption: (count: number) => `申請 ${count} 件`,
  noApplications: '該当する申請はありません。',
  columns: {
    receiptNumber: '受付番号',
    procedure: '手続',
    applicant: '申請者',
    status: '状態',
    submittedAt: '受付日時',
    dueDate: '処理期限',
  },
  noDueDate: 'なし',
  reviewTitle: (receiptNumber: string) => `申請 ${receiptNumber}`,
  overviewHeading: '概要',
  formVersionLabel: '様式のバージョン',
  updatedAtLabel: '最終更新',
  answersHeading: '申請内容',
  answersNote: '個人番号などの特定個人情報は一部のみ表示しています。閲覧は記録されます。',
  historyHeading: '処理の履歴',
  historyComment: 'コメント',
  historyMessage: '申請者への連絡',
  actorKinds: { resident: '申請者', staff: '職員', system: 'システム' },
  transitionHeading: '処理',
  noTransitions: 'この状態から職員が行える処理はありません。',
  commentLabel: 'コメント（記録用）',
  commentHint: '申請者には表示されません。',
  messageLabel: '申請者への連絡（任意）',
  messageHint: '申請者のお知らせと申請詳細に「申請先からの連絡」として表示されます。',
  decisionLabel: '決裁案',
  decisionHint: '承認者に回す処理の結果を選んでください。',
  decisionRequired: '決裁案を選んでください',
  messageRequiredForCorrection: '補正依頼では、申請者への連絡に直してほしい内容を書いてください',
  pendingDecisionLabel: '決裁案',
  dueDateLabel: '処理期限',
  transitionDone: (statusLabel: string) => `状態を「${statusLabel}」に変更しました。`,
  transitionFailed: '処理できませんでした。',
  backToQueue: '作業一覧に戻る',
  notFoundTitle: 'ページが見つかりません',
  notFoundBody: 'お探しのページは移動したか、削除された可能性があります。',
} as const;

/** The words on the button of a staff transition, e.g. submitted → in_review: 処理を開始する. */
export function transitionLabel(from: ApplicationStatus, to: ApplicationStatus): string {
  switch (to) {
    case 'in_review':
      return from === 'awaiting_approval' ? '審査に差し戻す' : '処理を開始する';
    case 'correction_requested':
      return '補正を依頼する';
    case 'awaiting_approval':
      return '決裁に回す';
    case 'completed':
      return '処理を完了する';
    case 'rejected':
      return '却下する';
    case 'draft':
    case 'submitted':
    case 'resubmitted':
    case 'withdrawn':
      return to;
  }
}
