import type { ApplicationSummary } from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { useStaffApplications } from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Select, Table } from '@madoguchi/web-ui-kit';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../i18n/format.js';
import { MESSAGES } from '../../i18n/messages.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { ApplicationStatusTag } from './application-status-tag.js';

function parseStatus(value: string | null): ApplicationStatus | undefined {
  return APPLICATION_STATUSES.find((status) => status === value);
}

const COLUMNS: TableColumn<ApplicationSummary>[] = [
  {
    id: 'receiptNumber',
    header: MESSAGES.columns.receiptNumber,
    isRowHeader: true,
    cell: (row) => <Link to={`/applications/${row.id}`}>{row.receiptNumber}</Link>,
  },
  { id: 'procedure', header: MESSAGES.columns.procedure, cell: (row) => row.procedureTitle.ja },
  { id: 'applicant', header: MESSAGES.columns.applicant, cell: (row) => row.applicantName },
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
];

/** The applications of the staff member's municipality, oldest first, filtered by status (?status=). */
export function WorkQueue() {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = parseStatus(searchParams.get('status'));
  const applications = useStaffApplications(status);

  const changeStatus = (value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value === '') {
      next.delete('status');
    } else {
      next.set('status', value);
    }
    setSearchParams(next, { replace: true });
  };

  const rows = [...(applications.data ?? [])].sort((a, b) =>
    a.submittedAt.localeCompare(b.submittedAt),
  );
  return (
    <>
      <Select
        id="status-filter"
        label={MESSAGES.statusFilterLabel}
        placeholder={MESSAGES.allStatuses}
        options={APPLICATION_STATUSES.filter((candidate) => candidate !== 'draft').map(
          (candidate) => ({
            value: candidate,
            label: APPLICATION_STATUS_LABELS[candidate].ja,
          }),
        )}
        value={status ?? ''}
        onChange={(event) => changeStatus(event.currentTarget.value)}
        className="mdg-select--inline"
      />
      {applications.isPending ? <LoadingNotice /> : null}
      {applications.isError ? (
        <LoadFailedNotice error={applications.error} onRetry={() => void applications.refetch()} />
      ) : null}
      {applications.data ? (
        <Table
          caption={MESSAGES.queueCaption(rows.length)}
          columns={COLUMNS}
          rows={rows}
          rowKey={(row) => row.id}
          emptyText={MESSAGES.noApplications}
        />
      ) : null}
    </>
  );
}
