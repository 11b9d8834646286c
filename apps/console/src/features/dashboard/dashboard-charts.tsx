import type { Dashboard, DailyCount, ProcedureFigures } from '@madoguchi/procedures-contracts';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { DailyBarChart, ProcedureBarChart } from './bar-charts.js';
import { ChartSection } from './chart-section.js';
import type { CorrectionRow, DailyRow } from './dashboard-data.js';
import {
  applicationsByDay,
  correctionRates,
  decidedProcedures,
  overdueProcedures,
} from './dashboard-data.js';
import { formatCount, formatShortDate } from './dashboard-messages.js';
import { useDashboardMessages } from './use-dashboard-messages.js';

type Messages = ReturnType<typeof useDashboardMessages>;

/** The first column of a table by day: the date, as the row's header. */
function dateColumn<Row extends { date: string }>(M: Messages): TableColumn<Row> {
  return { id: 'date', header: M.date, isRowHeader: true, cell: (row) => row.date };
}

/** The first column of a table by procedure: its name, as the row's header. */
function procedureColumn<Row extends { title: string }>(M: Messages): TableColumn<Row> {
  return { id: 'title', header: M.procedure, isRowHeader: true, cell: (row) => row.title };
}

/** A right-aligned column of counts. */
function countColumn<Row>(
  id: string,
  header: string,
  count: (row: Row) => number,
): TableColumn<Row> {
  return { id, header, align: 'end', cell: (row) => formatCount(count(row)) };
}

const byProcedure = (row: { procedureId: string }) => row.procedureId;
const byDate = (row: { date: string }) => row.date;

function ApplicationsChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const { series, rows, total } = applicationsByDay(dashboard, M.other);
  const columns: TableColumn<DailyRow>[] = [
    dateColumn(M),
    ...series.map((item) =>
      countColumn<DailyRow>(item.key, item.label, (row) => row.counts[item.key] ?? 0),
    ),
    countColumn('total', M.total, (row) => row.total),
  ];
  const data = rows.map((row) => ({ label: formatShortDate(row.date), ...row.counts }));
  return (
    <ChartSection
      id="dashboard-applications"
      title={M.applicationsHeading}
      summary={M.applicationsSummary(total)}
      isEmpty={total === 0}
      chart={(width) => (
        <DailyBarChart
          width={width}
          data={data}
          bars={series.map((item, index) => ({
            key: item.key,
            name: item.label,
            colorIndex: index,
          }))}
          stackId="applications"
          hasLegend
        />
      )}
      table={{ caption: M.applicationsCaption, columns, rows, rowKey: byDate }}
    />
  );
}

function ProcessingChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const rows = decidedProcedures(dashboard);
  const columns: TableColumn<ProcedureFigures>[] = [
    procedureColumn(M),
    countColumn('decided', M.decidedCount, (row) => row.decidedCount),
    {
      id: 'median',
      header: M.median,
      align: 'end',
      cell: (row) => String(row.medianProcessingDays ?? '—'),
    },
    {
      id: 'standard',
      header: M.standard,
      align: 'end',
      cell: (row) =>
        row.standardProcessingDays === null ? M.notDeclared : String(row.standardProcessingDays),
    },
  ];
  const data = rows.map((row) => ({
    title: row.title,
    median: row.medianProcessingDays,
    standard: row.standardProcessingDays,
  }));
  return (
    <ChartSection
      id="dashboard-processing"
      title={M.processingHeading}
      summary={M.processingSummary}
      isEmpty={rows.length === 0}
      chart={(width) => (
        <ProcedureBarChart
          width={width}
          data={data}
          bars={[
            { key: 'median', name: M.median, colorIndex: 0 },
            { key: 'standard', name: M.standard, colorIndex: 1 },
          ]}
          hasLegend
        />
      )}
      table={{ caption: M.processingCaption, columns, rows, rowKey: byProcedure }}
    />
  );
}

function OverdueChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const rows = overdueProcedures(dashboard);
  const total = rows.reduce((sum, row) => sum + row.overdueCount, 0);
  const columns: TableColumn<ProcedureFigures>[] = [
    procedureColumn(M),
    countColumn('overdue', M.overdueCount, (row) => row.overdueCount),
  ];
  return (
    <ChartSection
      id="dashboard-overdue"
      title={M.overdueHeading}
      summary={M.overdueSummary(total)}
      isEmpty={rows.length === 0}
      chart={(width) => (
        <ProcedureBarChart
          width={width}
          data={rows}
          bars={[{ key: 'overdueCount', name: M.overdueCount, colorIndex: 4 }]}
        />
      )}
      table={{ caption: M.overdueCaption, columns, rows, rowKey: byProcedure }}
    />
  );
}

function CorrectionChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const rows = correctionRates(dashboard);
  const columns: TableColumn<CorrectionRow>[] = [
    procedureColumn(M),
    countColumn('received', M.receivedCount, (row) => row.receivedCount),
    countColumn('corrected', M.correctedCount, (row) => row.correctedCount),
    { id: 'rate', header: M.correctionRate, align: 'end', cell: (row) => String(row.ratePercent) },
  ];
  return (
    <ChartSection
      id="dashboard-corrections"
      title={M.correctionHeading}
      summary={M.correctionSummary}
      isEmpty={rows.length === 0}
      chart={(width) => (
        <ProcedureBarChart
          width={width}
          data={rows}
          bars={[{ key: 'ratePercent', name: M.correctionRate, colorIndex: 2 }]}
          scale="percent"
        />
      )}
      table={{ caption: M.correctionCaption, columns, rows, rowKey: byProcedure }}
    />
  );
}

function FailuresChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const rows = dashboard.deliveryFailuresPerDay;
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const columns: TableColumn<DailyCount>[] = [
    dateColumn(M),
    countColumn('count', M.failureCount, (row) => row.count),
  ];
  const data = rows.map((row) => ({ label: formatShortDate(row.date), count: row.count }));
  return (
    <ChartSection
      id="dashboard-failures"
      title={M.failuresHeading}
      summary={M.failuresSummary(total)}
      isEmpty={total === 0}
      chart={(width) => (
        <DailyBarChart
          width={width}
          data={data}
          bars={[{ key: 'count', name: M.failureCount, colorIndex: 4 }]}
        />
      )}
      table={{ caption: M.failuresCaption, columns, rows, rowKey: byDate }}
    />
  );
}

/** The five charts of 業務の状況, each with its table. */
export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  return (
    <div className="mdg-dashboard__grid">
      <ApplicationsChart dashboard={dashboard} />
      <ProcessingChart dashboard={dashboard} />
      <OverdueChart dashboard={dashboard} />
      <CorrectionChart dashboard={dashboard} />
      <FailuresChart dashboard={dashboard} />
    </div>
  );
}
