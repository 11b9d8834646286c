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
import { useState } from 'react';
import { Link } from 'react-router';
import { COUNTER_IDENTITY_METHOD_LABELS } from '../../i18n/counter-assistance.js';
import { formatDateTime } from '../../i18n/format.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { COUNTER_MESSAGES } from './counter-messages.js';

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
          <h2 id="counter-link-heading">{COUNTER_MESSAGES.statusTitle}</h2>
          <p>{COUNTER_MESSAGES.statusLead}</p>
          {link ? (
            <PendingLink link={link} />
          ) : (
            <Notice tone="warning" title={COUNTER_MESSAGES.linkUnavailable} />
          )}
          {reissue.isError ? (
            <Notice tone="error" title={COUNTER_MESSAGES.reissueFailed}>
              {isApiRequestError(reissue.error) ? <p>{reissue.error.apiError.message.ja}</p> : null}
            </Notice>
          ) : null}
          <Button variant="secondary" disabled={reissue.isPending} onClick={reissueLink}>
            {reissue.isPending ? COUNTER_MESSAGES.reissuing : COUNTER_MESSAGES.reissue}
          </Button>
          <p role="status">{COUNTER_MESSAGES.waiting}</p>
        </section>
      )}
    </>
  );
}

function PendingLink({ link }: { link: CounterLink }) {
  const isExpired = Date.parse(link.tokenExpiresAt) <= Date.now();
  if (isExpired) {
    return <Notice tone="warning" title={COUNTER_MESSAGES.linkExpired} />;
  }
  return (
    <div className="mdg-counter-link">
      <figure>
        <QRCodeSVG
          value={link.confirmUrl}
          size={224}
          marginSize={4}
          title={COUNTER_MESSAGES.qrLabel}
          role="img"
          aria-label={COUNTER_MESSAGES.qrLabel}
        />
        <figcaption>{COUNTER_MESSAGES.qrLabel}</figcaption>
      </figure>
      <p id="counter-link-label">{COUNTER_MESSAGES.linkLabel}</p>
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
          {COUNTER_MESSAGES.counterScreenLink}
        </a>
      </p>
      <p>{COUNTER_MESSAGES.expiresAt(formatDateTime(link.tokenExpiresAt))}</p>
    </div>
  );
}

function ConfirmationSummary({ confirmation }: { confirmation: CounterConfirmation }) {
  const identity = COUNTER_MESSAGES.identitySummary(
    COUNTER_IDENTITY_METHOD_LABELS[confirmation.identityCheck.method],
    confirmation.identityCheck.note,
  ).replace(/^本人確認：/u, '');
  return (
    <SummaryList
      rows={[
        {
          key: 'procedure',
          label: COUNTER_MESSAGES.summary.procedure,
          value: confirmation.procedureTitle.ja,
        },
        {
          key: 'applicant',
          label: COUNTER_MESSAGES.summary.applicant,
          value: confirmation.applicantName,
        },
        {
          key: 'filledBy',
          label: COUNTER_MESSAGES.summary.filledBy,
          value: confirmation.filledBy.displayName,
        },
        { key: 'identity', label: COUNTER_MESSAGES.summary.identity, value: identity },
        {
          key: 'status',
          label: COUNTER_MESSAGES.summary.status,
          value: COUNTER_MESSAGES.statusLabels[confirmation.status],
        },
      ]}
    />
  );
}

function ConfirmedNotice({ confirmation }: { confirmation: CounterConfirmation }) {
  const ref = useFocusOnChange<HTMLDivElement>(confirmation.status);
  return (
    <div ref={ref} tabIndex={-1}>
      <Notice tone="success" role="alert" title={COUNTER_MESSAGES.statusConfirmedTitle}>
        <p>{COUNTER_MESSAGES.confirmedLead(confirmation.receiptNumber ?? '')}</p>
        {confirmation.confirmedVia && confirmation.confirmedAt ? (
          <p>
            {COUNTER_MESSAGES.confirmedDetail(
              COUNTER_MESSAGES.confirmedVia[confirmation.confirmedVia],
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
              {COUNTER_MESSAGES.openApplication}
            </Link>
          ) : null}{' '}
          <Link className={buttonClassName('secondary')} to="/counter">
            {COUNTER_MESSAGES.fillAnother}
          </Link>
        </p>
      </Notice>
    </div>
  );
}
