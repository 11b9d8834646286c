import type { PersonalDataCipher, SealedRecord, SealedValue } from './personal-data-cipher.js';
import { isSealedValue } from './personal-data-cipher.js';

type Container = Record<string, unknown> | unknown[];

function locate(
  root: Record<string, unknown>,
  path: string,
): { container: Container; key: string } | null {
  const segments = path.split('.');
  const key = segments.pop();
  let container: unknown = root;
  for (const segment of segments) {
    container =
      container !== null && typeof container === 'object'
        ? (container as Record<string, unknown>)[segment]
        : undefined;
  }
  if (key === undefined || container === null || typeof container !== 'object') {
    return null;
  }
  return { container: container as Container, key };
}

function read(target: { container: Container; key: string }): unknown {
  return (target.container as Record<string, unknown>)[target.key];
}

function write(target: { container: Container; key: string }, value: unknown): void {
  (target.container as Record<string, unknown>)[target.key] = value;
}

/**
 * The text a sensitive value is sealed as. A draft keeps whatever the resident's client sent, so a
 * 個人番号 may arrive as a JSON number, an array or an object: each is sealed as its JSON text,
 * never stored in clear (a sealed-looking object sent by a client is sealed again, not trusted).
 */
function sealableText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Replaces every value at the sensitive paths (of any JSON type but null) with a sealed value
 * bound to `record` and its path, on a copy.
 */
export function sealSensitiveAnswers(
  answers: Record<string, unknown>,
  paths: readonly string[],
  cipher: PersonalDataCipher,
  record: SealedRecord,
): Record<string, unknown> {
  const copy = structuredClone(answers);
  for (const path of paths) {
    const target = locate(copy, path);
    const value = target ? read(target) : undefined;
    if (target && value !== undefined && value !== null) {
      write(target, cipher.seal(sealableText(value), { record, path }));
    }
  }
  return copy;
}

/** Shows only the last four characters: `********5352`, as municipal systems print a 個人番号. */
export function maskValue(value: unknown): string {
  if (isSealedValue(value)) {
    return `********${value.tail}`;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `${'*'.repeat(Math.max(text.length - 4, 4))}${text.slice(-4)}`;
}

/** A copy of the answers for a response: every sensitive or sealed value is masked. */
export function maskSensitiveAnswers(
  answers: Record<string, unknown>,
  paths: readonly string[],
): Record<string, unknown> {
  const copy = structuredClone(answers);
  for (const path of paths) {
    const target = locate(copy, path);
    if (target && read(target) !== undefined) {
      write(target, maskValue(read(target)));
    }
  }
  return copy;
}

/** The sealed value at a path of stored answers, or null when the path holds none. */
export function findSealedValue(
  answers: Record<string, unknown>,
  path: string,
): SealedValue | null {
  const target = locate(answers, path);
  const value = target ? read(target) : undefined;
  return isSealedValue(value) ? value : null;
}

export type SealedAnswer = { path: string; sealed: SealedValue };

/** Every sealed value of stored answers, with its dot path (the path it was sealed with). */
export function findSealedAnswers(answers: Record<string, unknown>): SealedAnswer[] {
  const found: SealedAnswer[] = [];
  const walk = (value: unknown, path: string): void => {
    if (isSealedValue(value)) {
      found.push({ path, sealed: value });
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        walk(child, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(answers, '');
  return found;
}

/** Puts `value` at a dot path of `answers` that exists (a sealed value's own path). */
export function replaceAnswerAt(
  answers: Record<string, unknown>,
  path: string,
  value: unknown,
): void {
  const target = locate(answers, path);
  if (target) {
    write(target, value);
  }
}
