import { nextAllowedSendTime } from './quiet-hours.js';

const QUIET = { start: '21:00', end: '08:00' };

describe(nextAllowedSendTime.name, () => {
  it.each([
    ['2026-05-10T12:00:00Z', '2026-05-10T23:00:00.000Z'], // 21:00 JST → 08:00 JST next day
    ['2026-05-10T14:59:00Z', '2026-05-10T23:00:00.000Z'], // 23:59 JST
    ['2026-05-10T15:30:00Z', '2026-05-10T23:00:00.000Z'], // 00:30 JST the next day
    ['2026-05-10T22:59:00Z', '2026-05-10T23:00:00.000Z'], // 07:59 JST
  ])('delays %s (inside the quiet hours) to 08:00 JST', (now, expected) => {
    // Act
    const result = nextAllowedSendTime(new Date(now), QUIET);

    // Assert
    expect(result.toISOString()).toBe(expected);
  });

  it.each(['2026-05-10T23:00:00Z', '2026-05-11T03:00:00Z', '2026-05-11T11:59:00Z'])(
    'sends %s at once',
    (now) => {
      expect(nextAllowedSendTime(new Date(now), QUIET).toISOString()).toBe(
        new Date(now).toISOString(),
      );
    },
  );

  it('handles quiet hours within one day', () => {
    expect(
      nextAllowedSendTime(new Date('2026-05-10T04:30:00Z'), {
        start: '13:00',
        end: '14:00',
      }).toISOString(),
    ).toBe('2026-05-10T05:00:00.000Z');
  });

  it('has no quiet hours when start equals end', () => {
    const now = new Date('2026-05-10T14:00:00Z');
    expect(nextAllowedSendTime(now, { start: '00:00', end: '00:00' })).toBe(now);
  });
});
