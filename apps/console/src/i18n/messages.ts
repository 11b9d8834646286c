import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import type { Locale } from '@madoguchi/shared-util-i18n';

/** The console's languages: staff work in Japanese, or in English (no やさしい日本語 for staff). */
export const CONSOLE_LOCALES = ['ja', 'en'] as const satisfies readonly Locale[];
export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];

/** The console's shared strings in Japanese (the reference: every other language has its keys). */
const JA = {
  serviceName: '窓口 職員コンソール',
  pageTitle: (title: string) => `${title} | 窓口 職員コンソール`,
  navigationLabel: 'メインメニュー',
  /** Between a label and its value in running text, e.g. コメント：… / Comment: … */
  separator: '：',
  navWorkQueue: '作業一覧',
  navDeadLetters: '送信に失敗した通知',
  languageLabel: '言語 / Language',
  signIn: 'サインイン',
  signOut: 'サインアウト',
  signedInAs: (name: string, municipalityCode: string | null) =>
    municipalityCode ? `${name}（${municipalityCode}）` : name,
  footer: '窓口（Madoguchi）職員コンソール — LGWAN 内で動作します（外部への通信はありません）。',
  loading: '読み込んでいます…',
  loadFailed: '情報を読み込めませんでした。',
  retry: '再読み込み',
  signInTitle: '職員サインイン',
  staffOnly: '職員のアカウントでサインインしてください。',
  signInLead:
    '職員の認証サービスでサインインします（開発環境ではデモ用の認証サービスで、職員アカウントを選ぶだけでサインインできます）。',
  // The English words stay on the Japanese button: a staff member who reads no Japanese finds it.
  signInLink: '職員アカウントでサインイン / Sign in',
  /** Why the API sent the staff member back to the sign-in page (its `error` parameter). */
  signInFailures: {
    login_cancelled: 'ログインを中止しました。',
    login_failed: 'ログインできませんでした。もう一度お試しください。',
    account_not_allowed:
      'このアカウントは職員用コンソールを使えません（住民のアカウントか、所属・権限が登録されていません）。',
    login_unavailable: '認証サービスに接続できません。しばらくしてからもう一度お試しください。',
  },
  workQueueTitle: '作業一覧',
  statusFilterLabel: '状態で絞り込む',
  allStatuses: 'すべての状態',
  queueCaption: (count: number) => `申請 ${count} 件`,
  noApplications: '該当する申請はありません。',
  searchLabel: '受付番号・申請者名で検索',
  searchHint:
    '氏名はひらがな・カタカナ・半角カナでも探せます。受付番号は小文字やハイフンなしでも構いません。',
  searchRegion: '申請の検索',
  searchButton: '検索',
  /** The work queue's keyboard shortcuts (not while typing in a field). */
  shortcuts: {
    summary: 'キーボード操作',
    note: '入力欄に文字を入力している間は働きません。',
    keys: [
      { key: 'j', action: '次の申請へ移動' },
      { key: 'k', action: '前の申請へ移動' },
      { key: 'Enter', action: '選んだ申請を開く' },
      { key: '/', action: '検索欄へ移動' },
    ],
  },
  filtersLegend: '絞り込みと並べ替え',
  procedureFilterLabel: '手続で絞り込む',
  allProcedures: 'すべての手続',
  assigneeFilterLabel: '担当で絞り込む',
  allAssignees: 'すべての担当',
  assigneeMe: '自分',
  assigneeUnassigned: '未割当',
  dueFilterLabel: '処理期限で絞り込む',
  anyDue: '期限を問わない',
  dueFilters: { overdue: '期限切れ（未完了）', today: '今日が期限', week: '7日以内が期限' },
  sortLabel: '並び順',
  sorts: { submitted: '受付の古い順', due: '処理期限の近い順' },
  loadMore: 'さらに表示',
  loadingMore: '読み込んでいます…',
  exportGroup: '一覧の出力（表示中の条件で、すべての件数を出力します）',
  exportLinks: {
    csv: 'CSV（UTF-8）で出力',
    'csv-sjis': 'CSV（Excel 用 Shift_JIS）で出力',
    json: 'JSON で出力',
  },
  exportNote:
    '個人番号などの特定個人情報は、だれが出力しても伏せて出力されます（ファイルは記録の外へ持ち出されるため）。個人番号が必要なときは、事務取扱担当者が申請の詳細で1件ずつ表示してください。出力は記録されます。',
  columns: {
    receiptNumber: '受付番号',
    procedure: '手続',
    applicant: '申請者',
    status: '状態',
    submittedAt: '受付日時',
    dueDate: '処理期限',
    assignee: '担当',
  },
  noDueDate: 'なし',
  reviewTitle: (receiptNumber: string) => `申請 ${receiptNumber}`,
  overviewHeading: '概要',
  formVersionLabel: '様式のバージョン',
  updatedAtLabel: '最終更新',
  answersHeading: '申請内容',
  answersNote: '個人番号などの特定個人情報は一部のみ表示しています。閲覧は記録されます。',
  /** 個人番号の表示: for a 事務取扱担当者 after a step-up (番号法). */
  reveal: {
    heading: '個人番号の表示',
    note: '個人番号の表示は、事務取扱担当者だけが、追加の認証（もう一度ログイン）から5分以内に行えます。表示するたびに理由とともに記録されます。',
    notHandler:
      'あなたは事務取扱担当者に指定されていないため、個人番号を表示できません。必要なときは事務取扱担当者に依頼してください（番号法により、個人番号を扱える職員は限られています）。',
    fieldLabel: (label: string) => `${label}（伏せて表示中）`,
    reasonLabel: '表示する理由（記録されます）',
    reasonHint: '例：住民基本台帳との照合のため（5文字以上）',
    reasonRequired: '表示する理由を5文字以上で入力してください',
    button: '個人番号を表示',
    hideButton: '隠す',
    revealedLabel: (label: string) => `${label}（表示中）`,
    stepUpTitle: '追加の認証が必要です',
    stepUpBody:
      '個人番号を表示する前に、もう一度ログインして追加の認証をしてください。認証のあと、この申請の画面に戻ります。',
    stepUpLink: 'もう一度ログインして認証する',
    failed: '個人番号を表示できませんでした',
  },
  historyHeading: '処理の履歴',
  historyComment: 'コメント',
  historyMessage: '申請者への連絡',
  historyDecisionRecord: '認定結果',
  actorKinds: { resident: '申請者', staff: '職員', system: 'システム' },
  historyActor: (time: string, actor: string) => `${time}（${actor}）`,
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
  /** The 認定結果 recorded with the approval that completes a 要介護認定. */
  decisionRecord: {
    legend: '認定結果',
    hint: '処理を完了するときに記録します。認定有効期間の終了日をもとに、住民に更新申請のご案内（終了日の60日前から）が届きます。',
    careLevel: '要介護度',
    period: '認定有効期間',
    periodHint: '開始日と終了日を入力します（非該当の場合は入力しません）。',
    validFrom: '開始日',
    validUntil: '終了日',
    validUntilHint: '終了日は月の末日です。',
    invalidDate: (label: string) =>
      `${label}を日付として読み取れませんでした。2026-04-01 や 令和8年4月1日 の形で入力してください`,
    history: (careLevel: string, period: string | null) =>
      period ? `${careLevel}（認定有効期間 ${period}）` : careLevel,
    periodRange: (from: string, until: string) => `${from}〜${until}`,
  },
  pendingDecisionLabel: '決裁案',
  dueDateLabel: '処理期限',
  transitionDone: (statusLabel: string) => `状態を「${statusLabel}」に変更しました。`,
  transitionFailed: '処理できませんでした。',
  backToQueue: '作業一覧に戻る',
  assigneeHeading: '担当',
  assigneeLabel: '担当者',
  assigneePlaceholder: '未割当',
  assignButton: '担当者を設定する',
  assignDone: '担当者を変更しました。',
  assignFailed: '担当者を変更できませんでした。',
  currentAssignee: (name: string) => `現在の担当：${name}`,
  notesHeading: '内部メモ',
  notesNote: '職員だけが見られるメモです。申請者には表示されません。追加は記録されます。',
  noNotes: 'メモはまだありません。',
  noteLabel: 'メモを追加',
  noteButton: 'メモを保存する',
  noteRequired: 'メモを入力してください',
  noteSaved: 'メモを保存しました。',
  noteFailed: 'メモを保存できませんでした。',
  notesList: '内部メモの一覧',
  deadLettersTitle: '送信に失敗した通知',
  deadLettersLead:
    '住民への通知のうち、決められた回数だけ送っても届かなかったものです（新しい順）。宛先のメールアドレスや通知の本文は表示しません。再送すると、もう一度同じ回数まで送ります。再送は記録されます。',
  deadLettersCaption: (count: number) => `再送を待つ通知 ${count} 件`,
  noDeadLetters: '再送を待つ通知はありません。',
  deadLetterColumns: {
    title: '件名',
    channel: '送信方法',
    recipient: '宛先（利用者 ID）',
    category: '種類',
    attempts: '試行回数',
    lastError: '最後のエラー',
    failedAt: '失敗日時',
    action: '操作',
  },
  deliveryChannels: { in_app: 'アプリ内のお知らせ', web_push: 'プッシュ通知', email: 'メール' },
  notificationCategories: { application: '申請の状況', childcare: '子育て', care: '介護' },
  attempts: (count: number) => `${count} 回`,
  notRecorded: '記録なし',
  retryDeadLetter: '再送',
  retryingDeadLetter: '再送しています…',
  /** Read after 再送 by screen readers: which row the button sends again. */
  retryDeadLetterTarget: (title: string, channel: string, recipientId: string, failedAt: string) =>
    `（${title}、${channel}、宛先 ${recipientId}、${failedAt} 失敗）`,
  retryDone: (title: string) => `「${title}」を再送します。`,
  retryDoneBody:
    '送信の順番待ちに戻したので、一覧から外しました。届くまで数分かかることがあります。',
  retryFailed: (title: string) => `「${title}」を再送できませんでした。`,
  notFoundTitle: 'ページが見つかりません',
  notFoundBody: 'お探しのページは移動したか、削除された可能性があります。',
  /** The words on the buttons of the staff transitions (see transitionLabel). */
  transitions: {
    start: '処理を開始する',
    backToReview: '審査に差し戻す',
    requestCorrection: '補正を依頼する',
    sendForApproval: '決裁に回す',
    complete: '処理を完了する',
    reject: '却下する',
  },
};
/** Every shared string of the staff console; the English object must have every Japanese key. */
export type ConsoleMessages = typeof JA;

