import type {
  FieldDefinition,
  FormDefinition,
  LocalizedText,
} from '../definition/form-definition.schema.js';
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
  /** Today in JST as `YYYY-MM-DD`, for `minDate`/`maxDate` relative to today (tests pass a fixed day). */
  today?: () => string;
};

/**
 * One attachment field's answer: the slot it fills, the answer's dot path (one per item of a
 * repeating group: `children.1.certificate`) and the file ids it holds.
 */
export type AttachmentReference = { slotId: string; path: string; ids: string[] };

/** Who applies: the first top-level personName answer, as `姓 名`, and its フリガナ in katakana. */
export type Applicant = { name: string; nameKana: string | null };

/**
 * One part of a field's label path: a group or the field itself (`label`), or an item of a
 * repeating group (`itemLabel` and its 1-based position, as on paper forms: 子ども1).
 */
export type LabelSegment =
  | { kind: 'field'; label: LocalizedText }
  | { kind: 'item'; itemLabel: LocalizedText; position: number };

/** A field that takes an answer (not a group), with its concrete path and label path. */
export type LeafField = {
  path: string;
  field: Exclude<FieldDefinition, { type: 'group' }>;
  labels: LabelSegment[];
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
  /**
   * The attachment answers present in these answers, in form order, visible or not: every
   * attachment field whose value is an array (its non-string entries left out).
   */
  attachmentsIn(answers: Readonly<Record<string, unknown>>): AttachmentReference[];
  /**
   * The dot path of the first attachment field that uses each slot (`proxy.letterOfAttorney`;
   * a repeating group's fields without an item index), to report a slot's problems on a field.
   */
  attachmentFieldPaths: ReadonlyMap<string, string>;
  /**
   * The applicant of these answers: the first top-level personName field (nested ones belong to
   * proxies or family members) answered with a family and a given name; null when there is none.
   */
  applicant(answers: Readonly<Record<string, unknown>>): Applicant | null;
  /**
   * Every field that takes an answer, in form order. A repeating group lists its fields once per
   * item, `min(repeat.max, maxItemsPerGroup)` times, its items numbered from 1 in place of the
   * group's label; a plain group adds its label.
   */
  leafFields(maxItemsPerGroup: number): LeafField[];
};
