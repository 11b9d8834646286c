import { z } from 'zod';

/** The text fields of `POST /api/attachments` (multipart, sent before the `file` part). */
export const uploadAttachmentTargetSchema = z.object({
  municipalityCode: z.string().regex(/^\d{6}$/),
  procedureId: z.string().regex(/^[a-z][a-z0-9-]{0,99}$/),
  formVersion: z.number().int().positive(),
  slotId: z.string().regex(/^[a-z][a-zA-Z0-9]{0,99}$/),
});
export type UploadAttachmentTarget = z.infer<typeof uploadAttachmentTargetSchema>;

/**
 * What the API answers for a stored attachment (添付書類). The resident's form puts `id` in the
 * attachment field's value (`string[]`).
 */
export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** The resident's own file named by a draft's answers: enough to show it again on any device. */
export const attachmentFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type AttachmentFile = z.infer<typeof attachmentFileSchema>;
