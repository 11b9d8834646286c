import { z } from 'zod';

/**
 * Card signatures (JPKI 署名用電子証明書, issue #13). The resident signs the canonical submission
 * (`@madoguchi/shared-util-canonical`) of the answers and attachments in the signing service (the
 * デジタル認証アプリ's role); the API verifies the CMS signature and compares the certificate's
 * 基本4情報 with the answers.
 */

/** POST /api/me/signature-requests: what is about to be submitted, to be signed. */
export const startSigningRequestSchema = z
  .object({
    municipalityCode: z.string().regex(/^\d{6}$/),
    procedureId: z.string().min(1),
    formVersion: z.number().int().positive(),
    answers: z.record(z.string(), z.unknown()),
    /**
     * The citizen app's path the signing service sends the resident back to (same origin as the
     * citizen app; the API adds `signingRequest=<id>`).
     */
    returnPath: z
      .string()
      .max(500)
      .regex(/^\/[^/\s\\][^\s\\]*$/),
  })
  .strict();
export type StartSigningRequest = z.infer<typeof startSigningRequestSchema>;

export const signingRequestStartedSchema = z.object({
  id: z.string(),
  /** Where to send the resident: the signing service's page (no personal data in it). */
  signingUrl: z.string(),
  /** SHA-256 of the canonical submission, hex: what the resident sees on the signing page. */
  digestHex: z.string(),
});
export type SigningRequestStarted = z.infer<typeof signingRequestStartedSchema>;

export const BASIC_FOUR_ITEMS = ['name', 'dateOfBirth', 'gender', 'address'] as const;
export type BasicFourItem = (typeof BASIC_FOUR_ITEMS)[number];

/** One item of the 基本4情報 as the card says it, as the answers say it, and whether they agree. */
export const basicFourComparisonSchema = z.object({
  item: z.enum(BASIC_FOUR_ITEMS),
  onCard: z.string(),
  inAnswers: z.string(),
  matches: z.boolean(),
});
export type BasicFourComparison = z.infer<typeof basicFourComparisonSchema>;

export const signerBasicFourSchema = z.object({
  name: z.string(),
  address: z.string(),
  dateOfBirth: z.string(),
  gender: z.enum(['male', 'female', 'unknown']),
});
export type SignerBasicFour = z.infer<typeof signerBasicFourSchema>;

/** POST /api/me/signature-requests/:id/complete: the verified signature (refused ones are errors). */
export const signingResultSchema = z.object({
  id: z.string(),
  digestHex: z.string(),
  signerName: z.string(),
  signingTime: z.string(),
});
export type SigningResult = z.infer<typeof signingResultSchema>;

export const SIGNING_TIME_SOURCES = [
  'signature_timestamp',
  'signing_time_attribute',
  'verification_time',
] as const;

/** Staff only: the card signature kept with an application (null: submitted without one). */
export const applicationSignatureSchema = z.object({
  isValid: z.boolean(),
  /** Why it does not verify now (e.g. `revoked`), null when valid. */
  failure: z.string().nullable(),
  signingTime: z.string().nullable(),
  signingTimeSource: z.enum(SIGNING_TIME_SOURCES).nullable(),
  certificateSerial: z.string().nullable(),
  certificateIssuer: z.string().nullable(),
  signer: signerBasicFourSchema.nullable(),
  comparison: z.array(basicFourComparisonSchema),
  verifiedAt: z.string(),
});
export type ApplicationSignature = z.infer<typeof applicationSignatureSchema>;
