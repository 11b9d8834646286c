import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale } from '../../i18n/messages.js';

/**
 * The wording of the review screen's correction picker, attachments, overview, printing and
 * answer changes, in Japanese (the reference for every key).
 */
const REVIEW_JA = {
  correction: {
    legend: '補正してもらう項目',
    hint: '申請者が修正できるのは、ここで選んだ項目だけです。項目ごとに申請者への説明を添えられます。',
    attachmentSuffix: '（添付書類）',
    fieldMessageLabel: (label: string) => `「${label}」について申請者への説明（任意）`,
    fieldMessageHint: '例：生年月日が住民票と異なります。',
    fieldsRequired: '補正依頼では、修正してもらう項目を1つ以上選んでください',
    fieldMessageTooLong: '項目ごとの説明は1000文字以内で入力してください',
    formLoading: '申請書の項目を読み込んでいます…',
    formFailed: '申請書の項目を読み込めませんでした。',
    overallMessageLabel: '申請者への連絡（補正依頼では必須）',
  },
  attachments: {
    heading: '添付書類',
    none: '添付書類はありません。',
    fileName: 'ファイル名',
    type: '種類',
    size: 'サイズ',
    scan: 'ウイルス検査',
    scanPassed: '検査済み（受付時に検査し、問題のないファイルのみ保存）',
    removed: '受付時に取り除いた情報',
    removedMetadata: {
      'exif-gps': '写真の位置情報（GPS）',
      exif: '写真の撮影情報（Exif）',
      xmp: '埋め込みの付加情報（XMP）',
    } as Record<string, string>,
    preview: '表示',
    hidePreview: '表示を閉じる',
    download: 'ダウンロード',
    previewOf: (fileName: string) => `${fileName} のプレビュー`,
    loadingPreview: 'ファイルを読み込んでいます…',
    failed: 'ファイルを取得できませんでした。',
    noPreview: 'この形式はプレビューできません。ダウンロードして確認してください。',
    pdfPage: (page: number, pages: number) => `${pages}ページ中${page}ページ目`,
    pdfFailed: 'PDFを表示できませんでした。ダウンロードして確認してください。',
    otherSlot: 'その他の添付書類',
  },
  overview: {
    identityLevel: '本人確認レベル',
    identityLevels: {
      1: '1 自己申告',
      2: '2 本人確認書類',
      3: '3 マイナンバーカード',
    } as Record<number, string>,
    identityLevelNote: '以上（手続の要件。申請時に確認済み）',
    submitterIdentityNote: (required: string) =>
      `（申請時のログイン。手続の要件：${required} 以上）`,
    counterAssisted: '窓口での受付',
    dueDatePaused: '補正中のため停止（再提出までの日数だけ延びます）',
    approvalChain: '決裁の流れ',
    drafted: (name: string) => `起案：${name}`,
    approvedBy: (name: string) => `承認済み（${name}）`,
    nextApproval: '次の承認',
    notYet: '未',
    noChain: 'この手続には決裁がありません。',
  },
  transition: {
    approveAs: (title: string) => `${title}として承認`,
    /** A button's words with the stage it approves, e.g. 処理を完了する（係長として承認）. */
    withStage: (label: string, approveAs: string) => `${label}（${approveAs}）`,
    stageNote: (title: string) => `あなたの承認は「${title}」の段階です。`,
    finalStageNote: 'この承認で決裁が完了し、申請者に結果が通知されます。',
    approverMustDiffer:
      '同じ人が2回承認することはできません。起案した人や、すでに承認した人は承認できません。次の段階の承認者に依頼してください。',
  },
  print: {
    button: '印刷',
    hint: 'ブラウザの印刷から「PDFに保存」を選ぶとPDFになります。',
    receipt: '控え（PDF）をダウンロード',
    receiptHint: '申請者が受け取ったものと同じ、受付時の内容の控えです（自治体の電子印付き）。',
  },
  answerChanges: {
    heading: '再送信で変わった内容',
    version: (version: number, at: string) => `第${version}版（${at} の再送信）`,
    field: '項目',
    before: '変更前',
    after: '変更後',
    none: '（なし）',
    noChange: '再送信はまだありません。',
  },
};

