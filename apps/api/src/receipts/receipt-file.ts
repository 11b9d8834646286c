import { StreamableFile } from '@nestjs/common';

import type { ReceiptFile, ReceiptPdf } from './use-cases/render-receipt.use-case.js';

/** A 控え as the download it is sent as (the resident's and the staff's routes alike). */
export function toReceiptPdfFile(receipt: ReceiptPdf): StreamableFile {
  return new StreamableFile(receipt.bytes, {
    type: 'application/pdf',
    length: receipt.bytes.length,
    disposition: `attachment; filename="${receipt.fileName}"`,
  });
}

/** The receipt JSON or its seal, with its own content type. */
export function toReceiptFile(file: ReceiptFile): StreamableFile {
  return new StreamableFile(file.bytes, {
    type: file.contentType,
    length: file.bytes.length,
    disposition: `attachment; filename="${file.fileName}"`,
  });
}
