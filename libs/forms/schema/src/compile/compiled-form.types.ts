import type { FormDefinition, LocalizedText } from '../definition/form-definition.schema.js';
import type { FieldErrorCode } from '../messages/field-error-code.js';

/** One problem in the answers. `path` is the react-hook-form dot path (`children.2.myNumber`). */
export type ValidationIssue = {
  path: string;
  code: FieldErrorCode;
  message: LocalizedText;
};

export type ValidationResult =
  { ok: true; answers: Record<string, unknown> } | { ok: false; issues: ValidationIssue[] };

export type ValidateOptions = {
  /** Limit required-checks to one step (autosave, the "next" button). Formats are always checked. */
  stepId?: string;
};

export type CompileOptions = {
  /** Today in JST as `YYYY-MM-DD`, for `minDate`/`maxDate: "today"` (tests pass a fixed day). */
  today?: () => string;
};

/** A form definition compiled once (conditions, normalisers, option sets) to validate many times. */
export type CompiledForm = {
  definition: FormDefinition;
  /** Full validation (submission). `stepId` limits required-checks to one step (autosave / "next"). */
  validate(answers: unknown, options?: ValidateOptions): ValidationResult;
  /** Whether the field at this dot path is shown for these answers (its step and groups included). */
  isVisible(path: string, answers: unknown): boolean;
  /** Dot paths of sensitive fields (e.g. 個人番号) present in normalised answers, for encryption/masking. */
  sensitivePaths(answers: Record<string, unknown>): string[];
  /** Whether a JPKI signature is required for these (normalised) answers: first matching variant wins. */
  isSignatureRequired(answers: Record<string, unknown>): boolean;
};
