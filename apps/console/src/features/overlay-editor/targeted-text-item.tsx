import type { SelectOption } from '@madoguchi/web-ui-kit';
import { Select } from '@madoguchi/web-ui-kit';
import type { FieldPath, UseFormRegister } from 'react-hook-form';
import { domIdOf } from './dom-id.js';
import { LocalizedTextInputs } from './localized-text-inputs.js';
import { useOverlayEditorMessages } from './overlay-editor-messages.js';
import type { OverlayFormValues } from './overlay-form-model.js';
import { RemovableItem } from './removable-item.js';

type TargetedTextItemProps = {
  /** The list's form path and index (`help.0`): the entry has a target and a `text`. */
  path: `${'help' | 'attachmentGuidance'}.${number}`;
  index: number;
  /** The target's key in the entry (`path` for a field, `slotId` for an attachment slot). */
  targetKey: 'path' | 'slotId';
  targetLabel: string;
  targets: SelectOption[];
  removeLabel: string;
  onRemove: () => void;
  register: UseFormRegister<OverlayFormValues>;
  errorOf: (path: string) => string | undefined;
};

/** A text the municipality adds to something of the standard form: what it goes with, and the text. */
export function TargetedTextItem({
  path,
  index,
  targetKey,
  targetLabel,
  targets,
  removeLabel,
  onRemove,
  register,
  errorOf,
}: TargetedTextItemProps) {
  const M = useOverlayEditorMessages();
  const targetPath = `${path}.${targetKey}`;
  return (
    <RemovableItem index={index} removeLabel={removeLabel} onRemove={onRemove}>
      <Select
        id={domIdOf(targetPath)}
        label={targetLabel}
        options={targets}
        error={errorOf(targetPath)}
        {...register(targetPath as FieldPath<OverlayFormValues>)}
      />
      <LocalizedTextInputs
        name={`${path}.text`}
        labels={{ ja: M.textJa, en: M.textEn, easyJa: M.textEasyJa }}
        register={register}
        errorOf={errorOf}
        isRequired
      />
    </RemovableItem>
  );
}
