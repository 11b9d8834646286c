import type { z } from 'zod';

/**
 * Secrets this repository publishes (`.env.example`, the code's defaults, the demo provider, test
 * helpers): anyone can read them, so production refuses every one of them, not one exact string.
 */
export const PUBLISHED_CLIENT_SECRETS: readonly string[] = [
  'madoguchi-citizen-dev-secret',
  'madoguchi-console-dev-secret',
];

/** The development key of the defaults (`dev:` + 32 bytes of ASCII text). */
export const DEVELOPMENT_PERSONAL_DATA_KEYS = 'dev:ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE=';

export const DEVELOPMENT_VAPID_PUBLIC_KEY =
  'BJMVmRDJRLnS8JVwwi3L8-7m7SRdM3dOW35BiaygLRpLbhX20FJw6Rum1QY1-tnEUgjVxfTzHUo8JMikxVDYoUs';

/** Words that give away a made-up secret (`changeme`, `test-secret`, …). */
const PLACEHOLDER_WORDS = /dev|test|example|sample|demo|secret|password|changeme|madoguchi/i;

/**
 * Why a 32-byte key of `PERSONAL_DATA_KEYS` cannot protect real data, or null. A key drawn from a
 * random source has about 28 distinct bytes and is practically never all printable text; a key
 * typed by a person (`development-only-key-32-bytes!!!`) or filled with one byte is.
 */
export function weakKeyReason(key: Buffer): string | null {
  if (new Set(key).size < 16) {
    return 'too few distinct bytes (not from a random source)';
  }
  if (key.every((byte) => byte >= 0x20 && byte < 0x7f)) {
    return 'printable text, not random bytes (use `openssl rand -base64 32`)';
  }
  return null;
}

/** Why an OpenID Connect client secret is unfit for production, or null. */
export function weakSecretReason(secret: string): string | null {
  if (PUBLISHED_CLIENT_SECRETS.includes(secret)) {
    return 'a development secret published in this repository';
  }
  if (secret.length < 24) {
    return 'shorter than 24 characters';
  }
  if (PLACEHOLDER_WORDS.test(secret) || new Set(secret).size < 10) {
    return 'looks like a placeholder, not a generated secret';
  }
  return null;
}

/** Adds an issue naming the setting unless the URL uses one of the allowed protocols. */
export function requireProtocol(
  context: z.RefinementCtx,
  name: string,
  value: string | undefined,
  protocols: readonly string[],
  reason: string,
): void {
  if (value === undefined) {
    return;
  }
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    return;
  }
  if (!protocols.includes(protocol)) {
    context.addIssue({
      code: 'custom',
      path: [name],
      message: `production needs ${protocols.join(' or ')} (${reason}), not ${protocol}`,
    });
  }
}
