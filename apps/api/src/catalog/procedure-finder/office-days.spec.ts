import { toNextOpenDay } from './office-days.js';

describe(toNextOpenDay.name, () => {
  it.each([
    ['2026-01-14', '2026-01-14', 'an open Wednesday stays'],
    ['2026-01-17', '2026-01-19', 'a Saturday moves to Monday'],
    ['2026-01-12', '2026-01-13', '成人の日 moves to the next day'],
    ['2025-12-29', '2026-01-05', 'the year-end closure moves past 1/3 and the weekend'],
    ['2026-05-03', '2026-05-07', 'Golden Week moves past 振替休日'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(toNextOpenDay(date)).toBe(expected);
  });
});
