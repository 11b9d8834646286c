import type {
  CounterConfirmation,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useCancelCounterConfirmation,
  useCounterConfirmation,
  useDownloadCounterReceipt,
  useReissueCounterLink,
} from '@madoguchi/web-data-access-api';
import {
  Button,
  ButtonGroup,
  Notice,
  SummaryList,
  buttonClassName,
  useFocusOnChange,
} from '@madoguchi/web-ui-kit';
import { QRCodeSVG } from 'qrcode.react';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useState } from 'react';
import { Link } from 'react-router';
import { COUNTER_IDENTITY_METHOD_LABELS } from '../../i18n/counter-assistance.js';
import { formatDateTime } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { useCounterMessages } from './counter-messages.js';

/** The one-time link as it was issued: kept in the page only (never in the URL or a cache). */
export type CounterLink = Pick<
  IssuedCounterConfirmation,
  'confirmUrl' | 'counterScreenUrl' | 'tokenExpiresAt'
>;

export type CounterStatusProps = {
  confirmationId: string;
  /** The link issued with the answers; absent after a reload (a new one can be issued). */
  initialLink: CounterLink | null;
};

/**
 * 書かない窓口, while the resident confirms: the QR code for their phone, the same link as text
 * and for the counter's second screen, until the status shows the 受付番号.
 */
export function CounterStatus({ confirmationId, initialLink }: CounterStatusProps) {
  const confirmation = useCounterConfirmation(confirmationId);
  const reissue = useReissueCounterLink();
  const [link, setLink] = useState<CounterLink | null>(initialLink);
  const messages = useCounterMessages();
  const { locale } = useConsoleLocale();

  if (confirmation.isPending) {
    return <LoadingNotice />;
  }
  if (confirmation.isError) {
    return (
      <LoadFailedNotice error={confirmation.error} onRetry={() => void confirmation.refetch()} />
    );
  }
  const data = confirmation.data;
  const reissueLink = () =>
    reissue.mutate(confirmationId, {
      onSuccess: (issued) => setLink(issued),
    });

  return (
    <>
      <ConfirmationSummary confirmation={data} />
      {data.status === 'cancelled' ? <CancelledNotice confirmation={data} /> : null}
      {data.status === 'confirmed' ? <ConfirmedNotice confirmation={data} /> : null}
      {data.status === 'pending' ? (
        <section aria-labelledby="counter-link-heading">
          <h2 id="counter-link-heading">{messages.statusTitle}</h2>
          <p>{messages.statusLead}</p>
          {link ? (
            <PendingLink link={link} />
          ) : (
            <Notice tone="warning" title={messages.linkUnavailable} />
          )}
          {reissue.isError ? (
            <Notice tone="error" title={messages.reissueFailed}>
              {isApiRequestError(reissue.error) ? (
                <p>{pickText(reissue.error.apiError.message, locale)}</p>
              ) : null}
            </Notice>
          ) : null}
          <Button variant="secondary" disabled={reissue.isPending} onClick={reissueLink}>
            {reissue.isPending ? messages.reissuing : messages.reissue}
          </Button>
          <p role="status">{messages.waiting}</p>
          <CancelPending confirmation={data} />
        </section>
      ) : null}
    </>
  );
}

