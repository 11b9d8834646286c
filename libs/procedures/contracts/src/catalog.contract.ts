import { formDefinitionSchema } from '@madoguchi/forms-schema';
import { z } from 'zod';

const textSchema = z.object({ ja: z.string(), en: z.string(), easyJa: z.string() });

export const municipalitySchema = z.object({
  /** 地方公共団体コード, 6 digits including the check digit. */
  code: z.string().regex(/^\d{6}$/),
  name: z.object({ ja: z.string(), en: z.string() }),
  prefecture: z.object({ ja: z.string(), en: z.string() }),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const procedureSummarySchema = z.object({
  id: z.string(),
  municipalityCode: z.string(),
  title: textSchema,
  summary: textSchema,
  category: z.string(),
  formVersion: z.number().int(),
  identityLevel: z.number().int(),
});
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;

/** GET /api/municipalities/:code/procedures/:procedureId/form — the exact form version to fill in. */
export const procedureFormSchema = z.object({
  procedureId: z.string(),
  municipalityCode: z.string(),
  formVersion: z.number().int(),
  definition: formDefinitionSchema,
});
export type ProcedureForm = z.infer<typeof procedureFormSchema>;
