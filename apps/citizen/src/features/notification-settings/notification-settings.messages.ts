import type { Locale } from '@madoguchi/shared-util-i18n';

/** Texts of the notification settings page, in 日本語, English and やさしい日本語. */
export type NotificationSettingsMessages = {
  title: string;
  lead: string;
  pushHeading: string;
  pushLead: string;
  pushUnsupported: string;
  pushDenied: string;
  pushEnable: string;
  pushDisable: string;
  pushEnabled: string;
  pushDevices: (count: number) => string;
  emailHeading: string;
  emailLabel: string;
  emailHint: string;
  saveEmail: string;
  emailSaved: string;
  emailPending: string;
  emailPendingHint: string;
  emailConfirmed: string;
  resendConfirmation: string;
  confirmationResent: string;
  categoriesHeading: string;
  categoriesHint: string;
  categoryNames: Record<'application' | 'childcare' | 'care', string>;
  receive: string;
  applicationAlwaysInbox: string;
  byPush: string;
  byEmail: string;
  quietHeading: string;
  quietHint: string;
  quietStart: string;
  quietEnd: string;
  languageLabel: string;
  languages: Record<Locale, string>;
  digestLabel: string;
  digestHint: string;
  savePreferences: string;
  preferencesSaved: string;
  saveFailed: string;
  invalidValue: string;
  watchHeading: string;
  watchLead: string;
  inviteeLabel: string;
  inviteeHint: string;
  relationshipLabel: string;
  relationships: Record<'family' | 'care_manager', string>;
  consent: string;
  invite: string;
  invitationCode: (code: string) => string;
  invitationCodeHint: string;
  acceptHeading: string;
  acceptLabel: string;
  acceptHint: string;
  accept: string;
  accepted: (name: string) => string;
  watchersHeading: string;
  watchingHeading: string;
  noWatchers: string;
  noWatching: string;
  statusInvited: string;
  statusActive: string;
  end: string;
  watcherEntry: (label: string, name: string | null) => string;
  watchingEntry: (name: string) => string;
};

const JA: NotificationSettingsMessages = {
  title: '通知の設定',
  lead: 'お知らせの受け取り方を選べます。アプリ内のお知らせには、いつもすべて届きます。',
  pushHeading: 'この端末のプッシュ通知',
  pushLead: 'この端末（ブラウザ）に通知を表示します。',
  pushUnsupported: 'このブラウザはプッシュ通知に対応していません。',
  pushDenied: '通知がブロックされています。ブラウザの設定で許可してください。',
  pushEnable: 'この端末で通知を受け取る',
  pushDisable: 'この端末では受け取らない',
  pushEnabled: 'この端末で通知を受け取ります。',
  pushDevices: (count) => `通知を受け取る端末: ${count} 台`,
  emailHeading: 'メール',
  emailLabel: 'メールアドレス',
  emailHint: '空にするとメールは送りません。',
  saveEmail: 'メールアドレスを保存',
  emailSaved: 'メールアドレスを保存しました。',
  emailPending: '確認待ち',
  emailPendingHint:
    'このアドレスに確認メールを送りました。メールのリンクを開いて「確認する」を押すまで、通知はメールでは届きません。',
  emailConfirmed: '確認済み',
  resendConfirmation: '確認メールをもう一度送る',
  confirmationResent: '確認メールを送りました。',
  categoriesHeading: 'お知らせの種類ごとの受け取り方',
  categoriesHint: '「受け取る」を外すと、その種類のリマインダーは届きません（オプトアウト）。',
  categoryNames: {
    application: '申請の状況',
    childcare: '子育て（健診・予防接種・手当）',
    care: '介護（認定の更新・負担割合証）',
  },
  receive: '受け取る',
  applicationAlwaysInbox: '申請の状況はアプリ内のお知らせにいつも届きます。',
  byPush: 'プッシュ通知',
  byEmail: 'メール',
  quietHeading: '通知しない時間',
  quietHint: 'この時間に届くプッシュ通知とメールは、時間が終わってから送ります（日本時間）。',
  quietStart: '開始',
  quietEnd: '終了',
  languageLabel: '通知の言語',
  languages: { ja: '日本語', en: 'English', easyJa: 'やさしい日本語' },
  digestLabel: 'まとめて通知する件数',
  digestHint: '1日のリマインダーがこの件数以上のとき、プッシュ通知とメールを1通にまとめます。',
  savePreferences: '設定を保存',
  preferencesSaved: '設定を保存しました。',
  saveFailed: '保存できませんでした。もう一度お試しください。',
  invalidValue: '入力内容を確認してください。',
  watchHeading: '見守り',
  watchLead: 'ご家族やケアマネジャーに、介護に関するお知らせを届けることができます。',
  inviteeLabel: '招待する人',
  inviteeHint: '例: 長男 一郎、ケアマネジャー 佐藤さん',
  relationshipLabel: '関係',
  relationships: { family: '家族・親族', care_manager: 'ケアマネジャー' },
  consent: '介護に関するお知らせをこの人と共有することに同意します。',
  invite: '招待コードを発行',
  invitationCode: (code) => `招待コード: ${code}`,
  invitationCodeHint: 'このコードを招待する人に伝えてください。7日間有効で、1回だけ使えます。',
  acceptHeading: '招待を受ける',
  acceptLabel: '招待コード',
  acceptHint: '例: ABCD-EFGH-JKMN',
  accept: '見守りを始める',
  accepted: (name) => `${name}さんの見守りを始めました。`,
  watchersHeading: 'わたしを見守っている人',
  watchingHeading: 'わたしが見守っている人',
  noWatchers: 'まだいません。',
  noWatching: 'まだいません。',
  statusInvited: '招待中',
  statusActive: '見守り中',
  end: '終了する',
  watcherEntry: (label, name) => (name ? `${label}（${name}）` : label),
  watchingEntry: (name) => `${name}さん`,
};

