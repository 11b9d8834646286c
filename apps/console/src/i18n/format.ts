import type { DecisionRecord } from '@madoguchi/procedures-domain';
import { CARE_LEVEL_LABELS } from '@madoguchi/procedures-domain';
import { MESSAGES } from './messages.js';

/** A timestamp in Japan time, e.g. 2025/04/01 10:23 (compact for tables). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** A calendar date (YYYY-MM-DD), e.g. 2026年11月30日. */
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
