import type { Dashboard, ProcedureDropOff } from '@madoguchi/procedures-contracts';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartSection } from './chart-section.js';
import { AXIS_COLOR, GRID_COLOR, seriesColor } from './chart-colors.js';
import { formatCount } from './dashboard-messages.js';
import { useDashboardMessages } from './use-dashboard-messages.js';

const TICK = { fill: AXIS_COLOR, fontSize: 12 };
/** Drafts in the first colour, submissions in the third (green: they went through). */
const DRAFTS_COLOR = 0;
const SUBMITTED_COLOR = 2;

/** One line of the numbers table: a step of a procedure, or its submissions. */
export type DropOffRow = { key: string; procedure: string; step: string; count: number };

type Messages = ReturnType<typeof useDashboardMessages>;

type ProcedureDropOffView = {
  procedureId: string;
  title: string;
  /** One bar per step in the form's order, then the submissions. */
  bars: { label: string; drafts?: number; submitted?: number }[];
};

/** The procedure's name from the dashboard's figures (its id if it is not among them). */
function procedureTitle(dashboard: Dashboard, procedureId: string): string {
  return (
    dashboard.procedures.find((item) => item.procedureId === procedureId)?.title ?? procedureId
  );
}

function toView(dashboard: Dashboard, item: ProcedureDropOff, M: Messages): ProcedureDropOffView {
  return {
    procedureId: item.procedureId,
    title: procedureTitle(dashboard, item.procedureId),
    bars: [
      ...item.steps.map((step, index) => ({
        label: M.dropOffStepLabel(index + 1, step.title),
        drafts: step.drafts,
      })),
      { label: M.dropOffSubmittedStep, submitted: item.submitted },
    ],
  };
}

/** The numbers table's rows: each procedure's steps in order, then its submissions. */
export function dropOffRows(dashboard: Dashboard, M: Messages): DropOffRow[] {
  return dashboard.dropOff.flatMap((item) => {
    const procedure = procedureTitle(dashboard, item.procedureId);
    return [
      ...item.steps.map((step, index) => ({
        key: `${item.procedureId}:${step.stepId}`,
        procedure,
        step: M.dropOffStepLabel(index + 1, step.title),
        count: step.drafts,
      })),
      {
        key: `${item.procedureId}:submitted`,
        procedure,
        step: M.dropOffSubmittedStep,
        count: item.submitted,
      },
    ];
  });
}

/** A procedure's steps as horizontal bars, top to bottom in the order a resident fills them. */
function ProcedureDropOffBars({ view, width }: { view: ProcedureDropOffView; width: number }) {
  const M = useDashboardMessages();
  return (
    <div className="mdg-dashboard__drop-off">
      <p className="mdg-dashboard__drop-off-title">{view.title}</p>
      <BarChart
        width={width}
        height={72 + view.bars.length * 28}
        data={view.bars}
        layout="vertical"
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={TICK} stroke={AXIS_COLOR} />
        <YAxis
          type="category"
          dataKey="label"
          tick={TICK}
          stroke={AXIS_COLOR}
          width={Math.min(200, Math.max(96, Math.floor(width * 0.4)))}
        />
        <Tooltip />
        <Legend />
        <Bar
          dataKey="drafts"
          name={M.dropOffDrafts}
          stackId="drop-off"
          fill={seriesColor(DRAFTS_COLOR)}
          isAnimationActive={false}
        />
        <Bar
          dataKey="submitted"
          name={M.dropOffSubmitted}
          stackId="drop-off"
          fill={seriesColor(SUBMITTED_COLOR)}
          isAnimationActive={false}
        />
      </BarChart>
    </div>
  );
}

/**
 * Drop-off per form step (issue #12): for each procedure with a draft or an application in the
 * period, how many drafts stand at each step of its form, and how many applications went
 * through. Counts only: the API never sends a draft, a resident or an answer.
 */
export function DropOffChart({ dashboard }: { dashboard: Dashboard }) {
  const M = useDashboardMessages();
  const views = dashboard.dropOff.map((item) => toView(dashboard, item, M));
  const drafts = dashboard.dropOff.reduce(
    (sum, item) => sum + item.steps.reduce((steps, step) => steps + step.drafts, 0),
    0,
  );
  const submitted = dashboard.dropOff.reduce((sum, item) => sum + item.submitted, 0);
  const columns: TableColumn<DropOffRow>[] = [
    { id: 'procedure', header: M.procedure, isRowHeader: true, cell: (row) => row.procedure },
    { id: 'step', header: M.dropOffStep, cell: (row) => row.step },
    { id: 'count', header: M.dropOffCount, align: 'end', cell: (row) => formatCount(row.count) },
  ];
  return (
    <ChartSection
      id="dashboard-drop-off"
      title={M.dropOffHeading}
      summary={M.dropOffSummary(drafts, submitted)}
      isEmpty={drafts + submitted === 0}
      chart={(width) =>
        views.map((view) => (
          <ProcedureDropOffBars key={view.procedureId} view={view} width={width} />
        ))
      }
      table={{
        caption: M.dropOffCaption,
        columns,
        rows: dropOffRows(dashboard, M),
        rowKey: (row) => row.key,
      }}
    />
  );
}
