import { z } from 'zod';

import { isRelativeDate } from '../normalizers/relative-date.js';
import { FIELD_TYPES, LIFE_EVENTS, PROCEDURE_CATEGORIES } from './form-vocabulary.js';

export { FIELD_TYPES, LIFE_EVENTS, PROCEDURE_CATEGORIES } from './form-vocabulary.js';

/**
 * The meta-schema of a standard form (標準様式) definition: every file under
 * `seeds/forms/<procedure-id>/v<N>.json` must parse with `formDefinitionSchema`.
 * Forms are data so that a new version is a new file, never a code change.
 */

/** Every resident-facing text exists in Japanese, English and やさしい日本語 (easy Japanese). */
export const localizedTextSchema = z
  .object({
    ja: z.string().min(1),
    en: z.string().min(1),
    easyJa: z.string().min(1),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A condition is a JSON Logic expression (https://jsonlogic.com) evaluated against the answers.
 * `{"var": "a.b"}` reads from the root of the answers; inside a repeating group
 * `{"var": "$item.x"}` reads the current item and `{"var": "$index"}` its 0-based index.
 */
export const conditionSchema: z.ZodType<unknown> = z.union([
  z.boolean(),
  z.record(z.string(), z.unknown()).refine((value) => Object.keys(value).length === 1, {
    message: 'a JSON Logic expression has exactly one operator',
  }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export type FieldType = (typeof FIELD_TYPES)[number];

function isValidRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** An ISO date, or a day relative to today in Japan: `today`, `today+P10M`, `today-P1Y` (relative-date.ts). */
const dateBoundSchema = z.union([
  z.string().refine(isRelativeDate, 'an ISO date YYYY-MM-DD, "today" or "today±P<n>Y<n>M<n>D"'),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD, "today" or "today±P<n>Y<n>M<n>D"'),
]);

const fieldIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'field ids are lowerCamelCase');

const fieldBaseShape = {
  id: fieldIdSchema,
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  /** Statically required. Hidden fields are never required, whatever this says. */
  required: z.boolean().default(false),
  /** Legally required standard fields cannot be hidden by a municipality overlay. */
  legallyRequired: z.boolean().default(false),
  visibleWhen: conditionSchema.optional(),
  requiredWhen: conditionSchema.optional(),
  /** A computed value (JSON Logic); the resident cannot edit a computed field. */
  value: conditionSchema.optional(),
  /** 特定個人情報 and other sensitive data: encrypted at rest, masked in responses, never logged. */
  sensitive: z.boolean().default(false),
  autocomplete: z.string().optional(),
};

export type FieldDefinition =
  | (z.infer<z.ZodObject<typeof fieldBaseShape>> & {
      type: Exclude<FieldType, 'group'>;
      /** id of an option list in `optionLists` (radio, select, checkboxes, relationship). */
      options?: string;
      min?: number;
      max?: number;
      minLength?: number;
      maxLength?: number;
      /** attachment fields: id of an attachment slot in `attachments`. */
      slot?: string;
      /** text fields: a regular expression (JavaScript syntax, whole value) the text must match. */
      pattern?: string;
      /** An example shown inside the empty input, e.g. 「例：090-1234-5678」. */
      placeholder?: LocalizedText;
      /**
       * date / dateRange fields: earliest and latest day, ISO `YYYY-MM-DD` or relative to today in
       * Japan (`today`, `today+P10M`, `today-P1Y6M`).
       */
      minDate?: string;
      maxDate?: string;
    })
  | (z.infer<z.ZodObject<typeof fieldBaseShape>> & {
      type: 'group';
      /** Present for a repeating group (children, household members, ranked wishes). */
      repeat?: { min: number; max: number; itemLabel: LocalizedText };
      fields: FieldDefinition[];
    });

const leafFieldSchema = z
  .object({
    ...fieldBaseShape,
    type: z.enum(FIELD_TYPES).exclude(['group']),
    options: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().positive().optional(),
    slot: z.string().optional(),
    pattern: z
      .string()
      .refine(isValidRegExp, { message: 'pattern must be a valid regular expression' })
      .optional(),
    placeholder: localizedTextSchema.optional(),
    minDate: dateBoundSchema.optional(),
    maxDate: dateBoundSchema.optional(),
  })
  .strict();

export const fieldDefinitionSchema: z.ZodType<FieldDefinition, unknown> = z.lazy(() =>
  // Discriminated on `type` so that a wrong field reports its real problem, not "Invalid input".
  z.discriminatedUnion('type', [
    leafFieldSchema,
    z
      .object({
        ...fieldBaseShape,
        type: z.literal('group'),
        repeat: z
          .object({
            min: z.number().int().nonnegative(),
            max: z.number().int().positive(),
            itemLabel: localizedTextSchema,
          })
          .strict()
          .optional(),
        fields: z.array(fieldDefinitionSchema).min(1),
      })
      .strict(),
  ]),
);

export const optionSchema = z
  .object({ value: z.string().min(1), label: localizedTextSchema })
  .strict();

export const stepSchema = z
  .object({
    id: fieldIdSchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    visibleWhen: conditionSchema.optional(),
    fields: z.array(fieldDefinitionSchema).min(1),
  })
  .strict();

export const attachmentSlotSchema = z
  .object({
    id: fieldIdSchema,
    label: localizedTextSchema,
    /** Per-document guidance, e.g. "mask the 被保険者番号 on the card image". */
    guidance: localizedTextSchema,
    required: z.boolean().default(false),
    requiredWhen: conditionSchema.optional(),
    accept: z.array(z.string()).min(1).default(['image/jpeg', 'image/png', 'application/pdf']),
    maxBytes: z
      .number()
      .int()
      .positive()
      .default(9 * 1024 * 1024),
    maxFiles: z.number().int().positive().default(1),
  })
  .strict();

export const signatureRuleSchema = z
  .object({
    /** JPKI 署名用電子証明書 required by default for this procedure. */
    required: z.boolean(),
    /** Variants override the default, e.g. Odawara: no signature when the child lives with the applicant. */
    variants: z
      .array(
        z
          .object({ when: conditionSchema, required: z.boolean(), reason: localizedTextSchema })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const deadlineRuleSchema = z
  .object({
    /** Field path of the date the deadline runs from, e.g. `children.birthDate`. */
    fromField: z.string().min(1),
    days: z.number().int().positive(),
    description: localizedTextSchema,
  })
  .strict();

/** The office that handles the procedure (申請先), shown to residents; set by a municipality overlay. */
export const contactSchema = z
  .object({
    department: localizedTextSchema,
    phone: z.string().min(1),
    email: z.string().email().optional(),
    hours: localizedTextSchema.optional(),
    address: localizedTextSchema.optional(),
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;

export const formDefinitionSchema = z
  .object({
    /** Stable procedure id, kebab-case, equal to the folder name under seeds/forms. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.number().int().positive(),
    category: z.enum(PROCEDURE_CATEGORIES),
    lifeEvents: z.array(z.enum(LIFE_EVENTS)).min(1),
    keywords: z.array(z.string()).default([]),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    legalBasis: localizedTextSchema,
    /** DS-511 identity assurance level (1 self-declared, 2 verified, 3 strict / JPKI). */
    identityLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    signature: signatureRuleSchema,
    /** 標準処理期間 in business days; absent where the law sets none. */
    standardProcessingDays: z.number().int().positive().optional(),
    deadlines: z.array(deadlineRuleSchema).default([]),
    optionLists: z.record(z.string(), z.array(optionSchema).min(1)).default({}),
    steps: z.array(stepSchema).min(1),
    attachments: z.array(attachmentSlotSchema).default([]),
    /** Set on an effective form (standard form + municipality overlay), never in a standard form. */
    municipalityCode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    contact: contactSchema.optional(),
  })
  .strict();

export type FormDefinition = z.infer<typeof formDefinitionSchema>;
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;
export type FormStep = z.infer<typeof stepSchema>;
export type AttachmentSlot = z.infer<typeof attachmentSlotSchema>;
export type FormOption = z.infer<typeof optionSchema>;
