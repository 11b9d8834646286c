import { StreamableFile } from '@nestjs/common';

import type { NoticePdf } from './use-cases/issue-decision-notice.use-case.js';

export function toNoticeFile(notice: NoticePdf): StreamableFile {
  return new StreamableFile(notice.bytes, {
    type: 'application/pdf',
    length: notice.bytes.length,
    disposition: `attachment; filename="${notice.fileName}"`,
  });
}
