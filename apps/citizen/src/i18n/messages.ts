import type { Locale } from '@madoguchi/shared-util-i18n';
import type { UiText } from '@madoguchi/web-ui-kit';
import { UI_TEXT_EASY_JA, UI_TEXT_EN, UI_TEXT_JA } from '@madoguchi/web-ui-kit';

/**
 * The citizen app's shared strings (with the ui-kit's as `ui`), in 日本語, English and やさしい日本語.
 * Not every string: features keep their own catalogues next to them (catalog, sign-in, life
 * records, notification settings, e-mail confirmation, correction, newer form version, what
 * happens next), form texts come from the form definitions, and messages-completeness.spec.ts
 * checks them all in the three languages.
 */
export type CitizenMessages = {
  ui: UiText;
  serviceName: string;
  pageTitle: (title: string) => string;
  navigationLabel: string;
  navHome: string;
  navApplications: string;
  navNotifications: string;
  unreadCount: (count: number) => string;
  languageLabel: string;
  signIn: string;
  signOut: string;
  signedInAs: (name: string) => string;
  footer: string;
  loading: string;
  loadFailed: string;
  retry: string;
  homeTitle: string;
  homeLead: string;
  municipalityLabel: string;
  municipalityHint: string;
  keywordLabel: string;
  keywordHint: string;
  proceduresHeading: (municipalityName: string) => string;
  procedureCount: (count: number) => string;
  noProcedures: string;
  categories: Record<string, string>;
  signInTitle: string;
  signInRequired: string;
  residentOnly: string;
  applyLead: string;
  draftSaved: (time: string) => string;
  draftSaveFailed: string;
  draftResumed: string;
  draftsHeading: string;
  draftLink: (title: string) => string;
  draftUpdatedAt: (time: string) => string;
  draftKeptUntil: (time: string) => string;
  draftDelete: (title: string) => string;
  submitFailed: string;
  sessionExpired: string;
  receiptTitle: string;
  receiptLead: string;
  receiptNumberLabel: string;
  receiptNumberNote: string;
  procedureLabel: string;
  municipalityCodeLabel: string;
  receivedAtLabel: string;
  statusLabel: string;
  toApplications: string;
  downloadReceiptPdf: string;
  receiptPdfNote: string;
  receiptOfficeLabel: string;
  nextStepsHeading: string;
  nextStepReview: (office: string) => string;
  nextStepProcessingDays: (days: number) => string;
  nextStepDueDate: (date: string) => string;
  nextStepCorrection: string;
  nextStepFollow: string;
  receiptContactHeading: string;
  receiptContactPhone: string;
  receiptContactEmail: string;
  applicationsTitle: string;
  noApplications: string;
  updatedAtLabel: string;
  applicationLink: (procedureTitle: string, receiptNumber: string) => string;
  historyHeading: string;
  answersHeading: string;
  messagesHeading: string;
  noMessages: string;
  backToApplications: string;
  actorKinds: Record<'resident' | 'staff' | 'system', string>;
  correctionNoticeTitle: string;
  correctionNoticeBody: string;
  correctApplication: string;
  correctionTitle: (procedureTitle: string) => string;
  correctionLead: string;
  resubmitted: string;
  withdrawHeading: string;
  withdrawLead: string;
  withdrawStart: string;
  withdrawReasonLabel: string;
  withdrawConfirm: string;
  withdrawCancel: string;
  withdrawn: string;
  actionFailed: string;
  notificationsTitle: string;
  notificationSettingsLink: string;
  noNotifications: string;
  unread: string;
  markRead: string;
  viewApplication: string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
};

