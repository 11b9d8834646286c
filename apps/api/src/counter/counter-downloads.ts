import { StreamableFile } from '@nestjs/common';

import type { ReceiptPdf } from '../receipts/use-cases/render-receipt.use-case.js';

/** The PDF 控え as a download named `<受付番号>.pdf` (as the resident's own receipt route answers). */
export function toReceiptFile(receipt: ReceiptPdf): StreamableFile {
  return new StreamableFile(receipt.bytes, {
    type: 'application/pdf',
    length: receipt.bytes.length,
    disposition: `attachment; filename="${receipt.fileName}"`,
  });
}
