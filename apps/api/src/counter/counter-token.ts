import { createHash, randomBytes } from 'node:crypto';

/** How long the resident has to open and confirm the link: they are standing at the counter. */
export const COUNTER_TOKEN_TTL_MS = 10 * 60 * 1000;

/**
 * How long after confirming the same link still downloads the 控え: long enough for the resident
 * at the counter to save or print it, short enough that a photographed QR code opens nothing later.
 */
export const COUNTER_RECEIPT_WINDOW_MS = 30 * 60 * 1000;

/** 128 random bits, base64url (22 characters): names nothing, guesses nothing. */
export function generateCounterToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Only this SHA-256 is stored: a copy of the database opens no pending application. */
export function hashCounterToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a string has the shape of a token (anything else is refused before a lookup). */
export function isCounterTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(token);
}
