import type { MouseEvent } from 'react';
import { RubyText } from './furigana.js';
import { useUiText } from './ui-text.js';
import { useFocusOnChange } from './use-focus-on-change.js';

export type ErrorSummaryItem = {
  /** The id of the control to move to (for a radio group: its first radio). */
  targetId: string;
  text: string;
};

export type ErrorSummaryProps = {
  items: readonly ErrorSummaryItem[];
  title?: string;
  /** Change it (e.g. a submit counter) to move focus to the summary again. */
  focusKey?: unknown;
  /**
   * Called instead of the default (focus the control) when a link is followed, e.g. to show the
   * step of a multi-step form that holds the control first.
   */
  onItemSelect?: (item: ErrorSummaryItem) => void;
};

/** Moves to a control and scrolls its label into view, as the GOV.UK error summary does. */
export function focusControl(targetId: string): void {
  const control = document.getElementById(targetId);
  if (!control) {
    return;
  }
  control.focus();
  const container = control.closest('fieldset, .mdg-form-field');
  (container ?? control).scrollIntoView?.({ block: 'start' });
}

/**
 * The list of problems at the top of a form after a failed submit (GOV.UK pattern): it takes
 * focus so screen readers announce it, and each item links to its control.
 */
export function ErrorSummary({ items, title, focusKey, onItemSelect }: ErrorSummaryProps) {
  const text = useUiText();
  const ref = useFocusOnChange<HTMLDivElement>(focusKey);
  if (items.length === 0) {
    return null;
  }
  const select = (event: MouseEvent<HTMLAnchorElement>, item: ErrorSummaryItem) => {
    event.preventDefault();
    if (onItemSelect) {
      onItemSelect(item);
      return;
    }
    focusControl(item.targetId);
  };
  return (
    <div
      ref={ref}
      className="mdg-error-summary"
      role="alert"
      aria-labelledby="mdg-error-summary-title"
      tabIndex={-1}
    >
      <h2 id="mdg-error-summary-title" className="mdg-error-summary__title">
        <RubyText>{title ?? text.errorSummaryTitle}</RubyText>
      </h2>
      <ul className="mdg-error-summary__list">
        {items.map((item) => (
          <li key={`${item.targetId}:${item.text}`}>
            <a href={`#${item.targetId}`} onClick={(event) => select(event, item)}>
              <RubyText>{item.text}</RubyText>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
