import type {
  CounterConfirmation,
  CounterConfirmationState,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  useCancelCounterConfirmation,
  useCounterConfirmations,
  useReissueCounterLink,
} from '@madoguchi/web-data-access-api';
import type { StatusTone, TableColumn } from '@madoguchi/web-ui-kit';
import { Button, ButtonGroup, Notice, StatusTag, Table } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { useCounterMessages } from './counter-messages.js';

const STATE_TONES: Record<CounterConfirmationState, StatusTone> = {
  awaiting: 'progress',
  expired: 'warning',
  confirmed: 'success',
  cancelled: 'neutral',
};

export type CounterListProps = {
  /** After a new link was issued for one: its status page shows the QR code again. */
  onLinkIssued: (issued: IssuedCounterConfirmation) => void;
};

/**
 * 書かない窓口: the municipality's counter applications of the last day and every one still
 * waiting for the resident, with who filled it, when, until when its link works and its state;
 * a pending one can get a new link (the QR code again) or be cancelled.
 */
export function CounterList({ onLinkIssued }: CounterListProps) {
  const list = useCounterConfirmations();
  const reissue = useReissueCounterLink();
  const cancel = useCancelCounterConfirmation();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const messages = useCounterMessages();
  const { locale } = useConsoleLocale();

  if (list.isPending) {
    return <LoadingNotice />;
  }
  if (list.isError) {
    return <LoadFailedNotice error={list.error} onRetry={() => void list.refetch()} />;
  }
  const failure = reissue.error ?? cancel.error;
  const columns: TableColumn<CounterConfirmation>[] = [
    {
      id: 'applicant',
      header: messages.listColumns.applicant,
      cell: (row) => row.applicantName,
      isRowHeader: true,
    },
    {
      id: 'procedure',
      header: messages.listColumns.procedure,
      cell: (row) => pickText(row.procedureTitle, locale),
    },
    {
      id: 'filledBy',
      header: messages.listColumns.filledBy,
      cell: (row) => row.filledBy.displayName,
    },
    {
      id: 'createdAt',
      header: messages.listColumns.createdAt,
      cell: (row) => formatDateTime(row.createdAt),
    },
    {
      id: 'expiresAt',
      header: messages.listColumns.expiresAt,
      cell: (row) => (row.status === 'pending' ? formatDateTime(row.tokenExpiresAt) : '—'),
    },
    {
      id: 'state',
      header: messages.listColumns.state,
      cell: (row) => (
        <StatusTag label={messages.stateLabels[row.state]} tone={STATE_TONES[row.state]} />
      ),
    },
    {
      id: 'actions',
      header: messages.listColumns.actions,
      cell: (row) =>
        cancelling === row.id ? (
          <div role="group" aria-label={messages.cancelNamed(row.applicantName)}>
            <p>{messages.cancelConfirm(row.applicantName)}</p>
            <ButtonGroup>
              <Button
                variant="warning"
                disabled={cancel.isPending}
                onClick={() => cancel.mutate(row.id, { onSettled: () => setCancelling(null) })}
              >
                {cancel.isPending ? messages.cancelling : messages.cancelYes}
              </Button>
              <Button variant="secondary" onClick={() => setCancelling(null)}>
                {messages.cancelNo}
              </Button>
            </ButtonGroup>
          </div>
        ) : (
          <ButtonGroup>
            <Link to={`/counter/${row.id}`} aria-label={messages.openStatus(row.applicantName)}>
              {messages.openStatusShort}
            </Link>
            {row.status === 'pending' ? (
              <>
                <Button
                  variant="secondary"
                  aria-label={messages.showQr(row.applicantName)}
                  disabled={reissue.isPending}
                  onClick={() => reissue.mutate(row.id, { onSuccess: onLinkIssued })}
                >
                  {messages.showQrShort}
                </Button>
                <Button
                  variant="secondary"
                  aria-label={messages.cancelNamed(row.applicantName)}
                  onClick={() => setCancelling(row.id)}
                >
                  {messages.cancel}
                </Button>
              </>
            ) : null}
          </ButtonGroup>
        ),
    },
  ];
  return (
    <section aria-labelledby="counter-list-heading">
      <h2 id="counter-list-heading">{messages.listHeading}</h2>
      {failure ? (
        <Notice
          tone="error"
          role="alert"
          title={reissue.error ? messages.reissueFailed : messages.cancelFailed}
        >
          {isApiRequestError(failure) ? <p>{pickText(failure.apiError.message, locale)}</p> : null}
        </Notice>
      ) : null}
      <Table
        caption={messages.listCaption}
        isCaptionHidden
        columns={columns}
        rows={list.data.items}
        rowKey={(row) => row.id}
        emptyText={messages.listEmpty}
      />
    </section>
  );
}
