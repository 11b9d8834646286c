import { z } from 'zod';
import type { FieldDefinition, FormDefinition } from './meta-schema.js';
import {
  attachmentSlotSchema,
  deadlineRuleSchema,
  fieldDefinitionSchema,
  localizedTextSchema,
  optionSchema,
  signatureRuleSchema,
  stepSchema,
} from './meta-schema.js';
import { isGroup, resolveFieldPath, rootFields } from './form-walker.js';

/** Ids a municipality adds start with `local` so they never clash with a later standard version. */
const localIdSchema = z
  .string()
  .regex(/^local[A-Z][a-zA-Z0-9]*$/, 'ids added by a municipality start with "local"');

/**
 * The municipality overlay format (seeds/README.md describes it for `applyOverlay`). This schema
 * lives in the seeds tests until the engine exports its own; the two must stay the same.
 */
export const municipalityOverlaySchema = z
  .object({
    $comment: z.string().optional(),
    municipalityCode: z.string().regex(/^\d{6}$/),
    procedureId: z.string().regex(/^[a-z][a-z0-9-]*$/),
    formVersion: z.number().int().positive(),
    contact: z
      .object({
        department: localizedTextSchema,
        phone: z.string().min(1),
        email: z.string().email(),
        hours: localizedTextSchema.optional(),
      })
      .strict()
      .optional(),
    standardProcessingDays: z.number().int().positive().optional(),
    signature: signatureRuleSchema.optional(),
    deadlines: z.array(deadlineRuleSchema).default([]),
    hiddenFields: z.array(z.string().min(1)).default([]),
    help: z.record(z.string(), localizedTextSchema).default({}),
    attachmentGuidance: z.record(z.string(), localizedTextSchema).default({}),
    addedOptionLists: z.record(localIdSchema, z.array(optionSchema).min(1)).default({}),
    addedAttachments: z
      .array(attachmentSlotSchema.and(z.object({ id: localIdSchema })))
      .default([]),
    addedSteps: z
      .array(
        z
          .object({
            after: z.string().optional(),
            step: stepSchema.and(z.object({ id: localIdSchema })),
          })
          .strict(),
      )
      .default([]),
    addedFields: z
      .array(
        z
          .object({
            step: z.string().min(1),
            after: z.string().optional(),
            field: fieldDefinitionSchema,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type MunicipalityOverlay = z.infer<typeof municipalityOverlaySchema>;

function mapFields(
  fields: FieldDefinition[],
  path: string,
  update: (field: FieldDefinition) => FieldDefinition | undefined,
): FieldDefinition[] {
  const [head, ...rest] = path.split('.');
  return fields.flatMap((field) => {
    if (field.id !== head) {
      return [field];
    }
    if (rest.length === 0) {
      const updated = update(field);
      return updated === undefined ? [] : [updated];
    }
    return isGroup(field)
      ? [{ ...field, fields: mapFields(field.fields, rest.join('.'), update) }]
      : [field];
  });
}

function insertAfter<T extends { id: string }>(
  items: T[],
  item: T,
  after: string | undefined,
): T[] {
  const index =
    after === undefined ? items.length - 1 : items.findIndex((candidate) => candidate.id === after);
  if (after !== undefined && index === -1) {
    throw new Error(`"${after}" does not exist`);
  }
  return [...items.slice(0, index + 1), item, ...items.slice(index + 1)];
}

/**
 * A reference implementation of the overlay rules, used to prove that every seeded overlay
 * applies cleanly. It throws on any rule a municipality may not break.
 */
export function applyOverlayForTest(
  form: FormDefinition,
  overlay: MunicipalityOverlay,
): FormDefinition {
  if (overlay.procedureId !== form.id || overlay.formVersion !== form.version) {
    throw new Error(`the overlay is for ${overlay.procedureId} v${overlay.formVersion}`);
  }
  let steps = form.steps;
  for (const { after, step } of overlay.addedSteps) {
    steps = insertAfter(steps, step, after);
  }
  for (const { step: stepId, after, field } of overlay.addedFields) {
    if (!/^local[A-Z]/.test(field.id)) {
      throw new Error(`added field "${field.id}" must start with "local"`);
    }
    const step = steps.find((candidate) => candidate.id === stepId);
    if (step === undefined) {
      throw new Error(`step "${stepId}" does not exist`);
    }
    steps = steps.map((candidate) =>
      candidate === step ? { ...step, fields: insertAfter(step.fields, field, after) } : candidate,
    );
  }
  const root = (): FieldDefinition[] => steps.flatMap((step) => step.fields);
  for (const path of overlay.hiddenFields) {
    const field = resolveFieldPath(root(), path, true);
    if (field === undefined) {
      throw new Error(`hidden field "${path}" does not exist`);
    }
    if (field.legallyRequired || field.required) {
      throw new Error(`"${path}" is required or legally required and cannot be hidden`);
    }
    steps = steps.map((step) => ({
      ...step,
      fields: mapFields(step.fields, path, () => undefined),
    }));
  }
  for (const [path, help] of Object.entries(overlay.help)) {
    if (resolveFieldPath(root(), path, true) === undefined) {
      throw new Error(`help for a missing field "${path}"`);
    }
    steps = steps.map((step) => ({
      ...step,
      fields: mapFields(step.fields, path, (field) => ({ ...field, help })),
    }));
  }
  let attachments = [...form.attachments, ...overlay.addedAttachments];
  for (const [slotId, guidance] of Object.entries(overlay.attachmentGuidance)) {
    if (!attachments.some((slot) => slot.id === slotId)) {
      throw new Error(`guidance for a missing slot "${slotId}"`);
    }
    attachments = attachments.map((slot) => (slot.id === slotId ? { ...slot, guidance } : slot));
  }
  steps = steps.filter((step) => step.fields.length > 0);
  return {
    ...form,
    steps,
    attachments,
    optionLists: { ...form.optionLists, ...overlay.addedOptionLists },
    signature: overlay.signature ?? form.signature,
    deadlines: [...form.deadlines, ...overlay.deadlines],
    standardProcessingDays: overlay.standardProcessingDays ?? form.standardProcessingDays,
  };
}

/** Field ids of a form, for checking that hidden fields are not answered in samples. */
export function hasField(form: FormDefinition, path: string): boolean {
  return resolveFieldPath(rootFields(form), path) !== undefined;
}
