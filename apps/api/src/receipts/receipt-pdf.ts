import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { AnswerNode } from '@madoguchi/forms-schema';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

import type { ReceiptDocument } from './receipt-document.js';

const require = createRequire(import.meta.url);

/**
 * BIZ UDPゴシック (Morisawa's universal-design typeface, OFL), from its npm package: the PDF never
 * depends on the fonts of the server or of the reader's device. pdfkit embeds the subset used.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  bold: '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
} as const;

type FontName = keyof typeof FONT_FILES;

let fontCache: Record<FontName, fontkit.Font> | null = null;

function parseFont(file: string): fontkit.Font {
  const font = fontkit.create(readFileSync(require.resolve(file)));
  if (!('layout' in font)) {
    throw new Error(`${file} is a font collection, not one font`);
  }
  return font;
}

/**
 * Read and parsed once per process (4.5 MB each): every 控え shares the parsed font, so the
 * tables fontkit decodes on first use (cmap, glyph outlines, metrics, layout) are decoded once,
 * not for every document. Each document still makes its own subset of the glyphs it uses.
 */
function fonts(): Record<FontName, fontkit.Font> {
  fontCache ??= { regular: parseFont(FONT_FILES.regular), bold: parseFont(FONT_FILES.bold) };
  return fontCache;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 48, right: 48, top: 64, bottom: 56 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const LABEL_WIDTH = 176;
const PAD = 5;
const INDENT = 12;
const COLOR = {
  text: '#1a1a1a',
  muted: '#555555',
  border: '#8c8c8c',
  labelFill: '#f2f2f2',
  groupFill: '#e4e4e4',
  accent: '#1a3a6b',
};

type Doc = PDFKit.PDFDocument;

/** Where the next block goes; a block that does not fit starts a new page. */
class Layout {
  y = MARGIN.top;

  constructor(readonly doc: Doc) {}

  get bottom(): number {
    return PAGE.height - MARGIN.bottom;
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom) {
      this.doc.addPage();
      this.y = MARGIN.top;
    }
  }

  textHeight(text: string, width: number, font: FontName, size: number): number {
    return this.doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: 1 });
  }

  write(
    text: string,
    x: number,
    y: number,
    width: number,
    font: FontName,
    size: number,
    color = COLOR.text,
  ): void {
    this.doc.font(font).fontSize(size).fillColor(color).text(text, x, y, { width, lineGap: 1 });
  }

  /** A heading bar of a part of the 控え (申請内容, 添付書類 …), kept with what follows it. */
  heading(text: string): void {
    this.ensure(60);
    this.y += 10;
    this.doc.rect(MARGIN.left, this.y, 4, 16).fill(COLOR.accent);
    this.write(text, MARGIN.left + 10, this.y + 1, CONTENT_WIDTH - 10, 'bold', 12);
    this.y += 22;
  }

  subheading(text: string): void {
    this.ensure(44);
    this.y += 4;
    this.write(text, MARGIN.left, this.y, CONTENT_WIDTH, 'bold', 10.5, COLOR.accent);
    this.y += this.textHeight(text, CONTENT_WIDTH, 'bold', 10.5) + 4;
  }

  /** A label | value row of a table; `depth` indents the label inside groups. */
  row(label: string, value: string, depth = 0): void {
    const indent = depth * INDENT;
    const labelTextWidth = LABEL_WIDTH - indent - PAD * 2;
    const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - PAD * 2;
    const height =
      Math.max(
        this.textHeight(label, labelTextWidth, 'regular', 9),
        this.textHeight(value, valueWidth, 'regular', 10),
      ) +
      PAD * 2;
    this.ensure(height);
    const { doc } = this;
    doc.lineWidth(0.5);
    doc.rect(MARGIN.left, this.y, LABEL_WIDTH, height).fillAndStroke(COLOR.labelFill, COLOR.border);
    doc
      .rect(MARGIN.left + LABEL_WIDTH, this.y, CONTENT_WIDTH - LABEL_WIDTH, height)
      .stroke(COLOR.border);
    this.write(
      label,
      MARGIN.left + PAD + indent,
      this.y + PAD + 0.5,
      labelTextWidth,
      'regular',
      9,
      COLOR.muted,
    );
    this.write(value, MARGIN.left + LABEL_WIDTH + PAD, this.y + PAD, valueWidth, 'regular', 10);
    this.y += height;
  }

  /** A full-width row of text in the table (a value too long for the value column). */
  wideRow(text: string, size: number): void {
    const width = CONTENT_WIDTH - PAD * 2 - INDENT;
    const height = this.textHeight(text, width, 'regular', size) + PAD * 2;
    this.ensure(height);
    this.doc.lineWidth(0.5).rect(MARGIN.left, this.y, CONTENT_WIDTH, height).stroke(COLOR.border);
    this.write(text, MARGIN.left + PAD + INDENT, this.y + PAD, width, 'regular', size);
    this.y += height;
  }

  /** A full-width row naming a group or an item of a repeating group. */
  groupRow(label: string, depth: number): void {
    const indent = depth * INDENT;
    const width = CONTENT_WIDTH - indent - PAD * 2;
    const height = this.textHeight(label, width, 'bold', 9.5) + PAD * 2;
    this.ensure(height + 24);
    this.doc.lineWidth(0.5);
    this.doc
      .rect(MARGIN.left, this.y, CONTENT_WIDTH, height)
      .fillAndStroke(COLOR.groupFill, COLOR.border);
    this.write(label, MARGIN.left + PAD + indent, this.y + PAD, width, 'bold', 9.5);
    this.y += height;
  }

  paragraph(text: string, size = 10, indent = 0): void {
    const width = CONTENT_WIDTH - indent;
    const height = this.textHeight(text, width, 'regular', size);
    this.ensure(height);
    this.write(text, MARGIN.left + indent, this.y, width, 'regular', size);
    this.y += height + 3;
  }

  gap(points: number): void {
    this.y += points;
  }
}

