import type { ComponentPropsWithRef, ReactNode, Ref } from 'react';
import { classNames } from './class-names.js';
import { Fieldset, FormMessage, RequiredMark, describedByIds } from './form-field.js';
import { RubyText } from './furigana.js';

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode };

type ChoiceGroupBaseProps = {
  /** Id of the first control; the others get `${id}-1`, `${id}-2`, … */
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly ChoiceOption[];
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean | undefined;
  isDisabled?: boolean;
  /** Lay short options (はい / いいえ) side by side. */
  isInline?: boolean;
  onBlur?: () => void;
  /** Ref of the first control, so a form library can move focus to it. */
  inputRef?: Ref<HTMLInputElement>;
};

function optionId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index}`;
}

export type RadioGroupProps = ChoiceGroupBaseProps & {
  value: string | undefined;
  onChange: (value: string) => void;
};

/** One answer out of a few, as `<fieldset><legend>` and radio buttons. */
export function RadioGroup({
  id,
  name,
  legend,
  options,
  hint,
  error,
  isRequired,
  isDisabled,
  isInline,
  value,
  onChange,
  onBlur,
  inputRef,
}: RadioGroupProps) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} isRequired={isRequired}>
      <div className={classNames('mdg-choices', isInline && 'mdg-choices--inline')}>
        {options.map((option, index) => {
          const controlId = optionId(id, index);
          return (
            <div className="mdg-choice" key={option.value}>
              <input
                id={controlId}
                ref={index === 0 ? inputRef : undefined}
                className="mdg-choice__input"
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                disabled={isDisabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? `${controlId}-item-hint` : undefined}
                onChange={() => onChange(option.value)}
                onBlur={onBlur}
              />
              <label className="mdg-choice__label" htmlFor={controlId}>
                <RubyText>{option.label}</RubyText>
              </label>
              {option.hint ? (
                <FormMessage id={`${controlId}-item-hint`} kind="hint">
                  {option.hint}
                </FormMessage>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

export type CheckboxGroupProps = ChoiceGroupBaseProps & {
  value: readonly string[];
  onChange: (value: string[]) => void;
};

/** Any number of answers out of a list, as `<fieldset><legend>` and checkboxes. */
export function CheckboxGroup({
  id,
  name,
  legend,
  options,
  hint,
  error,
  isRequired,
  isDisabled,
  isInline,
  value,
  onChange,
  onBlur,
  inputRef,
}: CheckboxGroupProps) {
  const toggle = (optionValue: string, isChecked: boolean) => {
    const next = isChecked ? [...value, optionValue] : value.filter((item) => item !== optionValue);
    // Keep the order of the options, whatever order they were ticked in.
    onChange(options.map((option) => option.value).filter((item) => next.includes(item)));
  };
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} isRequired={isRequired}>
      <div className={classNames('mdg-choices', isInline && 'mdg-choices--inline')}>
        {options.map((option, index) => {
          const controlId = optionId(id, index);
          return (
            <div className="mdg-choice mdg-choice--checkbox" key={option.value}>
              <input
                id={controlId}
                ref={index === 0 ? inputRef : undefined}
                className="mdg-choice__input"
                type="checkbox"
                name={name}
                value={option.value}
                checked={value.includes(option.value)}
                disabled={isDisabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? `${controlId}-item-hint` : undefined}
                onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                onBlur={onBlur}
              />
              <label className="mdg-choice__label" htmlFor={controlId}>
                <RubyText>{option.label}</RubyText>
              </label>
              {option.hint ? (
                <FormMessage id={`${controlId}-item-hint`} kind="hint">
                  {option.hint}
                </FormMessage>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

export type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean | undefined;
};

/** One checkbox on its own, e.g. "上記の内容に同意します". */
export function Checkbox({
  id,
  label,
  hint,
  error,
  isRequired,
  className,
  ...props
}: CheckboxProps) {
  return (
    <div className={classNames('mdg-form-field', error && 'mdg-form-field--error', className)}>
      {error ? (
        <FormMessage id={`${id}-error`} kind="error">
          {error}
        </FormMessage>
      ) : null}
      <div className="mdg-choice mdg-choice--checkbox">
        <input
          id={id}
          type="checkbox"
          className="mdg-choice__input"
          aria-invalid={error ? true : undefined}
          aria-required={isRequired ? true : undefined}
          aria-describedby={describedByIds({ id, hint, error })}
          {...props}
        />
        <label className="mdg-choice__label" htmlFor={id}>
          {label}
          <RequiredMark isRequired={isRequired} />
        </label>
        {hint ? (
          <FormMessage id={`${id}-hint`} kind="hint">
            {hint}
          </FormMessage>
        ) : null}
      </div>
    </div>
  );
}
