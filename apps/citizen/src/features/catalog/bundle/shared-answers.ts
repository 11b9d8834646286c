import type { FieldDefinition, FormDefinition } from '@madoguchi/forms-schema';

export type AnsweredForm = { definition: FormDefinition; answers: Record<string, unknown> };

export type SharedAnswers = {
  /** Top-level answers for the next form (whole values, so its nested defaults stay). */
  answers: Record<string, unknown>;
  /** The top-level fields of the next form that were filled in, in its order. */
  fields: FieldDefinition[];
};

/** Never carried to another form: 個人番号 and other sensitive data, files, and declarations. */
function isCarried(field: FieldDefinition): boolean {
  return (
    !field.sensitive &&
    field.value === undefined &&
    field.type !== 'myNumber' &&
    field.type !== 'attachment' &&
    field.type !== 'consent'
  );
}

function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === '') {
    return false;
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (typeof value === 'object') {
    return Object.values(value).some(isAnswered);
  }
  return true;
}

function emptyAnswers(fields: readonly FieldDefinition[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.type === 'group') {
      answers[field.id] = field.repeat
        ? Array.from({ length: field.repeat.min }, () => emptyAnswers(field.fields))
        : emptyAnswers(field.fields);
    } else if (field.type === 'checkboxes' || field.type === 'attachment') {
      answers[field.id] = [];
    }
  }
  return answers;
}

/**
 * The answer of `target` taken from `source` when both fields have the same id and type: a leaf
 * as it is, a (non-repeating) group field by field; undefined when nothing can be carried.
 */
function carry(target: FieldDefinition, source: FieldDefinition, value: unknown): unknown {
  if (
    target.type !== source.type ||
    !isCarried(target) ||
    !isCarried(source) ||
    !isAnswered(value)
  ) {
    return undefined;
  }
  if (target.type !== 'group' || source.type !== 'group') {
    return value;
  }
  // Repeating groups (children, household members) differ from one procedure to the next.
  if (target.repeat || source.repeat || typeof value !== 'object' || value === null) {
    return undefined;
  }
  const result = emptyAnswers(target.fields);
  let hasAny = false;
  for (const child of target.fields) {
    const sourceChild = source.fields.find((candidate) => candidate.id === child.id);
    const carried = sourceChild
      ? carry(child, sourceChild, (value as Record<string, unknown>)[child.id])
      : undefined;
    if (carried !== undefined) {
      result[child.id] = carried;
      hasAny = true;
    }
  }
  return hasAny ? result : undefined;
}

function topLevelFields(definition: FormDefinition): FieldDefinition[] {
  return definition.steps.flatMap((step) => step.fields);
}

/**
 * Answers shared between the procedures of a bundle are asked once: the next form's top-level
 * fields with the same id and type as fields answered in an earlier form of the bundle (the
 * latest one first) start with those answers. Sensitive fields are never carried.
 */
export function sharedAnswers(
  target: FormDefinition,
  sources: readonly AnsweredForm[],
): SharedAnswers {
  const answers: Record<string, unknown> = {};
  const fields: FieldDefinition[] = [];
  for (const field of topLevelFields(target)) {
    for (const source of [...sources].reverse()) {
      const sourceField = topLevelFields(source.definition).find(
        (candidate) => candidate.id === field.id,
      );
      const carried = sourceField ? carry(field, sourceField, source.answers[field.id]) : undefined;
      if (carried !== undefined) {
        answers[field.id] = carried;
        fields.push(field);
        break;
      }
    }
  }
  return { answers, fields };
}
