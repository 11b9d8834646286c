import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { PersonalDataUnreadableError } from './personal-data.exception.js';

/** The envelope format new values are sealed in; see `associatedData` for what each binds. */
export const CURRENT_ENVELOPE_VERSION = 2;

/**
 * A sensitive answer (特定個人情報 such as a 個人番号) as it is stored: AES-256-GCM with the id of
 * the key that sealed it, so keys can rotate (new writes use the active key, old rows still
 * open with theirs), and the envelope format `v` (absent: format 1, from before the record was
 * bound). `tail` keeps the last four characters for the masked display (`********5352`), which
 * is all that any ordinary response shows.
 */
export type SealedValue = {
  $sealed: 'aes-256-gcm';
  v?: number;
  kid: string;
  iv: string;
  tag: string;
  ct: string;
  tail: string;
};

/**
 * The record a sealed value belongs to. An application's answer versions
 * (`application_answer_versions`) are snapshots of the application's own answers and keep the
 * application as their record; a draft is a record of its own, and its submission seals the
 * answers again under the new application's id.
 */
export type SealedRecord = {
  kind: 'application' | 'draft';
  id: string;
  municipalityCode: string;
};

/** Where a sealed value sits: its record and the dot path of the field inside the answers. */
export type SealingContext = { record: SealedRecord; path: string };

export function isSealedValue(value: unknown): value is SealedValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { $sealed?: unknown }).$sealed === 'aes-256-gcm' &&
    typeof (value as { ct?: unknown }).ct === 'string'
  );
}

export function envelopeVersionOf(sealed: SealedValue): number {
  return sealed.v ?? 1;
}

/**
 * The authenticated data of an envelope. Format 1 bound the field path only, so a value copied to
 * the same field of another application still opened. Format 2 binds the format itself (an
 * envelope relabelled as format 1 does not open), the record kind, the municipality, the record
 * id and the field path, each length-prefixed so no two contexts share a byte string.
 */
function associatedData(version: number, context: SealingContext): Buffer {
  if (version === 1) {
    return Buffer.from(context.path, 'utf8');
  }
  const parts = [
    'madoguchi-personal-data',
    String(version),
    context.record.kind,
    context.record.municipalityCode,
    context.record.id,
    context.path,
  ];
  return Buffer.concat(
    parts.map((part) => {
      const bytes = Buffer.from(part, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      return Buffer.concat([length, bytes]);
    }),
  );
}

export type PersonalDataCipherOptions = {
  /**
   * Whether format 1 envelopes (bound to the field path only) still open: true while a deployment
   * may hold some; false once `api:reencrypt` has rewritten them all, so none copied back from a
   * backup into another record opens either.
   */
  opensFormat1?: boolean;
};

export class PersonalDataCipher {
  private readonly opensFormat1: boolean;

  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    private readonly activeKeyId: string,
    options: PersonalDataCipherOptions = {},
  ) {
    this.opensFormat1 = options.opensFormat1 ?? true;
    const active = keys.get(activeKeyId);
    if (!active || active.length !== 32) {
      throw new Error(`The active personal-data key "${activeKeyId}" must exist and be 32 bytes`);
    }
  }

  get currentKeyId(): string {
    return this.activeKeyId;
  }

  /** Seals under the active key in the current format, bound to the record and the field path. */
  seal(plaintext: string, context: SealingContext): SealedValue {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    cipher.setAAD(associatedData(CURRENT_ENVELOPE_VERSION, context));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      $sealed: 'aes-256-gcm',
      v: CURRENT_ENVELOPE_VERSION,
      kid: this.activeKeyId,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ct: ct.toString('base64'),
      tail: plaintext.slice(-4),
    };
  }

  /** Opens an envelope of any known format with any configured key; throws PersonalDataUnreadableError. */
  open(sealed: SealedValue, context: SealingContext): string {
    const version = envelopeVersionOf(sealed);
    if (version !== 1 && version !== CURRENT_ENVELOPE_VERSION) {
      throw new PersonalDataUnreadableError('unknown_format', context.path);
    }
    if (version === 1 && !this.opensFormat1) {
      throw new PersonalDataUnreadableError('format_retired', context.path);
    }
    const key = this.keys.get(sealed.kid);
    if (!key) {
      throw new PersonalDataUnreadableError('key_unavailable', context.path);
    }
    let plaintext: string;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(associatedData(version, context));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      plaintext = Buffer.concat([
        decipher.update(Buffer.from(sealed.ct, 'base64')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new PersonalDataUnreadableError('not_authentic', context.path);
    }
    // `tail` sits outside the authenticated ciphertext: an altered one would mislead the masked display.
    if (plaintext.slice(-4) !== sealed.tail) {
      throw new PersonalDataUnreadableError('not_authentic', context.path);
    }
    return plaintext;
  }

  /** True when the envelope is in the current format under the active key (nothing for a re-encryption to do). */
  isCurrent(sealed: SealedValue): boolean {
    return (
      envelopeVersionOf(sealed) === CURRENT_ENVELOPE_VERSION && sealed.kid === this.activeKeyId
    );
  }
}

/** Parses `PERSONAL_DATA_KEYS` = `kid:base64key,kid2:base64key` (each key 32 bytes). */
export function parsePersonalDataKeys(spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
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
