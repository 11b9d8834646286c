import type { ApplicationStatus, DecisionRecord, StaffRole } from '@madoguchi/procedures-domain';
import {
  APPLICATION_STATUS_LABELS,
  CARE_LEVEL_LABELS,
  STAFF_ROLE_LABELS,
} from '@madoguchi/procedures-domain';
import { formatNumericDate, formatNumericDateTime } from '@madoguchi/shared-util-dates';
import type { ConsoleLocale } from './messages.js';
import { CONSOLE_MESSAGES } from './messages.js';

/**
 * The console's one way to write a date and a time (tables and summaries): `2026/12/03 14:00`
 * for an instant (Japan time) and `2026/12/03` for a calendar date (`YYYY-MM-DD`).
 */
export const formatDateTime = formatNumericDateTime;
export const formatCalendarDate = formatNumericDate;

/**
 * A calendar date (YYYY-MM-DD) as the console writes every date, `2026/11/30`, in both languages
 * (dates stay in the Japanese order on the console); text that is not a date is shown as given.
 */
export function formatDate(isoDate: string, _locale: ConsoleLocale = 'ja'): string {
  return Number.isNaN(new Date(`${isoDate}T00:00:00Z`).getTime())
    ? isoDate
    : formatCalendarDate(isoDate);
}

/** A decision record in the history, e.g. 要介護2（認定有効期間 2026/05/10〜2026/11/30）. */
export function formatDecisionRecord(record: DecisionRecord, locale: ConsoleLocale = 'ja'): string {
  const texts = CONSOLE_MESSAGES[locale].decisionRecord;
  const period =
    record.validFrom && record.validUntil
      ? texts.periodRange(
          formatDate(record.validFrom, locale),
          formatDate(record.validUntil, locale),
        )
      : null;
  return texts.history(CARE_LEVEL_LABELS[record.careLevel][locale], period);
}

/** An application status as staff read it, e.g. 処理中 / In review (the domain's one table). */
export function formatStatus(status: ApplicationStatus, locale: ConsoleLocale = 'ja'): string {
  return APPLICATION_STATUS_LABELS[status][locale];
}

/** A staff role, e.g. 係長・承認者 / Approver. */
export function formatStaffRole(role: StaffRole, locale: ConsoleLocale = 'ja'): string {
  return STAFF_ROLE_LABELS[role][locale];
}
