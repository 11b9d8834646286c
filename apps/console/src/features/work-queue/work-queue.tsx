import type { WorkQueueItem } from '@madoguchi/procedures-contracts';
import { DUE_FILTERS, WORK_QUEUE_SORTS } from '@madoguchi/procedures-contracts';
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import {
  useProcedures,
  useSession,
  useStaffApplications,
  useStaffMembers,
} from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Button, Select, Table } from '@madoguchi/web-ui-kit';
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatCalendarDate, formatDateTime } from '../../i18n/format.js';
import { MESSAGES } from '../../i18n/messages.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { ApplicationStatusTag } from './application-status-tag.js';
import type { FilterParam } from './work-queue-filters.js';
import { filtersFromSearchParams, withFilter } from './work-queue-filters.js';
import { WorkQueueExport } from './work-queue-export.js';
import { QUEUE_SEARCH_ID, WorkQueueSearch } from './work-queue-search.js';
import { WorkQueueShortcutsHelp } from './work-queue-shortcuts-help.js';
import { useQueueShortcuts } from './use-queue-shortcuts.js';

const COLUMNS: TableColumn<WorkQueueItem>[] = [
  {
    id: 'receiptNumber',
    header: MESSAGES.columns.receiptNumber,
    isRowHeader: true,
    cell: (row) => <Link to={`/applications/${row.id}`}>{row.receiptNumber}</Link>,
  },
  { id: 'procedure', header: MESSAGES.columns.procedure, cell: (row) => row.procedureTitle.ja },
  {
    id: 'applicant',
    header: MESSAGES.columns.applicant,
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
    header: MESSAGES.columns.status,
    cell: (row) => <ApplicationStatusTag status={row.status} />,
  },
  {
    id: 'submittedAt',
    header: MESSAGES.columns.submittedAt,
    cell: (row) => formatDateTime(row.submittedAt),
  },
  {
    id: 'dueDate',
    header: MESSAGES.columns.dueDate,
    cell: (row) => (row.dueDate ? formatCalendarDate(row.dueDate) : MESSAGES.noDueDate),
  },
  {
    id: 'assignee',
    header: MESSAGES.columns.assignee,
    cell: (row) => row.assigneeName ?? row.assigneeId ?? MESSAGES.assigneeUnassigned,
  },
];

const STATUS_OPTIONS = APPLICATION_STATUSES.filter((candidate) => candidate !== 'draft').map(
  (candidate) => ({
    value: candidate,
    label: APPLICATION_STATUS_LABELS[candidate].ja,
  }),
);
const DUE_OPTIONS = DUE_FILTERS.map((due) => ({ value: due, label: MESSAGES.dueFilters[due] }));
const SORT_OPTIONS = WORK_QUEUE_SORTS.filter((sort) => sort !== 'submitted').map((sort) => ({
  value: sort,
  label: MESSAGES.sorts[sort],
}));

/**
 * The applications of the staff member's municipality: search, filters and sort in the page URL
 * (?status=…&q=…), pages loaded on demand with "さらに表示", and the export of the same view.
 * The search and the five filters sit in one compact band (a grid that stacks on a phone) so the
 * first rows of the queue are in view on a 1366×768 screen; `j` / `k` / `Enter` / `/` work it
 * from the keyboard.
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

  const change = (name: FilterParam, value: string) => {
    setSearchParams(withFilter(searchParams, name, value), { replace: true });
  };

  const rows = applications.data?.pages.flatMap((page) => page.items) ?? [];
  const assigneeOptions = [
    { value: 'me', label: MESSAGES.assigneeMe },
    { value: 'unassigned', label: MESSAGES.assigneeUnassigned },
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
          <legend className="mdg-legend">{MESSAGES.filtersLegend}</legend>
          <div className="mdg-queue-filters__grid">
            <Select
              id="status-filter"
              label={MESSAGES.statusFilterLabel}
              placeholder={MESSAGES.allStatuses}
              options={STATUS_OPTIONS}
              value={filters.status?.[0] ?? ''}
              onChange={(event) => change('status', event.currentTarget.value)}
            />
            <Select
              id="procedure-filter"
              label={MESSAGES.procedureFilterLabel}
              placeholder={MESSAGES.allProcedures}
              options={(procedures.data ?? []).map((procedure) => ({
                value: procedure.id,
                label: procedure.title.ja,
              }))}
              value={filters.procedureId ?? ''}
              onChange={(event) => change('procedureId', event.currentTarget.value)}
            />
            <Select
              id="assignee-filter"
              label={MESSAGES.assigneeFilterLabel}
              placeholder={MESSAGES.allAssignees}
              options={assigneeOptions}
              value={filters.assignee ?? ''}
              onChange={(event) => change('assignee', event.currentTarget.value)}
            />
            <Select
              id="due-filter"
              label={MESSAGES.dueFilterLabel}
              placeholder={MESSAGES.anyDue}
              options={DUE_OPTIONS}
              value={filters.due ?? ''}
              onChange={(event) => change('due', event.currentTarget.value)}
            />
            <Select
              id="sort"
              label={MESSAGES.sortLabel}
              placeholder={MESSAGES.sorts.submitted}
              options={SORT_OPTIONS}
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
            caption={MESSAGES.queueCaption(rows.length)}
            columns={COLUMNS}
            rows={rows}
            rowKey={(row) => row.id}
            emptyText={MESSAGES.noApplications}
          />
        </div>
      ) : null}
      {applications.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() => void applications.fetchNextPage()}
          disabled={applications.isFetchingNextPage}
        >
          {applications.isFetchingNextPage ? MESSAGES.loadingMore : MESSAGES.loadMore}
        </Button>
      ) : null}
      <WorkQueueExport filters={filters} />
    </>
  );
}
