import type { ComponentPropsWithRef } from 'react';
import { classNames } from './class-names.js';
import { RubyText } from './furigana.js';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link';

/** The classes of a button, also for a router link that must look like one. */
export function buttonClassName(variant: ButtonVariant = 'primary', className?: string): string {
  return classNames('mdg-button', `mdg-button--${variant}`, className);
}

export type ButtonProps = ComponentPropsWithRef<'button'> & { variant?: ButtonVariant };

/** A button; `type` defaults to "button" so that only the one submit button submits a form. */
export function Button({
  variant = 'primary',
  className,
  type = 'button',
  children,
  ...props
}: ButtonProps) {
  return (
    <button type={type} className={buttonClassName(variant, className)} {...props}>
      <RubyText>{children}</RubyText>
    </button>
  );
}

export type ButtonGroupProps = ComponentPropsWithRef<'div'>;

export function ButtonGroup({ className, ...props }: ButtonGroupProps) {
  return <div className={classNames('mdg-button-group', className)} {...props} />;
}
