import { AnswersView } from '@madoguchi/forms-feature-render';
import type { StaffAttachment } from '@madoguchi/procedures-contracts';
import { APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { useProcedureForm, useStaffApplication } from '@madoguchi/web-data-access-api';
import { Button, Notice, SummaryList } from '@madoguchi/web-ui-kit';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatDecisionRecord } from '../../i18n/format.js';
import { MESSAGES } from '../../i18n/messages.js';
import { useDocumentTitle } from '../../i18n/use-document-title.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { ApplicationStatusTag } from '../work-queue/application-status-tag.js';
import { AnswerChanges } from './answer-changes.js';
import { ApplicationAttachments } from './application-attachments.js';
import { ApplicationNotes } from './application-notes.js';
import { ApprovalChainList } from './approval-chain-list.js';
import { AssigneeForm } from './assignee-form.js';
import { PersonalNumberReveal } from './personal-number-reveal.js';
import { REVIEW_MESSAGES } from './review-messages.js';
import './review-print.css';
import { TransitionForm } from './transition-form.js';

const OVERVIEW = REVIEW_MESSAGES.overview;

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
        locale="ja"
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
  const application = useStaffApplication(applicationId);
  useDocumentTitle(
    application.data ? MESSAGES.reviewTitle(application.data.receiptNumber) : MESSAGES.loading,
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
      <h1>{MESSAGES.reviewTitle(detail.receiptNumber)}</h1>
      <p className="mdg-no-print">
        <Link to="/">{MESSAGES.backToQueue}</Link>
      </p>
      <div className="mdg-no-print mdg-review__print">
        <Button
          variant="secondary"
          aria-describedby="review-print-hint"
          onClick={() => window.print()}
        >
          {REVIEW_MESSAGES.print.button}
        </Button>
        <p id="review-print-hint" className="mdg-hint">
          {REVIEW_MESSAGES.print.hint}
        </p>
      </div>
      <div className="mdg-review">
        <div className="mdg-review__main">
          <h2>{MESSAGES.overviewHeading}</h2>
          <SummaryList
            rows={[
              {
                key: 'receipt',
                label: MESSAGES.columns.receiptNumber,
                value: detail.receiptNumber,
              },
              {
                key: 'procedure',
                label: MESSAGES.columns.procedure,
                value: detail.procedureTitle.ja,
              },
              { key: 'applicant', label: MESSAGES.columns.applicant, value: detail.applicantName },
              {
                key: 'status',
                label: MESSAGES.columns.status,
                value: <ApplicationStatusTag status={detail.status} />,
              },
              {
                key: 'submitted',
                label: MESSAGES.columns.submittedAt,
                value: formatDateTime(detail.submittedAt),
              },
              {
                key: 'updated',
                label: MESSAGES.updatedAtLabel,
                value: formatDateTime(detail.updatedAt),
              },
              { key: 'version', label: MESSAGES.formVersionLabel, value: `v${detail.formVersion}` },
              ...(detail.identityLevel
                ? [
                    {
                      key: 'identity',
                      label: OVERVIEW.identityLevel,
                      value: `${OVERVIEW.identityLevels[detail.identityLevel] ?? detail.identityLevel} ${OVERVIEW.identityLevelNote}`,
                    },
                  ]
                : []),
              ...(detail.dueDate
                ? [
                    {
                      key: 'due',
                      label: MESSAGES.dueDateLabel,
                      value:
                        detail.status === 'correction_requested' ? (
                          <>
                            {formatDate(detail.dueDate)}
                            <br />
                            <span className="mdg-hint">{OVERVIEW.dueDatePaused}</span>
                          </>
                        ) : (
                          formatDate(detail.dueDate)
                        ),
                    },
                  ]
                : []),
              ...(detail.pendingDecision
                ? [
                    {
                      key: 'decision',
                      label: MESSAGES.pendingDecisionLabel,
                      value: APPLICATION_STATUS_LABELS[detail.pendingDecision].ja,
                    },
                  ]
                : []),
              {
                key: 'approvalChain',
                label: OVERVIEW.approvalChain,
                value: <ApprovalChainList application={detail} />,
              },
            ]}
          />
          <h2>{MESSAGES.answersHeading}</h2>
          <Notice tone="info">
            <p>{MESSAGES.answersNote}</p>
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
          <h2>{MESSAGES.historyHeading}</h2>
          <ol className="mdg-timeline">
            {events.map((event) => (
              <li key={event.id}>
                <strong>{APPLICATION_STATUS_LABELS[event.toStatus].ja}</strong>
                <br />
                <span className="mdg-hint">
                  {formatDateTime(event.occurredAt)}（{MESSAGES.actorKinds[event.actorKind]}）
                </span>
                {event.comment ? (
                  <p className="mdg-message">
                    {MESSAGES.historyComment}：{event.comment}
                  </p>
                ) : null}
                {event.messageToResident ? (
                  <p className="mdg-message">
                    {MESSAGES.historyMessage}：{event.messageToResident}
                  </p>
                ) : null}
                {event.decisionRecord ? (
                  <p className="mdg-message">
                    {MESSAGES.historyDecisionRecord}：{formatDecisionRecord(event.decisionRecord)}
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
