import { z } from 'zod';
import {
  attachmentSlotSchema,
  contactSchema,
  deadlineRuleSchema,
  fieldDefinitionSchema,
  localizedTextSchema,
  optionSchema,
  signatureRuleSchema,
  stepSchema,
} from '../definition/form-definition.schema.js';
import { isValidLocalGovernmentCode } from '../normalizers/check-digits.js';

/**
 * The meta-schema of a municipality overlay (自治体独自項目): what one municipality adds to or
 * changes in a standard form. Files live at `seeds/municipalities/overlays/<code>/<procedure-id>.json`.
 * An overlay may add steps, fields, option lists, attachment slots, guidance and help texts, set the
 * signature rule, deadlines and contact, and hide optional standard fields. It can never hide a
 * field marked `legallyRequired`.
 */
export const municipalityOverlaySchema = z
  .object({
    procedureId: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** 地方公共団体コード, 6 digits with its check digit (千代田区: 131016). */
    municipalityCode: z.string().refine(isValidLocalGovernmentCode, {
      message: 'a 6-digit 地方公共団体コード with a valid check digit',
    }),
    /** Standard form versions this overlay was written for; absent means any version. */
    baseVersions: z.array(z.number().int().positive()).min(1).optional(),
    addSteps: z
      .array(
        z
          .object({
            /** Insert after this standard step; absent means at the end. */
            after: z.string().optional(),
            step: stepSchema,
          })
          .strict(),
      )
      .default([]),
    addFields: z
      .array(
        z
          .object({
            stepId: z.string(),
            /** Dot path of a group inside the step to add the field to (absent: the step itself). */
            groupPath: z.string().optional(),
            /** Insert after this sibling field id; absent means at the end. */
            after: z.string().optional(),
            field: fieldDefinitionSchema,
          })
          .strict(),
      )
      .default([]),
    /** Dot paths of optional standard fields this municipality does not ask. */
    hideFields: z.array(z.string().min(1)).default([]),
    /** Help texts by field dot path (replace the standard help). */
    help: z.record(z.string(), localizedTextSchema).default({}),
    /** New option lists for added fields (a standard list cannot be replaced). */
    optionLists: z.record(z.string(), z.array(optionSchema).min(1)).default({}),
    addAttachments: z.array(attachmentSlotSchema).default([]),
    /** Guidance by attachment slot id (replaces the standard guidance). */
    attachmentGuidance: z.record(z.string(), localizedTextSchema).default({}),
    /** Replaces the standard signature rule, e.g. Odawara's variant without signature. */
    signature: signatureRuleSchema.optional(),
    /** Extra deadlines of this municipality (the standard ones stay). */
    addDeadlines: z.array(deadlineRuleSchema).default([]),
    standardProcessingDays: z.number().int().positive().optional(),
    contact: contactSchema.optional(),
  })
  .strict();

export type MunicipalityOverlay = z.infer<typeof municipalityOverlaySchema>;
export type MunicipalityOverlayInput = z.input<typeof municipalityOverlaySchema>;
