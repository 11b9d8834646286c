import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * A sensitive answer (特定個人情報 such as a 個人番号) as it is stored: AES-256-GCM with the id of
 * the key that sealed it, so keys can rotate (new writes use the active key, old rows still
 * open with theirs). `tail` keeps the last four characters for the masked display
 * (`********5352`), which is all that any ordinary response shows.
 */
export type SealedValue = {
  $sealed: 'aes-256-gcm';
  kid: string;
  iv: string;
  tag: string;
  ct: string;
  tail: string;
};

export function isSealedValue(value: unknown): value is SealedValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { $sealed?: unknown }).$sealed === 'aes-256-gcm' &&
    typeof (value as { ct?: unknown }).ct === 'string'
  );
}

export class PersonalDataCipher {
  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    private readonly activeKeyId: string,
  ) {
    const active = keys.get(activeKeyId);
    if (!active || active.length !== 32) {
      throw new Error(`The active personal-data key "${activeKeyId}" must exist and be 32 bytes`);
    }
  }

  /** `context` (the field path) is authenticated: a sealed value cannot be moved to another field. */
  seal(plaintext: string, context: string): SealedValue {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      $sealed: 'aes-256-gcm',
      kid: this.activeKeyId,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ct: ct.toString('base64'),
      tail: plaintext.slice(-4),
    };
  }

  open(sealed: SealedValue, context: string): string {
    const key = this.keys.get(sealed.kid);
    if (!key) {
      throw new Error(`No personal-data key with id "${sealed.kid}" is configured`);
    }
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]).toString('utf8');
  }
}

/** Parses `PERSONAL_DATA_KEYS` = `kid:base64key,kid2:base64key` (each key 32 bytes). */
export function parsePersonalDataKeys(spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of spec.split(',').map((part) => part.trim()).filter(Boolean)) {
    const separator = entry.indexOf(':');
    const kid = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (separator <= 0 || key.length !== 32) {
      throw new Error('PERSONAL_DATA_KEYS entries are "keyId:<32 bytes in base64>"');
    }
    keys.set(kid, key);
  }
  return keys;
}
