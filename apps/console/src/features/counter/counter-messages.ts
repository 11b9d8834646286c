import type { ConsoleLocale } from '../../i18n/messages.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';

/** The wording of 書かない窓口 in the console, in Japanese (the reference for every key). */
const COUNTER_JA = {
  navCounter: '窓口で入力',
  fillTitle: '窓口で入力（書かない窓口）',
  fillLead:
    '窓口に来た申請者に代わって、申請者が見るのと同じ申請書に入力します。入力のあと、申請者が内容を確認して「確認して申請する」を押すまで、申請は受け付けられません。',
  identityHeading: '1. 本人確認',
  identityLegend: '窓口で確認した本人確認書類',
  identityHint: '申請者の本人確認書類を目で見て確認してから選んでください。',
  noteLabel: '確認のメモ',
  noteHint:
    '「その他の書類」のときは、書類の名前を書いてください（書類の番号は書かないでください）。',
  noteRequired: '「その他の書類」のときは、確認した書類の名前をメモに書いてください。',
  methodRequired: '確認した本人確認書類を選んでください。',
  procedureLabel: '手続',
  procedureRequired: '手続を選んでください。',
  startFilling: '申請書の入力へ進む',
  errorSummaryTitle: '入力内容を確認してください',
  formHeading: (title: string) => `2. 申請書の入力：${title}`,
  changeProcedure: '本人確認・手続の選択に戻る',
  identityWithNote: (method: string, note: string) =>
    note === '' ? method : `${method}（${note}）`,
  identitySummary: (identity: string) => `本人確認：${identity}`,
  saveFailed: '入力内容を保存できませんでした。',
  attachmentsNote:
    '申請者が持ってきた書類は、スキャンするか撮影して添付書類の欄に添付できます。保険証などの番号は隠して撮影してください。添付したファイルは、申請者が確認画面で確かめます。',
  statusTitle: '申請者の確認待ち',
  statusConfirmedTitle: '申請者が確認しました',
  statusLead:
    '申請者に内容を確認してもらってください。申請者のスマートフォンで QR コードを読み取るか、窓口の確認用画面で開きます。',
  qrLabel: '申請者のスマートフォン用の QR コード',
  linkLabel: '確認用リンク（QR コードと同じ）',
  counterScreenLink: '窓口の確認用画面で開く（新しいウィンドウ）',
  expiresAt: (time: string) => `このリンクは ${time} まで、1回だけ使えます。`,
  linkExpired: 'リンクの有効期限が切れました。新しいリンクを発行してください。',
  linkUnavailable:
    'このページを開き直したため、確認用リンクは表示できません（リンクは発行したときに1回だけ表示されます）。新しいリンクを発行してください。',
  reissue: '新しいリンクを発行する',
  reissuing: '発行しています…',
  reissueFailed: '新しいリンクを発行できませんでした。',
  waiting: '申請者の確認を待っています（自動で更新されます）。',
  confirmedLead: (receiptNumber: string) =>
    `申請を受け付けました。受付番号は ${receiptNumber} です。`,
  confirmedVia: { counter_screen: '窓口の確認用画面', qr: '申請者のスマートフォン（QR）' },
  confirmedDetail: (via: string, time: string) => `${via}で ${time} に確認されました。`,
  openApplication: '申請の詳細を開く',
  fillAnother: '次の申請者の入力を始める',
  summary: {
    procedure: '手続',
    applicant: '申請者',
    filledBy: '入力した職員',
    identity: '本人確認',
    status: '状態',
  },
  statusLabels: {
    pending: '申請者の確認待ち',
    confirmed: '確認済み（受付済み）',
    cancelled: '取消し済み',
  },
  stateLabels: {
    awaiting: '確認待ち',
    expired: 'リンク期限切れ',
    confirmed: '確認済み',
    cancelled: '取消し済み',
  },
  attachmentCount: (count: number) => (count === 0 ? 'なし' : `${count} 件`),
  summaryAttachments: '窓口で添付した書類',
  listHeading: '窓口で入力した申請（確認待ちと直近24時間）',
  listEmpty: '窓口で入力した申請はまだありません。',
  listCaption: '窓口で入力した申請の一覧',
  listColumns: {
    procedure: '手続',
    applicant: '申請者',
    filledBy: '入力した職員',
    createdAt: '入力日時',
    expiresAt: 'リンクの期限',
    state: '状態',
    actions: '操作',
  },
  showQr: (applicant: string) => `${applicant} さんの QR コードを表示（新しいリンク）`,
  showQrShort: 'QR コードを表示',
  openStatus: (applicant: string) => `${applicant} さんの申請を開く`,
  openStatusShort: '開く',
  cancel: '取り消す',
  cancelNamed: (applicant: string) => `${applicant} さんの窓口入力を取り消す`,
  cancelConfirm: (applicant: string) =>
    `${applicant} さんの窓口入力を取り消しますか。確認用リンクは使えなくなり、入力した内容は消去されます。`,
  cancelYes: '取り消す',
  cancelNo: 'やめる',
  cancelling: '取り消しています…',
  cancelFailed: '取り消せませんでした。',
  cancelledTitle: 'この窓口入力は取り消されました',
  cancelledDetail: (time: string) => `${time} に取り消しました。確認用リンクは使えません。`,
  printReceipt: '控えを印刷する（PDF）',
  printingReceipt: '控えを用意しています…',
  printFailed: '控えを用意できませんでした。',
};

export type CounterMessages = typeof COUNTER_JA;

