import type { DecisionRecord } from '@madoguchi/procedures-domain';
import { CARE_LEVEL_LABELS } from '@madoguchi/procedures-domain';
import { formatNumericDate, formatNumericDateTime } from '@madoguchi/shared-util-dates';
import { MESSAGES } from './messages.js';

/**
 * The console's one way to write a date and a time (tables and summaries): `2026/12/03 14:00`
 * for an instant (Japan time) and `2026/12/03` for a calendar date (`YYYY-MM-DD`).
 */
export const formatDateTime = formatNumericDateTime;
export const formatCalendarDate = formatNumericDate;

/**
 * A calendar date (YYYY-MM-DD) written out, e.g. 2026年11月30日, for the review's running text.
 * TODO(#12): replace with formatCalendarDate once the application review's specs expect 2026/11/30.
 */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return isoDate;
  }
  return new Intl.DateTimeFormat('ja-JP', { timeZone: 'UTC', dateStyle: 'long' }).format(date);
}

/** A decision record in the history, e.g. 要介護2（認定有効期間 2026年5月10日〜2026年11月30日）. */
export function formatDecisionRecord(record: DecisionRecord): string {
  const period =
    record.validFrom && record.validUntil
      ? MESSAGES.decisionRecord.periodRange(
          formatDate(record.validFrom),
          formatDate(record.validUntil),
        )
      : null;
  return MESSAGES.decisionRecord.history(CARE_LEVEL_LABELS[record.careLevel].ja, period);
}