function drawNodes(layout: Layout, nodes: readonly AnswerNode[], depth: number): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'answer':
        layout.row(node.label, node.text, depth);
        break;
      case 'group':
        layout.groupRow(node.label, depth);
        drawNodes(layout, node.nodes, depth + 1);
        break;
      case 'repeat':
        layout.groupRow(node.label, depth);
        for (const item of node.items) {
          layout.groupRow(item.title, depth + 1);
          drawNodes(layout, item.nodes, depth + 2);
        }
        break;
      default: {
        const unexpected: never = node;
        throw new Error(`Unknown answer node ${JSON.stringify(unexpected)}`);
      }
    }
  }
}

function drawTitle(layout: Layout, receipt: ReceiptDocument): void {
  const { doc } = layout;
  layout.write('申請受付控え', MARGIN.left, layout.y, CONTENT_WIDTH, 'bold', 20);
  layout.y += 30;
  layout.write(
    'オンラインで送信された申請の受付内容の控えです。大切に保管してください。',
    MARGIN.left,
    layout.y,
    CONTENT_WIDTH,
    'regular',
    9,
    COLOR.muted,
  );
  layout.y += 20;
  const boxHeight = 54;
  doc.lineWidth(1.2).rect(MARGIN.left, layout.y, CONTENT_WIDTH, boxHeight).stroke(COLOR.accent);
  layout.write('受付番号', MARGIN.left + 14, layout.y + 10, 120, 'regular', 10, COLOR.muted);
  doc
    .font('bold')
    .fontSize(24)
    .fillColor(COLOR.text)
    .text(receipt.receiptNumber, MARGIN.left + 14, layout.y + 22, {
      width: CONTENT_WIDTH - 28,
      characterSpacing: 2,
    });
  layout.write(
    '受付番号は、お問い合わせの際に必要です。',
    MARGIN.left + CONTENT_WIDTH / 2,
    layout.y + 30,
    CONTENT_WIDTH / 2 - 14,
    'regular',
    9,
    COLOR.muted,
  );
  layout.y += boxHeight + 12;
}

function drawAttachments(layout: Layout, receipt: ReceiptDocument): void {
  layout.heading('添付書類');
  if (receipt.attachments.length === 0) {
    layout.paragraph('添付書類はありません。');
    return;
  }
  for (const attachment of receipt.attachments) {
    layout.row(
      attachment.slotLabel,
      `${attachment.fileName}（${new Intl.NumberFormat('ja-JP').format(attachment.bytes)} バイト）`,
    );
    // Across the table, so that all 64 digits stay on one line and can be compared at a glance.
    layout.wideRow(`SHA-256: ${attachment.sha256}`, 9);
  }
  layout.gap(4);
  layout.paragraph(
    'SHA-256 は、送信されたファイルの内容から計算した値です。同じ値のファイルは、送信されたファイルと同じ内容です。',
    8.5,
  );
}

