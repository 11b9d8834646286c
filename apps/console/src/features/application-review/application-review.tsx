import { AnswersView } from '@madoguchi/forms-feature-render';
import type { StaffAttachment } from '@madoguchi/procedures-contracts';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  useApiClient,
  useProcedureForm,
  useStaffApplication,
} from '@madoguchi/web-data-access-api';
import { Button, Notice, SummaryList, buttonClassName } from '@madoguchi/web-ui-kit';
import { Link } from 'react-router';
import {
  formatDate,
  formatDateTime,
  formatDecisionRecord,
  formatStatus,
} from '../../i18n/format.js';
import { describeCounterAssistance } from '../../i18n/counter-assistance.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { ApplicationStatusTag } from '../work-queue/application-status-tag.js';
import { AnswerChanges } from './answer-changes.js';
import { ApplicationAttachments } from './application-attachments.js';
import { ApplicationNotes } from './application-notes.js';
import { ApprovalChainList } from './approval-chain-list.js';
import { AssigneeForm } from './assignee-form.js';
import { DecisionNoticeLink } from './decision-notice-link.js';
import { PersonalNumberReveal } from './personal-number-reveal.js';
import { SignaturePanel } from './signature-panel.js';
import { useReviewMessages } from './review-messages.js';
import './review-print.css';
import { TransitionForm } from './transition-form.js';

type OverviewMessages = ReturnType<typeof useReviewMessages>['overview'];

/** The level the resident signed in with when it is on record, else what the procedure required. */
function describeIdentityLevel(
  overview: OverviewMessages,
  required: number,
  submitter: number | undefined,
): string {
  const label = (level: number) => overview.identityLevels[level] ?? String(level);
  return submitter
    ? `${label(submitter)}${overview.submitterIdentityNote(label(required))}`
    : `${label(required)} ${overview.identityLevelNote}`;
}

/** The answers of an application under the labels of its exact form version (sensitive values masked). */
function ApplicationAnswers({
  applicationId,
  municipalityCode,
  procedureId,
  formVersion,
  answers,
  attachments,
}: {
  applicationId: string;
  municipalityCode: string;
  procedureId: string;
  formVersion: number;
  answers: Record<string, unknown>;
  attachments: readonly StaffAttachment[];
}) {
  const { locale } = useConsoleLocale();
  const form = useProcedureForm(municipalityCode, procedureId, formVersion);
  if (form.isPending) {
    return <LoadingNotice />;
  }
  if (form.isError) {
    return <LoadFailedNotice error={form.error} onRetry={() => void form.refetch()} />;
  }
  return (
    <>
      <AnswersView
        definition={form.data.definition}
        answers={answers}
        locale={locale}
        headingLevel={3}
        attachmentNames={
          new Map(attachments.map((attachment) => [attachment.id, attachment.fileName]))
        }
      />
      <div className="mdg-no-print">
        <PersonalNumberReveal
          applicationId={applicationId}
          definition={form.data.definition}
          answers={answers}
        />
      </div>
      <ApplicationAttachments attachments={attachments} definition={form.data.definition} />
    </>
  );
}

