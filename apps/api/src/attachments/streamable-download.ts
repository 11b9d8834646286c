import { StreamableFile } from '@nestjs/common';

import type { AttachmentDownload } from './attachment-access.service.js';
import { attachmentContentDisposition } from './file-name.js';

/** The response of a download: its type, length and a safe attachment disposition. */
export function toStreamableFile(download: AttachmentDownload): StreamableFile {
  return new StreamableFile(download.stream, {
    type: download.mimeType,
    length: download.bytes,
    disposition: attachmentContentDisposition(download.fileName),
  });
}

/** Headers every file download carries: never sniffed, never cached, never run as a page. */
export const DOWNLOAD_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, no-store',
  'Content-Security-Policy': "default-src 'none'; sandbox",
} as const;
