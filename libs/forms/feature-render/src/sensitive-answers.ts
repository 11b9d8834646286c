import type { FormDefinition } from '@madoguchi/forms-schema';
import { compileForm } from '@madoguchi/forms-schema';

/**
 * Stored answers without their sensitive values (個人番号 …): the API sends those masked, so a
 * form prefilled for a correction must ask for them again rather than send the mask back.
 */
export function omitSensitiveAnswers(
  definition: FormDefinition,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(answers)) as Record<string, unknown>;
  for (const path of compileForm(definition).sensitivePaths(copy)) {
    const segments = path.split('.');
    const last = segments.pop();
    let node: unknown = copy;
    for (const segment of segments) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[segment]
          : undefined;
    }
    if (last !== undefined && typeof node === 'object' && node !== null) {
      delete (node as Record<string, unknown>)[last];
    }
  }
  return copy;
}
