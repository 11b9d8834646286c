import type { Locale } from '@madoguchi/shared-util-i18n';

/**
 * Why an upload did not make it: the API's refusal codes for a file (`POST /api/attachments`),
 * the client's `network_error`, an expired session, and `other` for any code not listed here.
 */
export const ATTACHMENT_REFUSAL_CODES = [
  'file_too_large',
  'file_empty',
  'file_type_not_allowed',
  'file_encrypted',
  'file_active_content',
  'file_corrupt',
  'upload_incomplete',
  'network_error',
  'unauthenticated',
  'other',
] as const;
export type AttachmentRefusalCode = (typeof ATTACHMENT_REFUSAL_CODES)[number];

/** The refusal code of an API error code (`other` when it is not one of ours). */
export function toAttachmentRefusalCode(code: string): AttachmentRefusalCode {
  return (ATTACHMENT_REFUSAL_CODES as readonly string[]).includes(code)
    ? (code as AttachmentRefusalCode)
    : 'other';
}

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
  /** The label of an upload's progress bar, and its spoken value. */
  attachmentUploading: (fileName: string) => string;
  attachmentProgress: (percent: number) => string;
  /** Announced politely when a file has reached the office's server, or was removed. */
  attachmentUploaded: (fileName: string) => string;
  attachmentRemoved: (fileName: string) => string;
  attachmentRetry: (fileName: string) => string;
  attachmentCancel: (fileName: string) => string;
  /** Why the API refused a file (its error code), or why it did not reach it. */
  attachmentRefused: (fileName: string, code: AttachmentRefusalCode) => string;
  attachmentRemoveFailed: (fileName: string) => string;
  /** An id in a saved answer whose file is no longer there (deleted, or kept too long). */
  attachmentMissing: string;
  yenSuffix: string;
  dateRangeSeparator: string;
};

const JA_REFUSALS: Record<AttachmentRefusalCode, string> = {
  file_too_large: 'ファイルが大きすぎます。上限以下のファイルを選んでください。',
  file_empty: 'ファイルが空です。中身のあるファイルを選んでください。',
  file_type_not_allowed:
    'この書類には、この種類のファイルは添付できません。指定された形式のファイルを選んでください。',
  file_encrypted:
    'パスワードで保護されたファイルは添付できません。保護を解除してから添付してください。',
  file_active_content:
    'スクリプトや埋め込みファイルを含むPDFは添付できません。印刷してスキャンするか、写真で添付してください。',
  file_corrupt:
    'ファイルが壊れているか、読み取れません。もう一度撮影または保存してから添付してください。',
  upload_incomplete: '送信が途中で終わりました。もう一度送ってください。',
  network_error: 'サーバーに接続できませんでした。通信環境を確認して、もう一度送ってください。',
  unauthenticated: 'ログインの有効期限が切れました。もう一度ログインしてから添付してください。',
  other: '添付できませんでした。時間をおいて、もう一度お試しください。',
};

const EN_REFUSALS: Record<AttachmentRefusalCode, string> = {
  file_too_large: 'The file is too large. Choose a file within the size limit.',
  file_empty: 'The file is empty. Choose a file with content.',
  file_type_not_allowed:
    'This kind of file cannot be attached to this document. Choose a file of an accepted type.',
  file_encrypted:
    'Password-protected files cannot be attached. Remove the protection and attach it again.',
  file_active_content:
    'PDFs with scripts or embedded files cannot be attached. Print and scan it, or attach a photo.',
  file_corrupt: 'The file is damaged or cannot be read. Take the photo or save the file again.',
  upload_incomplete: 'The upload stopped before the end. Send it again.',
  network_error: 'Could not reach the server. Check your connection and send it again.',
  unauthenticated: 'Your sign-in has expired. Sign in again, then attach the file.',
  other: 'The file could not be attached. Please try again later.',
};

