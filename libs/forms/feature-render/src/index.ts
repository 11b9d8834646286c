export type { FormRendererProps, SubmitOutcome } from './form-renderer.js';
export { FormRenderer } from './form-renderer.js';
export type { EngineResolverState, FieldIssue, FormAnswers } from './engine-resolver.js';
export { createEngineResolver, isIssueInStep, toFieldErrors } from './engine-resolver.js';
export type {
  LookupPostalCode,
  PostalAddressSuggestion,
  RemoveAttachment,
  UploadAttachment,
  UploadAttachmentOptions,
  UploadedAttachment,
} from './renderer-context.js';
export type { RenderMessages } from './render-messages.js';
export { RENDER_MESSAGES } from './render-messages.js';
export { buildDefaultAnswers, fieldDomId } from './field-paths.js';
export type { AnswersViewProps } from './confirmation/answers-view.js';
export { AnswersView } from './confirmation/answers-view.js';
export { omitSensitiveAnswers } from './sensitive-answers.js';