function drawContact(layout: Layout, receipt: ReceiptDocument): void {
  layout.heading('お問い合わせ先');
  const { contact } = receipt;
  if (!contact) {
    layout.paragraph(`${receipt.municipalityName}の担当課にお問い合わせください。`);
    return;
  }
  layout.row('担当課', `${receipt.municipalityName} ${contact.department}`);
  layout.row('電話番号', contact.phone);
  if (contact.email) {
    layout.row('メールアドレス', contact.email);
  }
  if (contact.hours) {
    layout.row('受付時間', contact.hours);
  }
  if (contact.address) {
    layout.row('所在地', contact.address);
  }
}

/** The 受付番号 on top of every page and the page number below, once all pages are known. */
function drawPageFrames(doc: Doc, receipt: ReceiptDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Writing in the margins must not start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(COLOR.muted)
      .text(`${receipt.municipalityName}\u3000${receipt.procedureTitle}`, MARGIN.left, 30, {
        width: CONTENT_WIDTH * 0.65,
        lineBreak: false,
        ellipsis: true,
      });
    doc
      .font('bold')
      .fontSize(9)
      .fillColor(COLOR.text)
      .text(`受付番号 ${receipt.receiptNumber}`, MARGIN.left, 30, {
        width: CONTENT_WIDTH,
        align: 'right',
        lineBreak: false,
      });
    doc
      .lineWidth(0.5)
      .moveTo(MARGIN.left, 44)
      .lineTo(PAGE.width - MARGIN.right, 44)
      .stroke(COLOR.border);
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(COLOR.muted)
      .text(`${index - start + 1} / ${count} ページ`, MARGIN.left, PAGE.height - 36, {
        width: CONTENT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** An A4 Japanese PDF with BIZ UDPゴシック registered as `regular` and `bold`, and its bytes once ended. */
export function createJapanesePdf(info: PDFKit.DocumentInfo): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'ja-JP',
    displayTitle: true,
    info: { ...info, Creator: 'Madoguchi' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { regular, bold } = fonts();
  // pdfkit takes a parsed fontkit font as well as bytes (PDFFontFactory.open); its types list
  // only bytes and paths.
  doc.registerFont('regular', regular as unknown as Buffer);
  doc.registerFont('bold', bold as unknown as Buffer);
  return { doc, done };
}

/**
 * The visible statement that the document carries the municipality's electronic seal; the seal
 * itself is the PDF's signature (no image: a picture of a 公印 proves nothing).
 */
export function drawSealNote(doc: Doc, y: number, note: string): number {
  const width = CONTENT_WIDTH;
  const height =
    doc
      .font('regular')
      .fontSize(9)
      .heightOfString(note, { width: width - 16 }) + 12;
  doc.lineWidth(0.8).rect(MARGIN.left, y, width, height).stroke(COLOR.accent);
  doc
    .fillColor(COLOR.accent)
    .font('regular')
    .fontSize(9)
    .text(note, MARGIN.left + 8, y + 6, { width: width - 16 });
  doc.fillColor(COLOR.text);
  return y + height + 10;
}

/**
 * The PDF 控え: A4, Japanese, with its font embedded (no font assumed on the reader's side).
 * `sealNote`: the sentence saying the 控え is sealed, when it is about to be.
 */
export function renderReceiptPdf(
  receipt: ReceiptDocument,
  options: { sealNote?: string } = {},
): Promise<Buffer> {
  const { doc, done } = createJapanesePdf({
    Title: `申請受付控え ${receipt.receiptNumber}`,
    Subject: receipt.procedureTitle,
    Author: receipt.municipalityName,
  });

  const layout = new Layout(doc);
  drawTitle(layout, receipt);
  if (options.sealNote) {
    layout.y = drawSealNote(doc, layout.y, options.sealNote);
  }
  layout.row('手続名', receipt.procedureTitle);
  layout.row('申請先', receipt.municipalityName);
  layout.row('受付日時', receipt.receivedAt);
  layout.row('申請者', receipt.applicantName);
  layout.row('様式', `第${receipt.formVersion}版`);

  layout.heading('申請内容');
  for (const section of receipt.sections) {
    layout.subheading(section.title);
    drawNodes(layout, section.nodes, 0);
    layout.gap(6);
  }
  drawAttachments(layout, receipt);
  layout.heading('今後の流れ');
  receipt.nextSteps.forEach((step, index) => layout.paragraph(`${index + 1}. ${step}`, 10, 4));
  drawContact(layout, receipt);
  drawPageFrames(doc, receipt);
  doc.end();
  return done;
}
