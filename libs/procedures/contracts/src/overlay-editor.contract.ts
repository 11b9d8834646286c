import type { FormDefinition, FormDefinitionIssue } from '@madoguchi/forms-schema';
import { FormDefinitionError, applyOverlay, formDefinitionSchema } from '@madoguchi/forms-schema';
import { z } from 'zod';

/**
 * The overlay editor of a municipality's administrator (issue #12): the overlay (自治体独自項目)
 * of a procedure's form is edited as a draft, previewed, and published as the next effective
 * form version from a 施行日. The overlay itself is the form engine's format
 * (`municipalityOverlaySchema` of `@madoguchi/forms-schema`), checked by `validateOverlay` below
 * on both sides: the console as the administrator types, the API when it saves and publishes.
 */

const textSchema = z.object({ ja: z.string(), en: z.string(), easyJa: z.string() });
const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDate, { message: 'a calendar date YYYY-MM-DD' });

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An overlay as the editor sends it; its content is checked by the form engine, not here. */
export const overlayJsonSchema = z.record(z.string(), z.unknown());

export const saveOverlayDraftRequestSchema = z.object({ overlay: overlayJsonSchema }).strict();
export type SaveOverlayDraftRequest = z.infer<typeof saveOverlayDraftRequestSchema>;

export const previewOverlayRequestSchema = saveOverlayDraftRequestSchema;
export type PreviewOverlayRequest = z.infer<typeof previewOverlayRequestSchema>;

/** Publishes the saved draft. `effectiveFrom` (施行日, a day in Japan) defaults to today. */
export const publishOverlayRequestSchema = z
  .object({ effectiveFrom: isoDateSchema.optional() })
  .strict();
export type PublishOverlayRequest = z.infer<typeof publishOverlayRequestSchema>;

export const publishedFormVersionSchema = z.object({
  version: z.number().int(),
  baseVersion: z.number().int(),
  /** 施行日: new drafts get this version from this day on (Asia/Tokyo). */
  effectiveFrom: z.string(),
  publishedAt: z.string(),
  hasOverlay: z.boolean(),
});
export type PublishedFormVersion = z.infer<typeof publishedFormVersionSchema>;

export const overlayProcedureSchema = z.object({
  procedureId: z.string(),
  title: textSchema,
  /** The version new drafts get today. */
  currentVersion: z.number().int(),
  /** A version published for a later 施行日, if any. */
  scheduledVersion: publishedFormVersionSchema.nullable(),
  hasDraft: z.boolean(),
});
export type OverlayProcedure = z.infer<typeof overlayProcedureSchema>;

export const overlayEditorStateSchema = z.object({
  procedureId: z.string(),
  municipalityCode: z.string(),
  title: textSchema,
  /** The standard form (標準様式) the overlay applies to: its newest version. */
  standard: formDefinitionSchema,
  /** The draft if one is saved, else the overlay of the newest published version. */
  overlay: overlayJsonSchema,
  draft: z.object({ updatedAt: z.string(), updatedBy: z.string() }).nullable(),
  currentVersion: z.number().int(),
  /** Newest first. */
  versions: z.array(publishedFormVersionSchema),
  /** Today in Japan by the server's clock: the earliest 施行日 a publication may have. */
  today: z.string(),
});
export type OverlayEditorState = z.infer<typeof overlayEditorStateSchema>;

export const overlayPreviewSchema = z.object({ definition: formDefinitionSchema });
export type OverlayPreview = z.infer<typeof overlayPreviewSchema>;

/** One problem of an overlay at a dot path of the overlay, worded for the administrator. */
export type OverlayIssue = {
  path: string;
  code: OverlayIssueCode;
  message: { ja: string; en: string };
};

export const OVERLAY_ISSUE_CODES = [
  'unknown_target',
  'duplicate_id',
  'legally_required',
  'wrong_procedure',
  'wrong_version',
  'invalid_value',
] as const;
export type OverlayIssueCode = (typeof OVERLAY_ISSUE_CODES)[number];

