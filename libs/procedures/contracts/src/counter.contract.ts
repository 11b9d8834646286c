import { z } from 'zod';

/**
 * 書かない窓口 (counter-assisted filling): a staff member fills the resident's application at the
 * counter with the same form, recording how the resident's identity was checked there; the
 * resident reviews and confirms it (a second screen at the counter, or their phone by a
 * short-lived QR link). Only the confirmation submits it.
 */

/** How the resident's identity was checked at the counter (a closed list). */
export const COUNTER_IDENTITY_METHODS = ['my_number_card', 'drivers_license', 'other'] as const;
export type CounterIdentityMethod = (typeof COUNTER_IDENTITY_METHODS)[number];

/** Where the resident confirmed: the counter's second screen or their own phone (QR link). */
export const COUNTER_CONFIRMATION_CHANNELS = ['counter_screen', 'qr'] as const;
export type CounterConfirmationChannel = (typeof COUNTER_CONFIRMATION_CHANNELS)[number];

export const COUNTER_CONFIRMATION_STATUSES = ['pending', 'confirmed', 'cancelled'] as const;
export type CounterConfirmationStatus = (typeof COUNTER_CONFIRMATION_STATUSES)[number];

/**
 * What the counter's list shows: `awaiting` (pending, its link still valid), `expired` (pending,
 * its link past its ten minutes: staff may issue a new one), `confirmed` or `cancelled`.
 */
export const COUNTER_CONFIRMATION_STATES = [
  'awaiting',
  'expired',
  'confirmed',
  'cancelled',
] as const;
export type CounterConfirmationState = (typeof COUNTER_CONFIRMATION_STATES)[number];

/**
 * A file staff scanned or photographed at the counter into one of the form's attachment slots
 * (the same upload pipeline as a resident's): what the resident sees before confirming.
 */
