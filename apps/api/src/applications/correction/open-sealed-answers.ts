import type { PersonalDataCipher, SealedValue } from '../../personal-data/personal-data-cipher.js';
import { isSealedValue } from '../../personal-data/personal-data-cipher.js';

export type SealedAnswer = { path: string; sealed: SealedValue };

/** The sealed values of stored answers, with their dot paths (the context each was sealed with). */
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

/**
 * A copy of stored answers with their sealed values opened, to compare in clear inside this
 * process only: never returned, logged or stored.
 */
export function openSealedAnswers(
  answers: Record<string, unknown>,
  sealedAnswers: readonly SealedAnswer[],
  cipher: PersonalDataCipher,
): Record<string, unknown> {
  const copy = structuredClone(answers);
  for (const { path, sealed } of sealedAnswers) {
    const segments = path.split('.');
    const key = segments.pop() ?? '';
    let container: unknown = copy;
    for (const segment of segments) {
      container = (container as Record<string, unknown>)[segment];
    }
    (container as Record<string, unknown>)[key] = cipher.open(sealed, path);
  }
  return copy;
}
