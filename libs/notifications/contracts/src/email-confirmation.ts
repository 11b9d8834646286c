import { z } from 'zod';

/**
 * Double opt-in (issue #11): an address is mailed notifications only once its owner followed the
 * link of a confirmation mail. `pending`: set, its confirmation mail sent or on its way.
 */
export const EMAIL_CONFIRMATION_STATES = ['pending', 'confirmed'] as const;
export type EmailConfirmationState = (typeof EMAIL_CONFIRMATION_STATES)[number];

/** How long the link of a confirmation mail works. */
export const EMAIL_CONFIRMATION_TOKEN_TTL_HOURS = 24;

/** Resends of a confirmation mail: one a minute at most, and this many a day. */
export const EMAIL_CONFIRMATION_RESEND_INTERVAL_SECONDS = 60;
export const EMAIL_CONFIRMATION_MAX_REQUESTS_PER_DAY = 5;

/** The path of the citizen app's landing page; the token travels in the fragment (`#token=`), never to a server log. */
export const EMAIL_CONFIRMATION_PATH = '/email-confirmation';

/** A resident's e-mail contact as the settings page shows it. */
export const notificationContactViewSchema = z.object({
  email: z.email().max(254).nullable(),
  /** Null when no address is set. */
  confirmation: z.enum(EMAIL_CONFIRMATION_STATES).nullable(),
  /** When the confirmation mail may be asked for again (ISO time); null when it may be now or is not pending. */
  canResendAt: z.string().nullable(),
});
export type NotificationContactView = z.infer<typeof notificationContactViewSchema>;

/** The token of a confirmation link: 32 random bytes, base64url. */
export const emailConfirmationTokenSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type EmailConfirmationToken = z.infer<typeof emailConfirmationTokenSchema>;

/** What following a link did; `application_subject`: an address a proxy form gave for the person applied for. */
export const emailConfirmationResultSchema = z.object({
  ownerKind: z.enum(['resident', 'application_subject']),
  status: z.enum(['confirmed', 'declined']),
});
export type EmailConfirmationResult = z.infer<typeof emailConfirmationResultSchema>;
