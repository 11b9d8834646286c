import { pickText } from '@madoguchi/shared-util-i18n';
import type { OverlayProcedure } from '@madoguchi/procedures-contracts';
import { useOverlayProcedures } from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Table, VisuallyHidden } from '@madoguchi/web-ui-kit';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { useOverlayEditorMessages } from './overlay-editor-messages.js';

/** The municipality's procedures: the form version in force, one scheduled, a saved draft. */
export function OverlayProcedureList() {
  const M = useOverlayEditorMessages();
  const { locale } = useConsoleLocale();
  const procedures = useOverlayProcedures();
  const columns: TableColumn<OverlayProcedure>[] = [
    {
      id: 'title',
      header: M.columns.title,
      isRowHeader: true,
      cell: (row) => pickText(row.title, locale),
    },
    { id: 'current', header: M.columns.current, cell: (row) => M.version(row.currentVersion) },
    {
      id: 'scheduled',
      header: M.columns.scheduled,
      cell: (row) =>
        row.scheduledVersion
          ? M.scheduled(
              row.scheduledVersion.version,
              formatDate(row.scheduledVersion.effectiveFrom),
            )
          : M.noneScheduled,
    },
    {
      id: 'draft',
      header: M.columns.draft,
      cell: (row) => (row.hasDraft ? M.hasDraft : M.noDraft),
    },
    {
      id: 'edit',
      header: M.edit,
      cell: (row) => (
        <Link to={`/admin/overlay-editor/${row.procedureId}`}>
          {M.edit}
          <VisuallyHidden>{M.editTarget(pickText(row.title, locale))}</VisuallyHidden>
        </Link>
      ),
    },
  ];
  return (
    <>
      <p>{M.listLead}</p>
      {procedures.isPending ? <LoadingNotice /> : null}
      {procedures.isError ? (
        <LoadFailedNotice error={procedures.error} onRetry={() => void procedures.refetch()} />
      ) : null}
      {procedures.data ? (
        <Table
          caption={M.listCaption(procedures.data.length)}
          columns={columns}
          rows={procedures.data}
          rowKey={(row) => row.procedureId}
          emptyText={M.noneScheduled}
        />
      ) : null}
    </>
  );
}
