export * from './definition/form-definition.schema.js';
export { FormDefinitionError } from './definition/form-definition.error.js';
export type { FormDefinitionIssue } from './definition/form-definition.error.js';
export {
  parseFormDefinition,
  checkFormDefinition,
  resolveFieldPath,
} from './definition/parse-form-definition.js';
export { compileForm } from './compile/compile-form.js';
export type {
  Applicant,
  AttachmentReference,
  CompiledForm,
  CompileOptions,
  LabelSegment,
  LeafField,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
} from './compile/compiled-form.types.js';
export { FIELD_ERROR_CODES } from './messages/field-error-code.js';
export type { FieldErrorCode } from './messages/field-error-code.js';
export { answerKindOf, formMessages, formatFieldMessage } from './messages/form-messages.js';
export type { AnswerKind, MessageParams } from './messages/form-messages.js';
export { compileCondition, isTruthy } from './conditions/compile-condition.js';
export type { CompiledCondition, ConditionScope } from './conditions/compile-condition.js';
export {
  computeLocalGovernmentCodeCheckDigit,
  computeMyNumberCheckDigit,
  isValidLocalGovernmentCode,
  isValidMyNumber,
} from './normalizers/check-digits.js';
export {
  isFullWidthKatakana,
  toFullWidthKatakana,
  toHalfWidthDigits,
  toHalfWidthKatakana,
} from './normalizers/japanese-text.js';
export { normalizePhoneNumber } from './normalizers/phone-number.js';
export {
  normalizeEmail,
  normalizePostalCode,
  parseNumberText,
  isEmptyAnswer,
  PART_LABELS,
} from './fields/field-normalizers.js';
export {
  BUILT_IN_OPTION_LISTS,
  PREFECTURES,
  RELATIONSHIP_OPTIONS,
  RELATIONSHIP_OPTION_LIST_ID,
} from './fields/built-in-option-lists.js';
export type { Prefecture } from './fields/built-in-option-lists.js';
export { applyOverlay } from './overlay/apply-overlay.js';
export { municipalityOverlaySchema } from './overlay/municipality-overlay.schema.js';
export type {
  MunicipalityOverlay,
  MunicipalityOverlayInput,
} from './overlay/municipality-overlay.schema.js';
export { toJsonSchema } from './json-schema/to-json-schema.js';
export type { JsonSchema } from './json-schema/to-json-schema.js';
export { diffFormVersions, FORM_CHANGE_KINDS } from './versions/diff-form-versions.js';
export type { FormChange, FormChangeKind, FormVersionDiff } from './versions/diff-form-versions.js';
export {
  formMigrationSchema,
  migrateAnswers,
  migrateAnswersAcross,
} from './versions/migrate-answers.js';
export type { FormMigration, FormMigrationInput } from './versions/migrate-answers.js';
export { lookupPostalCode } from './postal/lookup-postal-code.js';
export type { PostalAddressCandidate, PostalCodeData } from './postal/lookup-postal-code.js';
export {
  ANSWER_TEXTS,
  buildAnswerNodes,
  buildAnswerSections,
  formatIsoDate,
  resolveFieldOptions,
} from './answers/answer-rows.js';
export type {
  AnswerGroup,
  AnswerLocale,
  AnswerNode,
  AnswerRepeat,
  AnswerRow,
  AnswerRowsOptions,
  AnswerSection,
  AnswerTexts,
} from './answers/answer-rows.js';
export type { UnsafeCharacterOptions } from './normalizers/unsafe-characters.js';
export { findUnsafeCharacter, findUnsafeStrings } from './normalizers/unsafe-characters.js';
export {
  isRelativeDate,
  resolveRelativeDate,
  resolveSampleDates,
} from './normalizers/relative-date.js';
