import jsonLogic from 'json-logic-js';
import type { RulesLogic } from 'json-logic-js';
import type { FieldDefinition, FormDefinition } from './meta-schema.js';
import { isValidMyNumber } from './meta-schema.js';
import { isGroup } from './form-walker.js';

type Answers = Record<string, unknown>;
type Context = { root: Answers; item?: Answers; index?: number };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KATAKANA = /^[\u30A1-\u30FC\u3000 ]+$/;
const PHONE = /^0\d{1,4}-?\d{1,4}-?\d{3,4}$/;
const ADDRESS_KEYS: ReadonlySet<string> = new Set([
  'postalCode',
  'prefecture',
  'city',
  'town',
  'block',
  'building',
]);
const NAME_KEYS = ['family', 'given', 'familyKana', 'givenKana'] as const;

function isRecord(value: unknown): value is Answers {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function evaluate(condition: unknown, context: Context): boolean {
  const data = { ...context.root, $item: context.item, $index: context.index };
  // The definitions hold plain JSON Logic; the library's types model every operator statically.
  return jsonLogic.truthy(jsonLogic.apply(condition as RulesLogic, data));
}

function isValidDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

type Checker = (form: FormDefinition, field: FieldDefinition, value: unknown) => string | undefined;

function checkString(field: FieldDefinition, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) {
    return 'is not a non-empty string';
  }
  if (field.type !== 'group' && field.maxLength !== undefined && value.length > field.maxLength) {
    return `is longer than ${field.maxLength}`;
  }
  if (field.type !== 'group' && field.minLength !== undefined && value.length < field.minLength) {
    return `is shorter than ${field.minLength}`;
  }
  return undefined;
}

function checkNumber(field: FieldDefinition, value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return 'is not a number';
  }
  if (field.type !== 'group' && field.min !== undefined && value < field.min) {
    return `is below ${field.min}`;
  }
  if (field.type !== 'group' && field.max !== undefined && value > field.max) {
    return `is above ${field.max}`;
  }
  if (field.type === 'yen' && (!Number.isInteger(value) || value < 0)) {
    return 'is not a whole, non-negative yen amount';
  }
  return undefined;
}

function optionValues(form: FormDefinition, field: FieldDefinition): string[] {
  const list =
    field.type === 'group' || field.options === undefined
      ? undefined
      : form.optionLists[field.options];
  return (list ?? []).map((option) => option.value);
}

function checkAddress(value: unknown): string | undefined {
  if (!isRecord(value)) {
    return 'is not an address object';
  }
  const unknownKeys = Object.keys(value).filter((key) => !ADDRESS_KEYS.has(key));
  if (unknownKeys.length > 0) {
    return `has unknown keys ${unknownKeys.join(', ')}`;
  }
  if (typeof value['postalCode'] !== 'string' || !/^\d{7}$/.test(value['postalCode'])) {
    return 'has no 7-digit postal code';
  }
  const missing = ['prefecture', 'city', 'town', 'block'].filter(
    (key) => typeof value[key] !== 'string' || value[key] === '',
  );
  return missing.length > 0 ? `lacks ${missing.join(', ')}` : undefined;
}

function checkPersonName(value: unknown): string | undefined {
  if (!isRecord(value) || Object.keys(value).length !== NAME_KEYS.length) {
    return 'is not {family, given, familyKana, givenKana}';
  }
  for (const key of NAME_KEYS) {
    const part = value[key];
    if (typeof part !== 'string' || part === '') {
      return `lacks ${key}`;
    }
    if (key.endsWith('Kana') && !KATAKANA.test(part)) {
      return `${key} is not katakana`;
    }
  }
  return undefined;
}

function checkBankAccount(value: unknown): string | undefined {
  if (!isRecord(value)) {
    return 'is not a bank account object';
  }
  if (value['kind'] === 'publicFundAccount') {
    return Object.keys(value).length === 1 ? undefined : 'a 公金受取口座 has no other keys';
  }
  const isBank =
    value['kind'] === 'bank' &&
    typeof value['bankCode'] === 'string' &&
    /^\d{4}$/.test(value['bankCode']) &&
    typeof value['branchCode'] === 'string' &&
    /^\d{3}$/.test(value['branchCode']) &&
    (value['accountType'] === 'ordinary' || value['accountType'] === 'current') &&
    typeof value['accountNumber'] === 'string' &&
    /^\d{7}$/.test(value['accountNumber']) &&
    typeof value['holderKana'] === 'string' &&
    KATAKANA.test(value['holderKana']) &&
    Object.keys(value).length === 6;
  return isBank ? undefined : 'is not a valid bank account';
}