const EN: ConsoleMessages = {
  serviceName: 'Madoguchi staff console',
  pageTitle: (title: string) => `${title} | Madoguchi staff console`,
  navigationLabel: 'Main menu',
  separator: ': ',
  navWorkQueue: 'Work queue',
  navDeadLetters: 'Failed notifications',
  languageLabel: '言語 / Language',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (name: string, municipalityCode: string | null) =>
    municipalityCode ? `${name} (${municipalityCode})` : name,
  footer: 'Madoguchi staff console — runs inside the LGWAN (no connections to the outside).',
  loading: 'Loading…',
  loadFailed: 'The information could not be loaded.',
  retry: 'Reload',
  signInTitle: 'Staff sign-in',
  staffOnly: 'Please sign in with a staff account.',
  signInLead:
    'You sign in with the staff sign-in service (in development, a demo service where you only choose a staff account).',
  signInLink: 'Sign in with a staff account',
  signInFailures: {
    login_cancelled: 'The sign-in was cancelled.',
    login_failed: 'The sign-in did not work. Please try again.',
    account_not_allowed:
      'This account cannot use the staff console (it is a resident account, or its section and role are not registered).',
    login_unavailable: 'The sign-in service cannot be reached. Please try again later.',
  },
  workQueueTitle: 'Work queue',
  statusFilterLabel: 'Filter by status',
  allStatuses: 'All statuses',
  queueCaption: (count: number) => `${count} ${count === 1 ? 'application' : 'applications'}`,
  noApplications: 'No applications match.',
  searchLabel: 'Search by receipt number or applicant name',
  searchHint:
    'Names can be typed in hiragana, katakana or half-width kana. Receipt numbers may be lower case or without hyphens.',
  searchRegion: 'Application search',
  searchButton: 'Search',
  shortcuts: {
    summary: 'Keyboard shortcuts',
    note: 'They do not work while you type in a field.',
    keys: [
      { key: 'j', action: 'Next application' },
      { key: 'k', action: 'Previous application' },
      { key: 'Enter', action: 'Open the selected application' },
      { key: '/', action: 'Go to the search box' },
    ],
  },
  filtersLegend: 'Filters and sort order',
  procedureFilterLabel: 'Filter by procedure',
  allProcedures: 'All procedures',
  assigneeFilterLabel: 'Filter by assignee',
  allAssignees: 'All assignees',
  assigneeMe: 'Me',
  assigneeUnassigned: 'Unassigned',
  dueFilterLabel: 'Filter by due date',
  anyDue: 'Any due date',
  dueFilters: {
    overdue: 'Overdue (not finished)',
    today: 'Due today',
    week: 'Due within 7 days',
  },
  sortLabel: 'Sort order',
  sorts: { submitted: 'Oldest received first', due: 'Nearest due date first' },
  loadMore: 'Show more',
  loadingMore: 'Loading…',
  exportGroup: 'Export the list (every application under the current filters)',
  exportLinks: {
    csv: 'Export as CSV (UTF-8)',
    'csv-sjis': 'Export as CSV (Shift_JIS for Excel)',
    json: 'Export as JSON',
  },
  exportNote:
    'Specific personal information such as the Individual Number is always masked in exports, whoever exports (the file leaves the audit trail). When the Individual Number is needed, an authorised handler shows it one application at a time in the application detail. Exports are recorded.',
  columns: {
    receiptNumber: 'Receipt number',
    procedure: 'Procedure',
    applicant: 'Applicant',
    status: 'Status',
    submittedAt: 'Received',
    dueDate: 'Due date',
    assignee: 'Assignee',
  },
  noDueDate: 'None',
  reviewTitle: (receiptNumber: string) => `Application ${receiptNumber}`,
  overviewHeading: 'Overview',
  formVersionLabel: 'Form version',
  updatedAtLabel: 'Last updated',
  answersHeading: 'Answers',
  answersNote:
    'Specific personal information such as the Individual Number is partly masked. Viewing is recorded.',
  reveal: {
    heading: 'Showing the Individual Number',
    note: 'Only an authorised handler may show the Individual Number, within 5 minutes of an additional authentication (signing in again). Each time it is shown, it is recorded with the reason.',
    notHandler:
      'You are not designated as an authorised handler, so you cannot show the Individual Number. Ask an authorised handler when it is needed (under the My Number Act, only designated staff may handle Individual Numbers).',
    fieldLabel: (label: string) => `${label} (masked)`,
    reasonLabel: 'Reason for showing it (recorded)',
    reasonHint: 'For example: to check against the basic resident register (at least 5 characters)',
    reasonRequired: 'Enter the reason for showing it, at least 5 characters',
    button: 'Show the Individual Number',
    hideButton: 'Hide',
    revealedLabel: (label: string) => `${label} (shown)`,
    stepUpTitle: 'Additional authentication is needed',
    stepUpBody:
      'Before showing the Individual Number, sign in again for an additional authentication. You come back to this application afterwards.',
    stepUpLink: 'Sign in again to authenticate',
    failed: 'The Individual Number could not be shown',
  },
  historyHeading: 'History',
  historyComment: 'Comment',
  historyMessage: 'Message to the applicant',
  historyDecisionRecord: 'Certification result',
  actorKinds: { resident: 'Applicant', staff: 'Staff', system: 'System' },
  historyActor: (time: string, actor: string) => `${time} (${actor})`,
  transitionHeading: 'Actions',
  noTransitions: 'Staff have no action from this status.',
  commentLabel: 'Comment (for the record)',
  commentHint: 'Not shown to the applicant.',
  messageLabel: 'Message to the applicant (optional)',
  messageHint:
    'Shown to the applicant in their notifications and application detail as “Message from the office”.',
  decisionLabel: 'Proposed decision',
  decisionHint: 'Choose the outcome to send to the approver.',
  decisionRequired: 'Choose a proposed decision',
  messageRequiredForCorrection:
    'For a correction request, write in the message what the applicant should correct',
  decisionRecord: {
    legend: 'Certification result',
    hint: 'Recorded when the application is completed. From the end of the validity period, the resident is reminded to apply for renewal (from 60 days before the end date).',
    careLevel: 'Care level',
    period: 'Validity period',
    periodHint: 'Enter the start and end dates (not for “not eligible”).',
    validFrom: 'Start date',
    validUntil: 'End date',
    validUntilHint: 'The end date is the last day of a month.',
    invalidDate: (label: string) =>
      `The ${label.toLowerCase()} could not be read as a date. Enter it as 2026-04-01 or 令和8年4月1日`,
    history: (careLevel: string, period: string | null) =>
      period ? `${careLevel} (valid ${period})` : careLevel,
    periodRange: (from: string, until: string) => `${from} – ${until}`,
  },
  pendingDecisionLabel: 'Proposed decision',
  dueDateLabel: 'Due date',
  transitionDone: (statusLabel: string) => `The status is now “${statusLabel}”.`,
  transitionFailed: 'The action could not be done.',
  backToQueue: 'Back to the work queue',
  assigneeHeading: 'Assignee',
  assigneeLabel: 'Assignee',
  assigneePlaceholder: 'Unassigned',
  assignButton: 'Set the assignee',
  assignDone: 'The assignee was changed.',
  assignFailed: 'The assignee could not be changed.',
  currentAssignee: (name: string) => `Current assignee: ${name}`,
  notesHeading: 'Internal notes',
  notesNote: 'Notes only staff can see. Not shown to the applicant. Adding one is recorded.',
  noNotes: 'No notes yet.',
  noteLabel: 'Add a note',
  noteButton: 'Save the note',
  noteRequired: 'Enter a note',
  noteSaved: 'The note was saved.',
  noteFailed: 'The note could not be saved.',
  notesList: 'Internal notes',
  deadLettersTitle: 'Failed notifications',
  deadLettersLead:
    'Notifications to residents that did not arrive after the set number of attempts (newest first). The e-mail address and the text are not shown. Retrying sends it again up to the same number of attempts. Retries are recorded.',
  deadLettersCaption: (count: number) =>
    `${count} ${count === 1 ? 'notification' : 'notifications'} waiting for a retry`,
  noDeadLetters: 'No notifications are waiting for a retry.',
  deadLetterColumns: {
    title: 'Subject',
    channel: 'Channel',
    recipient: 'Recipient (user ID)',
    category: 'Type',
    attempts: 'Attempts',
    lastError: 'Last error',
    failedAt: 'Failed at',
    action: 'Action',
  },
  deliveryChannels: { in_app: 'In-app notice', web_push: 'Push notification', email: 'E-mail' },
  notificationCategories: {
    application: 'Application status',
    childcare: 'Childcare',
    care: 'Care',
  },
  attempts: (count: number) => `${count} ${count === 1 ? 'time' : 'times'}`,
  notRecorded: 'Not recorded',
  retryDeadLetter: 'Retry',
  retryingDeadLetter: 'Retrying…',
  retryDeadLetterTarget: (title: string, channel: string, recipientId: string, failedAt: string) =>
    ` (${title}, ${channel}, recipient ${recipientId}, failed ${failedAt})`,
  retryDone: (title: string) => `“${title}” will be sent again.`,
  retryDoneBody:
    'It is back in the sending queue, so it has left the list. It can take a few minutes to arrive.',
  retryFailed: (title: string) => `“${title}” could not be sent again.`,
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for may have moved or been deleted.',
  transitions: {
    start: 'Start processing',
    backToReview: 'Send back to review',
    requestCorrection: 'Request a correction',
    sendForApproval: 'Send for approval',
    complete: 'Complete',
    reject: 'Reject',
  },
};

