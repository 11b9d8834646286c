import { processingFigures, withProcessingFigures } from './processing-days.js';

const row = (procedureId: string, receivedOn: string, decidedOn: string, count = 1) => ({
  procedureId,
  receivedOn,
  decidedOn,
  count,
});

describe(processingFigures.name, () => {
  it('counts business days, a national holiday and the year-end closure not among them', () => {
    const figures = processingFigures([
      row('a', '2026-11-20', '2026-11-24'), // 11/23 勤労感謝の日: 1 business day
      row('b', '2026-12-25', '2027-01-05'), // 12/28, 1/4, 1/5
    ]);
    expect(figures.get('a')).toEqual({ decidedCount: 1, medianProcessingDays: 1 });
    expect(figures.get('b')).toEqual({ decidedCount: 1, medianProcessingDays: 3 });
  });

  it('weighs each day pair by its count, an even count taking the mean of the middle two', () => {
    const figures = processingFigures([
      row('a', '2026-12-01', '2026-12-02', 3), // 1 day ×3
      row('a', '2026-12-01', '2026-12-08', 1), // 5 days
      row('c', '2026-12-01', '2026-12-02', 2), // 1 day ×2
      row('c', '2026-12-01', '2026-12-04', 1), // 3 days
      row('c', '2026-12-01', '2026-12-08', 1), // 5 days
    ]);
    expect(figures.get('a')).toEqual({ decidedCount: 4, medianProcessingDays: 1 });
    expect(figures.get('c')).toEqual({ decidedCount: 4, medianProcessingDays: 2 });
  });

  it('gives a procedure without decisions no median', () => {
    const [figures] = withProcessingFigures(
      [
        {
          procedureId: 'none',
          title: '',
          standardProcessingDays: 10,
          overdueCount: 0,
          receivedCount: 0,
          correctedCount: 0,
        },
      ],
      [row('other', '2026-12-01', '2026-12-02')],
    );
    expect(figures).toMatchObject({ decidedCount: 0, medianProcessingDays: null });
  });
});
