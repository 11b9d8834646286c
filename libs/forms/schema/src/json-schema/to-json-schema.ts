import type {
  FieldDefinition,
  FormDefinition,
  FormOption,
} from '../definition/form-definition.schema.js';
import {
  BUILT_IN_OPTION_LISTS,
  PREFECTURES,
  RELATIONSHIP_OPTION_LIST_ID,
} from '../fields/built-in-option-lists.js';

/** A JSON Schema (2020-12) document, as plain JSON. */
export type JsonSchema = { [keyword: string]: unknown };

const ISO_DATE: JsonSchema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const KATAKANA_PATTERN = '^[\\u30A1-\\u30FA\\u30FB\\u30FC\\u30FD\\u30FE\\u3000]+$';

function optionsOf(definition: FormDefinition, field: FieldDefinition): readonly FormOption[] {
  if (field.type === 'group') {
    return [];
  }
  const listId =
    field.options ?? (field.type === 'relationship' ? RELATIONSHIP_OPTION_LIST_ID : undefined);
  return listId === undefined
    ? []
    : (definition.optionLists[listId] ?? BUILT_IN_OPTION_LISTS[listId] ?? []);
}

function objectSchema(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false };
}

function leafSchema(
  definition: FormDefinition,
  field: Exclude<FieldDefinition, { type: 'group' }>,
): JsonSchema {
  const text = (extra: JsonSchema = {}): JsonSchema => ({ type: 'string', minLength: 1, ...extra });
  switch (field.type) {
    case 'text':
    case 'longText':
      return text({
        ...(field.maxLength === undefined ? {} : { maxLength: field.maxLength }),
        ...(field.minLength === undefined ? {} : { minLength: field.minLength }),
        ...(field.pattern === undefined ? {} : { pattern: `^(?:${field.pattern})$` }),
      });
    case 'number':
      return {
        type: 'number',
        ...(field.min === undefined ? {} : { minimum: field.min }),
        ...(field.max === undefined ? {} : { maximum: field.max }),
      };
    case 'yen':
      return {
        type: 'integer',
        minimum: Math.max(field.min ?? 0, 0),
        ...(field.max === undefined ? {} : { maximum: field.max }),
      };
    case 'date':
      return ISO_DATE;
    case 'dateRange':
      return objectSchema({ from: ISO_DATE, to: ISO_DATE }, ['from', 'to']);
    case 'radio':
    case 'select':
    case 'relationship':
      return { type: 'string', enum: optionsOf(definition, field).map((option) => option.value) };
    case 'checkboxes':
      return {
        type: 'array',
        items: { enum: optionsOf(definition, field).map((option) => option.value) },
        uniqueItems: true,
        ...(field.min === undefined ? {} : { minItems: field.min }),
        ...(field.max === undefined ? {} : { maxItems: field.max }),
      };
    case 'yesNo':
    case 'consent':
      return { type: 'boolean' };
    case 'email':
      return text({ format: 'email', maxLength: 254 });
    case 'phone':
      return { type: 'string', pattern: '^0\\d{9,10}$' };
    case 'myNumber':
      return {
        type: 'string',
        pattern: '^\\d{12}$',
        $comment: '個人番号 (特定個人情報): check digit per 総務省令; encrypt at rest',
      };
    case 'careInsuredNumber':
      return { type: 'string', pattern: '^\\d{10}$' };
    case 'postalAddress':
      return objectSchema(
        {
          postalCode: { type: 'string', pattern: '^\\d{7}$' },
          prefecture: { type: 'string', enum: [...PREFECTURES] },
          city: text(),
          town: { type: 'string' },
          block: text(),
          building: text(),
        },
        ['postalCode', 'prefecture', 'city', 'town', 'block'],
      );
    case 'personName':
      return objectSchema(
        {
          family: text(),
          given: text(),
          familyKana: { type: 'string', pattern: KATAKANA_PATTERN },
          givenKana: { type: 'string', pattern: KATAKANA_PATTERN },
        },
        ['family', 'given', 'familyKana', 'givenKana'],
      );
    case 'bankAccount':
      return {
        oneOf: [
          objectSchema({ kind: { const: 'publicFundAccount' } }, ['kind']),
          objectSchema(
            {
              kind: { const: 'bank' },
              bankCode: { type: 'string', pattern: '^\\d{4}$' },
              branchCode: { type: 'string', pattern: '^\\d{3}$' },
              accountType: { enum: ['ordinary', 'current'] },
              accountNumber: { type: 'string', pattern: '^\\d{7}$' },
              holderKana: { type: 'string', pattern: KATAKANA_PATTERN },
            },
            ['kind', 'bankCode', 'branchCode', 'accountType', 'accountNumber', 'holderKana'],
          ),
        ],
      };
    case 'attachment':
      return {
        type: 'array',
        items: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,128}$' },
        minItems: 1,
        uniqueItems: true,
      };
  }
}

function fieldSchema(definition: FormDefinition, field: FieldDefinition): JsonSchema {
  const annotations: JsonSchema = {
    title: field.label.ja,
    description: field.label.en,
    ...(field.value === undefined ? {} : { readOnly: true }),
    ...(field.sensitive || field.type === 'myNumber' ? { writeOnly: true } : {}),
  };
  if (field.type !== 'group') {
    return { ...annotations, ...leafSchema(definition, field) };
  }
  const group = levelSchema(definition, field.fields, true);
  if (!field.repeat) {
    return { ...annotations, ...group };
  }
  return {
    ...annotations,
    type: 'array',
    items: group,
    maxItems: field.repeat.max,
    ...(isAlwaysRequired(field) ? { minItems: Math.max(1, field.repeat.min) } : {}),
  };
}

/**
 * A field is required in the JSON Schema only when it is required whatever the answers: statically
 * `required`, with no `visibleWhen`, no computed value, inside a step without a condition.
 */
function isAlwaysRequired(field: FieldDefinition): boolean {
  if (field.visibleWhen !== undefined || field.value !== undefined) {
    return false;
  }
  if (field.type === 'group' && !field.repeat) {
    return field.fields.some(isAlwaysRequired);
  }
  return field.required;
}

function levelSchema(
  definition: FormDefinition,
  fields: readonly FieldDefinition[],
  isUnconditional: boolean,
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of fields) {
    properties[field.id] = fieldSchema(definition, field);
    if (isUnconditional && isAlwaysRequired(field)) {
      required.push(field.id);
    }
  }
  return objectSchema(properties, required);
}

/**
 * Exports the shape of the normalised answers of an (effective) form as JSON Schema 2020-12, for
 * back-office systems (基幹システム) that receive applications. Conditions (visibleWhen,
 * requiredWhen) cannot be expressed faithfully, so only unconditionally required fields are listed
 * in `required`; the compiled validator stays the authority.
 */
export function toJsonSchema(definition: FormDefinition): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const step of definition.steps) {
    const level = levelSchema(definition, step.fields, step.visibleWhen === undefined);
    Object.assign(properties, level.properties);
    required.push(...(level.required as string[]));
  }
  const id =
    definition.municipalityCode === undefined
      ? definition.id
      : `${definition.id}/${definition.municipalityCode}`;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:madoguchi:form:${id}:v${definition.version}`,
    title: definition.title.ja,
    description: definition.title.en,
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  };
}
