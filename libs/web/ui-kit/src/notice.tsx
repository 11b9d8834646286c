import type { ReactNode } from 'react';
import { classNames } from './class-names.js';
import { RubyText } from './furigana.js';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export type NoticeProps = {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  /** `status` is announced politely (success, info); `alert` interrupts (errors). */
  role?: 'status' | 'alert' | 'none';
  className?: string;
};

const DEFAULT_ROLE: Record<NoticeTone, 'status' | 'alert' | 'none'> = {
  info: 'none',
  success: 'status',
  warning: 'none',
  error: 'alert',
};

/** A highlighted message: a success (role=status), an error (role=alert), or guidance. */
export function Notice({ tone = 'info', title, children, role, className }: NoticeProps) {
  const resolvedRole = role ?? DEFAULT_ROLE[tone];
  return (
    <div
      className={classNames('mdg-notice', `mdg-notice--${tone}`, className)}
      role={resolvedRole === 'none' ? undefined : resolvedRole}
    >
      {title ? (
        <p className="mdg-notice__title">
          <RubyText>{title}</RubyText>
        </p>
      ) : null}
      {children ? (
        <div className="mdg-notice__body">
          <RubyText>{children}</RubyText>
        </div>
      ) : null}
    </div>
  );
}
