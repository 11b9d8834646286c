import type { WorkQueueItem } from '@madoguchi/procedures-contracts';
import { DUE_FILTERS, WORK_QUEUE_SORTS } from '@madoguchi/procedures-contracts';
import { APPLICATION_STATUSES } from '@madoguchi/procedures-domain';
import {
  useProcedures,
  useSession,
  useStaffApplications,
  useStaffApplicationsCount,
  useStaffMembers,
} from '@madoguchi/web-data-access-api';
import { pickText } from '@madoguchi/shared-util-i18n';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Button, Select, Table } from '@madoguchi/web-ui-kit';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatCalendarDate, formatDateTime, formatStatus } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { ConsoleLocale, ConsoleMessages } from '../../i18n/messages.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { ApplicationStatusTag } from './application-status-tag.js';
import type { QueueSelection } from './bulk-assign-bar.js';
import { BulkAssignBar } from './bulk-assign-bar.js';
import type { BulkAssignMessages } from './bulk-assign-messages.js';
import { useBulkAssignMessages } from './bulk-assign-messages.js';
import type { FilterParam } from './work-queue-filters.js';
import { filtersFromSearchParams, withFilter } from './work-queue-filters.js';
import { WorkQueueExport } from './work-queue-export.js';
import { QUEUE_SEARCH_ID, WorkQueueSearch } from './work-queue-search.js';
import { WorkQueueShortcutsHelp } from './work-queue-shortcuts-help.js';
import { useQueueShortcuts } from './use-queue-shortcuts.js';

/** The queue's checkboxes: which rows are ticked, and how to tick them. */
type RowSelection = {
  isSelected: (id: string) => boolean;
  isPageSelected: boolean;
  pageCount: number;
  toggle: (id: string) => void;
  togglePage: () => void;
};

function selectColumn(M: BulkAssignMessages, selection: RowSelection): TableColumn<WorkQueueItem> {
  return {
    id: 'select',
    header: (
      <input
        type="checkbox"
        className="mdg-queue-select"
        aria-label={M.selectPage(selection.pageCount)}
        checked={selection.isPageSelected}
        disabled={selection.pageCount === 0}
        onChange={selection.togglePage}
      />
    ),
    cell: (row) => (
      <input
        type="checkbox"
        className="mdg-queue-select"
        aria-label={M.selectRow(row.receiptNumber)}
        checked={selection.isSelected(row.id)}
        onChange={() => selection.toggle(row.id)}
      />
    ),
  };
}

function queueColumns(
  messages: ConsoleMessages,
  locale: ConsoleLocale,
): TableColumn<WorkQueueItem>[] {
  return [
    {
      id: 'receiptNumber',
      header: messages.columns.receiptNumber,
      isRowHeader: true,
      cell: (row) => <Link to={`/applications/${row.id}`}>{row.receiptNumber}</Link>,
    },
    {
      id: 'procedure',
      header: messages.columns.procedure,
      cell: (row) => pickText(row.procedureTitle, locale),
    },
    {
      id: 'applicant',
      header: messages.columns.applicant,
      cell: (row) => (
        <>
          {row.applicantName}
          {row.applicantNameKana ? (
            <>
              <br />
              <span className="mdg-hint">{row.applicantNameKana}</span>
            </>
          ) : null}
        </>
      ),
    },
    {
      id: 'status',
      header: messages.columns.status,
      cell: (row) => <ApplicationStatusTag status={row.status} />,
    },
    {
      id: 'submittedAt',
      header: messages.columns.submittedAt,
      cell: (row) => formatDateTime(row.submittedAt),
    },
    {
      id: 'dueDate',
      header: messages.columns.dueDate,
      cell: (row) => (row.dueDate ? formatCalendarDate(row.dueDate) : messages.noDueDate),
    },
    {
      id: 'assignee',
      header: messages.columns.assignee,
      cell: (row) => row.assigneeName ?? row.assigneeId ?? messages.assigneeUnassigned,
    },
  ];
}

function filterOptions(messages: ConsoleMessages, locale: ConsoleLocale) {
  return {
    statuses: APPLICATION_STATUSES.filter((candidate) => candidate !== 'draft').map(
      (candidate) => ({ value: candidate, label: formatStatus(candidate, locale) }),
    ),
    dues: DUE_FILTERS.map((due) => ({ value: due, label: messages.dueFilters[due] })),
    sorts: WORK_QUEUE_SORTS.filter((sort) => sort !== 'submitted').map((sort) => ({
      value: sort,
      label: messages.sorts[sort],
    })),
  };
}

/**
 * The applications of the staff member's municipality: search, filters and sort in the page URL
 * (?status=…&q=…), pages loaded on demand with "さらに表示", and the export of the same view.
 * The search and the five filters sit in one compact band (a grid that stacks on a phone) so the
 * first rows of the queue are in view on a 1366×768 screen; `j` / `k` / `Enter` / `/` work it
 * from the keyboard, and `x` ticks the row. Ticked rows (or all the filters match) get their
 * 担当 set in bulk from the bar that appears under the table.
 */
