import { addBusinessDays, businessDaysBetween, isBusinessDay } from './business-days.js';

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

describe(businessDaysBetween.name, () => {
  it.each([
    ['the same day', '2026-11-24', '2026-11-24', 0],
    ['a day before', '2026-11-25', '2026-11-24', 0],
    ['over 勤労感謝の日', '2026-11-20', '2026-11-24', 1], // 11/23 is a Monday holiday
    ['over the year-end closure', '2026-12-25', '2027-01-05', 3],
    ['over Golden Week', '2026-04-28', '2026-05-07', 3],
  ])('counts %s', (_name, from, to, expected) => {
    expect(businessDaysBetween(from, to)).toBe(expected);
  });

  it('undoes addBusinessDays', () => {
    for (const days of [1, 5, 14, 30, 60]) {
      expect(businessDaysBetween('2026-12-01', addBusinessDays('2026-12-01', days))).toBe(days);
    }
  });
});
