import type { Locale } from '@madoguchi/shared-util-i18n';

/**
 * The fixed words of the citizen app a resident reads and presses, per language (as the form
 * renderer, ui-kit and the citizen app print them). The journeys find controls by these words,
 * so a renamed button fails a journey the way it would puzzle a person.
 */
export type UiWords = {
  next: string;
  toConfirmation: string;
  confirmationTitle: string;
  submit: string;
  requiredMark: string;
  yes: string;
  no: string;
  addItem: (itemLabel: string) => string;
  itemLegend: (itemLabel: string, position: number) => string;
  /** The button beside an uploaded file (and beside a refused one). */
  removeAttachment: (fileName: string) => string;
  publicFundAccount: string;
  bankTransfer: string;
  ordinaryAccount: string;
  currentAccount: string;
  receiptTitle: string;
  receiptNumberLabel: string;
  /** The name of the link that downloads the PDF 控え on the receipt page. */
  receiptPdfLink: string;
  /** The language's button in the switcher (日本語 / English / やさしい日本語). */
  languageButton: string;
};

export const UI_WORDS: Record<Locale, UiWords> = {
  ja: {
    next: '次へ',
    toConfirmation: '確認画面へ進む',
    confirmationTitle: '入力内容の確認',
    submit: '送信する',
    requiredMark: '必須',
    yes: 'はい',
    no: 'いいえ',
    addItem: (label) => `${label}を追加`,
    itemLegend: (label, position) => `${label} ${position}`,
    removeAttachment: (name) => `${name} を取り消す`,
    publicFundAccount: '公金受取口座を利用する',
    bankTransfer: '口座を指定する',
    ordinaryAccount: '普通',
    currentAccount: '当座',
    receiptTitle: '申請を受け付けました',
    receiptNumberLabel: '受付番号',
    receiptPdfLink: '控え（PDF）をダウンロード',
    languageButton: '日本語',
  },
  en: {
    next: 'Continue',
    toConfirmation: 'Check your answers',
    confirmationTitle: 'Check your answers',
    submit: 'Submit',
    requiredMark: 'Required',
    yes: 'Yes',
    no: 'No',
    addItem: (label) => `Add ${label}`,
    itemLegend: (label, position) => `${label} ${position}`,
    removeAttachment: (name) => `Remove ${name}`,
    publicFundAccount: 'Use my registered public-benefit account (公金受取口座)',
    bankTransfer: 'Give a bank account',
    ordinaryAccount: 'Ordinary (普通)',
    currentAccount: 'Current (当座)',
    receiptTitle: 'Application received',
    receiptNumberLabel: 'Receipt number',
    receiptPdfLink: 'Download the receipt (PDF)',
    languageButton: 'English',
  },
  easyJa: {
    next: '次へ',
    toConfirmation: '確かめる画面へ',
    confirmationTitle: '書いたことを確かめる',
    submit: '送る',
    requiredMark: '必ず答える',
    yes: 'はい',
    no: 'いいえ',
    addItem: (label) => `${label}を増やす`,
    itemLegend: (label, position) => `${label} ${position}`,
    removeAttachment: (name) => `${name}をやめる`,
    publicFundAccount: '公金受取口座を使う',
    bankTransfer: '銀行の口座を書く',
    ordinaryAccount: '普通',
    currentAccount: '当座',
    receiptTitle: '申請を受け付けました',
    receiptNumberLabel: '受付番号',
    receiptPdfLink: '控え（PDF）をダウンロードする',
    languageButton: 'やさしい日本語',
  },
};
