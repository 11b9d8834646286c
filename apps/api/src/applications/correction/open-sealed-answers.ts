import type { PersonalDataCipher, SealedRecord } from '../../personal-data/personal-data-cipher.js';
import type { SealedAnswer } from '../../personal-data/sensitive-answers.js';
import { replaceAnswerAt } from '../../personal-data/sensitive-answers.js';

/**
 * A copy of stored answers with their sealed values opened, to compare in clear inside this
 * process only: never returned, logged or stored. `record` is the application they belong to
 * (a value copied from another record does not open: PersonalDataUnreadableError).
 */
export function openSealedAnswers(
  answers: Record<string, unknown>,
  sealedAnswers: readonly SealedAnswer[],
  cipher: PersonalDataCipher,
  record: SealedRecord,
): Record<string, unknown> {
  const copy = structuredClone(answers);
  for (const { path, sealed } of sealedAnswers) {
    replaceAnswerAt(copy, path, cipher.open(sealed, { record, path }));
  }
  return copy;
}
