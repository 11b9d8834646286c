import type { FormDefinition } from '@madoguchi/forms-schema';

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
