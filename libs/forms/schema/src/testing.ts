import type {
  FieldDefinition,
  FormDefinition,
  FormDefinitionInput,
  LocalizedText,
} from './definition/form-definition.schema.js';
import { parseFormDefinition } from './definition/parse-form-definition.js';
import {
  computeLocalGovernmentCodeCheckDigit,
  computeMyNumberCheckDigit,
} from './normalizers/check-digits.js';

/** Test factories for `@madoguchi/forms-schema` (the second entry point, `/testing`). */

/** A localised text whose three languages are derived from one English word, for fixtures. */
export function text(en: string, ja = en, easyJa = ja): LocalizedText {
  return { ja, en, easyJa };
}

/** A valid 個人番号 built from any 11-digit body (fictitious, computed by the check-digit rule). */
export function makeMyNumber(body11: string): string {
  return body11 + String(computeMyNumberCheckDigit(body11));
}

/** A valid 地方公共団体コード built from a 5-digit body. */
export function makeLocalGovernmentCode(body5: string): string {
  return body5 + String(computeLocalGovernmentCodeCheckDigit(body5));
}

type PartialField<F> = F extends FieldDefinition
  ? Partial<Omit<F, 'label' | 'id' | 'type'>> & {
      id: string;
      type: F['type'];
      label?: LocalizedText;
    }
  : never;

/** A field for `buildField`: only the id and the type are needed. */
export type FieldInput = PartialField<FieldDefinition>;

/** A field definition with defaults (label derived from the id, not required). */
export function buildField(input: FieldInput): FieldDefinition {
  return {
    required: false,
    legallyRequired: false,
    sensitive: false,
    ...input,
    label: input.label ?? text(input.id),
  } as FieldDefinition;
}

/** A minimal valid form definition input; override any property. */
export function buildFormDefinitionInput(
  overrides: Partial<FormDefinitionInput> = {},
): FormDefinitionInput {
  return {
    id: 'test-form',
    version: 1,
    category: 'childcare',
    lifeEvents: ['childbirth'],
    title: text('Test form', 'テスト申請'),
    summary: text('A form for tests'),
    legalBasis: text('None'),
    identityLevel: 1,
    signature: { required: false },
    steps: [
      {
        id: 'main',
        title: text('Main'),
        fields: [{ id: 'name', type: 'text', label: text('Name', '名前') }],
      },
    ],
    ...overrides,
  };
}

/** A parsed form definition with one step holding the given fields. */
export function buildFormDefinition(
  fields: readonly FieldInput[],
  overrides: Partial<FormDefinitionInput> = {},
): FormDefinition {
  return parseFormDefinition(
    buildFormDefinitionInput({
      steps: [{ id: 'main', title: text('Main'), fields: fields.map(buildField) }],
      ...overrides,
    }),
  );
}

export type { ValidationParityCase } from './validation-parity-cases.js';
export { VALIDATION_PARITY_CASES } from './validation-parity-cases.js';
