import type { ComponentPropsWithRef, ReactNode } from 'react';
import { classNames } from './class-names.js';
import { FormField, controlAriaProps } from './form-field.js';
import { useUiText } from './ui-text.js';

export type SelectOption = { value: string; label: string };
/** Options shown under a heading (`<optgroup>`), after the ungrouped ones. */
export type SelectOptionGroup = { label: string; options: readonly SelectOption[] };

export type SelectProps = Omit<ComponentPropsWithRef<'select'>, 'id' | 'children'> & {
  id: string;
  label: ReactNode;
  options: readonly SelectOption[];
  groups?: readonly SelectOptionGroup[];
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean | undefined;
  /** Text of the empty first option; defaults to "選択してください". */
  placeholder?: string;
};

export function Select({
  id,
  label,
  options,
  groups = [],
  hint,
  error,
  isRequired,
  placeholder,
  className,
  ...props
}: SelectProps) {
  const text = useUiText();
  return (
    <FormField id={id} label={label} hint={hint} error={error} isRequired={isRequired}>
      <select
        id={id}
        className={classNames('mdg-select', error && 'mdg-input--error', className)}
        aria-required={isRequired ? true : undefined}
        {...controlAriaProps({ id, hint, error })}
        {...props}
      >
        <option value="">{placeholder ?? text.selectPlaceholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FormField>
  );
}
