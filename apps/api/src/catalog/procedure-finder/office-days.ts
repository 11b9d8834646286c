import { addDays, isBusinessDay } from '@madoguchi/shared-util-dates';

/**
 * The deadline as the law reads it: when the last day of a period for filing with a municipality
 * falls on a day its offices are closed (weekends, national holidays, 12/29–1/3), the next open
 * day is the deadline (地方自治法 第4条の2 第4項).
 */
export function toNextOpenDay(isoDate: string): string {
  let current = isoDate;
  while (!isBusinessDay(current)) {
    current = addDays(current, 1);
  }
  return current;
}
