import type { Locale } from '@madoguchi/shared-util-i18n';

/** Texts of the page a confirmation mail's link opens, in 日本語, English and やさしい日本語. */
export type EmailConfirmationMessages = {
  title: string;
  lead: string;
  confirm: string;
  decline: string;
  declineHint: string;
  confirmed: string;
  confirmedSubject: string;
  declined: string;
  missingToken: string;
  failed: string;
  settingsLink: string;
};

const JA: EmailConfirmationMessages = {
  title: 'メールアドレスの確認',
  lead: '窓口からのお知らせを、このメールアドレスで受け取るかどうかを選んでください。',
  confirm: '確認する',
  decline: '受け取らない',
  declineHint: '心当たりがない場合は「受け取らない」を押してください。このアドレスには送りません。',
  confirmed: 'メールアドレスを確認しました。これから通知をこのアドレスにお送りします。',
  confirmedSubject: 'メールアドレスを確認しました。申請の状況をこのアドレスにお知らせします。',
  declined: 'このアドレスには、これ以上お送りしません。',
  missingToken: 'リンクが正しくありません。メールのリンクをそのまま開いてください。',
  failed: '確認できませんでした。',
  settingsLink: '通知の設定へ',
};

const EN: EmailConfirmationMessages = {
  title: 'Confirm your e-mail address',
  lead: 'Choose whether this e-mail address receives notifications from Madoguchi.',
  confirm: 'Confirm',
  decline: 'Decline',
  declineHint: 'If you do not expect this, press "Decline": nothing more is sent to this address.',
  confirmed: 'Your e-mail address is confirmed. Notifications will now be sent to it.',
  confirmedSubject:
    'The e-mail address is confirmed. We will tell you how the application progresses at this address.',
  declined: 'Nothing more will be sent to this address.',
  missingToken: 'This link is not complete. Open the link in the mail as it is.',
  failed: 'The address could not be confirmed.',
  settingsLink: 'Notification settings',
};

const EASY_JA: EmailConfirmationMessages = {
  ...JA,
  title: 'メールアドレスの確認',
  lead: '窓口からのお知らせを、このメールアドレスで受け取るか、選んでください。',
  declineHint:
    '知らないメールのときは「受け取らない」を押してください。このアドレスには送りません。',
  confirmed: 'メールアドレスを確認しました。これから、このアドレスにお知らせを送ります。',
  confirmedSubject:
    'メールアドレスを確認しました。申し込みがどうなったか、このアドレスに送ります。',
  declined: 'このアドレスには、もう送りません。',
  missingToken: 'リンクが正しくありません。メールのリンクを、そのまま開いてください。',
  failed: '確認できませんでした。',
  settingsLink: '通知の設定へ',
};

export const EMAIL_CONFIRMATION_MESSAGES: Record<Locale, EmailConfirmationMessages> = {
  ja: JA,
  en: EN,
  easyJa: EASY_JA,
};