const JA: CitizenMessages = {
  ui: UI_TEXT_JA,
  serviceName: '窓口 オンライン申請',
  pageTitle: (title) => `${title} | 窓口`,
  navigationLabel: 'メインメニュー',
  navHome: '手続をさがす',
  navApplications: '申請一覧',
  navNotifications: 'お知らせ',
  unreadCount: (count) => `未読 ${count} 件`,
  languageLabel: '言語 / Language',
  signIn: 'サインイン',
  signOut: 'サインアウト',
  signedInAs: (name) => `${name} さん`,
  footer: '窓口（Madoguchi）— 自治体への手続をオンラインで。',
  loading: '読み込んでいます…',
  loadFailed: '情報を読み込めませんでした。時間をおいてもう一度お試しください。',
  retry: '再読み込み',
  homeTitle: '手続をさがす',
  homeLead: 'お住まいの自治体を選ぶと、オンラインで申請できる手続が表示されます。',
  municipalityLabel: '申請先の自治体',
  municipalityHint: 'お住まいの市区町村を選んでください。',
  keywordLabel: 'キーワードで絞り込む',
  keywordHint: '例：児童手当、じどうてあて、介護',
  proceduresHeading: (name) => `${name}の手続`,
  procedureCount: (count) => `${count} 件の手続`,
  noProcedures: '該当する手続はありません。キーワードを変えてお試しください。',
  categories: { childcare: '子育て', care: '介護', disaster: '災害' },
  signInTitle: 'サインイン',
  signInRequired: 'この画面を使うにはサインインしてください。',
  residentOnly: '住民のアカウントでサインインしてください。',
  applyLead: '入力した内容は最後の確認画面で見直せます。送信するまで申請は届きません。',
  draftSaved: (time) => `入力内容を一時保存しました（${time}）。別の端末からも続きを入力できます。`,
  draftSaveFailed: '一時保存できませんでした。入力はこの画面に残っています。',
  draftResumed:
    '一時保存した内容から再開しました。個人番号（マイナンバー）はもう一度入力してください。',
  draftsHeading: '一時保存中の申請',
  draftLink: (title) => `${title}の続きを入力する`,
  draftUpdatedAt: (time) => `最終保存 ${time}`,
  draftKeptUntil: (time) =>
    `${time}まで保存します。それまでに送信するか、もう一度保存しないと削除されます。`,
  draftDelete: (title) => `${title}の一時保存を削除する`,
  submitFailed: '申請を送信できませんでした。',
  sessionExpired: 'サインインの有効期限が切れました。もう一度サインインしてから送信してください。',
  receiptTitle: '申請を受け付けました',
  receiptLead: '申請先で内容を確認します。状況は「申請一覧」とお知らせで確認できます。',
  receiptNumberLabel: '受付番号',
  receiptNumberNote:
    'お問い合わせの際に必要です。控え（PDF）を保存するか、番号を書き留めてください。',
  procedureLabel: '手続',
  municipalityCodeLabel: '申請先（地方公共団体コード）',
  receivedAtLabel: '受付日時',
  statusLabel: '状態',
  toApplications: '申請一覧へ',
  downloadReceiptPdf: '控え（PDF）をダウンロード',
  receiptPdfNote: '控えには、受付番号、申請した内容、添付したファイルが載っています。',
  receiptOfficeLabel: '申請先',
  nextStepsHeading: '今後の流れ',
  nextStepReview: (office) => `${office}が申請の内容を確認します。`,
  nextStepProcessingDays: (days) => `標準処理期間は開庁日で${days}日です。`,
  nextStepDueDate: (date) => `${date}ごろまでに処理する予定です。`,
  nextStepCorrection: '内容に不足や誤りがあるときは、補正のお願い（補正依頼）が届きます。',
  nextStepFollow: '審査の状況と結果は、「申請一覧」とお知らせで確認できます。',
  receiptContactHeading: 'お問い合わせ先',
  receiptContactPhone: '電話',
  receiptContactEmail: 'メール',
  applicationsTitle: '申請一覧',
  noApplications: 'まだ申請はありません。',
  updatedAtLabel: '最終更新',
  applicationLink: (title, receiptNumber) => `${title}（受付番号 ${receiptNumber}）`,
  historyHeading: '状況の履歴',
  answersHeading: '申請した内容',
  messagesHeading: '申請先からの連絡',
  noMessages: '申請先からの連絡はまだありません。',
  backToApplications: '申請一覧に戻る',
  actorKinds: { resident: 'あなた', staff: '申請先', system: 'システム' },
  correctionNoticeTitle: '申請先から修正（補正）を求められています',
  correctionNoticeBody: '「申請先からの連絡」を読んで、申請内容を修正してから送り直してください。',
  correctApplication: '申請内容を修正する',
  correctionTitle: (title) => `${title}（修正して再送信）`,
  correctionLead:
    '申請先が直すよう求めた項目だけを変更できます。ほかの項目は前回の内容のまま送られます（個人番号は安全のため一部だけ表示しています）。',
  resubmitted: '修正した申請を送りました。',
  withdrawHeading: '申請の取下げ',
  withdrawLead: '処理が終わる前なら、この申請を取り下げられます。取り下げた申請は元に戻せません。',
  withdrawStart: '申請を取り下げる',
  withdrawReasonLabel: '取り下げる理由（任意）',
  withdrawConfirm: '取り下げを確定する',
  withdrawCancel: 'やめる',
  withdrawn: '申請を取り下げました。',
  actionFailed: '処理できませんでした。',
  notificationsTitle: 'お知らせ',
  notificationSettingsLink: 'お知らせの受け取り方を設定する（プッシュ通知・メール・見守り）',
  noNotifications: 'お知らせはありません。',
  unread: '未読',
  markRead: '既読にする',
  viewApplication: '申請を見る',
  notFoundTitle: 'ページが見つかりません',
  notFoundBody: 'お探しのページは移動したか、削除された可能性があります。',
  backHome: 'トップページへ',
};

