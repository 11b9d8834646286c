import { classNames } from './class-names.js';

export type StatusTone = 'neutral' | 'info' | 'progress' | 'warning' | 'success' | 'danger';

export type StatusTagProps = { label: string; tone?: StatusTone; className?: string };

/** A status as words on a tinted background: the colour only repeats what the text says. */
export function StatusTag({ label, tone = 'neutral', className }: StatusTagProps) {
  return <strong className={classNames('mdg-tag', `mdg-tag--${tone}`, className)}>{label}</strong>;
}
