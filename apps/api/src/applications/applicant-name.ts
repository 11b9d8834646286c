import type { FormDefinition } from '@madoguchi/forms-schema';
import { toFullWidthKatakana } from '@madoguchi/forms-schema';

type PersonName = { family?: unknown; given?: unknown };

/**
 * The applicant's name for the staff work queue: the first top-level personName field of the
 * form (nested ones belong to proxies or family members).
 */
export function findApplicantName(definition: FormDefinition, answers: Record<string, unknown>): string | null {
  for (const step of definition.steps) {
    for (const field of step.fields) {
      if (field.type !== 'personName') {
        continue;
      }
      const value = answers[field.id] as PersonName | undefined;
      if (value && typeof value.family === 'string' && typeof value.given === 'string') {
        return `${value.family} ${value.given}`;
      }
    }
  }
  return null;
}

/**
 * The applicant's フリガナ in full-width katakana, from the top-level personName answer whose name
 * is `applicantName` (the one `findApplicantName` chose), for the work queue's kana search.
 */
export function findApplicantNameKana(answers: Record<string, unknown>, applicantName: string): string | null {
  for (const value of Object.values(answers)) {
    const name = value as PersonName & { familyKana?: unknown; givenKana?: unknown };
    if (
      name &&
      typeof name === 'object' &&
      `${String(name.family)} ${String(name.given)}` === applicantName &&
      typeof name.familyKana === 'string' &&
      typeof name.givenKana === 'string'
    ) {
      return toFullWidthKatakana(`${name.familyKana} ${name.givenKana}`);
    }
  }
  return null;
}
