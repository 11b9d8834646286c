import type { SealVerdict } from '@madoguchi/procedures-contracts';
import type { Locale } from '@madoguchi/shared-util-i18n';

/** Texts of the public verify page, in 日本語, English and やさしい日本語. */
export type VerifyMessages = {
  title: string;
  lead: string;
  pdfHeading: string;
  pdfLabel: string;
  pdfHint: string;
  receiptHeading: string;
  receiptLead: string;
  receiptNumberLabel: string;
  receiptFileLabel: string;
  sealFileLabel: string;
  check: string;
  checking: string;
  chooseFile: string;
  missingReceipt: string;
  failed: string;
  verdicts: Record<SealVerdict, { title: string; body: string }>;
  sealer: string;
  sealedAt: string;
  receiptNumberMismatch: string;
  privacyNote: string;
  downloadNotice: string;
  verifyLink: string;
};

export const VERIFY_MESSAGES: Record<Locale, VerifyMessages> = {
  ja: {
    title: '控え・通知書の確認',
    lead: '市区町村が発行した申請の控えや決定通知書に付いている電子印（eシール）とタイムスタンプを確かめます。誰が発行したか、いつ封印されたか、その後に内容が変えられていないかがわかります。',
    pdfHeading: 'PDFで確認する',
    pdfLabel: '控え・通知書のPDF',
    pdfHint: 'ダウンロードしたPDFをそのまま選んでください（5MBまで）。',
    receiptHeading: '受付番号と受付の記録で確認する',
    receiptLead:
      '控えのPDFのほかに、受付の記録（.json）と電子印のファイル（.p7s）をお持ちの場合に使えます。',
    receiptNumberLabel: '受付番号',
    receiptFileLabel: '受付の記録（.json）',
    sealFileLabel: '電子印のファイル（.p7s）',
    check: '確認する',
    checking: '確認しています…',
    chooseFile: 'ファイルを選んでください。',
    missingReceipt: '受付番号と2つのファイルをすべて指定してください。',
    failed: '確認できませんでした',
    verdicts: {
      valid: {
        title: '改ざんされていません',
        body: 'このファイルは、次の市区町村が電子印で封印したときのままです。',
      },
      modified: {
        title: '改ざんされています',
        body: '封印の後に内容が変えられています。発行した市区町村にお問い合わせください。',
      },
      unknown_sealer: {
        title: '発行者を確認できません',
        body: '電子署名はありますが、市区町村の電子印ではありません。',
      },
      not_sealed: {
        title: '電子印がありません',
        body: 'このファイルには電子印（eシール）が付いていません。',
      },
      invalid: {
        title: '電子印が有効ではありません',
        body: '電子印の証明書が失効しているか、タイムスタンプを確認できません。',
      },
    },
    sealer: '封印した者',
    sealedAt: '封印の時刻（タイムスタンプ）',
    receiptNumberMismatch: '入力した受付番号は、この受付の記録の受付番号と一致しません。',
    privacyNote: 'ファイルは確認のためだけに使い、保存しません。',
    downloadNotice: '決定通知書（PDF）をダウンロード',
    verifyLink: '控え・通知書が本物か確認する',
  },
  en: {
    title: 'Check a receipt or notice',
    lead: 'Checks the electronic seal (e-seal) and timestamp on a receipt or decision notice issued by a municipality: who issued it, when it was sealed, and whether it has been changed since.',
    pdfHeading: 'Check a PDF',
    pdfLabel: 'The receipt or notice (PDF)',
    pdfHint: 'Choose the PDF exactly as you downloaded it (5 MB at most).',
    receiptHeading: 'Check by receipt number and receipt file',
    receiptLead:
      'If you also have the receipt file (.json) and its seal file (.p7s), you can check them here.',
    receiptNumberLabel: 'Receipt number',
    receiptFileLabel: 'Receipt file (.json)',
    sealFileLabel: 'Seal file (.p7s)',
    check: 'Check',
    checking: 'Checking…',
    chooseFile: 'Please choose a file.',
    missingReceipt: 'Please give the receipt number and both files.',
    failed: 'Could not check the file',
    verdicts: {
      valid: {
        title: 'Not modified',
        body: 'This file is exactly as the following municipality sealed it.',
      },
      modified: {
        title: 'Modified',
        body: 'The content was changed after it was sealed. Please contact the municipality that issued it.',
      },
      unknown_sealer: {
        title: 'Unknown issuer',
        body: 'The file is signed, but not with a municipality’s seal.',
      },
      not_sealed: { title: 'No seal', body: 'This file has no electronic seal.' },
      invalid: {
        title: 'The seal is not valid',
        body: 'The seal certificate was revoked or the timestamp cannot be verified.',
      },
    },
    sealer: 'Sealed by',
    sealedAt: 'Sealed at (timestamp)',
    receiptNumberMismatch: 'The receipt number you entered is not the one in this receipt file.',
    privacyNote: 'The file is used only for this check and is not stored.',
    downloadNotice: 'Download the decision notice (PDF)',
    verifyLink: 'Check that a receipt or notice is genuine',
  },
  easyJa: {
    title: '控えと通知書の確認',
    lead: '市役所や区役所が出した控えや通知書についている、電子のはんこ（eシール）と時間を確かめます。だれが出したか、いつはんこをおしたか、そのあと中身が変わっていないかがわかります。',
    pdfHeading: 'PDFで確認する',
    pdfLabel: '控えや通知書のPDF',
    pdfHint: 'ダウンロードしたPDFを、そのままえらんでください（5MBまで）。',
    receiptHeading: '受付番号と受付の記録で確認する',
    receiptLead: '受付の記録（.json）と、はんこのファイル（.p7s）をもっているときに使えます。',
    receiptNumberLabel: '受付番号',
    receiptFileLabel: '受付の記録（.json）',
    sealFileLabel: 'はんこのファイル（.p7s）',
    check: '確認する',
    checking: '確認しています…',
    chooseFile: 'ファイルをえらんでください。',
    missingReceipt: '受付番号と2つのファイルを、ぜんぶ入れてください。',
    failed: '確認できませんでした',
    verdicts: {
      valid: {
        title: '中身は変わっていません',
        body: 'このファイルは、つぎの市区町村がはんこをおしたときのままです。',
      },
      modified: {
        title: '中身が変えられています',
        body: 'はんこをおしたあとで、中身が変わっています。出した市区町村に聞いてください。',
      },
      unknown_sealer: {
        title: 'だれが出したかわかりません',
        body: '電子のサインはありますが、市区町村のはんこではありません。',
      },
      not_sealed: {
        title: 'はんこがありません',
        body: 'このファイルには、電子のはんこがついていません。',
      },
      invalid: {
        title: 'はんこが使えません',
        body: 'はんこの証明書が使えないか、時間を確かめられません。',
      },
    },
    sealer: 'はんこをおした人',
    sealedAt: 'はんこをおした時間',
    receiptNumberMismatch: '入れた受付番号は、この記録の受付番号とちがいます。',
    privacyNote: 'ファイルは確認のためだけに使います。のこしません。',
    downloadNotice: '決定通知書（PDF）をダウンロードする',
    verifyLink: '控えや通知書が本物か確認する',
  },
};