const ISSUE_RULES: readonly {
  code: OverlayIssueCode;
  test: RegExp;
  ja: (match: RegExpMatchArray) => string;
}[] = [
  {
    code: 'legally_required',
    test: /legally required/,
    ja: () => '法令で必須の項目は自治体の設定で非表示にできません。',
  },
  {
    code: 'duplicate_id',
    test: /duplicate (?:field|step|option|attachment|slot)?\s*(?:id)?\s*"?([^"]*)"?/i,
    ja: (match) => `ID「${match[1] ?? ''}」がほかの項目と重なっています。別の ID にしてください。`,
  },
  {
    code: 'unknown_target',
    test: /unknown (?:step|field|attachment slot|option list)[^"]*"([^"]*)"/,
    ja: (match) => `「${match[1] ?? ''}」は様式にありません。`,
  },
  {
    code: 'unknown_target',
    test: /no (?:group|option list|attachment slot|field)[^"]*"([^"]*)"/,
    ja: (match) => `「${match[1] ?? ''}」は様式にありません。`,
  },
  {
    code: 'wrong_procedure',
    test: /overlay is for/,
    ja: () => 'この設定は別の手続のものです。',
  },
  {
    code: 'wrong_version',
    test: /not written for version/,
    ja: () => 'この設定は現在の標準様式の版に合っていません。',
  },
  {
    code: 'invalid_value',
    test: /lowerCamelCase/,
    ja: () => 'ID は半角英字で始まる英数字（lowerCamelCase）にしてください。',
  },
  {
    code: 'invalid_value',
    test: /Too small|>=1 characters|at least 1|min/i,
    ja: () => 'この項目を入力してください。',
  },
];

/** The administrator's wording of one engine issue: Japanese first, the engine's English as is. */
export function describeOverlayIssue(issue: FormDefinitionIssue): OverlayIssue {
  for (const rule of ISSUE_RULES) {
    const match = issue.message.match(rule.test);
    if (match) {
      return {
        path: issue.path,
        code: rule.code,
        message: { ja: rule.ja(match), en: issue.message },
      };
    }
  }
  return {
    path: issue.path,
    code: 'invalid_value',
    message: { ja: `設定が正しくありません（${issue.message}）。`, en: issue.message },
  };
}

/** The ids of the overlay's added fields, by their index in `addFields`. */
function localFieldIds(overlay: unknown): string[] {
  const addFields = (overlay as { addFields?: unknown } | null)?.addFields;
  return Array.isArray(addFields)
    ? addFields.map((entry) => {
        const id = (entry as { field?: { id?: unknown } } | null)?.field?.id;
        return typeof id === 'string' ? id : '';
      })
    : [];
}

/**
 * A problem the engine finds in the effective form (`steps.0.fields`: a field id used twice) is
 * put at the added field it names, so the administrator sees it at that field's input.
 */
function toOverlayPath(issue: FormDefinitionIssue, local: readonly string[]): FormDefinitionIssue {
  const named = /id "([^"]+)"/.exec(issue.message)?.[1];
  const index = issue.path.startsWith('steps') && named ? local.lastIndexOf(named) : -1;
  return index < 0 ? issue : { ...issue, path: `addFields.${index}.field.id` };
}

export type OverlayValidation =
  { ok: true; definition: FormDefinition } | { ok: false; issues: OverlayIssue[] };

/**
 * Applies an overlay to the standard form with the form engine (`applyOverlay`: the compiler's
 * own checks) and words its problems per overlay path. The API and the console run this same
 * function, so what the console accepts the API publishes.
 */
export function validateOverlay(
  standard: FormDefinition,
  overlay: unknown,
  municipalityCode: string,
): OverlayValidation {
  const issues: OverlayIssue[] = [];
  const declared =
    typeof overlay === 'object' && overlay !== null
      ? (overlay as Record<string, unknown>)['municipalityCode']
      : undefined;
  if (declared !== municipalityCode) {
    issues.push({
      path: 'municipalityCode',
      code: 'wrong_procedure',
      message: {
        ja: 'この設定は別の自治体のものです。',
        en: `the overlay is not for municipality ${municipalityCode}`,
      },
    });
  }
  try {
    const definition = applyOverlay(standard, overlay);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, definition };
  } catch (error) {
    if (error instanceof FormDefinitionError) {
      const local = localFieldIds(overlay);
      return {
        ok: false,
        issues: [
          ...issues,
          ...error.issues.map((issue) => describeOverlayIssue(toOverlayPath(issue, local))),
        ],
      };
    }
    throw error;
  }
}
