import type { ComponentPropsWithRef, ReactNode } from 'react';
import { classNames } from './class-names.js';
import { FormField, controlAriaProps } from './form-field.js';

export type TextInputProps = Omit<ComponentPropsWithRef<'input'>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean | undefined;
  /** A unit printed after the box, e.g. 円. */
  suffix?: ReactNode;
  width?: 'full' | 'medium' | 'short';
};

export function TextInput({
  id,
  label,
  hint,
  error,
  isRequired,
  suffix,
  width = 'full',
  className,
  type = 'text',
  ...inputProps
}: TextInputProps) {
  const input = (
    <input
      id={id}
      type={type}
      className={classNames(
        'mdg-input',
        `mdg-input--${width}`,
        error && 'mdg-input--error',
        className,
      )}
      aria-required={isRequired ? true : undefined}
      {...controlAriaProps({ id, hint, error })}
      {...inputProps}
    />
  );
  return (
    <FormField id={id} label={label} hint={hint} error={error} isRequired={isRequired}>
      {suffix ? (
        <div className="mdg-input-with-suffix">
          {input}
          <span className="mdg-input-suffix">{suffix}</span>
        </div>
      ) : (
        input
      )}
    </FormField>
  );
}
