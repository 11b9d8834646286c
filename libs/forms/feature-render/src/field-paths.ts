import type { FieldDefinition, FormDefinition } from '@madoguchi/forms-schema';

/** Joins a react-hook-form dot path: `children` + 2 + `myNumber` → `children.2.myNumber`. */
export function joinPath(base: string, segment: string | number): string {
  return base === '' ? String(segment) : `${base}.${segment}`;
}

/**
 * The DOM id of the control of a dot path (`children.2.myNumber` → `field-children-2-myNumber`).
 * Field ids are lowerCamelCase, so dashes cannot collide.
 */
export function fieldDomId(path: string): string {
  return path === '' ? 'field-form' : `field-${path.replaceAll('.', '-')}`;
}

/** The index of the step holding the top-level field a path starts with, or -1. */
export function findStepIndexOfPath(definition: FormDefinition, path: string): number {
  const rootId = path.split('.')[0] ?? '';
  return definition.steps.findIndex((step) => step.fields.some((field) => field.id === rootId));
}

/** Empty answers that keep the shapes react-hook-form needs (lists for checkboxes and repeats). */
export function buildDefaultAnswers(fields: readonly FieldDefinition[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.type === 'group') {
      answers[field.id] = field.repeat
        ? Array.from({ length: field.repeat.min }, () => buildDefaultAnswers(field.fields))
        : buildDefaultAnswers(field.fields);
    } else if (field.type === 'checkboxes' || field.type === 'attachment') {
      answers[field.id] = [];
    }
  }
  return answers;
}