const COUNTER_EN: CounterMessages = {
  navCounter: 'Fill in at the counter',
  fillTitle: 'Fill in at the counter (no-writing counter)',
  fillLead:
    'Fill in, for the applicant at the counter, the same form the applicant would see. The application is not received until the applicant checks the answers and presses “Confirm and apply”.',
  identityHeading: '1. Identity check',
  identityLegend: 'Identity document checked at the counter',
  identityHint: 'Look at the applicant’s identity document before choosing.',
  noteLabel: 'Note on the check',
  noteHint: 'For “another document”, write the name of the document (do not write its number).',
  noteRequired: 'For “another document”, write the name of the document you checked in the note.',
  methodRequired: 'Choose the identity document you checked.',
  procedureLabel: 'Procedure',
  procedureRequired: 'Choose a procedure.',
  startFilling: 'Go on to the form',
  errorSummaryTitle: 'Please check your entries',
  formHeading: (title: string) => `2. The form: ${title}`,
  changeProcedure: 'Back to the identity check and the procedure',
  identityWithNote: (method: string, note: string) =>
    note === '' ? method : `${method} (${note})`,
  identitySummary: (identity: string) => `Identity check: ${identity}`,
  saveFailed: 'The answers could not be saved.',
  attachmentsNote:
    'Scan or photograph the documents the applicant brought into the attachment fields. Cover insurance and other numbers when photographing cards. The applicant checks the attached files on the confirmation screen.',
  statusTitle: 'Waiting for the applicant to confirm',
  statusConfirmedTitle: 'The applicant has confirmed',
  statusLead:
    'Ask the applicant to check the answers: they scan the QR code with their smartphone, or open the counter’s confirmation screen.',
  qrLabel: 'QR code for the applicant’s smartphone',
  linkLabel: 'Confirmation link (the same as the QR code)',
  counterScreenLink: 'Open on the counter’s confirmation screen (new window)',
  expiresAt: (time: string) => `This link can be used once, until ${time}.`,
  linkExpired: 'The link has expired. Issue a new link.',
  linkUnavailable:
    'This page was opened again, so the confirmation link cannot be shown (a link is shown only once, when it is issued). Issue a new link.',
  reissue: 'Issue a new link',
  reissuing: 'Issuing…',
  reissueFailed: 'A new link could not be issued.',
  waiting: 'Waiting for the applicant to confirm (updates by itself).',
  confirmedLead: (receiptNumber: string) =>
    `The application has been received. Its receipt number is ${receiptNumber}.`,
  confirmedVia: {
    counter_screen: 'the counter’s confirmation screen',
    qr: 'the applicant’s smartphone (QR)',
  },
  confirmedDetail: (via: string, time: string) => `Confirmed on ${via} at ${time}.`,
  openApplication: 'Open the application',
  fillAnother: 'Start with the next applicant',
  summary: {
    procedure: 'Procedure',
    applicant: 'Applicant',
    filledBy: 'Filled in by',
    identity: 'Identity check',
    status: 'Status',
  },
  statusLabels: {
    pending: 'Waiting for the applicant to confirm',
    confirmed: 'Confirmed (received)',
    cancelled: 'Cancelled',
  },
  stateLabels: {
    awaiting: 'Awaiting confirmation',
    expired: 'Link expired',
    confirmed: 'Confirmed',
    cancelled: 'Cancelled',
  },
  attachmentCount: (count: number) =>
    count === 0 ? 'None' : `${count} ${count === 1 ? 'file' : 'files'}`,
  summaryAttachments: 'Documents attached at the counter',
  listHeading: 'Applications filled in at the counter (pending, and the last 24 hours)',
  listEmpty: 'No application has been filled in at the counter yet.',
  listCaption: 'Applications filled in at the counter',
  listColumns: {
    procedure: 'Procedure',
    applicant: 'Applicant',
    filledBy: 'Filled in by',
    createdAt: 'Filled in at',
    expiresAt: 'Link valid until',
    state: 'State',
    actions: 'Actions',
  },
  showQr: (applicant: string) => `Show the QR code for ${applicant} (a new link)`,
  showQrShort: 'Show the QR code',
  openStatus: (applicant: string) => `Open the application of ${applicant}`,
  openStatusShort: 'Open',
  cancel: 'Cancel',
  cancelNamed: (applicant: string) => `Cancel the counter application of ${applicant}`,
  cancelConfirm: (applicant: string) =>
    `Cancel the counter application of ${applicant}? The confirmation link stops working and the answers are deleted.`,
  cancelYes: 'Cancel it',
  cancelNo: 'Keep it',
  cancelling: 'Cancelling…',
  cancelFailed: 'It could not be cancelled.',
  cancelledTitle: 'This counter application was cancelled',
  cancelledDetail: (time: string) => `Cancelled at ${time}. The confirmation link no longer works.`,
  printReceipt: 'Print the receipt (PDF)',
  printingReceipt: 'Preparing the receipt…',
  printFailed: 'The receipt could not be prepared.',
};

export const COUNTER_CATALOGUE: Record<ConsoleLocale, CounterMessages> = {
  ja: COUNTER_JA,
  en: COUNTER_EN,
};

/** The Japanese wording, for code outside a component. */
export const COUNTER_MESSAGES = COUNTER_JA;

/** The wording of 書かない窓口 in the staff member's language. */
export function useCounterMessages(): CounterMessages {
  return COUNTER_CATALOGUE[useConsoleLocale().locale];
}