export type ReviewMessages = typeof REVIEW_JA;

const REVIEW_EN: ReviewMessages = {
  correction: {
    legend: 'Items for the applicant to correct',
    hint: 'The applicant can change only the items chosen here. Each item can carry an explanation for the applicant.',
    attachmentSuffix: ' (attachment)',
    fieldMessageLabel: (label: string) =>
      `Explanation to the applicant about “${label}” (optional)`,
    fieldMessageHint: 'For example: the date of birth differs from the residence certificate.',
    fieldsRequired: 'For a correction request, choose at least one item to correct',
    fieldMessageTooLong: 'Keep each item’s explanation to 1000 characters or fewer',
    formLoading: 'Loading the items of the form…',
    formFailed: 'The items of the form could not be loaded.',
    overallMessageLabel: 'Message to the applicant (required for a correction request)',
  },
  attachments: {
    heading: 'Attachments',
    none: 'No attachments.',
    fileName: 'File name',
    type: 'Type',
    size: 'Size',
    scan: 'Virus scan',
    scanPassed: 'Scanned (checked on receipt; only clean files are stored)',
    removed: 'Information removed on receipt',
    removedMetadata: {
      'exif-gps': 'Photo location (GPS)',
      exif: 'Photo details (Exif)',
      xmp: 'Embedded metadata (XMP)',
    },
    preview: 'View',
    hidePreview: 'Close the view',
    download: 'Download',
    previewOf: (fileName: string) => `Preview of ${fileName}`,
    loadingPreview: 'Loading the file…',
    failed: 'The file could not be fetched.',
    noPreview: 'This format cannot be previewed. Download it to check it.',
    pdfPage: (page: number, pages: number) => `Page ${page} of ${pages}`,
    pdfFailed: 'The PDF could not be shown. Download it to check it.',
    otherSlot: 'Other attachments',
  },
  overview: {
    identityLevel: 'Identity assurance level',
    identityLevels: {
      1: '1 Self-declared',
      2: '2 Identity document',
      3: '3 My Number Card',
    },
    identityLevelNote: 'or higher (required by the procedure; checked on application)',
    submitterIdentityNote: (required: string) =>
      ` (the applicant's sign-in when applying; the procedure requires ${required} or higher)`,
    counterAssisted: 'Received at the counter',
    dueDatePaused: 'Paused during the correction (extended by the days until resubmission)',
    approvalChain: 'Approval flow',
    drafted: (name: string) => `Drafted by ${name}`,
    approvedBy: (name: string) => `Approved (${name})`,
    nextApproval: 'Next approval',
    notYet: 'Not yet',
    noChain: 'This procedure has no approval flow.',
  },
  transition: {
    approveAs: (title: string) => `approve as ${title}`,
    withStage: (label: string, approveAs: string) => `${label} (${approveAs})`,
    stageNote: (title: string) => `Your approval is the “${title}” stage.`,
    finalStageNote: 'This approval completes the decision, and the applicant is told the result.',
    approverMustDiffer:
      'The same person cannot approve twice. Whoever drafted the decision or already approved it cannot approve. Ask the approver of the next stage.',
  },
  print: {
    button: 'Print',
    hint: 'Choose “Save as PDF” in the browser’s print dialog to make a PDF.',
    receipt: 'Download the receipt (PDF)',
    receiptHint: 'The same receipt the applicant got, as received (sealed by the municipality).',
  },
  answerChanges: {
    heading: 'What changed with the resubmission',
    version: (version: number, at: string) => `Version ${version} (resubmitted ${at})`,
    field: 'Item',
    before: 'Before',
    after: 'After',
    none: '(none)',
    noChange: 'No resubmission yet.',
  },
};

export const REVIEW_CATALOGUE: Record<ConsoleLocale, ReviewMessages> = {
  ja: REVIEW_JA,
  en: REVIEW_EN,
};

/** The Japanese wording, for code outside a component. */
export const REVIEW_MESSAGES = REVIEW_JA;

/** The review screen's wording in the staff member's language. */
export function useReviewMessages(): ReviewMessages {
  return REVIEW_CATALOGUE[useConsoleLocale().locale];
}
