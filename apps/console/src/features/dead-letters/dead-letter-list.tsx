import type { DeadLetter } from '@madoguchi/notifications-contracts';
import {
  isApiRequestError,
  useDeadLetters,
  useRetryDeadLetter,
} from '@madoguchi/web-data-access-api';
import type { TableColumn } from '@madoguchi/web-ui-kit';
import { Button, Notice, Table, VisuallyHidden, useFocusOnChange } from '@madoguchi/web-ui-kit';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useState } from 'react';
import { formatDateTime } from '../../i18n/format.js';
import { useConsoleLocale, useMessages } from '../../i18n/locale-context.js';
import type { ConsoleMessages } from '../../i18n/messages.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';

/** What the last 再送 did, kept with its row: a retried row leaves the list. */
type RetryOutcome =
  { kind: 'done'; letter: DeadLetter } | { kind: 'failed'; letter: DeadLetter; error: unknown };

function failedAtText(letter: DeadLetter, messages: ConsoleMessages): string {
  return letter.failedAt ? formatDateTime(letter.failedAt) : messages.notRecorded;
}

/**
 * 送信に失敗した通知: deliveries of the municipality that failed for good, with a 再送 button per
 * row. Shows only what the API gives (the resident id, never the address or the body).
 */
export function DeadLetterList() {
  const letters = useDeadLetters();
  const retry = useRetryDeadLetter();
  const [outcome, setOutcome] = useState<RetryOutcome | null>(null);
  const messages = useMessages();

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
      header: messages.deadLetterColumns.title,
      isRowHeader: true,
      cell: (row) => row.title,
    },
    {
      id: 'channel',
      header: messages.deadLetterColumns.channel,
      cell: (row) => messages.deliveryChannels[row.channel],
    },
    {
      id: 'recipient',
      header: messages.deadLetterColumns.recipient,
      cell: (row) => row.recipientId,
    },
    {
      id: 'category',
      header: messages.deadLetterColumns.category,
      cell: (row) => messages.notificationCategories[row.category],
    },
    {
      id: 'attempts',
      header: messages.deadLetterColumns.attempts,
      align: 'end',
      cell: (row) => messages.attempts(row.attempts),
    },
    {
      id: 'lastError',
      header: messages.deadLetterColumns.lastError,
      cell: (row) => (row.lastError ? <code>{row.lastError}</code> : messages.notRecorded),
    },
    {
      id: 'failedAt',
      header: messages.deadLetterColumns.failedAt,
      cell: (row) => failedAtText(row, messages),
    },
    {
      id: 'action',
      header: messages.deadLetterColumns.action,
      cell: (row) => {
        const isThisPending = retry.isPending && retry.variables === row.id;
        return (
          <Button variant="secondary" disabled={retry.isPending} onClick={() => retryLetter(row)}>
            {isThisPending ? messages.retryingDeadLetter : messages.retryDeadLetter}
            <VisuallyHidden>
              {messages.retryDeadLetterTarget(
                row.title,
                messages.deliveryChannels[row.channel],
                row.recipientId,
                failedAtText(row, messages),
              )}
            </VisuallyHidden>
          </Button>
        );
      },
    },
  ];

  return (
    <>
      <p>{messages.deadLettersLead}</p>
      {outcome ? <RetryOutcomeNotice outcome={outcome} /> : null}
      {letters.isPending ? <LoadingNotice /> : null}
      {letters.isError ? (
        <LoadFailedNotice error={letters.error} onRetry={() => void letters.refetch()} />
      ) : null}
      {letters.data ? (
        <Table
          caption={messages.deadLettersCaption(letters.data.length)}
          columns={columns}
          rows={letters.data}
          rowKey={(row) => row.id}
          emptyText={messages.noDeadLetters}
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
  const { locale, messages } = useConsoleLocale();
  return (
    <div ref={ref} tabIndex={-1}>
      {outcome.kind === 'done' ? (
        <Notice tone="success" title={messages.retryDone(outcome.letter.title)}>
          <p>{messages.retryDoneBody}</p>
        </Notice>
      ) : (
        <Notice tone="error" title={messages.retryFailed(outcome.letter.title)}>
          {isApiRequestError(outcome.error) ? (
            <p>{pickText(outcome.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      )}
    </div>
  );
}
