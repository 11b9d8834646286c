import type { ComponentPropsWithRef, ReactNode } from 'react';
import { classNames } from './class-names.js';
import { FormField, controlAriaProps } from './form-field.js';

export type TextAreaProps = Omit<ComponentPropsWithRef<'textarea'>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean | undefined;
};

export function TextArea({
  id,
  label,
  hint,
  error,
  isRequired,
  className,
  rows = 5,
  ...props
}: TextAreaProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} isRequired={isRequired}>
      <textarea
        id={id}
        rows={rows}
        className={classNames('mdg-textarea', error && 'mdg-input--error', className)}
        aria-required={isRequired ? true : undefined}
        {...controlAriaProps({ id, hint, error })}
        {...props}
      />
    </FormField>
  );
}
