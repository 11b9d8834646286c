import type { ProcedureFigures } from '@madoguchi/procedures-contracts';
import { businessDaysBetween } from '@madoguchi/shared-util-dates';

import type { DecisionDaysRow, ProcedureFiguresRow } from './dashboard.repository.js';

type ProcessingFigures = Pick<ProcedureFigures, 'decidedCount' | 'medianProcessingDays'>;

/**
 * Per procedure: how many applications were decided and the median of their processing time in
 * business days (the day of receipt not counted; weekends, national holidays and 12/29–1/3
 * closed), the median of an even count being the mean of the two middle values.
 */
export function processingFigures(
  rows: readonly DecisionDaysRow[],
): Map<string, ProcessingFigures> {
  const byProcedure = new Map<string, { days: number; count: number }[]>();
  const days = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.receivedOn}/${row.decidedOn}`;
    let value = days.get(key);
    if (value === undefined) {
      value = businessDaysBetween(row.receivedOn, row.decidedOn);
      days.set(key, value);
    }
    byProcedure.set(row.procedureId, [
      ...(byProcedure.get(row.procedureId) ?? []),
      { days: value, count: row.count },
    ]);
  }
  const figures = new Map<string, ProcessingFigures>();
  for (const [procedureId, counts] of byProcedure) {
    const decidedCount = counts.reduce((sum, entry) => sum + entry.count, 0);
    figures.set(procedureId, { decidedCount, medianProcessingDays: weightedMedian(counts) });
  }
  return figures;
}

function weightedMedian(counts: readonly { days: number; count: number }[]): number | null {
  const sorted = [...counts].sort((a, b) => a.days - b.days);
  const total = sorted.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) {
    return null;
  }
  const at = (position: number): number => {
    let seen = 0;
    for (const entry of sorted) {
      seen += entry.count;
      if (position < seen) {
        return entry.days;
      }
    }
    return sorted[sorted.length - 1]!.days;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** The figures of every procedure of the municipality, the decided ones with their median. */
export function withProcessingFigures(
  procedures: readonly ProcedureFiguresRow[],
  decisions: readonly DecisionDaysRow[],
): ProcedureFigures[] {
  const figures = processingFigures(decisions);
  return procedures.map((procedure) => ({
    ...procedure,
    ...(figures.get(procedure.procedureId) ?? { decidedCount: 0, medianProcessingDays: null }),
  }));
}
