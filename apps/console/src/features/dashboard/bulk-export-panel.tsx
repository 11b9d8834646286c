import type { BulkExportFormat, BulkExportJob } from '@madoguchi/procedures-contracts';
import { BULK_EXPORT_FORMATS } from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useBulkExport,
  useBulkExportFileUrl,
  useStartBulkExport,
} from '@madoguchi/web-data-access-api';
import { Button, Notice, Select, buttonClassName } from '@madoguchi/web-ui-kit';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { formatDateTime } from '../../i18n/format.js';
import { useDashboardMessages } from './use-dashboard-messages.js';

export type BulkExportPanelProps = {
  /** The municipality's procedures, for the filter. */
  procedures: readonly { procedureId: string; title: string }[];
};

function isBulkExportFormat(value: string): value is BulkExportFormat {
  return (BULK_EXPORT_FORMATS as readonly string[]).includes(value);
}

function DownloadLink({ job }: { job: BulkExportJob }) {
  const M = useDashboardMessages();
  const url = useBulkExportFileUrl(job.id);
  return (
    <p>
      <a className={buttonClassName('primary')} href={url} download>
        {M.exportDownload(job.rowsDone)}
      </a>
    </p>
  );
}

/** The progress of one job: a `<progress>` bar with its count in words, and the link when done. */
function BulkExportProgress({ id }: { id: string }) {
  const M = useDashboardMessages();
  const job = useBulkExport(id);
  if (job.isError) {
    return (
      <Notice tone="error" title={M.exportReadFailed}>
        {isApiRequestError(job.error) ? <p>{job.error.apiError.message.ja}</p> : null}
      </Notice>
    );
  }
  const data = job.data;
  if (!data) {
    return null;
  }
  const total = data.rowsTotal;
  return (
    <div className="mdg-dashboard__progress">
      <p id="bulk-export-progress-label">{M.exportProgressLabel}</p>
      {total === null ? (
        <progress aria-labelledby="bulk-export-progress-label" />
      ) : (
        <progress
          aria-labelledby="bulk-export-progress-label"
          aria-valuetext={M.exportProgress(data.rowsDone, total)}
          max={Math.max(total, 1)}
          value={total === 0 ? 1 : data.rowsDone}
        />
      )}
      <p role="status">
        {M.exportProgress(data.rowsDone, total)} {M.exportStates[data.state]}
      </p>
      {data.state === 'completed' && data.downloadPath !== null ? (
        <>
          <DownloadLink job={data} />
          {data.expiresAt ? <p>{M.exportExpires(formatDateTime(data.expiresAt))}</p> : null}
        </>
      ) : null}
    </div>
  );
}

/**
 * 一括エクスポート: starts an export of the work queue as a job, shows its progress as it runs
 * (asked again every second) and offers the file once it is written.
 */
export function BulkExportPanel({ procedures }: BulkExportPanelProps) {
  const M = useDashboardMessages();
  const start = useStartBulkExport();
  const [procedureId, setProcedureId] = useState('');
  const [format, setFormat] = useState<BulkExportFormat>('csv');
  const [jobId, setJobId] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    start.mutate(
      { format, ...(procedureId === '' ? {} : { procedureId }) },
      { onSuccess: (job) => setJobId(job.id) },
    );
  };

  return (
    <section aria-labelledby="bulk-export-heading" className="mdg-dashboard__section">
      <h2 id="bulk-export-heading">{M.exportHeading}</h2>
      <p>{M.exportLead}</p>
      {start.isError ? (
        <Notice tone="error" title={M.exportStartFailed}>
          {isApiRequestError(start.error) ? <p>{start.error.apiError.message.ja}</p> : null}
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit} aria-labelledby="bulk-export-heading">
        <fieldset className="mdg-fieldset" disabled={start.isPending}>
          <Select
            id="bulk-export-procedure"
            label={M.exportProcedure}
            placeholder={M.exportAllProcedures}
            options={procedures.map((item) => ({ value: item.procedureId, label: item.title }))}
            value={procedureId}
            onChange={(event) => setProcedureId(event.currentTarget.value)}
          />
          <Select
            id="bulk-export-format"
            label={M.exportFormat}
            options={BULK_EXPORT_FORMATS.map((value) => ({
              value,
              label: M.exportFormats[value],
            }))}
            value={format}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isBulkExportFormat(value)) {
                setFormat(value);
              }
            }}
          />
          <Button type="submit">{start.isPending ? M.exportStarting : M.exportStart}</Button>
        </fieldset>
      </form>
      {jobId === null ? null : <BulkExportProgress key={jobId} id={jobId} />}
    </section>
  );
}