export function WorkQueue() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const session = useSession();
  const procedures = useProcedures(session.data?.municipalityCode ?? undefined);
  const members = useStaffMembers();
  const applications = useStaffApplications(filters);
  const tableRef = useRef<HTMLDivElement>(null);
  useQueueShortcuts(tableRef, QUEUE_SEARCH_ID);
  const { locale, messages } = useConsoleLocale();
  const M = useBulkAssignMessages();
  const options = filterOptions(messages, locale);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [isAllMatching, setIsAllMatching] = useState(false);
  const hasSelection = isAllMatching || selectedIds.size > 0;
  const matching = useStaffApplicationsCount(filters, hasSelection);

  const clearSelection = () => {
    setSelectedIds(new Set());
    setIsAllMatching(false);
  };
  const change = (name: FilterParam, value: string) => {
    // A selection belongs to the view it was made in.
    clearSelection();
    setSearchParams(withFilter(searchParams, name, value), { replace: true });
  };

  const rows = applications.data?.pages.flatMap((page) => page.items) ?? [];
  const isPageSelected =
    rows.length > 0 && (isAllMatching || rows.every((row) => selectedIds.has(row.id)));
  const rowSelection: RowSelection = {
    isSelected: (id) => isAllMatching || selectedIds.has(id),
    isPageSelected,
    pageCount: rows.length,
    toggle: (id) => {
      const next = new Set(isAllMatching ? rows.map((row) => row.id) : selectedIds);
      if (next.has(id)) {
        next.delete(id);
      } else {
        next.add(id);
      }
      setIsAllMatching(false);
      setSelectedIds(next);
    },
    togglePage: () => {
      setIsAllMatching(false);
      setSelectedIds(isPageSelected ? new Set() : new Set(rows.map((row) => row.id)));
    },
  };
  const matchingCount = matching.data?.count ?? null;
  const selection: QueueSelection | null = isAllMatching
    ? { kind: 'filter', filters, count: matchingCount ?? rows.length }
    : selectedIds.size > 0
      ? { kind: 'ids', ids: [...selectedIds] }
      : null;
  const assigneeOptions = [
    { value: 'me', label: messages.assigneeMe },
    { value: 'unassigned', label: messages.assigneeUnassigned },
    ...(members.data ?? []).map((member) => ({ value: member.id, label: member.displayName })),
  ];
  return (
    <>
      <div className="mdg-queue-toolbar">
        <WorkQueueSearch
          key={filters.q ?? ''}
          initial={filters.q ?? ''}
          onSearch={(text) => change('q', text)}
        />
        <fieldset className="mdg-fieldset mdg-queue-filters">
          <legend className="mdg-legend">{messages.filtersLegend}</legend>
          <div className="mdg-queue-filters__grid">
            <Select
              id="status-filter"
              label={messages.statusFilterLabel}
              placeholder={messages.allStatuses}
              options={options.statuses}
              value={filters.status?.[0] ?? ''}
              onChange={(event) => change('status', event.currentTarget.value)}
            />
            <Select
              id="procedure-filter"
              label={messages.procedureFilterLabel}
              placeholder={messages.allProcedures}
              options={(procedures.data ?? []).map((procedure) => ({
                value: procedure.id,
                label: pickText(procedure.title, locale),
              }))}
              value={filters.procedureId ?? ''}
              onChange={(event) => change('procedureId', event.currentTarget.value)}
            />
            <Select
              id="assignee-filter"
              label={messages.assigneeFilterLabel}
              placeholder={messages.allAssignees}
              options={assigneeOptions}
              value={filters.assignee ?? ''}
              onChange={(event) => change('assignee', event.currentTarget.value)}
            />
            <Select
              id="due-filter"
              label={messages.dueFilterLabel}
              placeholder={messages.anyDue}
              options={options.dues}
              value={filters.due ?? ''}
              onChange={(event) => change('due', event.currentTarget.value)}
            />
            <Select
              id="sort"
              label={messages.sortLabel}
              placeholder={messages.sorts.submitted}
              options={options.sorts}
              value={filters.sort ?? ''}
              onChange={(event) => change('sort', event.currentTarget.value)}
            />
          </div>
        </fieldset>
      </div>
      <WorkQueueShortcutsHelp />
      {applications.isPending ? <LoadingNotice /> : null}
      {applications.isError ? (
        <LoadFailedNotice error={applications.error} onRetry={() => void applications.refetch()} />
      ) : null}
      {applications.data ? (
        <div ref={tableRef} className="mdg-queue-table">
          <Table
            caption={messages.queueCaption(rows.length)}
            columns={[selectColumn(M, rowSelection), ...queueColumns(messages, locale)]}
            rows={rows}
            rowKey={(row) => row.id}
            emptyText={messages.noApplications}
          />
        </div>
      ) : null}
      {applications.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() => void applications.fetchNextPage()}
          disabled={applications.isFetchingNextPage}
        >
          {applications.isFetchingNextPage ? messages.loadingMore : messages.loadMore}
        </Button>
      ) : null}
      <BulkAssignBar
        selection={selection}
        matchingCount={
          isPageSelected && matchingCount !== null && matchingCount > selectedIds.size
            ? matchingCount
            : null
        }
        members={members.data ?? []}
        onSelectAllMatching={() => setIsAllMatching(true)}
        onClear={clearSelection}
      />
      <WorkQueueExport filters={filters} />
    </>
  );
}
