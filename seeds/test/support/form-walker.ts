import type { FieldDefinition, FormDefinition } from './meta-schema.js';

/** Field types whose answer is one or more values of an option list. */
export const OPTION_TYPES: ReadonlySet<string> = new Set([
  'radio',
  'select',
  'checkboxes',
  'relationship',
]);

/** JSON Logic operators whose second argument is evaluated against each element of the first. */
const ITERATING_OPERATORS: ReadonlySet<string> = new Set(['some', 'all', 'none', 'filter', 'map']);

/** Keys a condition may read inside a compound answer (e.g. `payeeAccount.kind`, `period.from`). */
const COMPOUND_KEYS: Partial<Record<FieldDefinition['type'], readonly string[]>> = {
  postalAddress: ['postalCode', 'prefecture', 'city', 'town', 'block', 'building'],
  personName: ['family', 'given', 'familyKana', 'givenKana'],
  bankAccount: ['kind', 'bankCode', 'branchCode', 'accountType', 'accountNumber', 'holderKana'],
  dateRange: ['from', 'to'],
};

type GroupField = Extract<FieldDefinition, { type: 'group' }>;

export function isGroup(field: FieldDefinition): field is GroupField {
  return field.type === 'group';
}

/** The root container: answers are keyed by field id across all steps (steps only lay the form out). */
export function rootFields(form: FormDefinition): FieldDefinition[] {
  return form.steps.flatMap((step) => step.fields);
}

type Scope = {
  /** Fields that a plain `{"var": "a.b"}` resolves against. */
  fields: FieldDefinition[];
  /** Fields of the innermost repeating group item, for `$item.x`; absent outside a repeating group. */
  item?: FieldDefinition[];
};

/**
 * Resolves a dotted field path. A path may name a repeating group itself (an array, for
 * `some`/`all`) but may only go through one when `canEnterRepeat` (deadline paths such as
 * `children.birthDate`): a condition reads a repeating group's items through `$item` or `some`.
 * A path may end with a key of a compound answer (`payeeAccount.kind`); it then resolves to the
 * compound field.
 */
export function resolveFieldPath(
  fields: FieldDefinition[],
  path: string,
  canEnterRepeat = false,
): FieldDefinition | undefined {
  const [head, ...rest] = path.split('.');
  const field = fields.find((candidate) => candidate.id === head);
  if (field === undefined || rest.length === 0) {
    return field;
  }
  if (!isGroup(field)) {
    const [key, ...deeper] = rest;
    return deeper.length === 0 &&
      key !== undefined &&
      COMPOUND_KEYS[field.type]?.includes(key) === true
      ? field
      : undefined;
  }
  if (field.repeat !== undefined && !canEnterRepeat) {
    return undefined;
  }
  return resolveFieldPath(field.fields, rest.join('.'), canEnterRepeat);
}

function readVarPath(args: unknown): string | undefined {
  const first = Array.isArray(args) ? (args as unknown[])[0] : args;
  if (typeof first === 'string') {
    return first;
  }
  return typeof first === 'number' ? String(first) : undefined;
}

function checkVar(path: string, scope: Scope, where: string, problems: string[]): void {
  if (path === '') {
    return;
  }
  if (path === '$index' || path === '$item') {
    if (scope.item === undefined) {
      problems.push(`${where}: "${path}" is used outside a repeating group`);
    }
    return;
  }
  if (path.startsWith('$item.')) {
    if (scope.item === undefined) {
      problems.push(`${where}: "${path}" is used outside a repeating group`);
    } else if (resolveFieldPath(scope.item, path.slice('$item.'.length)) === undefined) {
      problems.push(`${where}: "${path}" names no field of the repeating group`);
    }
    return;
  }
  if (resolveFieldPath(scope.fields, path) === undefined) {
    problems.push(`${where}: "${path}" names no field`);
  }
}

/** Collects every problem with the `var` references of a JSON Logic condition. */
export function checkCondition(
  condition: unknown,
  scope: Scope,
  where: string,
  problems: string[],
): void {
  if (Array.isArray(condition)) {
    for (const part of condition) {
      checkCondition(part, scope, where, problems);
    }
    return;
  }
  if (condition === null || typeof condition !== 'object') {
    return;
  }
  for (const [operator, args] of Object.entries(condition)) {
    if (operator === 'var') {
      const path = readVarPath(args);
      if (path === undefined) {
        problems.push(`${where}: a "var" without a path`);
      } else {
        checkVar(path, scope, where, problems);
      }
      continue;
    }
    if (ITERATING_OPERATORS.has(operator) && Array.isArray(args)) {
      const [source, body, ...others] = args as unknown[];
      checkCondition(source, scope, where, problems);
      const sourcePath =
        source !== null && typeof source === 'object' && 'var' in source
          ? readVarPath(source.var)
          : undefined;
      const sourceField =
        sourcePath === undefined ? undefined : resolveFieldPath(scope.fields, sourcePath);
      const elementFields =
        sourceField !== undefined && isGroup(sourceField) ? sourceField.fields : [];
      checkCondition(body, { fields: elementFields, item: scope.item }, where, problems);
      checkCondition(others, scope, where, problems);
      continue;
    }
    checkCondition(args, scope, where, problems);
  }
}

