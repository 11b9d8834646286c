import { z } from 'zod';

/**
 * What the public verify page says of a sealed 控え or 決定通知書 (issue #13), closed:
 * - `valid`: sealed by the municipality's seal (a certificate of the configured seal CA), unchanged
 *   since, with a verified signature timestamp;
 * - `modified`: a seal is there, but the bytes are not the ones sealed (or more were added after);
 * - `unknown_sealer`: signed, but by a certificate that is no municipality's seal here;
 * - `not_sealed`: no seal in the file;
 * - `invalid`: the seal certificate was revoked or expired, or its timestamp does not verify.
 */
export const sealVerdictSchema = z.enum([
  'valid',
  'modified',
  'unknown_sealer',
  'not_sealed',
  'invalid',
]);
export type SealVerdict = z.infer<typeof sealVerdictSchema>;

/** The largest PDF the verify page accepts (a 控え with many pages is well under 1 MB). */
export const SEAL_VERIFICATION_MAX_PDF_BYTES = 5 * 1024 * 1024;

export const sealVerificationSchema = z.object({
  verdict: sealVerdictSchema,
  /** From the seal certificate: the municipality (O) and the office that sealed (CN). */
  sealer: z.object({ municipality: z.string(), office: z.string() }).nullable(),
  /** The TSA's genTime of the seal's signature timestamp. */
  sealedAt: z.iso.datetime().nullable(),
  /** With a receipt JSON: whether the 受付番号 given is the one the receipt names; else null. */
  receiptNumberMatches: z.boolean().nullable(),
});
export type SealVerification = z.infer<typeof sealVerificationSchema>;

/** The receipt JSON (its text, exactly as downloaded) and its seal (.p7s, base64), by 受付番号. */
export const verifyReceiptRequestSchema = z.object({
  receiptNumber: z.string().trim().min(1).max(40),
  receipt: z.string().min(2).max(32_768),
  seal: z.base64().min(4).max(65_536),
});
export type VerifyReceiptRequest = z.infer<typeof verifyReceiptRequestSchema>;
