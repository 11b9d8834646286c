import {
  japanDateOf,
  japanDateTimeOf,
  japanInstant,
  japanMinutesOf,
  todayInJapan,
} from './japan-time.js';

describe(japanDateOf.name, () => {
  it('is already the next day in Japan at 15:00 UTC', () => {
    expect(japanDateOf(new Date('2026-05-10T15:00:00Z'))).toBe('2026-05-11');
  });

  it('takes the date in Japan, not in UTC', () => {
    expect(japanDateOf(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
  });
});

describe(todayInJapan.name, () => {
  it('is already tomorrow in Japan at 15:00 UTC', () => {
    expect(todayInJapan(new Date('2024-03-31T15:00:00Z'))).toBe('2024-04-01');
  });
});

describe(japanDateTimeOf.name, () => {
  it('writes the wall clock in Japan', () => {
    expect(japanDateTimeOf(new Date('2026-12-02T17:00:05Z'))).toBe('2026-12-03 02:00:05');
  });
});

describe(japanInstant.name, () => {
  it('is the inverse of the date and the minutes in Japan', () => {
    const instant = japanInstant('2026-05-11', 21 * 60 + 30);
    expect(instant.toISOString()).toBe('2026-05-11T12:30:00.000Z');
    expect(japanDateOf(instant)).toBe('2026-05-11');
    expect(japanMinutesOf(instant)).toBe(21 * 60 + 30);
  });
});