type FieldVisitor = (field: FieldDefinition, context: { path: string; scope: Scope }) => void;

/** Visits every field depth-first with its dotted path and the scope its conditions resolve in. */
export function walkFields(form: FormDefinition, visit: FieldVisitor): void {
  const root = rootFields(form);
  const walk = (
    fields: FieldDefinition[],
    prefix: string,
    item: FieldDefinition[] | undefined,
  ): void => {
    for (const field of fields) {
      const path = prefix === '' ? field.id : `${prefix}.${field.id}`;
      visit(field, { path, scope: { fields: root, item } });
      if (isGroup(field)) {
        walk(field.fields, path, field.repeat === undefined ? item : field.fields);
      }
    }
  };
  walk(root, '', undefined);
}

function findDuplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** Every structural problem of a parsed form definition that the zod meta-schema cannot see. */
export function findDefinitionProblems(form: FormDefinition): string[] {
  const problems: string[] = [];
  const root = rootFields(form);
  const rootScope: Scope = { fields: root };
  const usedLists = new Set<string>();
  const usedSlots = new Set<string>();

  for (const duplicate of findDuplicates(root.map((field) => field.id))) {
    problems.push(
      `field id "${duplicate}" is used twice at the top level (answers are keyed by it)`,
    );
  }
  for (const duplicate of findDuplicates(form.steps.map((step) => step.id))) {
    problems.push(`step id "${duplicate}" is used twice`);
  }
  for (const duplicate of findDuplicates(form.attachments.map((slot) => slot.id))) {
    problems.push(`attachment slot "${duplicate}" is defined twice`);
  }
  for (const [listId, options] of Object.entries(form.optionLists)) {
    for (const duplicate of findDuplicates(options.map((option) => option.value))) {
      problems.push(`option list "${listId}" has the value "${duplicate}" twice`);
    }
  }

  walkFields(form, (field, { path, scope }) => {
    if (field.visibleWhen !== undefined) {
      checkCondition(field.visibleWhen, scope, `${path}.visibleWhen`, problems);
    }
    if (field.requiredWhen !== undefined) {
      checkCondition(field.requiredWhen, scope, `${path}.requiredWhen`, problems);
    }
    if (field.value !== undefined) {
      checkCondition(field.value, scope, `${path}.value`, problems);
    }
    if (isGroup(field)) {
      for (const duplicate of findDuplicates(field.fields.map((child) => child.id))) {
        problems.push(`${path}: field id "${duplicate}" is used twice in the group`);
      }
      if (field.repeat !== undefined && field.repeat.min > field.repeat.max) {
        problems.push(`${path}: repeat.min is greater than repeat.max`);
      }
      return;
    }
    if (OPTION_TYPES.has(field.type)) {
      if (field.options === undefined) {
        problems.push(`${path}: a ${field.type} field needs an option list`);
      } else if (form.optionLists[field.options] === undefined) {
        problems.push(`${path}: option list "${field.options}" does not exist`);
      } else {
        usedLists.add(field.options);
      }
      if (field.type === 'relationship' && field.options !== 'relationship') {
        problems.push(`${path}: relationship fields use the option list named "relationship"`);
      }
    } else if (field.options !== undefined) {
      problems.push(`${path}: a ${field.type} field cannot have options`);
    }
    if (field.type === 'attachment') {
      if (field.slot === undefined) {
        problems.push(`${path}: an attachment field needs a slot`);
      } else if (!form.attachments.some((slot) => slot.id === field.slot)) {
        problems.push(`${path}: attachment slot "${field.slot}" does not exist`);
      } else {
        usedSlots.add(field.slot);
      }
    } else if (field.slot !== undefined) {
      problems.push(`${path}: only attachment fields have a slot`);
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      problems.push(`${path}: min is greater than max`);
    }
    if (field.type === 'myNumber' && !field.sensitive) {
      problems.push(`${path}: a 個人番号 field must be sensitive`);
    }
  });

  form.steps.forEach((step) => {
    if (step.visibleWhen !== undefined) {
      checkCondition(step.visibleWhen, rootScope, `steps.${step.id}.visibleWhen`, problems);
    }
  });
  form.attachments.forEach((slot) => {
    if (slot.requiredWhen !== undefined) {
      checkCondition(slot.requiredWhen, rootScope, `attachments.${slot.id}.requiredWhen`, problems);
    }
    if (!usedSlots.has(slot.id)) {
      problems.push(`attachment slot "${slot.id}" is not used by any attachment field`);
    }
  });
  form.signature.variants.forEach((variant, index) => {
    checkCondition(variant.when, rootScope, `signature.variants[${index}].when`, problems);
  });
  form.deadlines.forEach((deadline, index) => {
    const field = resolveFieldPath(root, deadline.fromField, true);
    if (field?.type !== 'date' && field?.type !== 'dateRange') {
      problems.push(`deadlines[${index}].fromField "${deadline.fromField}" is not a date field`);
    }
  });
  for (const listId of Object.keys(form.optionLists)) {
    if (!usedLists.has(listId)) {
      problems.push(`option list "${listId}" is not used by any field`);
    }
  }
  return problems;
}