const EASY_JA_REFUSALS: Record<AttachmentRefusalCode, string> = {
  file_too_large: 'ファイルが大きすぎます。小さいファイルにしてください。',
  file_empty: 'ファイルの中身がありません。',
  file_type_not_allowed: 'このファイルは使えません。違う種類のファイルにしてください。',
  file_encrypted: 'パスワードがあるファイルは使えません。パスワードを外してください。',
  file_active_content: 'このPDFは使えません。印刷してスキャンするか、写真を付けてください。',
  file_corrupt: 'ファイルが壊れています。もう一度写真を撮るか、保存してください。',
  upload_incomplete: '途中で止まりました。もう一度送ってください。',
  network_error: 'つながりませんでした。もう一度送ってください。',
  unauthenticated: 'もう一度ログインしてから付けてください。',
  other: '付けることができませんでした。後でもう一度試してください。',
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
  attachmentUploading: (name) => `${name} を送信中`,
  attachmentProgress: (percent) => `${percent}% 送信済み`,
  attachmentUploaded: (name) => `${name} を添付しました。`,
  attachmentRemoved: (name) => `${name} を取り消しました。`,
  attachmentRetry: (name) => `${name} をもう一度送る`,
  attachmentCancel: (name) => `${name} の送信をやめる`,
  attachmentRefused: (name, code) => `${name}：${JA_REFUSALS[code]}`,
  attachmentRemoveFailed: (name) =>
    `${name} を取り消せませんでした。通信環境を確認して、もう一度お試しください。`,
  attachmentMissing: 'このファイルは見つかりません。取り消して、もう一度添付してください。',
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
  attachmentUploading: (name) => `Uploading ${name}`,
  attachmentProgress: (percent) => `${percent}% uploaded`,
  attachmentUploaded: (name) => `${name} is attached.`,
  attachmentRemoved: (name) => `${name} was removed.`,
  attachmentRetry: (name) => `Try ${name} again`,
  attachmentCancel: (name) => `Stop uploading ${name}`,
  attachmentRefused: (name, code) => `${name}: ${EN_REFUSALS[code]}`,
  attachmentRemoveFailed: (name) =>
    `${name} could not be removed. Check your connection and try again.`,
  attachmentMissing: 'This file is no longer there. Remove it and attach the file again.',
  yenSuffix: 'yen',
  dateRangeSeparator: 'to',
};

const EASY_JA: RenderMessages = {
  ...JA,
  stepProgress: (current, total) => `ステップ ${current}（全部で${total}）`,
  confirmationProgress: '書いたことを確かめる',
  next: '次へ',
  back: '戻る',
  toConfirmation: '確かめる画面へ',
  confirmationTitle: '書いたことを確かめる',
  confirmationLead: 'よく見て、「送る」を押してください。押すまで、申請は届きません。',
  change: '直す',
  submit: '送る',
  submitting: '送っています…',
  addItem: (label) => `${label}を増やす`,
  removeItem: (label, position) => `${label} ${position}を消す`,
  noItems: 'まだありません。',
  consentGiven: 'いいです',
  consentNotGiven: 'いいえ',
  notAnswered: '書いていません',
  publicFundAccount: '公金受取口座を使う',
  bankTransfer: '銀行の口座を書く',
  maskedMyNumber: (last) => `＊＊＊＊ ＊＊＊＊ ${last}（マイナンバーは全部は見せません）`,
  computedHint: '書いたことから、自動で計算します。',
  attachmentCount: (count) => `ファイル ${count}個`,
  attachmentTooLarge: (name, mb) =>
    `${name}は大きすぎます。${mb} MBより小さいファイルにしてください。`,
  attachmentWrongType: (name) => `${name}は使えないファイルです。`,
  attachmentTooMany: (max) => `ファイルは${max}個までです。`,
  removeAttachment: (name) => `${name}をやめる`,
  attachmentUploading: (name) => `${name}を送っています`,
  attachmentProgress: (percent) => `${percent}% 送りました`,
  attachmentUploaded: (name) => `${name}を付けました。`,
  attachmentRemoved: (name) => `${name}をやめました。`,
  attachmentRetry: (name) => `${name}をもう一度送る`,
  attachmentCancel: (name) => `${name}を送るのをやめる`,
  attachmentRefused: (name, code) => `${name}：${EASY_JA_REFUSALS[code]}`,
  attachmentRemoveFailed: (name) =>
    `${name}をやめることができませんでした。もう一度試してください。`,
  attachmentMissing: 'このファイルはもうありません。やめて、もう一度付けてください。',
};

export const RENDER_MESSAGES: Record<Locale, RenderMessages> = { ja: JA, en: EN, easyJa: EASY_JA };
