import { createHash, randomBytes } from 'node:crypto';

/** `mdg_bo_` + 32 random bytes (base64url): recognisable in a leaked log, 256 bits of secret. */
const KEY_PREFIX = 'mdg_bo_';
const KEY_PATTERN = /^mdg_bo_[A-Za-z0-9_-]{43}$/;
/** How much of the key the list shows, to tell keys apart; far too little to guess the rest. */
const SHOWN_LENGTH = KEY_PREFIX.length + 6;

export type NewApiKeySecret = { key: string; keyPrefix: string; keyHash: string };

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): NewApiKeySecret {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, keyPrefix: key.slice(0, SHOWN_LENGTH), keyHash: hashApiKey(key) };
}

/** The key of an `Authorization: Bearer <key>` header, or null when the header holds none. */
export function readBearerKey(authorization: string | undefined): string | null {
  const match = /^Bearer +(\S+)\s*$/i.exec(authorization ?? '');
  const key = match?.[1];
  return key !== undefined && KEY_PATTERN.test(key) ? key : null;
}
