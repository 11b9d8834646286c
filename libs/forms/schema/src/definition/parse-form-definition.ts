import type { z } from 'zod';
import { collectConditionVars } from '../conditions/compile-condition.js';
import { BUILT_IN_OPTION_LISTS } from '../fields/built-in-option-lists.js';
import { FormDefinitionError, type FormDefinitionIssue } from './form-definition.error.js';
import {
  formDefinitionSchema,
  type FieldDefinition,
  type FormDefinition,
} from './form-definition.schema.js';

const OPTION_TYPES = new Set(['radio', 'select', 'checkboxes', 'relationship']);
const COMPOSITE_PARTS: Partial<Record<FieldDefinition['type'], readonly string[]>> = {
  personName: ['family', 'given', 'familyKana', 'givenKana'],
  postalAddress: ['postalCode', 'prefecture', 'city', 'town', 'block', 'building'],
  bankAccount: ['kind', 'bankCode', 'branchCode', 'accountType', 'accountNumber', 'holderKana'],
  dateRange: ['from', 'to'],
};

/** Formats zod issues as dot paths (`steps.0.fields.2.label.en`). */
export function toDefinitionIssues(error: z.ZodError): FormDefinitionIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

type FieldScope = ReadonlyMap<string, FieldDefinition>;

function toScope(fields: readonly FieldDefinition[]): Map<string, FieldDefinition> {
  return new Map(fields.map((field) => [field.id, field]));
}

/**
 * Resolves a dot path (`applicant.address.prefecture`, `children.0.birthDate`, `children.birthDate`)
 * against the fields; repeat indices may be given or left out.
 */
export function resolveFieldPath(scope: FieldScope, path: string): FieldDefinition | undefined {
  const segments = path.split('.');
  let fields: FieldScope | undefined = scope;
  let field: FieldDefinition | undefined;
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] ?? '';
    if (field?.type === 'group' && field.repeat && /^\d+$/.test(segment)) {
      continue;
    }
    if (field && field.type !== 'group') {
      const parts = COMPOSITE_PARTS[field.type];
      const isLastPart = index === segments.length - 1;
      return parts?.includes(segment) && isLastPart ? field : undefined;
    }
    field = fields?.get(segment);
    if (!field) {
      return undefined;
    }
    fields = field.type === 'group' ? toScope(field.fields) : undefined;
  }
  return field;
}

type CheckContext = {
  definition: FormDefinition;
  root: FieldScope;
  issues: FormDefinitionIssue[];
};

function checkCondition(
  context: CheckContext,
  rule: unknown,
  path: string,
  item: FieldScope | undefined,
): void {
  for (const variable of collectConditionVars(rule)) {
    if (variable === '$index') {
      if (!item) {
        context.issues.push({ path, message: '"$index" is only defined inside a repeating group' });
      }
      continue;
    }
    if (variable === '$item' || variable.startsWith('$item.')) {
      if (!item) {
        context.issues.push({
          path,
          message: `"${variable}" is only defined inside a repeating group`,
        });
      } else if (variable !== '$item' && !resolveFieldPath(item, variable.slice('$item.'.length))) {
        context.issues.push({
          path,
          message: `"${variable}" is not a field of the repeating group`,
        });
      }
      continue;
    }
    if (!resolveFieldPath(context.root, variable)) {
      context.issues.push({
        path,
        message: `condition reads "${variable}", which is not a field of the form`,
      });
    }
  }
}

function checkDuplicates(
  ids: readonly string[],
  path: string,
  what: string,
  issues: FormDefinitionIssue[],
): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      issues.push({ path, message: `duplicate ${what} id "${id}"` });
    }
    seen.add(id);
  }
}

