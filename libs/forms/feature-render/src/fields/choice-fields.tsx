import type { FieldDefinition } from '@madoguchi/forms-schema';
import { Checkbox, CheckboxGroup, RadioGroup, Select } from '@madoguchi/web-ui-kit';
import { useController, useFormContext } from 'react-hook-form';
import type { FormAnswers } from '../engine-resolver.js';
import type { ItemScope } from '../renderer-context.js';
import { localize, useRenderer } from '../renderer-context.js';
import { resolveOptions, useLeafProps } from './leaf-props.js';

type ChoiceFieldProps = { field: FieldDefinition; path: string; scope: ItemScope | undefined };

/** Radio buttons for a few options; a select for a long list (続柄, 都道府県). */
export function RadioField({ field, path, scope }: ChoiceFieldProps) {
  const renderer = useRenderer();
  const leaf = useLeafProps(field, path, scope);
  const { field: control } = useController<FormAnswers>({ name: path });
  const options = resolveOptions(renderer, field).map((option) => ({
    value: option.value,
    label: localize(option.label, renderer.locale),
  }));
  return (
    <RadioGroup
      id={leaf.id}
      name={path}
      legend={leaf.label}
      hint={leaf.hint}
      error={leaf.error}
      isRequired={leaf.isRequired}
      isDisabled={renderer.isDisabled}
      options={options}
      value={typeof control.value === 'string' ? control.value : undefined}
      onChange={control.onChange}
      onBlur={control.onBlur}
      inputRef={control.ref}
    />
  );
}

export function SelectField({ field, path, scope }: ChoiceFieldProps) {
  const renderer = useRenderer();
  const leaf = useLeafProps(field, path, scope);
  const { register } = useFormContext<FormAnswers>();
  const options = resolveOptions(renderer, field).map((option) => ({
    value: option.value,
    label: localize(option.label, renderer.locale),
  }));
  return (
    <Select
      id={leaf.id}
      label={leaf.label}
      hint={leaf.hint}
      error={leaf.error}
      isRequired={leaf.isRequired}
      options={options}
      {...register(path)}
    />
  );
}

export function CheckboxesField({ field, path, scope }: ChoiceFieldProps) {
  const renderer = useRenderer();
  const leaf = useLeafProps(field, path, scope);
  const { field: control } = useController<FormAnswers>({ name: path });
  const options = resolveOptions(renderer, field).map((option) => ({
    value: option.value,
    label: localize(option.label, renderer.locale),
  }));
  const value = Array.isArray(control.value)
    ? control.value.filter((item) => typeof item === 'string')
    : [];
  return (
    <CheckboxGroup
      id={leaf.id}
      name={path}
      legend={leaf.label}
      hint={leaf.hint}
      error={leaf.error}
      isRequired={leaf.isRequired}
      isDisabled={renderer.isDisabled}
      options={options}
      value={value}
      onChange={control.onChange}
      onBlur={control.onBlur}
      inputRef={control.ref}
    />
  );
}

/** はい / いいえ as two radios; the answer is a boolean. */
export function YesNoField({ field, path, scope }: ChoiceFieldProps) {
  const renderer = useRenderer();
  const leaf = useLeafProps(field, path, scope);
  const { field: control } = useController<FormAnswers>({ name: path });
  const value = control.value === true ? 'yes' : control.value === false ? 'no' : undefined;
  return (
    <RadioGroup
      id={leaf.id}
      name={path}
      legend={leaf.label}
      hint={leaf.hint}
      error={leaf.error}
      isRequired={leaf.isRequired}
      isDisabled={renderer.isDisabled}
      isInline
      options={[
        { value: 'yes', label: renderer.messages.yes },
        { value: 'no', label: renderer.messages.no },
      ]}
      value={value}
      onChange={(next) => control.onChange(next === 'yes')}
      onBlur={control.onBlur}
      inputRef={control.ref}
    />
  );
}

/** One checkbox; the answer is a boolean (a required consent must be ticked). */
export function ConsentField({ field, path, scope }: ChoiceFieldProps) {
  const renderer = useRenderer();
  const leaf = useLeafProps(field, path, scope);
  const { field: control } = useController<FormAnswers>({ name: path });
  return (
    <Checkbox
      id={leaf.id}
      name={path}
      label={leaf.label}
      hint={leaf.hint}
      error={leaf.error}
      isRequired={leaf.isRequired}
      disabled={renderer.isDisabled}
      checked={control.value === true}
      onChange={(event) => control.onChange(event.currentTarget.checked)}
      onBlur={control.onBlur}
      ref={control.ref}
    />
  );
}
