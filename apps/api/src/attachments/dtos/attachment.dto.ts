import { z } from 'zod';

import type { AttachmentEntity } from '@madoguchi/server-database';

/** Fields of `POST /api/attachments` (multipart, before the `file` part). */
export const uploadAttachmentFieldsSchema = z
  .object({
    municipalityCode: z.string().regex(/^\d{6}$/),
    procedureId: z.string().regex(/^[a-z][a-z0-9-]{0,99}$/),
    formVersion: z
      .string()
      .regex(/^[1-9]\d{0,5}$/)
      .transform(Number),
    slotId: z.string().regex(/^[a-z][a-zA-Z0-9]{0,99}$/),
  })
  .strict();

export type UploadAttachmentFields = z.infer<typeof uploadAttachmentFieldsSchema>;

/**
 * What the API answers for a stored attachment. The resident's form puts `id` in the
 * attachment field's value (`string[]`).
 * TODO(#5): move to @madoguchi/procedures-contracts when the citizen app's upload widget uses it.
 */
export type AttachmentDto = {
  id: string;
  fileName: string;
  mimeType: string;
  bytes: number;
  sha256: string;
};

export function toAttachmentDto(row: AttachmentEntity): AttachmentDto {
  return {
    id: row.id,
    fileName: row.fileName,
    mimeType: row.mimeType,
    bytes: row.bytes,
    sha256: row.sha256,
  };
}