const EN: NotificationSettingsMessages = {
  title: 'Notification settings',
  lead: 'Choose how you receive notifications. Everything always reaches the in-app inbox.',
  pushHeading: 'Push notifications on this device',
  pushLead: 'Show notifications on this device (browser).',
  pushUnsupported: 'This browser does not support push notifications.',
  pushDenied: 'Notifications are blocked. Allow them in the browser settings.',
  pushEnable: 'Receive notifications on this device',
  pushDisable: 'Stop notifications on this device',
  pushEnabled: 'This device receives notifications.',
  pushDevices: (count) => `Devices receiving notifications: ${count}`,
  emailHeading: 'E-mail',
  emailLabel: 'E-mail address',
  emailHint: 'Leave empty to receive no e-mail.',
  saveEmail: 'Save e-mail address',
  emailSaved: 'E-mail address saved.',
  emailPending: 'Waiting for confirmation',
  emailPendingHint:
    'We sent a confirmation mail to this address. No notifications are e-mailed until you open its link and press "Confirm".',
  emailConfirmed: 'Confirmed',
  resendConfirmation: 'Send the confirmation mail again',
  confirmationResent: 'Confirmation mail sent.',
  categoriesHeading: 'How you receive each kind of notification',
  categoriesHint: 'Untick "Receive" to get no reminders of that kind (opt-out).',
  categoryNames: {
    application: 'Application status',
    childcare: 'Childcare (check-ups, vaccinations, allowances)',
    care: 'Long-term care (renewals, co-payment)',
  },
  receive: 'Receive',
  applicationAlwaysInbox: 'Application status always reaches the in-app inbox.',
  byPush: 'Push notification',
  byEmail: 'E-mail',
  quietHeading: 'Quiet hours',
  quietHint: 'Pushes and e-mails due in these hours are sent when they end (Japan time).',
  quietStart: 'From',
  quietEnd: 'Until',
  languageLabel: 'Language of notifications',
  languages: { ja: '日本語', en: 'English', easyJa: 'やさしい日本語' },
  digestLabel: 'Digest from',
  digestHint: 'From this many reminders on one day, pushes and e-mails come as one message.',
  savePreferences: 'Save settings',
  preferencesSaved: 'Settings saved.',
  saveFailed: 'Could not save. Please try again.',
  invalidValue: 'Check the values you entered.',
  watchHeading: 'Watching (見守り)',
  watchLead: 'A family member or your care manager can receive your care notifications.',
  inviteeLabel: 'Person to invite',
  inviteeHint: 'e.g. my son Ichiro, care manager Ms Sato',
  relationshipLabel: 'Relationship',
  relationships: { family: 'Family member', care_manager: 'Care manager' },
  consent: 'I agree to share my care notifications with this person.',
  invite: 'Create an invitation code',
  invitationCode: (code) => `Invitation code: ${code}`,
  invitationCodeHint: 'Give this code to the person. It is valid for 7 days and can be used once.',
  acceptHeading: 'Accept an invitation',
  acceptLabel: 'Invitation code',
  acceptHint: 'e.g. ABCD-EFGH-JKMN',
  accept: 'Start watching',
  accepted: (name) => `You are now watching ${name}.`,
  watchersHeading: 'People watching me',
  watchingHeading: 'People I watch',
  noWatchers: 'Nobody yet.',
  noWatching: 'Nobody yet.',
  statusInvited: 'Invited',
  statusActive: 'Active',
  end: 'End',
  watcherEntry: (label, name) => (name ? `${label} (${name})` : label),
  watchingEntry: (name) => name,
};

const EASY_JA: NotificationSettingsMessages = {
  ...JA,
  title: '通知の設定',
  lead: 'お知らせの受け取り方を選べます。アプリのお知らせには、いつも届きます。',
  pushHeading: 'このスマホやパソコンへの通知',
  pushEnable: 'このスマホやパソコンで通知を受け取る',
  pushDisable: 'このスマホやパソコンでは受け取らない',
  emailHeading: 'メール',
  emailSaved: 'メールアドレスを保存しました。',
  emailPending: '確認を待っています',
  emailPendingHint:
    'このアドレスに確認のメールを送りました。メールのリンクを開いて「確認する」を押すと、メールでお知らせが届くようになります。',
  emailConfirmed: '確認できました',
  resendConfirmation: '確認のメールをもう一度送る',
  confirmationResent: '確認のメールを送りました。',
  categoriesHeading: 'お知らせの種類ごとの受け取り方',
  categoryNames: { application: '申し込みの状況', childcare: '子育て', care: '介護' },
  receive: '受け取る',
  quietHeading: '通知しない時間',
  quietHint: 'この時間の通知とメールは、この時間が終わってから送ります。',
  savePreferences: '設定を保存する',
  preferencesSaved: '設定を保存しました。',
  watchHeading: '見守り',
  watchLead: '家族やケアマネジャーに、介護のお知らせを届けられます。',
  consent: '介護のお知らせを、この人と共有することに同意します。',
  invite: '招待コードを出す',
  accept: '見守りを始める',
  end: '終わる',
};

export const NOTIFICATION_SETTINGS_MESSAGES: Record<Locale, NotificationSettingsMessages> = {
  ja: JA,
  en: EN,
  easyJa: EASY_JA,
};