const EN: CitizenMessages = {
  ui: UI_TEXT_EN,
  serviceName: 'Madoguchi online applications',
  pageTitle: (title) => `${title} | Madoguchi`,
  navigationLabel: 'Main menu',
  navHome: 'Find a procedure',
  navApplications: 'My applications',
  navNotifications: 'Notifications',
  unreadCount: (count) => `${count} unread`,
  languageLabel: '言語 / Language',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (name) => `Signed in as ${name}`,
  footer: 'Madoguchi (窓口) — municipal procedures online.',
  loading: 'Loading…',
  loadFailed: 'Could not load the information. Please try again later.',
  retry: 'Reload',
  homeTitle: 'Find a procedure',
  homeLead: 'Choose your municipality to see the procedures you can apply for online.',
  municipalityLabel: 'Municipality',
  municipalityHint: 'Choose the city, ward, town or village you live in.',
  keywordLabel: 'Filter by keyword',
  keywordHint: 'For example: child allowance, 児童手当, care',
  proceduresHeading: (name) => `Procedures of ${name}`,
  procedureCount: (count) => `${count} procedure${count === 1 ? '' : 's'}`,
  noProcedures: 'No procedure matches. Try another keyword.',
  categories: { childcare: 'Childcare', care: 'Long-term care', disaster: 'Disaster' },
  signInTitle: 'Sign in',
  signInRequired: 'Sign in to use this page.',
  residentOnly: 'Sign in with a resident account.',
  applyLead: 'You can check your answers on the last page. Nothing is sent until you submit.',
  draftSaved: (time) => `Your answers were saved (${time}). You can continue on another device.`,
  draftSaveFailed: 'Your answers could not be saved. They are still on this page.',
  draftResumed:
    'You are continuing a saved application. Please enter your Individual Number (My Number) again.',
  draftsHeading: 'Saved applications',
  draftLink: (title) => `Continue ${title}`,
  draftUpdatedAt: (time) => `Last saved ${time}`,
  draftKeptUntil: (time) =>
    `Kept until ${time}. Submit it or save it again before then, or it will be deleted.`,
  draftDelete: (title) => `Delete the saved ${title}`,
  submitFailed: 'Your application could not be submitted.',
  sessionExpired: 'Your sign-in has expired. Sign in again, then submit.',
  receiptTitle: 'Application received',
  receiptLead:
    'The office will check your application. Follow it under "My applications" and in your notifications.',
  receiptNumberLabel: 'Receipt number',
  receiptNumberNote:
    'You need it when you contact the office. Save the receipt (PDF) or write the number down.',
  procedureLabel: 'Procedure',
  municipalityCodeLabel: 'Municipality (local government code)',
  receivedAtLabel: 'Received at',
  statusLabel: 'Status',
  toApplications: 'Go to my applications',
  downloadReceiptPdf: 'Download the receipt (PDF)',
  receiptPdfNote:
    'The receipt shows the receipt number, what you sent and the files you attached (in Japanese).',
  receiptOfficeLabel: 'Sent to',
  nextStepsHeading: 'What happens next',
  nextStepReview: (office) => `${office} will check your application.`,
  nextStepProcessingDays: (days) =>
    `The standard processing time is ${days} working ${days === 1 ? 'day' : 'days'}.`,
  nextStepDueDate: (date) => `It should be dealt with by about ${date}.`,
  nextStepCorrection:
    'If something is missing or wrong, the office will ask you to correct it (a correction request).',
  nextStepFollow:
    'Follow the review and its result in “My applications” and in your notifications.',
  receiptContactHeading: 'Contact',
  receiptContactPhone: 'Phone',
  receiptContactEmail: 'E-mail',
  applicationsTitle: 'My applications',
  noApplications: 'You have no applications yet.',
  updatedAtLabel: 'Last updated',
  applicationLink: (title, receiptNumber) => `${title} (receipt number ${receiptNumber})`,
  historyHeading: 'History',
  answersHeading: 'What you sent',
  messagesHeading: 'Messages from the office',
  noMessages: 'No messages from the office yet.',
  backToApplications: 'Back to my applications',
  actorKinds: { resident: 'You', staff: 'The office', system: 'System' },
  correctionNoticeTitle: 'The office asks you to correct your application',
  correctionNoticeBody:
    'Read the message from the office, correct your answers and send them again.',
  correctApplication: 'Correct your application',
  correctionTitle: (title) => `${title} (correct and send again)`,
  correctionLead:
    'Only the fields the office asked you to correct can be changed. Your other answers are sent as before (for your safety, only the end of your My Number is shown).',
  resubmitted: 'Your corrected application was sent.',
  withdrawHeading: 'Withdraw the application',
  withdrawLead:
    'You can withdraw this application until it is decided. A withdrawn application cannot be restored.',
  withdrawStart: 'Withdraw the application',
  withdrawReasonLabel: 'Reason (optional)',
  withdrawConfirm: 'Confirm the withdrawal',
  withdrawCancel: 'Cancel',
  withdrawn: 'Your application was withdrawn.',
  actionFailed: 'That did not work.',
  notificationsTitle: 'Notifications',
  notificationSettingsLink: 'Choose how you are notified (push, e-mail, family watch)',
  noNotifications: 'You have no notifications.',
  unread: 'Unread',
  markRead: 'Mark as read',
  viewApplication: 'View the application',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page may have moved or been removed.',
  backHome: 'Go to the home page',
};

