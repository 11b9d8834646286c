import type {
  CompiledCondition,
  CompiledForm,
  FieldDefinition,
  FormDefinition,
} from '@madoguchi/forms-schema';
import { compileCondition, isTruthy } from '@madoguchi/forms-schema';
import type { Bilingual, Locale, Trilingual } from '@madoguchi/shared-util-i18n';
import { pickText } from '@madoguchi/shared-util-i18n';
import { createContext, useContext } from 'react';
import type { FieldIssue, FormAnswers } from './engine-resolver.js';
import type { RenderMessages } from './render-messages.js';

/** The current item of a repeating group, for `$item` / `$index` in conditions. */
export type ItemScope = { item: Record<string, unknown>; index: number };

/** A file stored by the API for an attachment slot: its id is what the answer holds. */
export type UploadedAttachment = { id: string; fileName: string; size: number };

export type UploadAttachmentOptions = {
  /** Bytes sent so far, of the total: drives the field's progress bar. */
  onProgress: (loaded: number, total: number) => void;
  /** Aborted when the resident stops the upload; the promise then rejects with an `AbortError`. */
  signal: AbortSignal;
};

/**
 * Uploads a chosen file for an attachment slot as soon as it is chosen. A refusal rejects with an
 * error whose `code` is the API's error code (`file_type_not_allowed`, …) or `network_error`.
 */
export type UploadAttachment = (
  file: File,
  slotId: string,
  options: UploadAttachmentOptions,
) => Promise<UploadedAttachment>;

/** Deletes an uploaded file that no submitted application uses yet (rejects like an upload). */
export type RemoveAttachment = (id: string) => Promise<void>;

/** One address a 郵便番号 stands for: what an address block fills in (the rest is typed). */
export type PostalAddressSuggestion = { prefecture: string; city: string; town: string };

/**
 * 郵便番号 → 住所 from data that ships with the platform (never a web API): resolves to every
 * address of a 7-digit code ([] when unknown); rejects when the lookup itself fails.
 */
export type LookupPostalCode = (postalCode: string) => Promise<PostalAddressSuggestion[]>;

export type RendererContextValue = {
  compiled: CompiledForm;
  definition: FormDefinition;
  locale: Locale;
  messages: RenderMessages;
  /** The answers as typed (watched), for visibility, requiredWhen and computed values. */
  answers: FormAnswers;
  issueFor: (path: string) => FieldIssue | undefined;
  /** The engine's visibility of a field for the current answers (cached per answers). */
  isVisible: (path: string) => boolean;
  isDisabled: boolean;
  uploadAttachment: UploadAttachment | undefined;
  removeAttachment: RemoveAttachment | undefined;
  attachmentNames: ReadonlyMap<string, string>;
  rememberAttachmentName: (id: string, name: string) => void;
  /** After a file was attached or removed, with all the answers: the moment to save the draft. */
  onAttachmentsChanged: ((answers: FormAnswers) => void) | undefined;
  /** Fills an address block from its 郵便番号; without it, the resident types the address. */
  lookupPostalCode?: LookupPostalCode | undefined;
  /** In a correction (補正): what may change, and the office's notes; undefined otherwise. */
  correction?: CorrectionScope | undefined;
};

/**
 * A 補正 (correction) of a submitted application: only the flagged paths take input, each with
 * the office's note; every other answer is shown read-only from `displayAnswers` (as sent, with
 * 個人番号 masked).
 */
export type CorrectionScope = {
  isOpen: (path: string) => boolean;
  hasOpenBeneath: (path: string) => boolean;
  noteFor: (path: string) => string | undefined;
  displayAnswers: FormAnswers;
};

export const RendererContext = createContext<RendererContextValue | null>(null);

export function useRenderer(): RendererContextValue {
  const value = useContext(RendererContext);
  if (!value) {
    throw new Error('Form fields must be rendered inside <FormRenderer>');
  }
  return value;
}

export function localize(text: Bilingual | Trilingual, locale: Locale): string {
  return pickText(text, locale);
}

const compiledConditions = new WeakMap<object, CompiledCondition>();

/** Evaluates a JSON Logic condition or computed value (compiled once per definition object). */
export function evaluateLogic(
  rule: unknown,
  answers: FormAnswers,
  scope: ItemScope | undefined,
): unknown {
  if (typeof rule !== 'object' || rule === null) {
    return rule;
  }
  let compiled = compiledConditions.get(rule);
  if (!compiled) {
    compiled = compileCondition(rule);
    compiledConditions.set(rule, compiled);
  }
  return compiled(
    scope ? { root: answers, item: scope.item, index: scope.index } : { root: answers },
  );
}

/** Whether the field must be answered now: `required`, or a `requiredWhen` that holds. */
export function isFieldRequired(
  field: FieldDefinition,
  answers: FormAnswers,
  scope: ItemScope | undefined,
): boolean {
  if (field.required) {
    return true;
  }
  return (
    field.requiredWhen !== undefined && isTruthy(evaluateLogic(field.requiredWhen, answers, scope))
  );
}
