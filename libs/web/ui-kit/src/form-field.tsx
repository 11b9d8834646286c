import type { ReactNode } from 'react';
import { classNames } from './class-names.js';
import { RubyText } from './furigana.js';
import { useUiText } from './ui-text.js';

export type FieldDescriptionProps = {
  /** The id of the control; the hint and error get `${id}-hint` and `${id}-error`. */
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
};

/** The `aria-describedby` value linking a control to its hint and error message. */
export function describedByIds({ id, hint, error }: FieldDescriptionProps): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The ARIA attributes of a control with a hint and an error. */
export function controlAriaProps(props: FieldDescriptionProps) {
  return {
    'aria-describedby': describedByIds(props),
    'aria-invalid': props.error ? (true as const) : undefined,
  };
}

export type FormMessageProps = { id: string; kind: 'hint' | 'error'; children: ReactNode };

/** A hint or an error message under a label. Errors start with a hidden "エラー：" so they are not told by colour alone. */
export function FormMessage({ id, kind, children }: FormMessageProps) {
  const text = useUiText();
  if (kind === 'hint') {
    return (
      <div id={id} className="mdg-hint">
        <RubyText>{children}</RubyText>
      </div>
    );
  }
  return (
    <p id={id} className="mdg-error-message">
      <span className="mdg-visually-hidden">{text.errorPrefix}</span>
      <RubyText>{children}</RubyText>
    </p>
  );
}

export function RequiredMark({ isRequired }: { isRequired: boolean | undefined }) {
  const text = useUiText();
  return isRequired ? (
    <span className="mdg-required">
      <RubyText>{text.requiredMark}</RubyText>
    </span>
  ) : null;
}

export type FormFieldProps = FieldDescriptionProps & {
  label: ReactNode;
  isRequired?: boolean | undefined;
  children: ReactNode;
  className?: string;
};

/**
 * A label, its hint and its error above one control. The control must carry `id` and the
 * attributes of `controlAriaProps` (the input components of this kit do it themselves).
 */
export function FormField({
  id,
  label,
  hint,
  error,
  isRequired,
  children,
  className,
}: FormFieldProps) {
  return (
    <div className={classNames('mdg-form-field', error && 'mdg-form-field--error', className)}>
      <label htmlFor={id} className="mdg-label">
        <RubyText>{label}</RubyText>
        <RequiredMark isRequired={isRequired} />
      </label>
      {hint ? (
        <FormMessage id={`${id}-hint`} kind="hint">
          {hint}
        </FormMessage>
      ) : null}
      {error ? (
        <FormMessage id={`${id}-error`} kind="error">
          {error}
        </FormMessage>
      ) : null}
      {children}
    </div>
  );
}

export type FieldsetProps = FieldDescriptionProps & {
  legend: ReactNode;
  isRequired?: boolean | undefined;
  /** Bigger legend for a whole section (a group of fields) rather than one question. */
  isSection?: boolean;
  children: ReactNode;
  className?: string;
};

/**
 * A `<fieldset>` with its `<legend>`, hint and error: for radios, checkboxes and compound answers.
 * The fieldset itself gets the id `${id}-fieldset`, so that `id` stays free for the first control.
 */
export function Fieldset({
  id,
  legend,
  hint,
  error,
  isRequired,
  isSection,
  children,
  className,
}: FieldsetProps) {
  return (
    <fieldset
      id={`${id}-fieldset`}
      className={classNames(
        'mdg-fieldset',
        isSection && 'mdg-fieldset--section',
        error && 'mdg-form-field--error',
        className,
      )}
      aria-describedby={describedByIds({ id, hint, error })}
    >
      <legend className="mdg-legend">
        <RubyText>{legend}</RubyText>
        <RequiredMark isRequired={isRequired} />
      </legend>
      {hint ? (
        <FormMessage id={`${id}-hint`} kind="hint">
          {hint}
        </FormMessage>
      ) : null}
      {error ? (
        <FormMessage id={`${id}-error`} kind="error">
          {error}
        </FormMessage>
      ) : null}
      {children}
    </fieldset>
  );
}