const EASY_JA: CitizenMessages = {
  ...JA,
  ui: UI_TEXT_EASY_JA,
  serviceName: 'まどぐち（インターネットで申請）',
  pageTitle: (title) => `${title} | まどぐち`,
  navigationLabel: 'メニュー',
  navHome: '手続きを探す',
  navApplications: '申請の一覧',
  navNotifications: 'お知らせ',
  unreadCount: (count) => `まだ読んでいないお知らせ ${count}個`,
  signIn: 'はいる（サインイン）',
  signOut: 'でる（サインアウト）',
  loading: '読み込んでいます…',
  loadFailed: '読み込めませんでした。後でもう一度試してください。',
  retry: 'もう一度読み込む',
  homeTitle: '手続きを探す',
  homeLead: '住んでいる町を選ぶと、インターネットでできる手続きが出ます。',
  municipalityLabel: '住んでいる町',
  municipalityHint: '市役所・区役所・町村役場を選んでください。',
  keywordLabel: '言葉で探す',
  keywordHint: '例：児童手当、介護',
  proceduresHeading: (name) => `${name}の手続き`,
  procedureCount: (count) => `手続き ${count}個`,
  noProcedures: '見つかりません。ほかの言葉で探してください。',
  categories: { childcare: '子育て', care: '介護', disaster: '災害' },
  signInTitle: 'はいる（サインイン）',
  signInRequired: 'このページを使うには、ログイン（サインイン）してください。',
  residentOnly: '住民のアカウントでログインしてください。',
  applyLead: '最後に、書いたことを確かめられます。「送る」を押すまで、申請は届きません。',
  draftSaved: (time) =>
    `書いたことを保存しました（${time}）。ほかのスマホやパソコンからも続きを書けます。`,
  draftSaveFailed: '保存できませんでした。書いたことは、この画面に残っています。',
  draftResumed: '保存したところから始めます。マイナンバーをもう一度書いてください。',
  draftsHeading: '保存している申請',
  draftLink: (title) => `${title}の続きを書く`,
  draftUpdatedAt: (time) => `最後に保存した時間 ${time}`,
  draftKeptUntil: (time) =>
    `${time}まで保存します。それまでに送るか、もう一度保存しないと消えます。`,
  draftDelete: (title) => `${title}の保存を消す`,
  submitFailed: '送れませんでした。',
  sessionExpired: '時間が過ぎました。もう一度ログインしてから送ってください。',
  receiptTitle: '申請を受け付けました',
  receiptLead: '役所が調べます。「申請の一覧」と「お知らせ」で見られます。',
  receiptNumberLabel: '受付番号',
  receiptNumberNote:
    '問い合わせるときに必要です。控え（PDF）を保存するか、番号を書いておいてください。',
  procedureLabel: '手続き',
  receivedAtLabel: '受け付けた日と時間',
  statusLabel: '今の状況',
  toApplications: '申請の一覧へ',
  downloadReceiptPdf: '控え（PDF）をダウンロードする',
  receiptPdfNote: '控えには、受付番号と、送った内容と、付けたファイルが書いてあります。',
  receiptOfficeLabel: '送った役所',
  nextStepsHeading: 'これから',
  nextStepReview: (office) => `${office}が、送った内容を調べます。`,
  nextStepProcessingDays: (days) => `役所が開いている日で、${days}日ぐらいかかります。`,
  nextStepDueDate: (date) => `${date}ごろまでに終わる予定です。`,
  nextStepCorrection:
    '足りないことや間違いがあるときは、役所から「直してください」と連絡があります。',
  nextStepFollow: '今どうなっているかは、「申請の一覧」と「お知らせ」で見られます。',
  receiptContactHeading: '問い合わせるところ',
  receiptContactPhone: '電話',
  receiptContactEmail: 'メール',
  applicationsTitle: '申請の一覧',
  noApplications: 'まだ申請はありません。',
  updatedAtLabel: '最後に変わった日',
  applicationLink: (title, receiptNumber) => `${title}（受付番号 ${receiptNumber}）`,
  historyHeading: 'これまでの状況',
  answersHeading: '送った内容',
  messagesHeading: '役所からの連絡',
  noMessages: '役所からの連絡は、まだありません。',
  backToApplications: '申請の一覧に戻る',
  actorKinds: { resident: 'あなた', staff: '役所', system: 'システム' },
  correctionNoticeTitle: '役所から、直してくださいと言われています',
  correctionNoticeBody: '「役所からの連絡」を読んで、直してから、もう一度送ってください。',
  correctApplication: '申請を直す',
  correctionTitle: (title) => `${title}（直して、もう一度送る）`,
  correctionLead:
    '役所が「直してください」と言ったところだけ、変えることができます。ほかのところは、前に書いたまま送ります（マイナンバーは、最後の4つの数字だけ見せます）。',
  resubmitted: '直した申請を送りました。',
  withdrawHeading: '申請をやめる（取り下げ）',
  withdrawLead: '終わる前なら、この申請をやめられます。やめたら、元に戻せません。',
  withdrawStart: '申請をやめる',
  withdrawReasonLabel: 'やめる理由（書かなくてもよい）',
  withdrawConfirm: '本当にやめる',
  withdrawCancel: '戻る',
  withdrawn: '申請をやめました。',
  actionFailed: 'うまくいきませんでした。',
  notificationsTitle: 'お知らせ',
  notificationSettingsLink: 'お知らせの受け取り方を決める（プッシュ・メール・見守り）',
  noNotifications: 'お知らせはありません。',
  unread: 'まだ読んでいない',
  markRead: '読んだことにする',
  viewApplication: '申請を見る',
  notFoundTitle: 'ページが見つかりません',
  notFoundBody: 'ページが移ったか、なくなったかもしれません。',
  backHome: '初めのページへ',
};

export const CITIZEN_MESSAGES: Record<Locale, CitizenMessages> = {
  ja: JA,
  en: EN,
  easyJa: EASY_JA,
};

/** The BCP 47 tag of a locale: やさしい日本語 is Japanese. */
export const LOCALE_LANG: Record<Locale, string> = { ja: 'ja', en: 'en', easyJa: 'ja' };

export const LANGUAGE_OPTIONS = [
  { value: 'ja', label: '日本語', lang: 'ja' },
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'easyJa', label: 'やさしい日本語', lang: 'ja' },
] as const satisfies readonly { value: Locale; label: string; lang: string }[];
