import { buildDashboard } from './dashboard-testing.js';
import {
  OTHER_SERIES,
  applicationsByDay,
  correctionRates,
  datesOfPeriod,
  overdueProcedures,
} from './dashboard-data.js';

describe('dashboard data', () => {
  it('lists every day of the period, across a month end', () => {
    // Act
    const dates = datesOfPeriod('2026-11-29', '2026-12-02');

    // Assert
    expect(dates).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('puts zeros on the days without applications and sums each day', () => {
    // Arrange
    const dashboard = buildDashboard();

    // Act
    const { series, rows, total } = applicationsByDay(dashboard, 'その他');

    // Assert
    expect(rows).toHaveLength(30);
    expect(series.map((item) => item.key)).toEqual(['pregnancy-notification', 'child-allowance']);
    expect(rows.find((row) => row.date === '2026-12-01')).toEqual({
      date: '2026-12-01',
      total: 5,
      counts: { 'pregnancy-notification': 3, 'child-allowance': 2 },
    });
    expect(rows.find((row) => row.date === '2026-11-20')?.total).toBe(0);
    expect(total).toBe(8);
  });

  it('gathers the procedures after the fifth busiest into one other series', () => {
    // Arrange
    const dashboard = buildDashboard({
      applicationsPerDay: Array.from({ length: 8 }, (_, index) => ({
        date: '2026-12-01',
        procedureId: `procedure-${index}`,
        count: 10 - index,
      })),
    });

    // Act
    const { series, rows } = applicationsByDay(dashboard, 'その他');

    // Assert
    expect(series).toHaveLength(6);
    expect(series.at(-1)).toEqual({ key: OTHER_SERIES, label: 'その他' });
    expect(rows.find((row) => row.date === '2026-12-01')?.counts[OTHER_SERIES]).toBe(3 + 4 + 5);
  });

  it('gives the correction rate to one decimal and orders overdue procedures by count', () => {
    // Arrange
    const dashboard = buildDashboard();

    // Act
    const rates = correctionRates(dashboard);
    const overdue = overdueProcedures(dashboard);

    // Assert
    expect(rates.map((row) => [row.procedureId, row.ratePercent])).toEqual([
      ['child-allowance', 0],
      ['pregnancy-notification', 33.3],
    ]);
    expect(overdue.map((row) => row.procedureId)).toEqual([
      'pregnancy-notification',
      'child-allowance',
    ]);
  });
});
