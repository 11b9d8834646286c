import { z } from 'zod';

import type { Attachment, AttachmentFile, StaffAttachment } from '@madoguchi/procedures-contracts';
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

/** What the API answers for a stored attachment (the contract shared with the citizen app). */
export type AttachmentDto = Attachment;

export function toAttachmentDto(row: AttachmentEntity): AttachmentDto {
  return {
    id: row.id,
    fileName: row.fileName,
    mimeType: row.mimeType,
    bytes: row.bytes,
    sha256: row.sha256,
  };
}

export function toAttachmentFile(row: AttachmentEntity): AttachmentFile {
  return { id: row.id, fileName: row.fileName, bytes: row.bytes };
}

export function toStaffAttachment(row: AttachmentEntity): StaffAttachment {
  return {
    id: row.id,
    slotId: row.slotId,
    fileName: row.fileName,
    mimeType: row.mimeType,
    bytes: row.bytes,
    removedMetadata: [...row.removedMetadata],
  };
}
