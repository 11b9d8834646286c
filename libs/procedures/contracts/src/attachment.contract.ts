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

/**
 * An attachment of an application as staff see it in the detail: under which slot of the form it
 * was given, and what the upload removed from the file (e.g. `gps`: the photo's location) so the
 * reviewer knows the file is not byte for byte what the resident had.
 */
export const staffAttachmentSchema = z.object({
  id: z.string(),
  slotId: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int().nonnegative(),
  removedMetadata: z.array(z.string()),
});
export type StaffAttachment = z.infer<typeof staffAttachmentSchema>;
