import type { FieldDefinition } from '@madoguchi/forms-schema';
import { Button, FormField, controlAriaProps } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { useController } from 'react-hook-form';
import type { FormAnswers } from '../engine-resolver.js';
import type { ItemScope } from '../renderer-context.js';
import { localize, useRenderer } from '../renderer-context.js';
import { useLeafProps } from './leaf-props.js';

let localIdCounter = 0;

/** Until uploads exist, a chosen file is kept as a local id (no content leaves the browser). */
function createLocalAttachmentId(): Promise<string> {
  localIdCounter += 1;
  return Promise.resolve(`local-${Date.now().toString(36)}-${localIdCounter}`);
}

type AttachmentFieldProps = { field: FieldDefinition; path: string; scope: ItemScope | undefined };

/** A file picker for an attachment slot; the answer is the list of file ids. */
export function AttachmentField({ field, path, scope }: AttachmentFieldProps) {
  const renderer = useRenderer();
  const { messages, locale } = renderer;
  const leaf = useLeafProps(field, path, scope);
  const { field: control } = useController<FormAnswers>({ name: path });
  const [pickError, setPickError] = useState<string | undefined>(undefined);
  const slot =
    field.type === 'group'
      ? undefined
      : renderer.definition.attachments.find((candidate) => candidate.id === field.slot);
  const maxFiles = slot?.maxFiles ?? 1;
  const ids = Array.isArray(control.value)
    ? control.value.filter((id) => typeof id === 'string')
    : [];
  const guidance = [leaf.hint, slot ? localize(slot.guidance, locale) : undefined]
    .filter(Boolean)
    .join('\n');

  const pickFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length === 0) {
      return;
    }
    if (ids.length + files.length > maxFiles) {
      setPickError(messages.attachmentTooMany(maxFiles));
      return;
    }
    const maxBytes = slot?.maxBytes ?? 9 * 1024 * 1024;
    const tooLarge = files.find((file) => file.size > maxBytes);
    if (tooLarge) {
      setPickError(
        messages.attachmentTooLarge(tooLarge.name, Math.floor(maxBytes / (1024 * 1024))),
      );
      return;
    }
    const wrongType = slot ? files.find((file) => !slot.accept.includes(file.type)) : undefined;
    if (wrongType) {
      setPickError(messages.attachmentWrongType(wrongType.name));
      return;
    }
    setPickError(undefined);
    const upload = renderer.uploadAttachment;
    const newIds = await Promise.all(
      files.map((file) => (upload && slot ? upload(file, slot.id) : createLocalAttachmentId())),
    );
    newIds.forEach((id, index) => renderer.rememberAttachmentName(id, files[index]?.name ?? id));
    control.onChange([...ids, ...newIds]);
  };

  const error = pickError ?? leaf.error;
  return (
    <FormField
      id={leaf.id}
      label={leaf.label}
      hint={guidance || undefined}
      error={error}
      isRequired={leaf.isRequired}
    >
      <input
        id={leaf.id}
        ref={control.ref}
        className="mdg-file-input"
        type="file"
        name={path}
        accept={slot?.accept.join(',')}
        multiple={maxFiles > 1}
        disabled={renderer.isDisabled || ids.length >= maxFiles}
        {...controlAriaProps({ id: leaf.id, hint: guidance, error })}
        onChange={(event) => void pickFiles(event)}
        onBlur={control.onBlur}
      />
      {ids.length > 0 ? (
        <ul className="mdg-file-list">
          {ids.map((id) => {
            const name = renderer.attachmentNames.get(id) ?? id;
            return (
              <li key={id}>
                {name}{' '}
                <Button
                  variant="link"
                  onClick={() => control.onChange(ids.filter((other) => other !== id))}
                >
                  {messages.removeAttachment(name)}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </FormField>
  );
}
