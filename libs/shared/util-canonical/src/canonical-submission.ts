import { canonicalJson, sha256, toHex, type JsonValue } from './canonical-json.js';

/** The format tag inside the signed bytes: a change of structure gets a new tag, never a new meaning. */
export const CANONICAL_SUBMISSION_FORMAT = 'madoguchi.submission/1';

export type AttachmentDigest = {
  /** The attachment slot of the form definition the file was uploaded to. */
  readonly slot: string;
  /** The SHA-256 of the file's bytes, 64 lower-case hex digits. */
  readonly sha256: string;
};

export type CanonicalSubmission = {
  /** UTF-8 bytes of the RFC 8785 text; this is what the resident's card signs (by its digest). */
  readonly bytes: Uint8Array;
  readonly text: string;
  /** SHA-256 of `bytes`. */
  readonly sha256: Uint8Array;
  readonly sha256Hex: string;
};

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The bytes a resident signs for a submission, identical in the browser and on the server:
 *
 * ```json
 * {"answers":{…},"attachments":[{"sha256":"…","slot":"…"},…],"format":"madoguchi.submission/1"}
 * ```
 *
 * - `answers` is the answers object exactly as submitted (RFC 8785 sorts its members);
 * - `attachments` lists every attached file by slot and SHA-256, sorted by slot and then by
 *   digest, because RFC 8785 keeps array order and the order of uploads must not change what
 *   was signed (a slot with several files lists each);
 * - `format` names this structure so a later version cannot be confused with it.
 *
 * Throws a `TypeError` for a digest that is not 64 lower-case hex digits or an empty slot.
 */
export async function canonicalSubmission(
  answers: { readonly [key: string]: JsonValue },
  attachments: readonly AttachmentDigest[],
): Promise<CanonicalSubmission> {
  for (const attachment of attachments) {
    if (attachment.slot.length === 0) {
      throw new TypeError('An attachment has an empty slot.');
    }
    if (!SHA256_HEX.test(attachment.sha256)) {
      throw new TypeError(`The attachment in slot ${attachment.slot} has no valid SHA-256.`);
    }
  }
  const sortedAttachments = [...attachments]
    .sort((a, b) => compareCodeUnits(a.slot, b.slot) || compareCodeUnits(a.sha256, b.sha256))
    .map(({ slot, sha256: digest }) => ({ slot, sha256: digest }));
  const text = canonicalJson({
    format: CANONICAL_SUBMISSION_FORMAT,
    answers,
    attachments: sortedAttachments,
  });
  const bytes = new TextEncoder().encode(text);
  const digest = await sha256(bytes);
  return { bytes, text, sha256: digest, sha256Hex: toHex(digest) };
}

// RFC 8785 orders by UTF-16 code units; doing the same for the array keeps one rule for both.
function compareCodeUnits(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
