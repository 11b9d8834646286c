import type { DeadLetter } from '@madoguchi/notifications-contracts';
import {
  isApiRequestError,
  useDeadLetters,
  useRetryDeadLetter,
} from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Button, Notice, Table, VisuallyHidden, useFocusOnChange } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { formatDateTime } from '../../i18n/format.js';
import { MESSAGES } from '../../i18n/messages.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';

/** What the last 再送 did, kept with its row: a retried row leaves the list. */
type RetryOutcome =
  { kind: 'done'; letter: DeadLetter } | { kind: 'failed'; letter: DeadLetter; error: unknown };

function failedAtText(letter: DeadLetter): string {
  return letter.failedAt ? formatDateTime(letter.failedAt) : MESSAGES.notRecorded;
}

/**
 * 送信に失敗した通知: deliveries of the municipality that failed for good, with a 再送 button per
 * row. Shows only what the API gives (the resident id, never the address or the body).
 */
export function DeadLetterList() {
  const letters = useDeadLetters();
  const retry = useRetryDeadLetter();
  const [outcome, setOutcome] = useState<RetryOutcome | null>(null);

  const retryLetter = (letter: DeadLetter) => {
    setOutcome(null);
    retry.mutate(letter.id, {
      onSuccess: () => setOutcome({ kind: 'done', letter }),
      onError: (error) => setOutcome({ kind: 'failed', letter, error }),
    });
  };

  const columns: TableColumn<DeadLetter>[] = [
    {
      id: 'title',
      header: MESSAGES.deadLetterColumns.title,
      isRowHeader: true,
      cell: (row) => row.title,
    },
    {
      id: 'channel',
      header: MESSAGES.deadLetterColumns.channel,
      cell: (row) => MESSAGES.deliveryChannels[row.channel],
    },
    {
      id: 'recipient',
      header: MESSAGES.deadLetterColumns.recipient,
      cell: (row) => row.recipientId,
    },
    {
      id: 'category',
      header: MESSAGES.deadLetterColumns.category,
      cell: (row) => MESSAGES.notificationCategories[row.category],
    },
    {
      id: 'attempts',
      header: MESSAGES.deadLetterColumns.attempts,
      align: 'end',
      cell: (row) => MESSAGES.attempts(row.attempts),
    },
    {
      id: 'lastError',
      header: MESSAGES.deadLetterColumns.lastError,
      cell: (row) => (row.lastError ? <code>{row.lastError}</code> : MESSAGES.notRecorded),
    },
    { id: 'failedAt', header: MESSAGES.deadLetterColumns.failedAt, cell: failedAtText },
    {
      id: 'action',
      header: MESSAGES.deadLetterColumns.action,
      cell: (row) => {
        const isThisPending = retry.isPending && retry.variables === row.id;
        return (
          <Button variant="secondary" disabled={retry.isPending} onClick={() => retryLetter(row)}>
            {isThisPending ? MESSAGES.retryingDeadLetter : MESSAGES.retryDeadLetter}
            <VisuallyHidden>
              {MESSAGES.retryDeadLetterTarget(
                row.title,
                MESSAGES.deliveryChannels[row.channel],
                row.recipientId,
                failedAtText(row),
              )}
            </VisuallyHidden>
          </Button>
        );
      },
    },
  ];

  return (
    <>
      <p>{MESSAGES.deadLettersLead}</p>
      {outcome ? <RetryOutcomeNotice outcome={outcome} /> : null}
      {letters.isPending ? <LoadingNotice /> : null}
      {letters.isError ? (
        <LoadFailedNotice error={letters.error} onRetry={() => void letters.refetch()} />
      ) : null}
      {letters.data ? (
        <Table
          caption={MESSAGES.deadLettersCaption(letters.data.length)}
          columns={columns}
          rows={letters.data}
          rowKey={(row) => row.id}
          emptyText={MESSAGES.noDeadLetters}
        />
      ) : null}
    </>
  );
}

/**
 * The result of a 再送, announced (role=status or alert) and focused: the button that was pressed
 * may have left the list with its row, and keyboard users continue from the message.
 */
function RetryOutcomeNotice({ outcome }: { outcome: RetryOutcome }) {
  const ref = useFocusOnChange<HTMLDivElement>(outcome);
  return (
    <div ref={ref} tabIndex={-1}>
      {outcome.kind === 'done' ? (
        <Notice tone="success" title={MESSAGES.retryDone(outcome.letter.title)}>
          <p>{MESSAGES.retryDoneBody}</p>
        </Notice>
      ) : (
        <Notice tone="error" title={MESSAGES.retryFailed(outcome.letter.title)}>
          {isApiRequestError(outcome.error) ? <p>{outcome.error.apiError.message.ja}</p> : null}
        </Notice>
      )}
    </div>
  );
}
