import type { ApiKeyScope, AuditAction, AuditActionGroup } from '@madoguchi/procedures-contracts';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';

/**
 * The wording of the administrator's console (管理): procedures, API keys, the audit trail, the
 * notification rules, in Japanese (the reference for every key).
 */
const ADMIN_JA = {
  navAdministration: '管理',
  sectionNavLabel: '管理メニュー',
  adminOnly: 'このページは自治体の管理者だけが使えます。',
  adminOnlyBody: '権限が必要なときは、情報政策担当の管理者に依頼してください。',

  proceduresTitle: '受け付ける手続',
  overlayEditorTitle: '様式の編集（独自項目・施行日）',
  proceduresLead:
    '標準様式のある手続ごとに、この自治体でオンライン申請を受け付けるか（受付中）、止めるか（停止中）を切り替えます。停止した手続は住民の手続一覧・検索に出なくなり、新しい一時保存と申請はできなくなります。送信済みの申請はそのまま審査できます。',
  proceduresCaption: (enabled: number, total: number) =>
    `標準の手続 ${total} 件（受付中 ${enabled} 件）`,
  noProcedures: '標準様式のある手続がありません。',
  procedureColumns: {
    title: '手続',
    category: '分野',
    formVersion: '様式の版',
    availability: 'オンライン受付',
  },
  categories: { childcare: '子育て', care: '介護', disaster: '防災' } as Record<string, string>,
  neverOffered: '未登録',
  formVersion: (version: number) => `第${version}版`,
  enabled: '受付中',
  disabled: '停止中',
  switchTarget: (title: string) => `（${title}）`,
  switching: '切り替えています…',
  confirmDisableTitle: (title: string) => `「${title}」の受付を停止しますか？`,
  confirmDisableBody:
    '住民はこの手続を見つけられなくなり、新しい申請も一時保存もできなくなります。送信済みの申請と、審査中の申請はそのまま残ります。',
  confirmDisable: '停止する',
  cancel: 'やめる',
  switchedOn: (title: string) => `「${title}」の受付を始めました。`,
  switchedOff: (title: string) => `「${title}」の受付を停止しました。`,
  switchFailed: (title: string) => `「${title}」を切り替えられませんでした。`,

  apiKeysTitle: 'API キー（基幹系連携）',
  apiKeysLead:
    '基幹系システムが申請を取り込むための API キーです。キーはこの自治体の申請だけを読めます。使わなくなったキーはすぐに失効させてください。',
  apiKeysCaption: (count: number) => `API キー ${count} 件`,
  noApiKeys: 'API キーはまだありません。',
  apiKeyColumns: {
    name: '名前',
    prefix: 'キーの先頭',
    scopes: '権限',
    createdAt: '作成日時',
    lastUsedAt: '最終利用',
    status: '状態',
    action: '操作',
  },
  scopes: {
    'applications:read': '申請の取得',
    'applications:acknowledge': '取込済みの記録',
    'personal-data': '特定個人情報の取得',
  } satisfies Record<ApiKeyScope, string>,
  scopeHints: {
    'applications:read': '申請の一覧と内容（個人番号は伏せたまま）を読めます。',
    'applications:acknowledge': '基幹系に取り込んだ申請に印を付けられます。',
    'personal-data':
      '個人番号などを伏せずに読めます。読むたびに記録されます。必要な連携だけに与えてください。',
  } satisfies Record<ApiKeyScope, string>,
  neverUsed: '未使用',
  active: '有効',
  revokedAt: (when: string) => `失効（${when}）`,
  createHeading: 'API キーを作る',
  nameLabel: '名前（用途がわかるように）',
  nameHint: '例：子育て支援システム連携（本番）',
  scopesLegend: '権限',
  createButton: 'API キーを作る',
  creating: '作っています…',
  errorSummaryTitle: '入力内容を確認してください',
  nameRequired: '名前を入力してください（100 文字まで）。',
  scopesRequired: '権限を1つ以上選んでください。',
  createFailed: 'API キーを作れませんでした。',
  createdTitle: (name: string) => `API キー「${name}」を作りました`,
  createdWarning:
    'このキーが表示されるのは今だけです。今すぐコピーして、連携するシステムの設定に保存してください。このページを離れると二度と表示できません（なくしたときは失効させて作り直します）。',
  createdKeyLabel: 'API キー',
  copy: 'コピー',
  copied: 'コピーしました。',
  copyFailed: 'コピーできませんでした。キーを選択してコピーしてください。',
  dismissCreated: 'キーを保存しました',
  revoke: '失効',
  revokeTarget: (name: string, prefix: string) => `（${name}、${prefix}…）`,
  confirmRevokeTitle: (name: string) => `API キー「${name}」を失効させますか？`,
  confirmRevokeBody:
    'このキーを使っているシステムは、すぐに申請を取得できなくなります。元に戻すことはできません。',
  confirmRevoke: '失効させる',
  revoked: (name: string) => `API キー「${name}」を失効させました。`,
  revokeFailed: (name: string) => `API キー「${name}」を失効させられませんでした。`,

  auditTitle: '操作記録',
  auditLead:
    'この自治体で、だれが・いつ・何をしたかの記録です（新しい順）。個人番号の表示、添付ファイルの閲覧、手続やキーの変更もすべて残ります。',
  auditSearchRegion: '操作記録の検索',
  auditFiltersLegend: '条件で絞り込む',
  actorLabel: '操作した人（職員 ID・利用者 ID）',
  actorHint: '例：staff-chiyoda-sato',
  receiptLabel: '受付番号',
  receiptHint: '小文字やハイフンなしでも構いません。',
  actionLabel: '操作の種類',
  actionHint: '操作の種類か、そのまとまりを選びます。',
  fromLabel: '期間（開始日）',
  toLabel: '期間（終了日）',
  dateHint: '日本時間。例：2026-12-01',
  search: '検索',
  clear: '条件をクリア',
  actorInvalid: '職員 ID・利用者 ID は英数字と . _ : @ - で入力してください。',
  receiptInvalid: '受付番号は「K7QF-3XMA」のような8文字です。',
  dateInvalid: '日付は 2026-12-01 の形で入力してください。',
  dateRangeInvalid: '開始日は終了日より前の日にしてください。',
  auditCaption: (count: number, hasMore: boolean) =>
    hasMore ? `操作記録 ${count} 件（さらにあります）` : `操作記録 ${count} 件`,
  noAuditRows: '条件に合う操作記録はありません。',
  auditColumns: {
    occurredAt: '日時',
    actor: '操作した人',
    action: '操作',
    target: '対象',
    detail: '内容',
  },
  actorKinds: { resident: '住民', staff: '職員', system: 'システム' } as Record<string, string>,
  actionGroups: {
    application: '申請',
    personal_data: '個人情報',
    export: '書き出し',
    counter: '窓口（書かない窓口）',
    administration: '管理',
    back_office: '基幹系連携',
    notification: '通知',
  } satisfies Record<AuditActionGroup, string>,
  allOfGroup: (group: string) => `${group}のすべて`,
  allActions: 'すべての操作',
  actions: {
    'application.submit': '申請の送信',
    'application.resubmit': '補正後の再送信',
    'application.withdraw': '取下げ',
    'application.read': '申請の閲覧',
    'application.assign': '担当の設定',
    'application.assign.bulk': '担当の一括設定（依頼）',
    'application.assign.bulk.complete': '担当の一括設定（完了）',
    'application.note.add': '内部メモの追加',
    'application.review.start': '審査の開始',
    'application.correction.request': '補正の依頼',
    'application.decision.draft.completed': '承認の起案',
    'application.decision.draft.rejected': '却下の起案',
    'application.decision.approve': '決裁（承認の段階）',
    'application.decision.approve.1': '決裁（第1段階）',
    'application.decision.approve.2': '決裁（第2段階）',
    'application.decision.approve.3': '決裁（第3段階）',
    'application.decision.approve.4': '決裁（第4段階）',
    'application.decision.approve.5': '決裁（第5段階）',
    'application.decision.approve.6': '決裁（第6段階）',
    'application.decision.approve.7': '決裁（第7段階）',
    'application.decision.approve.8': '決裁（第8段階）',
    'application.decision.approve.9': '決裁（第9段階）',
    'application.decision.send_back': '起案の差戻し',
    'application.decision.completed': '処理完了',
    'application.decision.rejected': '却下',
    'draft.migrate': '一時保存の新しい様式への移行',
    'personal_data.reveal': '個人番号などの表示',
    'personal_data.reveal_refused': '個人番号などの表示の拒否',
    'personal_data.read': '基幹系による個人番号などの読取り',
    'attachment.download': '添付ファイルの閲覧',
    'application.export': '申請一覧の書き出し（CSV）',
    'application.export.job': '一括書き出しの開始',
    'application.export.download': '一括書き出しのダウンロード',
    'counter.fill': '窓口での代理入力',
    'counter.cancel': '窓口申請の取消し',
    'counter.link_issued': '確認用リンクの発行',
    'counter.preview': '住民による入力内容の確認',
    'counter.attachment_view': '住民による添付ファイルの確認',
    'counter.receipt': '控えの表示・印刷',
    'counter.confirm': '住民による確認と送信',
    'procedure.enable': '手続の受付開始',
    'procedure.disable': '手続の受付停止',
    'reminder_rules.update': '通知のルールの変更',
    'overlay_draft.save': '様式の編集の下書き保存',
    'overlay.publish': '様式の公開',
    'api_key.create': 'API キーの作成',
    'api_key.revoke': 'API キーの失効',
    'application.acknowledge': '基幹系への取込',
    'notification.delivery.retry': '通知の再送',
  } satisfies Record<AuditAction, string>,
  receiptTarget: (receiptNumber: string) => `受付番号 ${receiptNumber}`,

  rulesTitle: '通知のルール',
  rulesLead:
    'この自治体が住民に送るお知らせ（プッシュ通知・メール・お知らせ欄）の一覧です。標準のルールに、この自治体の健診の時期などを当てはめたものです。',
  rulesCaption: (count: number) => `送っているお知らせ ${count} 件`,
  noRules: 'この自治体が送るお知らせはありません。',
  ruleColumns: {
    rule: 'お知らせ',
    when: '送る時期',
    audience: '送り先',
    channels: '送信方法',
  },
  ruleNames: {
    'child-allowance-claim-deadline': '児童手当の申請期限',
    'infant-health-checkup': '乳幼児健診',
    'routine-vaccination': '定期予防接種',
    'childcare-status-report': '保育施設の現況届',
    'pregnancy-birth-preparation': '出産の準備',
    'care-certification-renewal': '要介護認定の更新申請',
    'turning-65': '65歳（介護保険の第1号被保険者）',
    'care-copayment-certificate': '介護保険負担割合証',
  } as Record<string, string>,
  dateFields: {
    birthDate: '生年月日',
    dueDate: '出産予定日',
    expiryDate: '認定有効期間の終了日',
    validFrom: '認定有効期間の開始日',
  } as Record<string, string>,
  offset: (offset: { years: number | null; months: number | null; days: number | null }) => {
    const parts = [
      offset.years ? `${offset.years}年` : '',
      offset.months ? `${offset.months}か月` : '',
      offset.days ? `${offset.days}日` : '',
    ].join('');
    return parts === '' ? '当日' : `${parts}後`;
  },
  leadDays: (days: number) => (days === 0 ? '当日に送ります' : `それぞれ ${days} 日前に送ります`),
  /** The lead days and the deadline of a relative reminder, as one hint. */
  leadAndDeadline: (lead: string, deadline: string | null) =>
    deadline ? `${lead}。${deadline}` : lead,
  occurrence: (label: string, offset: string) => `${label}（${offset}）`,
  listSeparator: '、',
  relativeFrom: (field: string) => `${field}から数えて`,
  annual: (month: number, day: number) => `毎年 ${month}月${day}日`,
  ageRange: (minYears: number | null, maxYears: number | null) =>
    minYears !== null && maxYears !== null
      ? `（${minYears}〜${maxYears}歳の方）`
      : minYears !== null
        ? `（${minYears}歳以上の方）`
        : maxYears !== null
          ? `（${maxYears}歳以下の方）`
          : '',
  deadline: (days: number) => `期限はその ${days} 日後`,
  audiences: {
    resident: '住民本人',
    'resident-and-watchers': '住民本人と見守りの家族（同意があるとき）',
  } as Record<string, string>,
  channels: { in_app: 'お知らせ欄', web_push: 'プッシュ通知', email: 'メール' } as Record<
    string,
    string
  >,
  loadMore: 'さらに表示',
  loadingMore: '読み込んでいます…',
};

