import type { BulkAssignmentJob, StaffMember } from '@madoguchi/procedures-contracts';
import type { WorkQueueFilters } from '@madoguchi/web-data-access-api';
import {
  isApiRequestError,
  useBulkAssignment,
  useStartBulkAssignment,
} from '@madoguchi/web-data-access-api';
import { Button, Notice, Select } from '@madoguchi/web-ui-kit';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { useBulkAssignMessages } from './bulk-assign-messages.js';
import './bulk-assign.css';

/** The assignee option that clears the 担当 (no staff id has a `!`). */
const NOBODY = '!none';

/** What the staff member chose in the queue: rows by id, or all the filters match. */
export type QueueSelection =
  | { kind: 'ids'; ids: readonly string[] }
  | { kind: 'filter'; filters: WorkQueueFilters; count: number };

export type BulkAssignBarProps = {
  selection: QueueSelection | null;
  /** How many the filters match, when more than the selected rows (null: no such offer). */
  matchingCount: number | null;
  members: readonly StaffMember[];
  onSelectAllMatching: () => void;
  onClear: () => void;
};

function Summary({ job }: { job: BulkAssignmentJob }) {
  const M = useBulkAssignMessages();
  const result = job.result;
  if (!result) {
    return null;
  }
  const listedMore = result.skipped - result.notFound - result.skippedApplications.length;
  return (
    <div className="mdg-bulk-assign__summary">
      <p>
        <strong>{M.summary(result.assigned, result.skipped)}</strong>
      </p>
      {result.notFound > 0 ? <p>{M.notFound(result.notFound)}</p> : null}
      {result.skippedApplications.length > 0 ? (
        // Open when short: a long list stays folded so the bar stays small over the queue.
        <details open={result.skippedApplications.length <= 3}>
          <summary>{M.skippedHeading}</summary>
          <ul className="mdg-bulk-assign__skipped">
            {result.skippedApplications.map((item) => (
              <li key={item.receiptNumber}>
                {item.receiptNumber}（{M.skipReasons[item.reason]}）
              </li>
            ))}
          </ul>
          {listedMore > 0 ? (
            <p>
              {M.skippedMore(result.skippedApplications.length, result.skipped - result.notFound)}
            </p>
          ) : null}
        </details>
      ) : null}
    </div>
  );
}

/** The progress of one job: a `<progress>` bar, its count in words, and the summary when done. */
function BulkAssignProgress({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  const M = useBulkAssignMessages();
  const job = useBulkAssignment(id);
  const { locale } = useConsoleLocale();
  const data = job.data;
  const progress = data?.progress ?? null;
  const isFinished = data?.state === 'completed' || data?.state === 'failed';
  return (
    <div className="mdg-bulk-assign__job">
      {job.isError ? (
        <Notice tone="error" title={M.readFailed}>
          {isApiRequestError(job.error) ? <p>{job.error.apiError.message[locale]}</p> : null}
        </Notice>
      ) : null}
      <div className="mdg-bulk-assign__progress">
        <label htmlFor="bulk-assign-progress">{M.progressLabel}</label>
        {progress === null ? (
          <progress id="bulk-assign-progress" className="mdg-progress-bar" />
        ) : (
          <progress
            id="bulk-assign-progress"
            className="mdg-progress-bar"
            aria-valuetext={M.progress(progress.done, progress.total, progress.skipped)}
            max={Math.max(progress.total, 1)}
            value={progress.total === 0 ? 1 : progress.done}
          />
        )}
        <p role="status" aria-live="polite">
          {progress === null
            ? M.waiting
            : M.progress(progress.done, progress.total, progress.skipped)}{' '}
          {data ? M.states[data.state] : null}
        </p>
        {isFinished || job.isError ? (
          <Button variant="secondary" onClick={onDismiss}>
            {M.dismiss}
          </Button>
        ) : null}
      </div>
      {data ? <Summary job={data} /> : null}
    </div>
  );
}

/**
 * 一括の担当設定: a compact bar under the queue, shown only while applications are selected or a
 * job runs (sticky at the bottom of the window, so it never pushes the table down). It sets the
 * assignee of the selected rows, or of all the filters match, as a job, and shows its progress
 * and summary; the queue reloads when the job ends.
 */
export function BulkAssignBar({
  selection,
  matchingCount,
  members,
  onSelectAllMatching,
  onClear,
}: BulkAssignBarProps) {
  const M = useBulkAssignMessages();
  const { locale } = useConsoleLocale();
  const start = useStartBulkAssignment();
  const [assignee, setAssignee] = useState('');
  const [isAssigneeMissing, setIsAssigneeMissing] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);

  if (jobId === null && selection === null) {
    return null;
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selection === null) {
      return;
    }
    if (assignee === '') {
      setIsAssigneeMissing(true);
      return;
    }
    const assigneeId = assignee === NOBODY ? null : assignee;
    start.mutate(
      selection.kind === 'ids'
        ? { assigneeId, applicationIds: [...selection.ids] }
        : { assigneeId, filter: selection.filters },
      {
        onSuccess: (job) => {
          setJobId(job.id);
          onClear();
        },
      },
    );
  };

  return (
    <section aria-label={M.barLabel} className="mdg-bulk-assign">
      {jobId !== null ? (
        <BulkAssignProgress key={jobId} id={jobId} onDismiss={() => setJobId(null)} />
      ) : null}
      {jobId === null && selection !== null ? (
        <form noValidate onSubmit={onSubmit} className="mdg-bulk-assign__form">
          <div className="mdg-bulk-assign__selection">
            <p role="status">
              {selection.kind === 'filter'
                ? M.allMatchingSelected(selection.count)
                : M.selectedCount(selection.ids.length)}
            </p>
            {selection.kind === 'ids' && matchingCount !== null ? (
              <Button variant="secondary" onClick={onSelectAllMatching}>
                {M.selectAllMatching(matchingCount)}
              </Button>
            ) : null}
          </div>
          <fieldset className="mdg-fieldset mdg-bulk-assign__controls" disabled={start.isPending}>
            <Select
              id="bulk-assignee"
              label={M.assigneeLabel}
              placeholder={M.assigneePlaceholder}
              options={[
                ...members.map((member) => ({ value: member.id, label: member.displayName })),
                { value: NOBODY, label: M.assigneeNone },
              ]}
              value={assignee}
              error={isAssigneeMissing ? M.assigneeRequired : undefined}
              onChange={(event) => {
                setAssignee(event.currentTarget.value);
                setIsAssigneeMissing(false);
              }}
            />
            <Button type="submit">{start.isPending ? M.starting : M.start}</Button>
            <Button variant="secondary" onClick={onClear}>
              {M.clearSelection}
            </Button>
          </fieldset>
          {start.isError ? (
            <Notice tone="error" title={M.startFailed}>
              {isApiRequestError(start.error) ? (
                <p>{start.error.apiError.message[locale]}</p>
              ) : null}
            </Notice>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
