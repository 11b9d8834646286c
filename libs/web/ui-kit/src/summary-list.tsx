import type { ReactNode } from 'react';
import { RubyText } from './furigana.js';

export type SummaryListRow = {
  key: string;
  label: ReactNode;
  value: ReactNode;
  action?: ReactNode;
};

/** Questions and answers as a description list (confirmation pages, application details). */
export function SummaryList({ rows }: { rows: readonly SummaryListRow[] }) {
  return (
    <dl className="mdg-summary-list">
      {rows.map((row) => (
        <div className="mdg-summary-list__row" key={row.key}>
          <dt className="mdg-summary-list__key">
            <RubyText>{row.label}</RubyText>
          </dt>
          {/* The value is the resident's own answer: names must not get guessed readings. */}
          <dd className="mdg-summary-list__value">{row.value}</dd>
          {row.action ? <dd className="mdg-summary-list__action">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