/** One application for review: overview, answers, history and the transitions staff may make. */
export function ApplicationReview({ applicationId }: { applicationId: string }) {
  const { locale, messages } = useConsoleLocale();
  const review = useReviewMessages();
  const overview = review.overview;
  const application = useStaffApplication(applicationId);
  const client = useApiClient();
  useDocumentTitle(
    application.data ? messages.reviewTitle(application.data.receiptNumber) : messages.loading,
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
  const events = [...detail.events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <>
      <h1>{messages.reviewTitle(detail.receiptNumber)}</h1>
      <p className="mdg-no-print">
        <Link to="/">{messages.backToQueue}</Link>
      </p>
      <div className="mdg-no-print mdg-review__print">
        <Button
          variant="secondary"
          aria-describedby="review-print-hint"
          onClick={() => window.print()}
        >
          {review.print.button}
        </Button>
        <p id="review-print-hint" className="mdg-hint">
          {review.print.hint}
        </p>
        <a
          className={buttonClassName('secondary')}
          href={client.staffReceiptPdfUrl(detail.id)}
          download={`${detail.receiptNumber}.pdf`}
          type="application/pdf"
          aria-describedby="review-receipt-hint"
        >
          {review.print.receipt}
        </a>
        <p id="review-receipt-hint" className="mdg-hint">
          {review.print.receiptHint}
        </p>
      </div>
      <div className="mdg-review">
        <div className="mdg-review__main">
          <h2>{messages.overviewHeading}</h2>
          <SummaryList
            rows={[
              {
                key: 'receipt',
                label: messages.columns.receiptNumber,
                value: detail.receiptNumber,
              },
              {
                key: 'procedure',
                label: messages.columns.procedure,
                value: pickText(detail.procedureTitle, locale),
              },
              { key: 'applicant', label: messages.columns.applicant, value: detail.applicantName },
              {
                key: 'status',
                label: messages.columns.status,
                value: <ApplicationStatusTag status={detail.status} />,
              },
              {
                key: 'submitted',
                label: messages.columns.submittedAt,
                value: formatDateTime(detail.submittedAt),
              },
              {
                key: 'updated',
                label: messages.updatedAtLabel,
                value: formatDateTime(detail.updatedAt),
              },
              { key: 'version', label: messages.formVersionLabel, value: `v${detail.formVersion}` },
              ...(detail.identityLevel
                ? [
                    {
                      key: 'identity',
                      label: overview.identityLevel,
                      value: describeIdentityLevel(
                        overview,
                        detail.identityLevel,
                        detail.submitterIdentityLevel,
                      ),
                    },
                  ]
                : []),
              ...(detail.counterAssisted
                ? [
                    {
                      key: 'counter',
                      label: overview.counterAssisted,
                      value: describeCounterAssistance(detail.counterAssisted, locale),
                    },
                  ]
                : []),
              ...(detail.dueDate
                ? [
                    {
                      key: 'due',
                      label: messages.dueDateLabel,
                      value:
                        detail.status === 'correction_requested' ? (
                          <>
                            {formatDate(detail.dueDate, locale)}
                            <br />
                            <span className="mdg-hint">{overview.dueDatePaused}</span>
                          </>
                        ) : (
                          formatDate(detail.dueDate, locale)
                        ),
                    },
                  ]
                : []),
              ...(detail.pendingDecision
                ? [
                    {
                      key: 'decision',
                      label: messages.pendingDecisionLabel,
                      value: formatStatus(detail.pendingDecision, locale),
                    },
                  ]
                : []),
              {
                key: 'approvalChain',
                label: overview.approvalChain,
                value: <ApprovalChainList application={detail} />,
              },
            ]}
          />
          {detail.signature ? <SignaturePanel signature={detail.signature} /> : null}
          <DecisionNoticeLink application={detail} />
          <h2>{messages.answersHeading}</h2>
          <Notice tone="info">
            <p>{messages.answersNote}</p>
          </Notice>
          <ApplicationAnswers
            applicationId={detail.id}
            municipalityCode={detail.municipalityCode}
            procedureId={detail.procedureId}
            formVersion={detail.formVersion}
            answers={detail.answers}
            attachments={detail.attachments ?? []}
          />
          {detail.answerVersions ? (
            <AnswerChanges
              versions={detail.answerVersions}
              municipalityCode={detail.municipalityCode}
              procedureId={detail.procedureId}
              formVersion={detail.formVersion}
            />
          ) : null}
        </div>
        <div className="mdg-review__side">
          <div className="mdg-no-print">
            <TransitionForm application={detail} />
            <AssigneeForm application={detail} />
            <ApplicationNotes applicationId={detail.id} />
          </div>
          <h2>{messages.historyHeading}</h2>
          <ol className="mdg-timeline">
            {events.map((event) => (
              <li key={event.id}>
                <strong>{formatStatus(event.toStatus, locale)}</strong>
                <br />
                <span className="mdg-hint">
                  {messages.historyActor(
                    formatDateTime(event.occurredAt),
                    messages.actorKinds[event.actorKind],
                  )}
                </span>
                {event.comment ? (
                  <p className="mdg-message">
                    {messages.historyComment}
                    {messages.separator}
                    {event.comment}
                  </p>
                ) : null}
                {event.messageToResident ? (
                  <p className="mdg-message">
                    {messages.historyMessage}
                    {messages.separator}
                    {event.messageToResident}
                  </p>
                ) : null}
                {event.decisionRecord ? (
                  <p className="mdg-message">
                    {messages.historyDecisionRecord}
                    {messages.separator}
                    {formatDecisionRecord(event.decisionRecord, locale)}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      </div>
    </>
  );
}
