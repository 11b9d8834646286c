import type { Dashboard, ProcedureFigures } from '@madoguchi/procedures-contracts';

/** The charts show the busiest procedures by name; the rest share one 「その他」 series. */
const MAX_NAMED_SERIES = 6;
export const OTHER_SERIES = 'other';

export type Series = { key: string; label: string };
/** One day of the applications chart: the date and a count per series key. */
export type DailyRow = { date: string; total: number; counts: Record<string, number> };

/** Every ISO date from `since` to `today`, oldest first. */
export function datesOfPeriod(since: string, today: string): string[] {
  const dates: string[] = [];
  const day = new Date(`${since}T00:00:00Z`);
  const last = new Date(`${today}T00:00:00Z`);
  while (day <= last) {
    dates.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return dates;
}

function titleOf(dashboard: Dashboard, procedureId: string): string {
  return (
    dashboard.procedures.find((item) => item.procedureId === procedureId)?.title ?? procedureId
  );
}

/**
 * Applications per day of the period, zeros included, with the busiest procedures as their own
 * series (most applications first) and the others together.
 */
export function applicationsByDay(
  dashboard: Dashboard,
  otherLabel: string,
): { series: Series[]; rows: DailyRow[]; total: number } {
  const totals = new Map<string, number>();
  for (const item of dashboard.applicationsPerDay) {
    totals.set(item.procedureId, (totals.get(item.procedureId) ?? 0) + item.count);
  }
  const ranked = [...totals.entries()].sort(
    ([firstId, first], [secondId, second]) => second - first || firstId.localeCompare(secondId),
  );
  const hasOther = ranked.length > MAX_NAMED_SERIES;
  const named = ranked.slice(0, hasOther ? MAX_NAMED_SERIES - 1 : MAX_NAMED_SERIES);
  const namedIds = new Set(named.map(([procedureId]) => procedureId));
  const series: Series[] = [
    ...named.map(([procedureId]) => ({ key: procedureId, label: titleOf(dashboard, procedureId) })),
    ...(hasOther ? [{ key: OTHER_SERIES, label: otherLabel }] : []),
  ];
  const rows = datesOfPeriod(dashboard.since, dashboard.today).map((date) => {
    const counts: Record<string, number> = Object.fromEntries(series.map((item) => [item.key, 0]));
    let total = 0;
    for (const item of dashboard.applicationsPerDay) {
      if (item.date !== date) {
        continue;
      }
      const key = namedIds.has(item.procedureId) ? item.procedureId : OTHER_SERIES;
      counts[key] = (counts[key] ?? 0) + item.count;
      total += item.count;
    }
    return { date, total, counts };
  });
  return { series, rows, total: rows.reduce((sum, row) => sum + row.total, 0) };
}

/** Procedures with at least one decision in the period (their median is measured). */
export function decidedProcedures(dashboard: Dashboard): ProcedureFigures[] {
  return dashboard.procedures.filter((item) => item.decidedCount > 0);
}

/** Procedures with at least one overdue application, the most first. */
export function overdueProcedures(dashboard: Dashboard): ProcedureFigures[] {
  return dashboard.procedures
    .filter((item) => item.overdueCount > 0)
    .sort((first, second) => second.overdueCount - first.overdueCount);
}

export type CorrectionRow = ProcedureFigures & { ratePercent: number };

/** Procedures that received applications in the period, with the share that got a 補正依頼. */
export function correctionRates(dashboard: Dashboard): CorrectionRow[] {
  return dashboard.procedures
    .filter((item) => item.receivedCount > 0)
    .map((item) => ({
      ...item,
      ratePercent: Math.round((item.correctedCount / item.receivedCount) * 1000) / 10,
    }));
}
