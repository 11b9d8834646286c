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
    '添付書類は窓口で原本を確認してください（窓口での入力ではファイルを添付できません）。',
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
  statusLabels: { pending: '申請者の確認待ち', confirmed: '確認済み（受付済み）' },
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
    'Check the originals of the attachments at the counter (files cannot be attached when filling in at the counter).',
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
  },
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
