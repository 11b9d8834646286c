import type { Locale } from '@madoguchi/shared-util-i18n';

/** The fixed strings of the form renderer, in the three languages of the citizen app. */
export type RenderMessages = {
  stepProgress: (current: number, total: number) => string;
  confirmationProgress: string;
  next: string;
  back: string;
  toConfirmation: string;
  confirmationTitle: string;
  confirmationLead: string;
  change: string;
  submit: string;
  submitting: string;
  addItem: (itemLabel: string) => string;
  removeItem: (itemLabel: string, position: number) => string;
  itemLegend: (itemLabel: string, position: number) => string;
  noItems: string;
  yes: string;
  no: string;
  consentGiven: string;
  consentNotGiven: string;
  notAnswered: string;
  publicFundAccount: string;
  bankTransfer: string;
  ordinaryAccount: string;
  currentAccount: string;
  maskedMyNumber: (lastDigits: string) => string;
  computedHint: string;
  attachmentCount: (count: number) => string;
  attachmentTooLarge: (fileName: string, megabytes: number) => string;
  attachmentWrongType: (fileName: string) => string;
  attachmentTooMany: (maxFiles: number) => string;
  removeAttachment: (fileName: string) => string;
  yenSuffix: string;
  dateRangeSeparator: string;
};

const JA: RenderMessages = {
  stepProgress: (current, total) => `ステップ ${current} / ${total}`,
  confirmationProgress: '入力内容の確認',
  next: '次へ',
  back: '戻る',
  toConfirmation: '確認画面へ進む',
  confirmationTitle: '入力内容の確認',
  confirmationLead: '内容を確認して「送信する」を押してください。送信するまで申請は届きません。',
  change: '変更する',
  submit: '送信する',
  submitting: '送信しています…',
  addItem: (label) => `${label}を追加`,
  removeItem: (label, position) => `${label} ${position} を削除`,
  itemLegend: (label, position) => `${label} ${position}`,
  noItems: 'まだありません。',
  yes: 'はい',
  no: 'いいえ',
  consentGiven: '同意する',
  consentNotGiven: '同意しない',
  notAnswered: '未入力',
  publicFundAccount: '公金受取口座を利用する',
  bankTransfer: '口座を指定する',
  ordinaryAccount: '普通',
  currentAccount: '当座',
  maskedMyNumber: (last) => `＊＊＊＊ ＊＊＊＊ ${last}（個人番号は一部のみ表示しています）`,
  computedHint: '入力内容から自動で計算されます。',
  attachmentCount: (count) => `${count} 件のファイル`,
  attachmentTooLarge: (name, mb) =>
    `${name} は大きすぎます。${mb} MB 以下のファイルを選んでください。`,
  attachmentWrongType: (name) => `${name} は受け付けられない形式です。`,
  attachmentTooMany: (max) => `ファイルは ${max} 件まで選べます。`,
  removeAttachment: (name) => `${name} を取り消す`,
  yenSuffix: '円',
  dateRangeSeparator: '〜',
};

const EN: RenderMessages = {
  stepProgress: (current, total) => `Step ${current} of ${total}`,
  confirmationProgress: 'Check your answers',
  next: 'Continue',
  back: 'Back',
  toConfirmation: 'Check your answers',
  confirmationTitle: 'Check your answers',
  confirmationLead: 'Check your answers, then press "Submit". Nothing is sent until you submit.',
  change: 'Change',
  submit: 'Submit',
  submitting: 'Submitting…',
  addItem: (label) => `Add ${label}`,
  removeItem: (label, position) => `Remove ${label} ${position}`,
  itemLegend: (label, position) => `${label} ${position}`,
  noItems: 'None yet.',
  yes: 'Yes',
  no: 'No',
  consentGiven: 'Agreed',
  consentNotGiven: 'Not agreed',
  notAnswered: 'Not answered',
  publicFundAccount: 'Use my registered public-benefit account (公金受取口座)',
  bankTransfer: 'Give a bank account',
  ordinaryAccount: 'Ordinary (普通)',
  currentAccount: 'Current (当座)',
  maskedMyNumber: (last) => `**** **** ${last} (partly hidden)`,
  computedHint: 'Calculated from your answers.',
  attachmentCount: (count) => `${count} file${count === 1 ? '' : 's'}`,
  attachmentTooLarge: (name, mb) => `${name} is too large. Choose a file of ${mb} MB or less.`,
  attachmentWrongType: (name) => `${name} is not an accepted file type.`,
  attachmentTooMany: (max) => `You can choose up to ${max} files.`,
  removeAttachment: (name) => `Remove ${name}`,
  yenSuffix: 'yen',
  dateRangeSeparator: 'to',
};

const EASY_JA: RenderMessages = {
  ...JA,
  stepProgress: (current, total) => `${total}の うち ${current}ばんめ`,
  confirmationProgress: 'かいた ことを たしかめる',
  next: 'つぎへ',
  back: 'もどる',
  toConfirmation: 'たしかめる がめんへ',
  confirmationTitle: 'かいた ことを たしかめる',
  confirmationLead: 'よく みて「おくる」を おしてください。おすまで とどきません。',
  change: 'なおす',
  submit: 'おくる',
  submitting: 'おくっています…',
  addItem: (label) => `${label}を ふやす`,
  removeItem: (label, position) => `${label} ${position}を けす`,
  noItems: 'まだ ありません。',
  consentGiven: 'いいです',
  consentNotGiven: 'いいえ',
  notAnswered: 'かいていません',
  publicFundAccount: 'こうきん うけとり こうざを つかう',
  bankTransfer: 'ぎんこうの こうざを かく',
  maskedMyNumber: (last) => `＊＊＊＊ ＊＊＊＊ ${last}（マイナンバーは ぜんぶは みせません）`,
  computedHint: 'かいた ことから じどうで けいさんします。',
  attachmentCount: (count) => `ファイル ${count}こ`,
  attachmentTooLarge: (name, mb) =>
    `${name} は おおきすぎます。${mb} MB より ちいさい ファイルに してください。`,
  attachmentWrongType: (name) => `${name} は つかえない ファイルです。`,
  attachmentTooMany: (max) => `ファイルは ${max}こ まで です。`,
  removeAttachment: (name) => `${name} を やめる`,
};

export const RENDER_MESSAGES: Record<Locale, RenderMessages> = { ja: JA, en: EN, easyJa: EASY_JA };
