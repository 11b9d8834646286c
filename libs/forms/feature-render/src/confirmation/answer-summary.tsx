import type { AnswerNode, FieldDefinition } from '@madoguchi/forms-schema';
import { buildAnswerNodes } from '@madoguchi/forms-schema';
import type { SummaryListRow } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { SummaryList } from '@madoguchi/web-ui-kit';
import { useRenderer } from '../renderer-context.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

type AnswerNodesProps = {
  nodes: readonly AnswerNode[];
  /** Heading level of the groups here; nested groups go one level deeper (at most h6). */
  level: HeadingLevel;
};

/** Answer rows of `libs/forms/schema` as questions and answers, groups as nested lists. */
export function AnswerNodes({ nodes, level }: AnswerNodesProps) {
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
  for (const node of nodes) {
    switch (node.kind) {
      case 'answer':
        rows.push({ key: node.path, label: node.label, value: node.text });
        break;
      case 'group':
        flushRows();
        blocks.push(
          <div key={node.path} className="mdg-answer-group">
            <Heading>{node.label}</Heading>
            <AnswerNodes nodes={node.nodes} level={nestedLevel} />
          </div>,
        );
        break;
      case 'repeat':
        flushRows();
        blocks.push(
          <div key={node.path} className="mdg-answer-group">
            <Heading>{node.label}</Heading>
            {node.items.length === 0 ? <p>{node.emptyText}</p> : null}
            {node.items.map((item) => (
              <div key={item.path} className="mdg-answer-group__item">
                <p className="mdg-answer-group__item-title">{item.title}</p>
                <AnswerNodes nodes={item.nodes} level={nestedLevel} />
              </div>
            ))}
          </div>,
        );
        break;
      default: {
        const unexpected: never = node;
        throw new Error(`Unknown answer node ${JSON.stringify(unexpected)}`);
      }
    }
  }
  flushRows();
  return <>{blocks}</>;
}

type AnswerSummaryProps = {
  fields: readonly FieldDefinition[];
  values: Record<string, unknown>;
  path: string;
  /** Heading level of the groups here; nested groups go one level deeper (at most h6). */
  level: HeadingLevel;
};

/**
 * The normalised answers of some fields as questions and answers (the confirmation page): the
 * shared answer rows, worded with the renderer's messages and the names of the files attached.
 */
export function AnswerSummary({ fields, values, path, level }: AnswerSummaryProps) {
  const renderer = useRenderer();
  const nodes = buildAnswerNodes(renderer.definition, fields, values, path, {
    locale: renderer.locale,
    texts: renderer.messages,
    attachmentName: (id) => renderer.attachmentNames.get(id),
  });
  return <AnswerNodes nodes={nodes} level={level} />;
}
