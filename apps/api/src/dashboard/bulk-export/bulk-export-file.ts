import { StreamableFile } from '@nestjs/common';
import { REPLACED_CHARACTERS_HEADER } from '@madoguchi/procedures-contracts';

import type { BulkExportFile } from './bulk-export.service.js';

/** The part of the HTTP response a download sets beside its body. */
export type ExportFileResponse = { setHeader(name: string, value: string): unknown };

/** The response of a bulk export download, with the headers the export wrote. */
export function toExportFile(file: BulkExportFile, response: ExportFileResponse): StreamableFile {
  if (file.replacedCharacters !== null) {
    response.setHeader(REPLACED_CHARACTERS_HEADER, file.replacedCharacters);
  }
  return new StreamableFile(file.stream, {
    type: file.contentType,
    disposition: file.contentDisposition,
  });
}