export const counterAttachmentSchema = z.object({
  id: z.string(),
  slotId: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type CounterAttachment = z.infer<typeof counterAttachmentSchema>;

/** The staff member's record of the identity check. `other` needs a note naming the document. */
export const counterIdentityCheckSchema = z
  .object({
    method: z.enum(COUNTER_IDENTITY_METHODS),
    note: z.string().trim().max(500).default(''),
  })
  .strict()
  .refine((check) => check.method !== 'other' || check.note.length > 0, {
    path: ['note'],
    message: 'note_required_for_other',
  });
export type CounterIdentityCheck = z.infer<typeof counterIdentityCheckSchema>;
export type CounterIdentityCheckInput = z.input<typeof counterIdentityCheckSchema>;

/** POST /api/staff/counter/confirmations: the answers staff filled for the resident at the counter. */
export const createCounterConfirmationRequestSchema = z
  .object({
    procedureId: z.string().min(1).max(100),
    formVersion: z.number().int().positive(),
    answers: z.record(z.string(), z.unknown()),
    identityCheck: counterIdentityCheckSchema,
  })
  .strict();
export type CreateCounterConfirmationRequest = z.infer<
  typeof createCounterConfirmationRequestSchema
>;
export type CreateCounterConfirmationRequestInput = z.input<
  typeof createCounterConfirmationRequestSchema
>;

/**
 * The one-time confirmation token, in clear only in this answer (the server keeps its SHA-256):
 * 128 random bits, no personal data, single use, valid until `tokenExpiresAt`.
 */
export const counterConfirmationTokenSchema = z.object({
  token: z.string(),
  tokenExpiresAt: z.string(),
});
export type CounterConfirmationToken = z.infer<typeof counterConfirmationTokenSchema>;

/** A counter-assisted application as the staff member at the counter follows it. */
export const counterConfirmationSchema = z.object({
  id: z.string(),
  status: z.enum(COUNTER_CONFIRMATION_STATUSES),
  state: z.enum(COUNTER_CONFIRMATION_STATES),
  procedureId: z.string(),
  procedureTitle: z.object({ ja: z.string(), en: z.string(), easyJa: z.string() }),
  formVersion: z.number().int(),
  applicantName: z.string(),
  identityCheck: counterIdentityCheckSchema,
  filledBy: z.object({ staffId: z.string(), displayName: z.string() }),
  createdAt: z.string(),
  tokenExpiresAt: z.string(),
  confirmedVia: z.enum(COUNTER_CONFIRMATION_CHANNELS).nullable(),
  confirmedAt: z.string().nullable(),
  /** Once confirmed: the submitted application and its 受付番号. */
  applicationId: z.string().nullable(),
  receiptNumber: z.string().nullable(),
  /** How many files staff attached at the counter. */
  attachmentCount: z.number().int().nonnegative(),
  cancelledAt: z.string().nullable(),
});
export type CounterConfirmation = z.infer<typeof counterConfirmationSchema>;

/** GET /api/staff/counter/confirmations: the municipality's recent ones, newest first. */
export const counterConfirmationListSchema = z.object({
  items: z.array(counterConfirmationSchema),
});
export type CounterConfirmationList = z.infer<typeof counterConfirmationListSchema>;

/** The answer to creating one and to issuing a new link: the status plus the token, once. */
export const issuedCounterConfirmationSchema = counterConfirmationSchema.extend({
  token: z.string(),
  /**
   * The resident's confirmation page with the token in the fragment (never sent to a server):
   * for the QR code and its printed URL (the resident's phone), and for the counter's second screen.
   */
  confirmUrl: z.string(),
  counterScreenUrl: z.string(),
});
export type IssuedCounterConfirmation = z.infer<typeof issuedCounterConfirmationSchema>;

/** The token travels in the body (never in a URL the server or a proxy logs). */
export const counterTokenRequestSchema = z.object({ token: z.string().min(1).max(200) }).strict();
export type CounterTokenRequest = z.infer<typeof counterTokenRequestSchema>;

/** POST /api/counter/confirmations/preview: what the resident is asked to confirm. */
export const counterConfirmationPreviewSchema = z.object({
  municipalityCode: z.string(),
  municipalityName: z.string(),
  procedureId: z.string(),
  procedureTitle: z.object({ ja: z.string(), en: z.string(), easyJa: z.string() }),
  formVersion: z.number().int(),
  /** The answers staff filled, sensitive values (個人番号) masked. */
  answers: z.record(z.string(), z.unknown()),
  identityMethod: z.enum(COUNTER_IDENTITY_METHODS),
  tokenExpiresAt: z.string(),
  /** The files staff attached at the counter, in the order of the answers. */
  attachments: z.array(counterAttachmentSchema),
});
export type CounterConfirmationPreview = z.infer<typeof counterConfirmationPreviewSchema>;

export const confirmCounterApplicationRequestSchema = z
  .object({
    token: z.string().min(1).max(200),
    via: z.enum(COUNTER_CONFIRMATION_CHANNELS),
  })
  .strict();
export type ConfirmCounterApplicationRequest = z.infer<
  typeof confirmCounterApplicationRequestSchema
>;

/** The resident's answer after confirming: the application is submitted. */
export const counterConfirmationResultSchema = z.object({
  receiptNumber: z.string(),
  submittedAt: z.string(),
  procedureTitle: z.object({ ja: z.string(), en: z.string(), easyJa: z.string() }),
  municipalityName: z.string(),
  /** A signed-in resident confirmed: the application is in their account (控え, status). */
  applicationId: z.string().nullable(),
  /**
   * Until when the same link downloads the PDF 控え (POST /api/counter/confirmations/receipt):
   * a short while after confirming, so the token never becomes a lasting key to the application.
   */
  receiptAvailableUntil: z.string(),
});
export type CounterConfirmationResult = z.infer<typeof counterConfirmationResultSchema>;

/** POST /api/counter/confirmations/attachment: one attached file's bytes, to preview it. */
export const counterAttachmentRequestSchema = z
  .object({ token: z.string().min(1).max(200), attachmentId: z.uuid() })
  .strict();
export type CounterAttachmentRequest = z.infer<typeof counterAttachmentRequestSchema>;

/**
 * Staff only, on the application detail: who filled it at the counter, how identity was checked,
 * and where and when the resident confirmed it (the application's identity evidence).
 */
export const counterAssistanceSchema = z.object({
  filledBy: z.object({ staffId: z.string(), displayName: z.string() }),
  identityCheck: counterIdentityCheckSchema,
  confirmedVia: z.enum(COUNTER_CONFIRMATION_CHANNELS),
  confirmedAt: z.string(),
  /** Whether the resident confirmed while signed in to their account. */
  isLinkedToAccount: z.boolean(),
});
export type CounterAssistance = z.infer<typeof counterAssistanceSchema>;
