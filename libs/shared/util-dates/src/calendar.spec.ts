import {
  addDays,
  addPeriod,
  ageInYears,
  dateOfDayNumber,
  dayNumberAfter,
  dayNumberOf,
  daysBetween,
  isIsoDate,
} from './calendar.js';

describe(addPeriod.name, () => {
  it.each([
    ['2025-01-31', { months: 1 }, '2025-02-28'],
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2024-11-10', { months: 18 }, '2026-05-10'],
    ['1961-05-11', { years: 65, days: -1 }, '2026-05-10'],
    ['2026-07-10', { days: -60 }, '2026-05-11'],
  ])('adds to %s %o → %s', (date, period, expected) => {
    expect(addPeriod(date, period)).toBe(expected);
  });
});

describe(ageInYears.name, () => {
  it('counts a year on the birthday', () => {
    expect(ageInYears('1961-05-11', '2026-05-10')).toBe(64);
    expect(ageInYears('1961-05-11', '2026-05-11')).toBe(65);
  });
});

describe(addDays.name, () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe(daysBetween.name, () => {
  it('is negative when the second date is earlier', () => {
    expect(daysBetween('2026-05-10', '2026-05-17')).toBe(7);
    expect(daysBetween('2026-05-17', '2026-05-10')).toBe(-7);
  });
});

describe(isIsoDate.name, () => {
  it('accepts YYYY-MM-DD only', () => {
    expect(isIsoDate('2026-05-10')).toBe(true);
    expect(isIsoDate('2026/05/10')).toBe(false);
    expect(isIsoDate(20260510)).toBe(false);
  });
});

describe(dayNumberOf.name, () => {
  it.each(['1970-01-01', '1956-02-29', '2024-02-29', '2026-12-31', '2100-03-01'])(
    'round-trips %s',
    (date) => {
      expect(dateOfDayNumber(dayNumberOf(date))).toBe(date);
    },
  );

  it('counts whole days across a leap day, and before 1970', () => {
    expect(dayNumberOf('2024-03-01') - dayNumberOf('2024-02-28')).toBe(2);
    expect(dayNumberOf('1969-12-31')).toBe(-1);
  });

  it('agrees with addPeriod after a period (month ends clamped)', () => {
    expect(dateOfDayNumber(dayNumberAfter('2024-01-31', { months: 1 }))).toBe('2024-02-29');
    expect(dateOfDayNumber(dayNumberAfter('2024-11-10', { months: 18, days: -14 }))).toBe(
      '2026-04-26',
    );
  });
});
