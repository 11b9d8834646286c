import type { Locale } from '@madoguchi/shared-util-i18n';
import type { CounterIdentityMethod } from '@madoguchi/procedures-contracts';

/** Texts of the page a counter's confirmation link opens, in 日本語, English and やさしい日本語. */
export type CounterConfirmationMessages = {
  title: string;
  lead: string;
  procedure: string;
  municipality: string;
  identity: string;
  identityMethods: Record<CounterIdentityMethod, string>;
  answersHeading: string;
  maskedNote: string;
  expiresAt: (time: string) => string;
  confirm: string;
  confirming: string;
  notRight: string;
  confirmedTitle: string;
  receiptNumber: string;
  submittedAt: string;
  receiptLink: string;
  anonymousNote: string;
  print: string;
  missingToken: string;
  failed: string;
  loadFailed: string;
  loading: string;
  attachmentsHeading: string;
  attachmentsLead: string;
  attachmentsNone: string;
  slotCount: (count: number) => string;
  fileDetails: (type: string, size: string) => string;
  showImage: (fileName: string) => string;
  imageAlt: (fileName: string) => string;
  imageFailed: string;
  downloadReceipt: string;
  downloadingReceipt: string;
  receiptFailed: string;
  receiptUntil: (time: string) => string;
};

const JA: CounterConfirmationMessages = {
  title: '窓口で入力した申請の確認',
  lead: '窓口の職員があなたに代わって入力しました。内容を確かめて、正しければ「確認して申請する」を押してください。押すまで申請は届きません。',
  procedure: '手続',
  municipality: '申請先',
  identity: '窓口での本人確認',
  identityMethods: {
    my_number_card: 'マイナンバーカード',
    drivers_license: '運転免許証',
    other: 'その他の書類',
  },
  answersHeading: '入力された内容',
  maskedNote: '個人番号などは、一部を伏せて表示しています。',
  expiresAt: (time) => `この画面は ${time} まで使えます。`,
  confirm: '確認して申請する',
  confirming: '申請しています…',
  notRight:
    '違うところがあるときは、押さずに窓口の職員に伝えてください。職員が直してから、新しい確認画面を出します。',
  confirmedTitle: '申請しました',
  receiptNumber: '受付番号',
  submittedAt: '受付日時',
  receiptLink: '申請の控えを見る',
  anonymousNote:
    '受付番号を控えてください。問い合わせのときに使います。控えは窓口の職員からも受け取れます。',
  print: 'この画面を印刷する',
  missingToken:
    'リンクが正しくありません。窓口で表示された QR コードまたはリンクをそのまま開いてください。',
  failed: '申請できませんでした。',
  loadFailed: '内容を表示できませんでした。',
  loading: '読み込んでいます…',
  attachmentsHeading: '窓口で添付した書類',
  attachmentsLead:
    '窓口の職員が、あなたが持ってきた書類をスキャンまたは撮影して添付しました。正しい書類か確かめてください。',
  attachmentsNone: '添付した書類はありません。',
  slotCount: (count) => `${count} 件`,
  fileDetails: (type, size) => `${type}、${size}`,
  showImage: (fileName) => `${fileName} の画像を見る`,
  imageAlt: (fileName) => `${fileName} の画像`,
  imageFailed: '画像を表示できませんでした。',
  downloadReceipt: '控えをダウンロードする（PDF）',
  downloadingReceipt: '控えを用意しています…',
  receiptFailed: '控えをダウンロードできませんでした。',
  receiptUntil: (time) => `控えは ${time} まで、この画面からダウンロードできます。`,
};

const EN: CounterConfirmationMessages = {
  title: 'Check the application filled in at the counter',
  lead: 'A member of staff filled in this application for you at the counter. Check the answers and, if they are right, press "Confirm and apply". Nothing is sent until you press it.',
  procedure: 'Procedure',
  municipality: 'Municipality',
  identity: 'Identity checked at the counter with',
  identityMethods: {
    my_number_card: 'My Number Card',
    drivers_license: "Driver's licence",
    other: 'Another document',
  },
  answersHeading: 'The answers',
  maskedNote: 'Part of your My Number and other protected values is hidden.',
  expiresAt: (time) => `This page can be used until ${time}.`,
  confirm: 'Confirm and apply',
  confirming: 'Applying…',
  notRight:
    'If something is wrong, do not press the button: tell the staff at the counter. They will correct it and show you a new page.',
  confirmedTitle: 'Your application has been sent',
  receiptNumber: 'Receipt number',
  submittedAt: 'Received at',
  receiptLink: 'See the receipt (控え)',
  anonymousNote:
    'Please note the receipt number: you will need it for any question. The staff at the counter can also give you the receipt.',
  print: 'Print this page',
  missingToken:
    'This link is not valid. Please open the QR code or the link shown at the counter as it is.',
  failed: 'The application could not be sent.',
  loadFailed: 'The application could not be shown.',
  loading: 'Loading…',
  attachmentsHeading: 'Documents attached at the counter',
  attachmentsLead:
    'The staff at the counter scanned or photographed the documents you brought and attached them. Check that they are the right documents.',
  attachmentsNone: 'No document was attached.',
  slotCount: (count) => `${count} ${count === 1 ? 'file' : 'files'}`,
  fileDetails: (type, size) => `${type}, ${size}`,
  showImage: (fileName) => `See the image of ${fileName}`,
  imageAlt: (fileName) => `The image of ${fileName}`,
  imageFailed: 'The image could not be shown.',
  downloadReceipt: 'Download the receipt (PDF)',
  downloadingReceipt: 'Preparing the receipt…',
  receiptFailed: 'The receipt could not be downloaded.',
  receiptUntil: (time) => `You can download the receipt from this page until ${time}.`,
};

const EASY_JA: CounterConfirmationMessages = {
  ...JA,
  title: '窓口で書いた申請の確認',
  lead: '窓口の人が代わりに書きました。内容を見て、正しければ「確認して申請する」を押してください。',
  confirm: '確認して申請する',
  notRight: '違うところがあれば、押さないで窓口の人に言ってください。',
  confirmedTitle: '申請しました',
  anonymousNote: '受付番号をメモしてください。',
  attachmentsHeading: '窓口で付けた書類',
  attachmentsLead:
    '窓口の人が、あなたがもってきた書類の写真を付けました。正しい書類か見てください。',
  attachmentsNone: '付けた書類はありません。',
  imageFailed: '画像を見ることができませんでした。',
  downloadReceipt: '控えをダウンロードする（PDF）',
  receiptFailed: '控えをダウンロードできませんでした。',
  receiptUntil: (time) => `控えは ${time} まで、この画面からダウンロードできます。`,
};

export const COUNTER_CONFIRMATION_MESSAGES: Record<Locale, CounterConfirmationMessages> = {
  ja: JA,
  en: EN,
  easyJa: EASY_JA,
};
