import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { XAxisProps } from 'recharts';
import { AXIS_COLOR, GRID_COLOR, seriesColor } from './chart-colors.js';

const CHART_HEIGHT = 300;
const TICK = { fill: AXIS_COLOR, fontSize: 12 };

/** One series of bars: the data key, its name in the legend and tooltip, and its colour. */
export type BarSeries = { key: string; name: string; colorIndex: number };

type BarChartProps = {
  width: number;
  data: object[];
  bars: BarSeries[];
  /** Stacks the bars (one bar per row) instead of drawing them side by side. */
  stackId?: string;
  hasLegend?: boolean;
};

function bars(series: BarSeries[], stackId: string | undefined) {
  return series.map((item) => (
    <Bar
      key={item.key}
      dataKey={item.key}
      name={item.name}
      stackId={stackId}
      fill={seriesColor(item.colorIndex)}
      isAnimationActive={false}
    />
  ));
}

/** Vertical bars over the days of the period; each data row has a `label` (the short date). */
export function DailyBarChart({ width, data, bars: series, stackId, hasLegend }: BarChartProps) {
  return (
    <BarChart width={width} height={CHART_HEIGHT} data={data} accessibilityLayer={false}>
      <CartesianGrid stroke={GRID_COLOR} vertical={false} />
      <XAxis dataKey="label" tick={TICK} stroke={AXIS_COLOR} minTickGap={8} />
      <YAxis allowDecimals={false} tick={TICK} stroke={AXIS_COLOR} width={40} />
      <Tooltip />
      {hasLegend && <Legend />}
      {bars(series, stackId)}
    </BarChart>
  );
}

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

type ProcedureBarChartProps = Omit<BarChartProps, 'stackId'> & {
  /** The value axis: counts by default; `percent` runs from 0 to 100 %. */
  scale?: 'count' | 'percent';
};

const VALUE_AXES: Record<NonNullable<ProcedureBarChartProps['scale']>, XAxisProps> = {
  count: { allowDecimals: false },
  percent: { domain: [0, 100], unit: '%' },
};

/** Horizontal bars, one row per procedure; each data row has a `title` (the procedure's name). */
export function ProcedureBarChart({
  width,
  data,
  bars: series,
  hasLegend,
  scale = 'count',
}: ProcedureBarChartProps) {
  return (
    <BarChart
      width={width}
      height={heightFor(data.length, series.length)}
      data={data}
      layout="vertical"
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
      <XAxis type="number" tick={TICK} stroke={AXIS_COLOR} {...VALUE_AXES[scale]} />
      <YAxis
        type="category"
        dataKey="title"
        tick={TICK}
        stroke={AXIS_COLOR}
        width={labelWidth(width)}
        tickFormatter={fitLabel(width)}
      />
      <Tooltip />
      {hasLegend && <Legend />}
      {bars(series, undefined)}
    </BarChart>
  );
}
