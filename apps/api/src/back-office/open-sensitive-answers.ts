import type { PersonalDataCipher, SealedRecord } from '../personal-data/personal-data-cipher.js';
import { findSealedValue } from '../personal-data/sensitive-answers.js';

/**
 * A copy of stored answers with the sealed values at `paths` opened, for a back-office key with
 * the `personal-data` scope. Returns the paths it opened (for the audit row, never the values).
 */
export function openSensitiveAnswers(
  answers: Record<string, unknown>,
  paths: readonly string[],
  cipher: PersonalDataCipher,
  record: SealedRecord,
): { answers: Record<string, unknown>; openedPaths: string[] } {
  const copy = structuredClone(answers);
  const openedPaths: string[] = [];
  for (const path of paths) {
    const sealed = findSealedValue(copy, path);
    if (!sealed) {
      continue;
    }
    const segments = path.split('.');
    const key = segments.pop() ?? '';
    let container: Record<string, unknown> = copy;
    for (const segment of segments) {
      container = container[segment] as Record<string, unknown>;
    }
    container[key] = cipher.open(sealed, { record, path });
    openedPaths.push(path);
  }
  return { answers: copy, openedPaths };
}