/** Cancelling asks once more, in the page (no browser dialog), naming the applicant. */
function CancelPending({ confirmation }: { confirmation: CounterConfirmation }) {
  const cancel = useCancelCounterConfirmation();
  const [isAsking, setIsAsking] = useState(false);
  const messages = useCounterMessages();
  const { locale } = useConsoleLocale();
  return (
    <div>
      {cancel.isError ? (
        <Notice tone="error" title={messages.cancelFailed}>
          {isApiRequestError(cancel.error) ? (
            <p>{pickText(cancel.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      ) : null}
      {isAsking ? (
        <div role="group" aria-label={messages.cancelNamed(confirmation.applicantName)}>
          <p>{messages.cancelConfirm(confirmation.applicantName)}</p>
          <ButtonGroup>
            <Button
              variant="warning"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate(confirmation.id)}
            >
              {cancel.isPending ? messages.cancelling : messages.cancelYes}
            </Button>
            <Button variant="secondary" onClick={() => setIsAsking(false)}>
              {messages.cancelNo}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button
          variant="secondary"
          aria-label={messages.cancelNamed(confirmation.applicantName)}
          onClick={() => setIsAsking(true)}
        >
          {messages.cancel}
        </Button>
      )}
    </div>
  );
}

function CancelledNotice({ confirmation }: { confirmation: CounterConfirmation }) {
  const messages = useCounterMessages();
  return (
    <Notice tone="warning" role="status" title={messages.cancelledTitle}>
      {confirmation.cancelledAt ? (
        <p>{messages.cancelledDetail(formatDateTime(confirmation.cancelledAt))}</p>
      ) : null}
      <p>
        <Link className={buttonClassName('secondary')} to="/counter">
          {messages.fillAnother}
        </Link>
      </p>
    </Notice>
  );
}

/** The 控え as a PDF download, to print for the resident at the counter (the API audits it). */
function PrintReceipt({ confirmation }: { confirmation: CounterConfirmation }) {
  const download = useDownloadCounterReceipt();
  const messages = useCounterMessages();
  const { locale } = useConsoleLocale();
  const print = () =>
    download.mutate(confirmation.id, {
      onSuccess: (blob) => {
        const url = URL.createObjectURL(blob);
        const anchor = document.createElement('a');
        anchor.href = url;
        anchor.download = `${confirmation.receiptNumber ?? confirmation.id}.pdf`;
        anchor.click();
        // The browser has the file once the click is handled: the URL need not outlive it long.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
    });
  return (
    <>
      {download.isError ? (
        <Notice tone="error" title={messages.printFailed}>
          {isApiRequestError(download.error) ? (
            <p>{pickText(download.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      ) : null}
      <Button variant="secondary" disabled={download.isPending} onClick={print}>
        {download.isPending ? messages.printingReceipt : messages.printReceipt}
      </Button>
    </>
  );
}

function PendingLink({ link }: { link: CounterLink }) {
  const isExpired = Date.parse(link.tokenExpiresAt) <= Date.now();
  const messages = useCounterMessages();
  if (isExpired) {
    return <Notice tone="warning" title={messages.linkExpired} />;
  }
  return (
    <div className="mdg-counter-link">
      <figure>
        <QRCodeSVG
          value={link.confirmUrl}
          size={224}
          marginSize={4}
          title={messages.qrLabel}
          role="img"
          aria-label={messages.qrLabel}
        />
        <figcaption>{messages.qrLabel}</figcaption>
      </figure>
      <p id="counter-link-label">{messages.linkLabel}</p>
      <p>
        <code aria-labelledby="counter-link-label" data-testid="counter-confirm-url">
          {link.confirmUrl}
        </code>
      </p>
      <p>
        <a
          className={buttonClassName('primary')}
          href={link.counterScreenUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          {messages.counterScreenLink}
        </a>
      </p>
      <p>{messages.expiresAt(formatDateTime(link.tokenExpiresAt))}</p>
    </div>
  );
}

function ConfirmationSummary({ confirmation }: { confirmation: CounterConfirmation }) {
  const messages = useCounterMessages();
  const { locale } = useConsoleLocale();
  const identity = messages.identityWithNote(
    COUNTER_IDENTITY_METHOD_LABELS[confirmation.identityCheck.method][locale],
    confirmation.identityCheck.note,
  );
  return (
    <SummaryList
      rows={[
        {
          key: 'procedure',
          label: messages.summary.procedure,
          value: pickText(confirmation.procedureTitle, locale),
        },
        {
          key: 'applicant',
          label: messages.summary.applicant,
          value: confirmation.applicantName,
        },
        {
          key: 'filledBy',
          label: messages.summary.filledBy,
          value: confirmation.filledBy.displayName,
        },
        { key: 'identity', label: messages.summary.identity, value: identity },
        {
          key: 'attachments',
          label: messages.summaryAttachments,
          value: messages.attachmentCount(confirmation.attachmentCount),
        },
        {
          key: 'status',
          label: messages.summary.status,
          value: messages.statusLabels[confirmation.status],
        },
      ]}
    />
  );
}

function ConfirmedNotice({ confirmation }: { confirmation: CounterConfirmation }) {
  const ref = useFocusOnChange<HTMLDivElement>(confirmation.status);
  const messages = useCounterMessages();
  return (
    <div ref={ref} tabIndex={-1}>
      <Notice tone="success" role="alert" title={messages.statusConfirmedTitle}>
        <p>{messages.confirmedLead(confirmation.receiptNumber ?? '')}</p>
        {confirmation.confirmedVia && confirmation.confirmedAt ? (
          <p>
            {messages.confirmedDetail(
              messages.confirmedVia[confirmation.confirmedVia],
              formatDateTime(confirmation.confirmedAt),
            )}
          </p>
        ) : null}
        <p>
          {confirmation.applicationId ? (
            <Link
              className={buttonClassName('primary')}
              to={`/applications/${confirmation.applicationId}`}
            >
              {messages.openApplication}
            </Link>
          ) : null}{' '}
          <Link className={buttonClassName('secondary')} to="/counter">
            {messages.fillAnother}
          </Link>
        </p>
        <PrintReceipt confirmation={confirmation} />
      </Notice>
    </div>
  );
}