const CHECKERS: Record<Exclude<FieldDefinition['type'], 'group'>, Checker> = {
  text: (_form, field, value) => checkString(field, value),
  longText: (_form, field, value) => checkString(field, value),
  email: (_form, field, value) =>
    checkString(field, value) ??
    (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value)) ? undefined : 'is not an e-mail address'),
  phone: (_form, field, value) =>
    checkString(field, value) ??
    (PHONE.test(String(value)) ? undefined : 'is not a Japanese phone number'),
  myNumber: (_form, _field, value) =>
    typeof value === 'string' && isValidMyNumber(value) ? undefined : 'is not a valid 個人番号',
  careInsuredNumber: (_form, _field, value) =>
    typeof value === 'string' && /^\d{10}$/.test(value)
      ? undefined
      : 'is not a 10-digit 被保険者番号',
  number: (_form, field, value) => checkNumber(field, value),
  yen: (_form, field, value) => checkNumber(field, value),
  date: (_form, _field, value) => (isValidDate(value) ? undefined : 'is not a YYYY-MM-DD date'),
  dateRange: (_form, _field, value) =>
    isRecord(value) &&
    isValidDate(value['from']) &&
    isValidDate(value['to']) &&
    value['from'] <= value['to']
      ? undefined
      : 'is not a {from, to} date range',
  radio: (form, field, value) =>
    optionValues(form, field).includes(String(value)) && typeof value === 'string'
      ? undefined
      : `"${String(value)}" is not an option`,
  select: (form, field, value) =>
    optionValues(form, field).includes(String(value)) && typeof value === 'string'
      ? undefined
      : `"${String(value)}" is not an option`,
  relationship: (form, field, value) =>
    optionValues(form, field).includes(String(value)) && typeof value === 'string'
      ? undefined
      : `"${String(value)}" is not an option`,
  checkboxes: (form, field, value) => {
    const allowed = optionValues(form, field);
    return Array.isArray(value) &&
      value.every((entry) => typeof entry === 'string' && allowed.includes(entry)) &&
      new Set(value).size === value.length
      ? undefined
      : 'is not a list of distinct options';
  },
  yesNo: (_form, _field, value) => (typeof value === 'boolean' ? undefined : 'is not a boolean'),
  consent: (_form, field, value) =>
    typeof value !== 'boolean'
      ? 'is not a boolean'
      : field.required && !value
        ? 'must be given'
        : undefined,
  postalAddress: (_form, _field, value) => checkAddress(value),
  personName: (_form, _field, value) => checkPersonName(value),
  bankAccount: (_form, _field, value) => checkBankAccount(value),
  attachment: (form, field, value) => {
    const slot = form.attachments.find(
      (candidate) => field.type !== 'group' && candidate.id === field.slot,
    );
    if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) {
      return 'is not a list of file ids';
    }
    return slot !== undefined && value.length > slot.maxFiles
      ? `has more than ${slot.maxFiles} files`
      : undefined;
  },
};

function isRequired(form: FormDefinition, field: FieldDefinition, context: Context): boolean {
  if (
    field.required ||
    (field.requiredWhen !== undefined && evaluate(field.requiredWhen, context))
  ) {
    return true;
  }
  if (field.type !== 'attachment') {
    return false;
  }
  const slot = form.attachments.find((candidate) => candidate.id === field.slot);
  return (
    slot !== undefined &&
    (slot.required || (slot.requiredWhen !== undefined && evaluate(slot.requiredWhen, context)))
  );
}

function checkFields(
  form: FormDefinition,
  fields: FieldDefinition[],
  answers: Answers,
  prefix: string,
  context: Context,
  problems: string[],
): void {
  const known = new Set(fields.map((field) => field.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) {
      problems.push(`${prefix}${key}: is not a field of the form`);
    }
  }
  for (const field of fields) {
    const path = `${prefix}${field.id}`;
    const value = answers[field.id];
    const isVisible = field.visibleWhen === undefined || evaluate(field.visibleWhen, context);
    if (!isVisible) {
      if (value !== undefined) {
        problems.push(`${path}: is answered although hidden`);
      }
      continue;
    }
    if (isEmpty(value)) {
      if (isRequired(form, field, context)) {
        problems.push(`${path}: is required`);
      }
      continue;
    }
    if (!isGroup(field)) {
      const problem = CHECKERS[field.type](form, field, value);
      if (problem !== undefined) {
        problems.push(`${path}: ${problem}`);
      }
      continue;
    }
    if (field.repeat === undefined) {
      if (isRecord(value)) {
        checkFields(form, field.fields, value, `${path}.`, context, problems);
      } else {
        problems.push(`${path}: is not an object`);
      }
      continue;
    }
    if (
      !Array.isArray(value) ||
      value.length < field.repeat.min ||
      value.length > field.repeat.max
    ) {
      problems.push(`${path}: needs ${field.repeat.min}–${field.repeat.max} items`);
      continue;
    }
    value.forEach((item: unknown, index) => {
      if (isRecord(item)) {
        checkFields(
          form,
          field.fields,
          item,
          `${path}[${index}].`,
          { root: context.root, item, index },
          problems,
        );
      } else {
        problems.push(`${path}[${index}]: is not an object`);
      }
    });
  }
}

/**
 * Checks a sample answer object against a definition the way the engine's validator will:
 * hidden fields absent, visible required fields present, every value of its type's shape.
 */
export function findSampleProblems(form: FormDefinition, answers: unknown): string[] {
  if (!isRecord(answers)) {
    return ['the sample is not an object'];
  }
  const problems: string[] = [];
  const context: Context = { root: answers };
  const visibleFields = form.steps.flatMap((step) =>
    step.visibleWhen === undefined || evaluate(step.visibleWhen, context) ? step.fields : [],
  );
  const hiddenIds = new Set(form.steps.flatMap((step) => step.fields).map((field) => field.id));
  for (const field of visibleFields) {
    hiddenIds.delete(field.id);
  }
  for (const id of hiddenIds) {
    if (answers[id] !== undefined) {
      problems.push(`${id}: is answered although its step is hidden`);
    }
  }
  const rest = Object.fromEntries(Object.entries(answers).filter(([key]) => !hiddenIds.has(key)));
  checkFields(form, visibleFields, rest, '', context, problems);
  return problems;
}
