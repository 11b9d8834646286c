import { formatDate, formatNumericDate, formatNumericDateTime } from './format-date.js';

describe(formatDate.name, () => {
  it('writes the date in each locale', () => {
    expect(formatDate('2026-05-10')).toEqual({
      ja: '2026年5月10日',
      en: '10 May 2026',
      easyJa: '2026年5月10日',
    });
  });
});

describe(formatNumericDate.name, () => {
  it('writes a date with slashes, zero-padded', () => {
    expect(formatNumericDate('2027-01-21')).toBe('2027/01/21');
  });

  it('leaves a text that is not a date as it is', () => {
    expect(formatNumericDate('なし')).toBe('なし');
  });
});

describe(formatNumericDateTime.name, () => {
  it('writes the time in Japan on a 24-hour clock', () => {
    expect(formatNumericDateTime('2026-12-03T05:00:00Z')).toBe('2026/12/03 14:00');
    expect(formatNumericDateTime(new Date('2026-12-02T17:00:00Z'))).toBe('2026/12/03 2:00');
  });

  it('leaves a timestamp that does not parse as it is', () => {
    expect(formatNumericDateTime('not a time')).toBe('not a time');
  });
});
