import type { AttachmentSlot, FieldDefinition } from '@madoguchi/forms-schema';
import { isTruthy } from '@madoguchi/forms-schema';
import type { Bilingual, Locale, Trilingual } from '@madoguchi/shared-util-i18n';
import { Button, FormField, RubyText, controlAriaProps } from '@madoguchi/web-ui-kit';
import { useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { FormAnswers } from '../engine-resolver.js';
import type { RenderMessages } from '../render-messages.js';
import { toAttachmentRefusalCode } from '../render-messages.js';
import type { ItemScope, RendererContextValue } from '../renderer-context.js';
import { evaluateLogic, localize, useRenderer } from '../renderer-context.js';
import { useLeafProps } from './leaf-props.js';

/** The API's own limit when a field names no slot (the slot's default `maxBytes`). */
const DEFAULT_MAX_BYTES = 9 * 1024 * 1024;

/** Refusals that another try can fix; a refused file (type, size, content) needs another file. */
const RETRYABLE_CODES = new Set(['network_error', 'upload_incomplete', 'unauthenticated', 'other']);

/** A chosen file on its way to the API, or one that did not get there. */
type PendingUpload = {
  key: number;
  file: File;
  loaded: number;
  total: number;
  controller: AbortController;
  failure: { text: string; canRetry: boolean } | undefined;
  /** The file it replaces once stored (a slot of one file, chosen again). */
  replaces: string | undefined;
};

type AttachmentFieldProps = { field: FieldDefinition; path: string; scope: ItemScope | undefined };

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function errorCode(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
    ? error.code
    : 'other';
}

/** The API's message, with its やさしい日本語 when it sends one (else Japanese is shown). */
function apiMessage(error: unknown): Bilingual | Trilingual | undefined {
  if (typeof error !== 'object' || error === null || !('apiError' in error)) {
    return undefined;
  }
  const { apiError } = error as { apiError?: { message?: Partial<Trilingual> } };
  const message = apiError?.message;
  if (typeof message?.ja !== 'string' || typeof message.en !== 'string') {
    return undefined;
  }
  return typeof message.easyJa === 'string'
    ? { ja: message.ja, en: message.en, easyJa: message.easyJa }
    : { ja: message.ja, en: message.en };
}

/** The reason shown on the field: our text for a known code, else the API's own message. */
function refusalText(
  error: unknown,
  fileName: string,
  messages: RenderMessages,
  locale: Locale,
): string {
  const code = toAttachmentRefusalCode(errorCode(error));
  const fromApi = apiMessage(error);
  if (code === 'other' && fromApi) {
    return `${fileName}：${localize(fromApi, locale)}`;
  }
  return messages.attachmentRefused(fileName, code);
}

/** Whether the slot's own `required` / `requiredWhen` holds (the engine adds it to the field's). */
function isSlotRequired(
  slot: AttachmentSlot | undefined,
  renderer: RendererContextValue,
  scope: ItemScope | undefined,
): boolean {
  if (!slot) {
    return false;
  }
  return (
    slot.required ||
    (slot.requiredWhen !== undefined &&
      isTruthy(evaluateLogic(slot.requiredWhen, renderer.answers, scope)))
  );
}

function isAccepted(file: File, accept: readonly string[]): boolean {
  // A browser that cannot tell the type gives '': the API inspects the content anyway.
  return file.type === '' || accept.includes(file.type);
}

let uploadCounter = 0;

/**
 * A file picker for an attachment slot. Each chosen file is checked against the slot's rules and
 * uploaded at once, with a progress bar; the answer is the list of the stored files' ids. A
 * refused file leaves the answers as they were and says why on the field.
 */
export function AttachmentField({ field, path, scope }: AttachmentFieldProps) {
  const renderer = useRenderer();
  const { messages, locale } = renderer;
  const leaf = useLeafProps(field, path, scope);
  const { getValues } = useFormContext<FormAnswers>();
  const { field: control } = useController<FormAnswers>({ name: path });
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [pending, setPending] = useState<readonly PendingUpload[]>([]);
  const [pickError, setPickError] = useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [removingId, setRemovingId] = useState<string | undefined>(undefined);
  const slot =
    field.type === 'group'
      ? undefined
      : renderer.definition.attachments.find((candidate) => candidate.id === field.slot);
  const maxFiles = slot?.maxFiles ?? 1;
  const ids = Array.isArray(control.value)
    ? control.value.filter((id): id is string => typeof id === 'string')
    : [];
  const uploading = pending.filter((upload) => upload.failure === undefined);
  const guidance = [leaf.hint, slot ? localize(slot.guidance, locale) : undefined]
    .filter(Boolean)
    .join('\n');

  /** The ids as they are now (an upload finishes after other changes to the answers). */
  const currentIds = (): string[] => {
    const value: unknown = getValues(path);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  };

  const updatePending = (key: number, change: Partial<PendingUpload>) =>
    setPending((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const dropPending = (key: number) =>
    setPending((list) => list.filter((item) => item.key !== key));

  const startUpload = (file: File, key: number, replaces: string | undefined) => {
    const controller = new AbortController();
    const upload: PendingUpload = {
      key,
      file,
      loaded: 0,
      total: file.size,
      controller,
      failure: undefined,
      replaces,
    };
    setPending((list) =>
      list.some((item) => item.key === key)
        ? list.map((item) => (item.key === key ? upload : item))
        : [...list, upload],
    );
    const send = renderer.uploadAttachment;
    if (!send || !slot) {
      // A file that never reaches the office would be refused at submission: say so now.
      updatePending(key, {
        failure: { text: messages.attachmentRefused(file.name, 'other'), canRetry: false },
      });
      return;
    }
    send(file, slot.id, {
      signal: controller.signal,
      onProgress: (loaded, total) => updatePending(key, { loaded, total }),
    }).then(
      (stored) => {
        dropPending(key);
        renderer.rememberAttachmentName(stored.id, stored.fileName);
        control.onChange([...currentIds().filter((id) => id !== replaces), stored.id]);
        setAnnouncement(messages.attachmentUploaded(stored.fileName));
        renderer.onAttachmentsChanged?.(getValues());
        if (replaces !== undefined) {
          // The old file leaves the answers either way; one left on the server is never linked
          // and the retention sweep deletes it.
          renderer.removeAttachment?.(replaces).catch(() => undefined);
        }
      },
      (error: unknown) => {
        if (isAbortError(error)) {
          dropPending(key);
          return;
        }
        const text = refusalText(error, file.name, messages, locale);
        updatePending(key, {
          failure: {
            text,
            canRetry: RETRYABLE_CODES.has(toAttachmentRefusalCode(errorCode(error))),
          },
        });
        setAnnouncement(text);
      },
    );
  };

  const pickFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length === 0) {
      return;
    }
    // A slot of one file chosen again: the new file replaces the old one once it is stored (a
    // refused one leaves the old file in place).
    const replaces =
      maxFiles === 1 && files.length === 1 && uploading.length === 0 ? ids[0] : undefined;
    const error = precheck(files, replaces === undefined ? 0 : 1);
    setPickError(error);
    if (error !== undefined) {
      setAnnouncement(error);
      return;
    }
    // A new choice replaces the files that were refused: their reasons no longer apply.
    setPending((list) => list.filter((item) => item.failure === undefined));
    for (const file of files) {
      uploadCounter += 1;
      startUpload(file, uploadCounter, replaces);
    }
  };

  /** The slot's rules, checked before any byte is sent (the API checks them again). */
  const precheck = (files: readonly File[], replacing: number): string | undefined => {
    if (ids.length - replacing + uploading.length + files.length > maxFiles) {
      return messages.attachmentTooMany(maxFiles);
    }
    const maxBytes = slot?.maxBytes ?? DEFAULT_MAX_BYTES;
    const tooLarge = files.find((file) => file.size > maxBytes);
    if (tooLarge) {
      return messages.attachmentTooLarge(tooLarge.name, Math.floor(maxBytes / (1024 * 1024)));
    }
    const wrongType = slot ? files.find((file) => !isAccepted(file, slot.accept)) : undefined;
    return wrongType ? messages.attachmentWrongType(wrongType.name) : undefined;
  };

  const removeUploaded = async (id: string, name: string) => {
    // Not disabled while it runs (focus would be lost): a second press just waits for the first.
    if (removingId === id) {
      return;
    }
    setRemovingId(id);
    setPickError(undefined);
    try {
      await renderer.removeAttachment?.(id);
    } catch (error) {
      const code = errorCode(error);
      // Gone already, or kept by the application already sent (a correction): drop it from the answers.
      if (code !== 'attachment_not_found' && code !== 'attachment_in_use') {
        const text = messages.attachmentRemoveFailed(name);
        setPickError(text);
        setAnnouncement(text);
        return;
      }
    } finally {
      setRemovingId(undefined);
    }
    control.onChange(currentIds().filter((other) => other !== id));
    setAnnouncement(messages.attachmentRemoved(name));
    renderer.onAttachmentsChanged?.(getValues());
    inputRef.current?.focus();
  };

  const dismiss = (upload: PendingUpload) => {
    upload.controller.abort();
    dropPending(upload.key);
    inputRef.current?.focus();
  };

  const failures = pending.flatMap((upload) => (upload.failure ? [upload.failure.text] : []));
  const error =
    [pickError, ...failures].filter((text) => text !== undefined).join('\n') || leaf.error;
  return (
    <FormField
      id={leaf.id}
      label={leaf.label}
      hint={guidance || undefined}
      error={error}
      isRequired={leaf.isRequired || isSlotRequired(slot, renderer, scope)}
    >
      <input
        id={leaf.id}
        ref={(element) => {
          inputRef.current = element;
          control.ref(element);
        }}
        className="mdg-file-input"
        type="file"
        name={path}
        accept={slot?.accept.join(',')}
        multiple={maxFiles > 1}
        // Never disabled when full: focus would be lost (a slot of one file takes a replacement).
        disabled={renderer.isDisabled}
        {...controlAriaProps({ id: leaf.id, hint: guidance, error })}
        onChange={pickFiles}
        onBlur={control.onBlur}
      />
      {ids.length > 0 || pending.length > 0 ? (
        <ul className="mdg-file-list">
          {ids.map((id, index) => {
            const name = renderer.attachmentNames.get(id);
            return (
              <li key={id}>
                {name ?? <RubyText>{messages.attachmentMissing}</RubyText>}{' '}
                <Button
                  variant="link"
                  disabled={renderer.isDisabled}
                  onClick={() => void removeUploaded(id, name ?? `${index + 1}`)}
                >
                  {messages.removeAttachment(name ?? `${index + 1}`)}
                </Button>
              </li>
            );
          })}
          {pending.map((upload) => {
            const progressId = `${leaf.id}-upload-${upload.key}`;
            const percent =
              upload.total > 0
                ? Math.min(100, Math.round((upload.loaded / upload.total) * 100))
                : 0;
            return (
              <li key={`pending-${upload.key}`}>
                {upload.failure ? (
                  <>
                    {upload.file.name}{' '}
                    {upload.failure.canRetry ? (
                      <Button
                        variant="link"
                        disabled={renderer.isDisabled}
                        onClick={() => startUpload(upload.file, upload.key, upload.replaces)}
                      >
                        {messages.attachmentRetry(upload.file.name)}
                      </Button>
                    ) : null}{' '}
                    <Button variant="link" onClick={() => dismiss(upload)}>
                      {messages.removeAttachment(upload.file.name)}
                    </Button>
                  </>
                ) : (
                  <>
                    <label htmlFor={progressId}>
                      <RubyText>{messages.attachmentUploading(upload.file.name)}</RubyText>
                    </label>{' '}
                    <progress
                      id={progressId}
                      className="mdg-progress-bar"
                      max={100}
                      value={percent}
                      aria-valuetext={messages.attachmentProgress(percent)}
                    />{' '}
                    <Button variant="link" onClick={() => dismiss(upload)}>
                      {messages.attachmentCancel(upload.file.name)}
                    </Button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="mdg-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </FormField>
  );
}
