import { createJapanesePdf, drawSealNote } from '../receipts/receipt-pdf.js';

/** What a 決定通知書 says, in Japanese (the authoritative language of a municipal record). */
export type NoticeDocument = {
  readonly procedureTitle: string;
  readonly municipalityName: string;
  /** The office that issues it (the seal certificate's CN, e.g. 千代田区長), or the municipality. */
  readonly issuer: string;
  readonly receiptNumber: string;
  readonly applicantName: string;
  readonly decision: 'completed' | 'rejected';
  /** The decision date in Japan time, e.g. 2026年12月8日. */
  readonly decidedOn: string;
  readonly receivedAt: string;
  readonly messageToResident: string | null;
};

const DECISION_TEXT = {
  completed: {
    title: '決定通知書',
    decision: '承認',
    body: '上記の申請について、次のとおり決定しましたので通知します。',
  },
  rejected: {
    title: '却下通知書',
    decision: '却下',
    body: '上記の申請について、次のとおり決定しましたので通知します。',
  },
} as const;

const LEFT = 48;
const WIDTH = 595.28 - 96;

/** The PDF 決定通知書 (A4, Japanese, its font embedded); `sealNote` when it is about to be sealed. */
export function renderNoticePdf(
  notice: NoticeDocument,
  options: { sealNote?: string } = {},
): Promise<Buffer> {
  const text = DECISION_TEXT[notice.decision];
  const { doc, done } = createJapanesePdf({
    Title: `${text.title} ${notice.receiptNumber}`,
    Subject: notice.procedureTitle,
    Author: notice.municipalityName,
  });
  doc.fillColor('#1a1a1a');
  doc
    .font('regular')
    .fontSize(10)
    .text(notice.decidedOn, LEFT, 64, { width: WIDTH, align: 'right' });
  doc.font('regular').fontSize(12).text(`${notice.applicantName} 様`, LEFT, 96, { width: WIDTH });
  doc.font('bold').fontSize(11).text(notice.issuer, LEFT, 126, { width: WIDTH, align: 'right' });
  doc.font('bold').fontSize(20).text(text.title, LEFT, 170, { width: WIDTH, align: 'center' });
  let y = 220;
  if (options.sealNote) {
    y = drawSealNote(doc, y, options.sealNote);
  }
  doc
    .font('regular')
    .fontSize(11)
    .text(text.body, LEFT, y + 6, { width: WIDTH });
  y = doc.y + 16;
  const rows: [string, string][] = [
    ['手続名', notice.procedureTitle],
    ['受付番号', notice.receiptNumber],
    ['受付日時', notice.receivedAt],
    ['決定', text.decision],
    ['決定日', notice.decidedOn],
  ];
  for (const [label, value] of rows) {
    doc.font('bold').fontSize(10.5).text(label, LEFT, y, { width: 120 });
    doc
      .font('regular')
      .fontSize(10.5)
      .text(value, LEFT + 130, y, { width: WIDTH - 130 });
    y = Math.max(doc.y, y + 14) + 8;
  }
  if (notice.messageToResident) {
    doc
      .font('bold')
      .fontSize(10.5)
      .text('担当課からのお知らせ', LEFT, y + 6, { width: WIDTH });
    doc
      .font('regular')
      .fontSize(10.5)
      .text(notice.messageToResident, LEFT, doc.y + 4, { width: WIDTH, lineGap: 2 });
  }
  doc.end();
  return done;
}