function checkFields(
  context: CheckContext,
  fields: readonly FieldDefinition[],
  path: string,
  item: FieldScope | undefined,
  isStepLevel = false,
): void {
  const { definition, issues } = context;
  if (!isStepLevel) {
    // Step-level ids share one namespace (the answers root) and are checked across steps.
    checkDuplicates(
      fields.map((field) => field.id),
      path,
      'field',
      issues,
    );
  }
  fields.forEach((field, index) => {
    const fieldPath = `${path}.${index}`;
    if (field.id in Object.prototype) {
      // Answers are plain objects: `constructor` or `toString` would read Object.prototype.
      issues.push({
        path: `${fieldPath}.id`,
        message: `"${field.id}" is reserved and cannot be a field id`,
      });
    }
    for (const key of ['visibleWhen', 'requiredWhen', 'value'] as const) {
      if (field[key] !== undefined) {
        checkCondition(context, field[key], `${fieldPath}.${key}`, item);
      }
    }
    if (field.type === 'group') {
      if (field.repeat && field.repeat.min > field.repeat.max) {
        issues.push({
          path: `${fieldPath}.repeat`,
          message: 'repeat.min is greater than repeat.max',
        });
      }
      checkFields(
        context,
        field.fields,
        `${fieldPath}.fields`,
        field.repeat ? toScope(field.fields) : item,
      );
      return;
    }
    if (OPTION_TYPES.has(field.type)) {
      const listId = field.options ?? (field.type === 'relationship' ? 'relationship' : undefined);
      if (listId === undefined) {
        issues.push({
          path: `${fieldPath}.options`,
          message: `a ${field.type} field needs an option list id`,
        });
      } else if (!(listId in definition.optionLists) && !(listId in BUILT_IN_OPTION_LISTS)) {
        issues.push({ path: `${fieldPath}.options`, message: `unknown option list "${listId}"` });
      }
    }
    if (
      field.slot !== undefined &&
      !definition.attachments.some((slot) => slot.id === field.slot)
    ) {
      issues.push({
        path: `${fieldPath}.slot`,
        message: `unknown attachment slot "${field.slot}"`,
      });
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      issues.push({ path: fieldPath, message: 'min is greater than max' });
    }
    if (
      field.minLength !== undefined &&
      field.maxLength !== undefined &&
      field.minLength > field.maxLength
    ) {
      issues.push({ path: fieldPath, message: 'minLength is greater than maxLength' });
    }
  });
}

/** Cross-reference checks zod cannot express: ids, option lists, slots, condition variables. */
export function checkFormDefinition(definition: FormDefinition): FormDefinitionIssue[] {
  const allRootFields = definition.steps.flatMap((step) => step.fields);
  const context: CheckContext = { definition, root: toScope(allRootFields), issues: [] };
  checkDuplicates(
    definition.steps.map((step) => step.id),
    'steps',
    'step',
    context.issues,
  );
  checkDuplicates(
    definition.attachments.map((slot) => slot.id),
    'attachments',
    'attachment slot',
    context.issues,
  );
  checkDuplicates(
    allRootFields.map((field) => field.id),
    'steps',
    'field (across steps)',
    context.issues,
  );
  definition.steps.forEach((step, index) => {
    if (step.visibleWhen !== undefined) {
      checkCondition(context, step.visibleWhen, `steps.${index}.visibleWhen`, undefined);
    }
    checkFields(context, step.fields, `steps.${index}.fields`, undefined, true);
  });
  definition.attachments.forEach((slot, index) => {
    if (slot.requiredWhen !== undefined) {
      checkCondition(context, slot.requiredWhen, `attachments.${index}.requiredWhen`, undefined);
    }
  });
  definition.signature.variants.forEach((variant, index) => {
    checkCondition(context, variant.when, `signature.variants.${index}.when`, undefined);
  });
  definition.deadlines.forEach((deadline, index) => {
    const field = resolveFieldPath(context.root, deadline.fromField);
    if (!field) {
      context.issues.push({
        path: `deadlines.${index}.fromField`,
        message: `unknown field "${deadline.fromField}"`,
      });
    } else if (field.type !== 'date') {
      context.issues.push({
        path: `deadlines.${index}.fromField`,
        message: `"${deadline.fromField}" is not a date field`,
      });
    }
  });
  return context.issues;
}

/**
 * Parses and checks a form definition (e.g. a `seeds/forms/<id>/v<N>.json` file). Throws a
 * `FormDefinitionError` listing every problem with its path; returns the definition with defaults.
 */
export function parseFormDefinition(json: unknown): FormDefinition {
  const parsed = formDefinitionSchema.safeParse(json);
  if (!parsed.success) {
    throw new FormDefinitionError(toDefinitionIssues(parsed.error));
  }
  const issues = checkFormDefinition(parsed.data);
  if (issues.length > 0) {
    throw new FormDefinitionError(issues);
  }
  return parsed.data;
}
