import type { DueFilter, WorkQueueSort } from '@madoguchi/procedures-contracts';
import { DUE_FILTERS, WORK_QUEUE_SORTS } from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUSES } from '@madoguchi/procedures-domain';
import type { WorkQueueFilters } from '@madoguchi/web-data-access-api';

/** The names of the queue's filters in the page URL (?status=…&assignee=…), so a view can be shared. */
export const FILTER_PARAMS = ['procedureId', 'status', 'assignee', 'due', 'q', 'sort'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The queue's filters from the page URL; unknown values are ignored rather than sent. */
export function filtersFromSearchParams(params: URLSearchParams): WorkQueueFilters {
  const status = pick<ApplicationStatus>(APPLICATION_STATUSES, params.get('status'));
  const due = pick<DueFilter>(DUE_FILTERS, params.get('due'));
  const sort = pick<WorkQueueSort>(WORK_QUEUE_SORTS, params.get('sort'));
  const procedureId = text(params.get('procedureId'));
  const assignee = text(params.get('assignee'));
  const q = text(params.get('q'));
  return {
    ...(procedureId ? { procedureId } : {}),
    ...(status ? { status: [status] } : {}),
    ...(assignee ? { assignee } : {}),
    ...(due ? { due } : {}),
    ...(q ? { q } : {}),
    ...(sort && sort !== 'submitted' ? { sort } : {}),
  };
}

/** The page URL's parameters with one filter changed (an empty value removes it). */
export function withFilter(
  params: URLSearchParams,
  name: FilterParam,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value.trim() === '') {
    next.delete(name);
  } else {
    next.set(name, value.trim());
  }
  return next;
}
