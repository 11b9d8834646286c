import type { TableProps } from '@madoguchi/web-ui-kit';
import { Table } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { useChartWidth } from './use-chart-width.js';
import { useDashboardMessages } from './use-dashboard-messages.js';

export type ChartSectionProps<Row> = {
  id: string;
  title: string;
  /** One sentence with the chart's main figure, read before the chart. */
  summary: string;
  isEmpty: boolean;
  /** Draws the chart at the width of the section. */
  chart: (width: number) => ReactNode;
  /** The same numbers as a table: the chart's text alternative. */
  table: Omit<TableProps<Row>, 'emptyText'>;
};

/**
 * One chart of 業務の状況: its heading and summary, the chart as one image for assistive
 * technology (named by the heading), and the same numbers in a table under a disclosure.
 */
export function ChartSection<Row>({
  id,
  title,
  summary,
  isEmpty,
  chart,
  table,
}: ChartSectionProps<Row>) {
  const messages = useDashboardMessages();
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mdg-dashboard__section">
      <h2 id={headingId}>{title}</h2>
      <p id={`${id}-summary`}>{summary}</p>
      {isEmpty ? (
        <p>{messages.noData}</p>
      ) : (
        <>
          <div
            ref={ref}
            className="mdg-dashboard__chart"
            role="img"
            aria-labelledby={headingId}
            aria-describedby={`${id}-summary ${id}-alternative`}
          >
            {chart(width)}
          </div>
          <p id={`${id}-alternative`} className="mdg-visually-hidden">
            {messages.chartAlternative}
          </p>
          <details className="mdg-dashboard__table">
            <summary>{messages.showTable}</summary>
            <Table {...table} emptyText={messages.noData} />
          </details>
        </>
      )}
    </section>
  );
}