export const CONSOLE_MESSAGES: Record<ConsoleLocale, ConsoleMessages> = { ja: JA, en: EN };

/** The Japanese strings, for code that runs outside a component (components use `useMessages()`). */
export const MESSAGES = JA;

/** The language switcher's choices, each named in its own language. */
export const LANGUAGE_OPTIONS = [
  { value: 'ja', label: '日本語', lang: 'ja' },
  { value: 'en', label: 'English', lang: 'en' },
] as const satisfies readonly { value: ConsoleLocale; label: string; lang: string }[];

/** The words on the button of a staff transition, e.g. submitted → in_review: 処理を開始する. */
export function transitionLabel(
  from: ApplicationStatus,
  to: ApplicationStatus,
  locale: ConsoleLocale = 'ja',
): string {
  const labels = CONSOLE_MESSAGES[locale].transitions;
  switch (to) {
    case 'in_review':
      return from === 'awaiting_approval' ? labels.backToReview : labels.start;
    case 'correction_requested':
      return labels.requestCorrection;
    case 'awaiting_approval':
      return labels.sendForApproval;
    case 'completed':
      return labels.complete;
    case 'rejected':
      return labels.reject;
    case 'draft':
    case 'submitted':
    case 'resubmitted':
    case 'withdrawn':
      return to;
  }
}
