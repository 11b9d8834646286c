import type { FieldDefinition } from '@madoguchi/forms-schema';
import { DateInput, TextArea, TextInput } from '@madoguchi/web-ui-kit';
import type { ComponentPropsWithoutRef } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FormAnswers } from '../engine-resolver.js';
import type { ItemScope } from '../renderer-context.js';
import { localize, useRenderer } from '../renderer-context.js';
import { useLeafProps } from './leaf-props.js';

type TextLikeType =
  'text' | 'email' | 'phone' | 'myNumber' | 'careInsuredNumber' | 'number' | 'yen';

type InputSettings = Pick<
  ComponentPropsWithoutRef<'input'>,
  'type' | 'inputMode' | 'autoComplete' | 'spellCheck' | 'autoCapitalize'
> & { width: 'full' | 'medium' | 'short' };

/** How each one-line type is typed on a phone: keyboard, autofill, width. */
const INPUT_SETTINGS: Record<TextLikeType, InputSettings> = {
  text: { type: 'text', width: 'full' },
  email: {
    type: 'email',
    inputMode: 'email',
    autoComplete: 'email',
    spellCheck: false,
    autoCapitalize: 'off',
    width: 'full',
  },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel', width: 'medium' },
  // 個人番号: numeric keypad, never remembered by the browser's autofill.
  myNumber: {
    type: 'text',
    inputMode: 'numeric',
    autoComplete: 'off',
    spellCheck: false,
    width: 'medium',
  },
  careInsuredNumber: {
    type: 'text',
    inputMode: 'numeric',
    autoComplete: 'off',
    spellCheck: false,
    width: 'medium',
  },
  // Text, not type=number: the engine accepts full-width digits and commas ("１，０００").
  number: { type: 'text', inputMode: 'decimal', width: 'short' },
  yen: { type: 'text', inputMode: 'numeric', width: 'medium' },
};

type TextFieldProps = {
  field: FieldDefinition & { type: TextLikeType };
  path: string;
  scope: ItemScope | undefined;
};

export function TextField({ field, path, scope }: TextFieldProps) {
  const renderer = useRenderer();
  const leaf = useLeafProps(field, path, scope);
  const { register } = useFormContext<FormAnswers>();
  const { width, ...settings } = INPUT_SETTINGS[field.type];
  const placeholder = field.placeholder ? localize(field.placeholder, renderer.locale) : undefined;
  return (
    <TextInput
      {...leaf}
      {...settings}
      width={width}
      autoComplete={field.autocomplete ?? settings.autoComplete}
      placeholder={placeholder}
      suffix={field.type === 'yen' ? renderer.messages.yenSuffix : undefined}
      {...register(path)}
    />
  );
}

export function LongTextField({
  field,
  path,
  scope,
}: {
  field: FieldDefinition;
  path: string;
  scope: ItemScope | undefined;
}) {
  const leaf = useLeafProps(field, path, scope);
  const { register } = useFormContext<FormAnswers>();
  return <TextArea {...leaf} autoComplete={field.autocomplete} {...register(path)} />;
}

export function DateField({
  field,
  path,
  scope,
}: {
  field: FieldDefinition;
  path: string;
  scope: ItemScope | undefined;
}) {
  const leaf = useLeafProps(field, path, scope);
  const { register } = useFormContext<FormAnswers>();
  return <DateInput {...leaf} autoComplete={field.autocomplete ?? 'off'} {...register(path)} />;
}
