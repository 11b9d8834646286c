import type {
  CounterConfirmation,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useCounterConfirmation,
  useReissueCounterLink,
} from '@madoguchi/web-data-access-api';
import {
  Button,
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
      {data.status === 'confirmed' ? (
        <ConfirmedNotice confirmation={data} />
      ) : (
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
        </section>
      )}
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
      </Notice>
    </div>
  );
}
