import type { Dashboard, DailyCount, ProcedureFigures } from '@madoguchi/procedures-contracts';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Table } from '@madoguchi/web-ui-kit';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_COLOR, GRID_COLOR, seriesColor } from './chart-colors.js';
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

const CHART_HEIGHT = 300;
const TICK = { fill: AXIS_COLOR, fontSize: 12 };

/** Height of a horizontal bar chart: room for each procedure's name and bars. */
function heightFor(rows: number, barsPerRow: number): number {
  return 56 + rows * (20 + 16 * barsPerRow);
}

/** The procedure names' column: narrower on a phone, where the bars need the room. */
function labelWidth(width: number): number {
  return Math.min(180, Math.max(96, Math.floor(width * 0.35)));
}

/** A procedure name cut to its column (full names are in the tooltip and the table). */
function fitLabel(width: number): (value: string) => string {
  // 12 px characters, a few pixels for the tick mark.
  const characters = Math.max(4, Math.floor((labelWidth(width) - 8) / TICK.fontSize));
  return (value) => (value.length > characters ? `${value.slice(0, characters - 1)}…` : value);
}

function ApplicationsChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const { series, rows, total } = applicationsByDay(dashboard, M.other);
  const columns: TableColumn<DailyRow>[] = [
    { id: 'date', header: M.date, isRowHeader: true, cell: (row) => row.date },
    ...series.map((item): TableColumn<DailyRow> => ({
      id: item.key,
      header: item.label,
      align: 'end',
      cell: (row) => formatCount(row.counts[item.key] ?? 0),
    })),
    { id: 'total', header: M.total, align: 'end', cell: (row) => formatCount(row.total) },
  ];
  const data = rows.map((row) => ({ label: formatShortDate(row.date), ...row.counts }));
  return (
    <ChartSection
      id="dashboard-applications"
      title={M.applicationsHeading}
      summary={M.applicationsSummary(total)}
      isEmpty={total === 0}
      chart={(width) => (
        <BarChart width={width} height={CHART_HEIGHT} data={data} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis dataKey="label" tick={TICK} stroke={AXIS_COLOR} minTickGap={8} />
          <YAxis allowDecimals={false} tick={TICK} stroke={AXIS_COLOR} width={40} />
          <Tooltip />
          <Legend />
          {series.map((item, index) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.label}
              stackId="applications"
              fill={seriesColor(index)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
      table={
        <Table
          caption={M.applicationsCaption}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.date}
          emptyText={M.noData}
        />
      }
    />
  );
}

function ProcessingChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const rows = decidedProcedures(dashboard);
  const columns: TableColumn<ProcedureFigures>[] = [
    { id: 'title', header: M.procedure, isRowHeader: true, cell: (row) => row.title },
    {
      id: 'decided',
      header: M.decidedCount,
      align: 'end',
      cell: (row) => formatCount(row.decidedCount),
    },
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
        <BarChart
          width={width}
          height={heightFor(rows.length, 2)}
          data={data}
          layout="vertical"
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={TICK} stroke={AXIS_COLOR} />
          <YAxis
            type="category"
            dataKey="title"
            tick={TICK}
            stroke={AXIS_COLOR}
            width={labelWidth(width)}
            tickFormatter={fitLabel(width)}
          />
          <Tooltip />
          <Legend />
          <Bar dataKey="median" name={M.median} fill={seriesColor(0)} isAnimationActive={false} />
          <Bar
            dataKey="standard"
            name={M.standard}
            fill={seriesColor(1)}
            isAnimationActive={false}
          />
        </BarChart>
      )}
      table={
        <Table
          caption={M.processingCaption}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.procedureId}
          emptyText={M.noData}
        />
      }
    />
  );
}

function OverdueChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const rows = overdueProcedures(dashboard);
  const total = rows.reduce((sum, row) => sum + row.overdueCount, 0);
  const columns: TableColumn<ProcedureFigures>[] = [
    { id: 'title', header: M.procedure, isRowHeader: true, cell: (row) => row.title },
    {
      id: 'overdue',
      header: M.overdueCount,
      align: 'end',
      cell: (row) => formatCount(row.overdueCount),
    },
  ];
  return (
    <ChartSection
      id="dashboard-overdue"
      title={M.overdueHeading}
      summary={M.overdueSummary(total)}
      isEmpty={rows.length === 0}
      chart={(width) => (
        <BarChart
          width={width}
          height={heightFor(rows.length, 1)}
          data={rows}
          layout="vertical"
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={TICK} stroke={AXIS_COLOR} />
          <YAxis
            type="category"
            dataKey="title"
            tick={TICK}
            stroke={AXIS_COLOR}
            width={labelWidth(width)}
            tickFormatter={fitLabel(width)}
          />
          <Tooltip />
          <Bar
            dataKey="overdueCount"
            name={M.overdueCount}
            fill={seriesColor(4)}
            isAnimationActive={false}
          />
        </BarChart>
      )}
      table={
        <Table
          caption={M.overdueCaption}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.procedureId}
          emptyText={M.noData}
        />
      }
    />
  );
}

function CorrectionChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const rows = correctionRates(dashboard);
  const columns: TableColumn<CorrectionRow>[] = [
    { id: 'title', header: M.procedure, isRowHeader: true, cell: (row) => row.title },
    {
      id: 'received',
      header: M.receivedCount,
      align: 'end',
      cell: (row) => formatCount(row.receivedCount),
    },
    {
      id: 'corrected',
      header: M.correctedCount,
      align: 'end',
      cell: (row) => formatCount(row.correctedCount),
    },
    { id: 'rate', header: M.correctionRate, align: 'end', cell: (row) => String(row.ratePercent) },
  ];
  return (
    <ChartSection
      id="dashboard-corrections"
      title={M.correctionHeading}
      summary={M.correctionSummary}
      isEmpty={rows.length === 0}
      chart={(width) => (
        <BarChart
          width={width}
          height={heightFor(rows.length, 1)}
          data={rows}
          layout="vertical"
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={TICK} stroke={AXIS_COLOR} />
          <YAxis
            type="category"
            dataKey="title"
            tick={TICK}
            stroke={AXIS_COLOR}
            width={labelWidth(width)}
            tickFormatter={fitLabel(width)}
          />
          <Tooltip />
          <Bar
            dataKey="ratePercent"
            name={M.correctionRate}
            fill={seriesColor(2)}
            isAnimationActive={false}
          />
        </BarChart>
      )}
      table={
        <Table
          caption={M.correctionCaption}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.procedureId}
          emptyText={M.noData}
        />
      }
    />
  );
}

function FailuresChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const rows = dashboard.deliveryFailuresPerDay;
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const columns: TableColumn<DailyCount>[] = [
    { id: 'date', header: M.date, isRowHeader: true, cell: (row) => row.date },
    { id: 'count', header: M.failureCount, align: 'end', cell: (row) => formatCount(row.count) },
  ];
  const data = rows.map((row) => ({ label: formatShortDate(row.date), count: row.count }));
  return (
    <ChartSection
      id="dashboard-failures"
      title={M.failuresHeading}
      summary={M.failuresSummary(total)}
      isEmpty={total === 0}
      chart={(width) => (
        <BarChart width={width} height={CHART_HEIGHT} data={data} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis dataKey="label" tick={TICK} stroke={AXIS_COLOR} minTickGap={8} />
          <YAxis allowDecimals={false} tick={TICK} stroke={AXIS_COLOR} width={40} />
          <Tooltip />
          <Bar
            dataKey="count"
            name={M.failureCount}
            fill={seriesColor(4)}
            isAnimationActive={false}
          />
        </BarChart>
      )}
      table={
        <Table
          caption={M.failuresCaption}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.date}
          emptyText={M.noData}
        />
      }
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
