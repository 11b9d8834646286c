import {
  isRelativeDate,
  resolveDateBound,
  resolveRelativeDate,
  resolveSampleDates,
} from './relative-date.js';

describe(resolveRelativeDate.name, () => {
  it.each([
    ['today', '2026-12-03', '2026-12-03'],
    ['today+P10M', '2026-12-03', '2027-10-03'],
    ['today-P1Y', '2024-02-29', '2023-02-28'],
    ['today+P1M', '2027-01-31', '2027-02-28'],
    ['today+P1M', '2028-01-31', '2028-02-29'],
    ['today-P2M', '2026-01-15', '2025-11-15'],
    ['today+P1Y6M', '2026-12-03', '2028-06-03'],
    ['today+P30D', '2026-12-15', '2027-01-14'],
    ['today-P1D', '2027-01-01', '2026-12-31'],
    ['today-P125Y', '2026-12-03', '1901-12-03'],
  ])('resolves %s from %s to %s', (expression, today, expected) => {
    expect(resolveRelativeDate(expression, today)).toBe(expected);
  });

  it.each([['today+'], ['today+P'], ['today+10M'], ['tomorrow'], ['2026-12-03'], ['today+P1W']])(
    'does not take %s as a relative date',
    (text) => {
      expect(isRelativeDate(text)).toBe(false);
      expect(() => resolveRelativeDate(text, '2026-12-03')).toThrow();
    },
  );
});

describe(resolveDateBound.name, () => {
  it('keeps an ISO date and resolves a relative one', () => {
    const today = () => '2026-12-03';

    expect(resolveDateBound('1900-01-01', today)).toBe('1900-01-01');
    expect(resolveDateBound('today+P10M', today)).toBe('2027-10-03');
    expect(resolveDateBound(undefined, today)).toBeUndefined();
  });
});

describe(resolveSampleDates.name, () => {
  it('resolves the relative dates of a sample, everywhere, and leaves the rest', () => {
    const sample = {
      due: 'today+P4M',
      born: '1996-04-12',
      note: 'today is fine',
      items: [{ on: 'today-P3D' }],
    };

    expect(resolveSampleDates(sample, '2026-12-03')).toEqual({
      due: '2027-04-03',
      born: '1996-04-12',
      note: 'today is fine',
      items: [{ on: '2026-11-30' }],
    });
  });
});
