import { addBusinessDays, isBusinessDay } from './business-days.js';

describe(addBusinessDays.name, () => {
  it.each([
    ['a plain week', '2026-11-16', 5, '2026-11-24'], // 11/23 勤労感謝の日 (Monday) is a holiday
    ['over a weekend', '2026-11-27', 1, '2026-11-30'],
    ['over the year-end closure', '2026-12-25', 3, '2027-01-05'], // 12/28, then closed 12/29–1/3, 1/4, 1/5
    ['over Golden Week', '2026-04-28', 3, '2026-05-07'],
  ])('counts business days %s', (_name, from, days, expected) => {
    expect(addBusinessDays(from, days)).toBe(expected);
  });

  it('treats 元日, weekends and 12/29–1/3 as closed days', () => {
    expect(isBusinessDay('2027-01-01')).toBe(false);
    expect(isBusinessDay('2026-12-29')).toBe(false);
    expect(isBusinessDay('2026-11-28')).toBe(false);
    expect(isBusinessDay('2026-11-25')).toBe(true);
  });
});
