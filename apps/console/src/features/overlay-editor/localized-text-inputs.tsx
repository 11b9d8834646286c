import { TextInput } from '@madoguchi/web-ui-kit';
import type { FieldPath, UseFormRegister } from 'react-hook-form';
import { domIdOf } from './dom-id.js';
import type { OverlayFormValues } from './overlay-form-model.js';

type LocalizedTextInputsProps = {
  /** The form path of a `TextValues` (`fields.0.label`). */
  name: string;
  labels: { ja: string; en: string; easyJa: string };
  register: UseFormRegister<OverlayFormValues>;
  errorOf: (path: string) => string | undefined;
  isRequired?: boolean;
  isLong?: boolean;
};

/** The three texts every resident-facing text has: 日本語, English and やさしい日本語. */
export function LocalizedTextInputs({
  name,
  labels,
  register,
  errorOf,
  isRequired,
}: LocalizedTextInputsProps) {
  return (
    <>
      {(['ja', 'en', 'easyJa'] as const).map((language) => {
        const path = `${name}.${language}`;
        return (
          <TextInput
            key={language}
            id={domIdOf(path)}
            label={labels[language]}
            isRequired={isRequired}
            error={errorOf(path)}
            {...register(path as FieldPath<OverlayFormValues>)}
          />
        );
      })}
    </>
  );
}
