import type { FieldDefinition } from '@madoguchi/forms-schema';
import type { SummaryListRow } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { SummaryList } from '@madoguchi/web-ui-kit';
import { joinPath } from '../field-paths.js';
import { localize, useRenderer } from '../renderer-context.js';
import { formatAnswer } from './format-answer.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

type AnswerSummaryProps = {
  fields: readonly FieldDefinition[];
  values: Record<string, unknown>;
  path: string;
  /** Heading level of the groups here; nested groups go one level deeper (at most h6). */
  level: HeadingLevel;
};

/** The normalised answers of some fields as questions and answers, groups as nested lists. */
export function AnswerSummary({ fields, values, path, level }: AnswerSummaryProps) {
  const renderer = useRenderer();
  const { locale, messages } = renderer;
  const Heading = `h${level}` as const;
  const nestedLevel = Math.min(level + 1, 6) as HeadingLevel;
  const blocks: ReactNode[] = [];
  let rows: SummaryListRow[] = [];
  const flushRows = () => {
    if (rows.length > 0) {
      blocks.push(<SummaryList key={`rows-${blocks.length}`} rows={rows} />);
      rows = [];
    }
  };
  for (const field of fields) {
    const fieldPath = joinPath(path, field.id);
    const value = values[field.id];
    if (value === undefined && field.visibleWhen !== undefined) {
      // Hidden for these answers: the engine removed it.
      continue;
    }
    if (field.type === 'group') {
      flushRows();
      const label = localize(field.label, locale);
      if (field.repeat) {
        const itemLabel = localize(field.repeat.itemLabel, locale);
        const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
        blocks.push(
          <div key={fieldPath} className="mdg-answer-group">
            <Heading>{label}</Heading>
            {items.length === 0 ? <p>{messages.noItems}</p> : null}
            {items.map((item, index) => (
              <div key={joinPath(fieldPath, index)} className="mdg-answer-group__item">
                <p className="mdg-answer-group__item-title">
                  {messages.itemLegend(itemLabel, index + 1)}
                </p>
                <AnswerSummary
                  fields={field.fields}
                  values={item}
                  path={joinPath(fieldPath, index)}
                  level={nestedLevel}
                />
              </div>
            ))}
          </div>,
        );
      } else {
        blocks.push(
          <div key={fieldPath} className="mdg-answer-group">
            <Heading>{label}</Heading>
            <AnswerSummary
              fields={field.fields}
              values={
                typeof value === 'object' && value !== null
                  ? (value as Record<string, unknown>)
                  : {}
              }
              path={fieldPath}
              level={nestedLevel}
            />
          </div>,
        );
      }
      continue;
    }
    rows.push({
      key: fieldPath,
      label: localize(field.label, locale),
      value: formatAnswer(renderer, field, value),
    });
  }
  flushRows();
  return <>{blocks}</>;
}