export type AdminMessages = typeof ADMIN_JA;

const ADMIN_EN: AdminMessages = {
  navAdministration: 'Administration',
  sectionNavLabel: 'Administration menu',
  adminOnly: 'Only the municipality’s administrators can use this page.',
  adminOnlyBody:
    'If you need the permission, ask an administrator of the information policy section.',

  proceduresTitle: 'Procedures accepted online',
  overlayEditorTitle: 'Form changes (local fields, effective dates)',
  proceduresLead:
    'For each procedure with a standard form, choose whether this municipality accepts online applications (accepting) or not (stopped). A stopped procedure leaves the residents’ list and search, and no new drafts or applications can be made. Applications already submitted can still be reviewed.',
  proceduresCaption: (enabled: number, total: number) =>
    `${total} standard procedures (${enabled} accepting)`,
  noProcedures: 'There are no procedures with a standard form.',
  procedureColumns: {
    title: 'Procedure',
    category: 'Area',
    formVersion: 'Form version',
    availability: 'Online applications',
  },
  categories: { childcare: 'Childcare', care: 'Care', disaster: 'Disaster prevention' },
  neverOffered: 'Not registered',
  formVersion: (version: number) => `Version ${version}`,
  enabled: 'Accepting',
  disabled: 'Stopped',
  switchTarget: (title: string) => ` (${title})`,
  switching: 'Switching…',
  confirmDisableTitle: (title: string) => `Stop accepting “${title}”?`,
  confirmDisableBody:
    'Residents will no longer find this procedure, and can make no new application or draft. Submitted applications and those in review stay as they are.',
  confirmDisable: 'Stop',
  cancel: 'Cancel',
  switchedOn: (title: string) => `“${title}” is now accepted online.`,
  switchedOff: (title: string) => `“${title}” is no longer accepted online.`,
  switchFailed: (title: string) => `“${title}” could not be switched.`,

  apiKeysTitle: 'API keys (back-office integration)',
  apiKeysLead:
    'API keys let back-office systems import applications. A key reads this municipality’s applications only. Revoke a key as soon as it is no longer used.',
  apiKeysCaption: (count: number) => `${count} ${count === 1 ? 'API key' : 'API keys'}`,
  noApiKeys: 'No API keys yet.',
  apiKeyColumns: {
    name: 'Name',
    prefix: 'Key prefix',
    scopes: 'Permissions',
    createdAt: 'Created',
    lastUsedAt: 'Last used',
    status: 'Status',
    action: 'Action',
  },
  scopes: {
    'applications:read': 'Read applications',
    'applications:acknowledge': 'Mark as imported',
    'personal-data': 'Read specific personal information',
  },
  scopeHints: {
    'applications:read':
      'Reads the list and content of applications (Individual Numbers stay masked).',
    'applications:acknowledge': 'Marks applications imported into the back office.',
    'personal-data':
      'Reads Individual Numbers and the like unmasked. Each read is recorded. Give it only to integrations that need it.',
  },
  neverUsed: 'Never used',
  active: 'Active',
  revokedAt: (when: string) => `Revoked (${when})`,
  createHeading: 'Create an API key',
  nameLabel: 'Name (so its use is clear)',
  nameHint: 'For example: childcare system integration (production)',
  scopesLegend: 'Permissions',
  createButton: 'Create an API key',
  creating: 'Creating…',
  errorSummaryTitle: 'Please check your entries',
  nameRequired: 'Enter a name (up to 100 characters).',
  scopesRequired: 'Choose at least one permission.',
  createFailed: 'The API key could not be created.',
  createdTitle: (name: string) => `The API key “${name}” was created`,
  createdWarning:
    'This is the only time the key is shown. Copy it now and save it in the settings of the system it connects. Once you leave this page it cannot be shown again (if it is lost, revoke it and create a new one).',
  createdKeyLabel: 'API key',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'It could not be copied. Select the key and copy it.',
  dismissCreated: 'I have saved the key',
  revoke: 'Revoke',
  revokeTarget: (name: string, prefix: string) => ` (${name}, ${prefix}…)`,
  confirmRevokeTitle: (name: string) => `Revoke the API key “${name}”?`,
  confirmRevokeBody:
    'Systems using this key can no longer fetch applications, at once. This cannot be undone.',
  confirmRevoke: 'Revoke',
  revoked: (name: string) => `The API key “${name}” was revoked.`,
  revokeFailed: (name: string) => `The API key “${name}” could not be revoked.`,

  auditTitle: 'Audit trail',
  auditLead:
    'The record of who did what and when in this municipality (newest first). Showing an Individual Number, viewing an attachment and changing a procedure or a key are all recorded.',
  auditSearchRegion: 'Audit trail search',
  auditFiltersLegend: 'Filter',
  actorLabel: 'Who (staff ID or user ID)',
  actorHint: 'For example: staff-chiyoda-sato',
  receiptLabel: 'Receipt number',
  receiptHint: 'Lower case or no hyphen is fine.',
  actionLabel: 'Action',
  actionHint: 'Choose an action, or a group of them.',
  fromLabel: 'From (date)',
  toLabel: 'To (date)',
  dateHint: 'Japan time. For example: 2026-12-01',
  search: 'Search',
  clear: 'Clear the filters',
  actorInvalid: 'Enter a staff ID or user ID with letters, digits and . _ : @ -.',
  receiptInvalid: 'A receipt number has 8 characters, like “K7QF-3XMA”.',
  dateInvalid: 'Enter the date as 2026-12-01.',
  dateRangeInvalid: 'The start date must be before the end date.',
  auditCaption: (count: number, hasMore: boolean) =>
    hasMore ? `${count} audit records (more to load)` : `${count} audit records`,
  noAuditRows: 'No audit records match.',
  auditColumns: {
    occurredAt: 'Time',
    actor: 'Who',
    action: 'Action',
    target: 'Target',
    detail: 'Details',
  },
  actorKinds: { resident: 'Resident', staff: 'Staff', system: 'System' },
  actionGroups: {
    application: 'Applications',
    personal_data: 'Personal data',
    export: 'Exports',
    counter: 'Counter (filled in by staff)',
    administration: 'Administration',
    back_office: 'Back-office integration',
    notification: 'Notifications',
  },
  allOfGroup: (group: string) => `All: ${group}`,
  allActions: 'All actions',
  actions: {
    'application.submit': 'Application submitted',
    'application.resubmit': 'Resubmitted after correction',
    'application.withdraw': 'Withdrawn',
    'application.read': 'Application viewed',
    'application.assign': 'Assignee set',
    'application.assign.bulk': 'Assignee set in bulk (requested)',
    'application.assign.bulk.complete': 'Assignee set in bulk (finished)',
    'application.note.add': 'Internal note added',
    'application.review.start': 'Review started',
    'application.correction.request': 'Correction requested',
    'application.decision.draft.completed': 'Approval drafted',
    'application.decision.draft.rejected': 'Rejection drafted',
    'application.decision.approve': 'Approved at one stage',
    'application.decision.approve.1': 'Approved (stage 1)',
    'application.decision.approve.2': 'Approved (stage 2)',
    'application.decision.approve.3': 'Approved (stage 3)',
    'application.decision.approve.4': 'Approved (stage 4)',
    'application.decision.approve.5': 'Approved (stage 5)',
    'application.decision.approve.6': 'Approved (stage 6)',
    'application.decision.approve.7': 'Approved (stage 7)',
    'application.decision.approve.8': 'Approved (stage 8)',
    'application.decision.approve.9': 'Approved (stage 9)',
    'application.decision.send_back': 'Draft sent back',
    'application.decision.completed': 'Completed',
    'application.decision.rejected': 'Rejected',
    'draft.migrate': 'Draft moved to a newer form',
    'personal_data.reveal': 'Individual Number or other protected value shown',
    'personal_data.reveal_refused': 'Showing a protected value refused',
    'personal_data.read': 'Protected values read by the back office',
    'attachment.download': 'Attachment viewed',
    'application.export': 'Application list exported (CSV)',
    'application.export.job': 'Bulk export started',
    'application.export.download': 'Bulk export downloaded',
    'counter.fill': 'Filled in at the counter',
    'counter.cancel': 'Counter application cancelled',
    'counter.link_issued': 'Confirmation link issued',
    'counter.preview': 'Resident checked what was filled in',
    'counter.attachment_view': 'Resident checked an attachment',
    'counter.receipt': 'Receipt shown or printed',
    'counter.confirm': 'Resident confirmed and submitted',
    'procedure.enable': 'Procedure opened online',
    'procedure.disable': 'Procedure stopped online',
    'reminder_rules.update': 'Notification rules changed',
    'overlay_draft.save': 'Form changes saved as a draft',
    'overlay.publish': 'Form changes published',
    'api_key.create': 'API key created',
    'api_key.revoke': 'API key revoked',
    'application.acknowledge': 'Imported into the back office',
    'notification.delivery.retry': 'Notification retried',
  },
  receiptTarget: (receiptNumber: string) => `Receipt number ${receiptNumber}`,

  rulesTitle: 'Notification rules',
  rulesLead:
    'The notices this municipality sends residents (push notifications, e-mail, the notice list): the standard rules with this municipality’s dates, such as its health checkups.',
  rulesCaption: (count: number) => `${count} notices sent`,
  noRules: 'This municipality sends no notices.',
  ruleColumns: {
    rule: 'Notice',
    when: 'When',
    audience: 'To',
    channels: 'Channels',
  },
  ruleNames: {
    'child-allowance-claim-deadline': 'Child allowance claim deadline',
    'infant-health-checkup': 'Infant health checkup',
    'routine-vaccination': 'Routine vaccination',
    'childcare-status-report': 'Childcare facility status report',
    'pregnancy-birth-preparation': 'Preparing for the birth',
    'care-certification-renewal': 'Renewal of the care need certification',
    'turning-65': 'Turning 65 (category 1 insured of long-term care insurance)',
    'care-copayment-certificate': 'Long-term care co-payment certificate',
  },
  dateFields: {
    birthDate: 'date of birth',
    dueDate: 'expected date of birth',
    expiryDate: 'end of the certification period',
    validFrom: 'start of the certification period',
  },
  offset: (offset: { years: number | null; months: number | null; days: number | null }) => {
    const parts = [
      offset.years ? `${offset.years} ${offset.years === 1 ? 'year' : 'years'}` : '',
      offset.months ? `${offset.months} ${offset.months === 1 ? 'month' : 'months'}` : '',
      offset.days ? `${offset.days} ${offset.days === 1 ? 'day' : 'days'}` : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
    return parts === '' ? 'on the day' : `${parts} after`;
  },
  leadDays: (days: number) =>
    days === 0 ? 'Sent on the day' : `Sent ${days} ${days === 1 ? 'day' : 'days'} before each`,
  leadAndDeadline: (lead: string, deadline: string | null) =>
    deadline ? `${lead}. ${deadline}` : lead,
  occurrence: (label: string, offset: string) => `${label} (${offset})`,
  listSeparator: ', ',
  relativeFrom: (field: string) => `Counted from the ${field}`,
  annual: (month: number, day: number) => `Every year on ${month}/${day}`,
  ageRange: (minYears: number | null, maxYears: number | null) =>
    minYears !== null && maxYears !== null
      ? ` (aged ${minYears} to ${maxYears})`
      : minYears !== null
        ? ` (aged ${minYears} or over)`
        : maxYears !== null
          ? ` (aged ${maxYears} or under)`
          : '',
  deadline: (days: number) => `Deadline ${days} ${days === 1 ? 'day' : 'days'} later`,
  audiences: {
    resident: 'The resident',
    'resident-and-watchers': 'The resident and watching family members (with consent)',
  },
  channels: { in_app: 'Notice list', web_push: 'Push notification', email: 'E-mail' },
  loadMore: 'Show more',
  loadingMore: 'Loading…',
};

export const ADMIN_CATALOGUE: Record<ConsoleLocale, AdminMessages> = {
  ja: ADMIN_JA,
  en: ADMIN_EN,
};

/** The Japanese wording, for code outside a component. */
export const ADMIN_MESSAGES = ADMIN_JA;

/** The administrator's console's wording in the staff member's language. */
export function useAdminMessages(): AdminMessages {
  return ADMIN_CATALOGUE[useConsoleLocale().locale];
}
