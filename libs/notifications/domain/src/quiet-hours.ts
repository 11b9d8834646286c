import { addDays, japanDateOf, japanInstant, japanMinutesOf } from '@madoguchi/shared-util-dates';

export type QuietHours = { start: string; end: string };

/** 21:00–08:00 JST: no pushes or e-mails at night unless the resident chose other hours. */
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };

function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * The first instant at or after `now` outside the quiet hours (Japan time). A message that falls
 * inside them waits until they end; it is never dropped. Equal start and end: no quiet hours.
 */
export function nextAllowedSendTime(now: Date, quietHours: QuietHours): Date {
  const start = toMinutes(quietHours.start);
  const end = toMinutes(quietHours.end);
  if (start === end) {
    return now;
  }
  const minutes = japanMinutesOf(now);
  const today = japanDateOf(now);
  if (start > end) {
    // Over midnight (21:00–08:00).
    if (minutes >= start) {
      return japanInstant(addDays(today, 1), end);
    }
    return minutes < end ? japanInstant(today, end) : now;
  }
  return minutes >= start && minutes < end ? japanInstant(today, end) : now;
}
