import { APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { pickText } from '@madoguchi/shared-util-i18n';
import { AnswersView } from '@madoguchi/forms-feature-render';
import { useMyApplication, useProcedureForm } from '@madoguchi/web-data-access-api';
import { Notice, SummaryList, buttonClassName } from '@madoguchi/web-ui-kit';
import type { ResidentApplicationDetail as ApplicationDetailView } from '@madoguchi/procedures-contracts';
import { Link, useLocation } from '../../routing/router.js';
import { formatCalendarDate, formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { useText } from '../../i18n/use-text.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { ReceiptDownloadLink } from '../receipt/receipt-download-link.js';
import { DecisionNoticeLink } from '../verify/decision-notice-link.js';
import { ApplicationStatusTag } from './application-status-tag.js';
import { DUE_DATE_TEXTS, STATUS_NEXT_STEPS } from './status-next-steps.js';
import { WithdrawApplication } from './withdraw-application.js';

function hasResubmittedNotice(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as { notice?: unknown }).notice === 'resubmitted'
  );
}

/** The answers as sent, under the labels of their form version (個人番号 masked by the API). */
function SentAnswers({
  municipalityCode,
  procedureId,
  formVersion,
  answers,
}: {
  municipalityCode: string;
  procedureId: string;
  formVersion: number;
  answers: Record<string, unknown>;
}) {
  const { locale } = useLocale();
  const form = useProcedureForm(municipalityCode, procedureId, formVersion);
  if (form.isPending) {
    return <LoadingNotice />;
  }
  if (form.isError) {
    return <LoadFailedNotice error={form.error} onRetry={() => void form.refetch()} />;
  }
  return (
    <AnswersView
      definition={form.data.definition}
      answers={answers}
      locale={locale}
      headingLevel={3}
    />
  );
}

const OPEN_STATUSES = new Set([
  'submitted',
  'in_review',
  'correction_requested',
  'resubmitted',
  'awaiting_approval',
]);

/**
 * The last entry of the timeline: what happens next for the current status, and while the
 * application is open, the expected completion date (an estimate from the 標準処理期間, which
 * stands still while a correction waits for the resident).
 */
function NextStep({ detail }: { detail: ApplicationDetailView }) {
  const { locale } = useLocale();
  const text = useText();
  const isOpen = OPEN_STATUSES.has(detail.status);
  return (
    <li className="mdg-timeline__next">
      <strong>{text(DUE_DATE_TEXTS.nextHeading)}</strong>
      <p>{text(STATUS_NEXT_STEPS[detail.status])}</p>
      {isOpen && detail.dueDate ? (
        <>
          <p>
            {text(DUE_DATE_TEXTS.dueDateLabel)}：
            <strong>
              {text(DUE_DATE_TEXTS.dueDate(formatCalendarDate(detail.dueDate, locale)))}
            </strong>
          </p>
          <p className="mdg-hint">{text(DUE_DATE_TEXTS.estimate)}</p>
          {detail.status === 'correction_requested' ? (
            <p className="mdg-hint">{text(DUE_DATE_TEXTS.paused)}</p>
          ) : null}
        </>
      ) : null}
    </li>
  );
}

/** One application: its status, the messages of the office (申請先からの連絡) and its history. */
export function ApplicationDetail({ applicationId }: { applicationId: string }) {
  const { messages, locale } = useLocale();
  const text = useText();
  const application = useMyApplication(applicationId);
  const location = useLocation();
  useDocumentTitle(
    application.data
      ? pickText(application.data.procedureTitle, locale)
      : messages.applicationsTitle,
  );
  if (application.isPending) {
    return <LoadingNotice />;
  }
  if (application.isError) {
    return (
      <LoadFailedNotice error={application.error} onRetry={() => void application.refetch()} />
    );
  }
  const detail = application.data;
  const officeMessages = detail.events.filter((event) => event.messageToResident);
  const events = [...detail.events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <>
      <h1>{text(detail.procedureTitle)}</h1>
      {hasResubmittedNotice(location.state) ? (
        <Notice tone="success" title={messages.resubmitted} />
      ) : null}
      {detail.status === 'correction_requested' ? (
        <Notice tone="warning" title={messages.correctionNoticeTitle}>
          <p>{text(messages.correctionNoticeBody)}</p>
          <Link className={buttonClassName('primary')} to={`/applications/${detail.id}/correct`}>
            {text(messages.correctApplication)}
          </Link>
        </Notice>
      ) : null}
      <SummaryList
        rows={[
          { key: 'receipt', label: messages.receiptNumberLabel, value: detail.receiptNumber },
          {
            key: 'status',
            label: messages.statusLabel,
            value: <ApplicationStatusTag status={detail.status} />,
          },
          {
            key: 'submitted',
            label: messages.receivedAtLabel,
            value: formatDateTime(detail.submittedAt, locale),
          },
          {
            key: 'updated',
            label: messages.updatedAtLabel,
            value: formatDateTime(detail.updatedAt, locale),
          },
        ]}
      />
      <p>
        <ReceiptDownloadLink
          applicationId={detail.id}
          receiptNumber={detail.receiptNumber}
          variant="secondary"
        />
      </p>
      <DecisionNoticeLink
        applicationId={detail.id}
        receiptNumber={detail.receiptNumber}
        status={detail.status}
      />
      <h2>{text(messages.messagesHeading)}</h2>
      {officeMessages.length === 0 ? (
        <p>{text(messages.noMessages)}</p>
      ) : (
        <ul className="mdg-card-list">
          {officeMessages.map((event) => (
            <li key={event.id} className="mdg-card">
              <p className="mdg-hint">{formatDateTime(event.occurredAt, locale)}</p>
              <p className="mdg-message">{event.messageToResident}</p>
            </li>
          ))}
        </ul>
      )}
      <h2>{text(messages.historyHeading)}</h2>
      <ol className="mdg-timeline">
        {events.map((event) => (
          <li key={event.id}>
            <strong>{text(APPLICATION_STATUS_LABELS[event.toStatus])}</strong>
            <br />
            <span className="mdg-hint">
              {formatDateTime(event.occurredAt, locale)}（{messages.actorKinds[event.actorKind]}）
            </span>
          </li>
        ))}
        <NextStep detail={detail} />
      </ol>
      <h2>{text(messages.answersHeading)}</h2>
      <SentAnswers
        municipalityCode={detail.municipalityCode}
        procedureId={detail.procedureId}
        formVersion={detail.formVersion}
        answers={detail.answers}
      />
      <WithdrawApplication application={detail} />
      <p>
        <Link to="/applications">{text(messages.backToApplications)}</Link>
      </p>
    </>
  );
}
