import type { CompiledForm } from '@madoguchi/forms-schema';
import type {
  AnswerVersion,
  ApplicationDetail,
  ApplicationEvent,
  ApplicationSummary,
  ResidentApplicationDetail,
  ResidentApplicationEvent,
  ResidentApplicationSummary,
} from '@madoguchi/procedures-contracts';
import type {
  ApplicationStatus,
  DecisionRecord,
  DecisionRecordKind,
} from '@madoguchi/procedures-domain';
import { toApprovalStages } from '@madoguchi/procedures-domain';
import type {
  ApplicationAnswerVersionEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ProcedureEntity,
} from '@madoguchi/server-database';

import { maskSensitiveAnswers } from '../personal-data/sensitive-answers.js';

export function toSummaryDto(
  application: ApplicationEntity,
  form: CompiledForm,
): ApplicationSummary {
  return {
    id: application.id,
    receiptNumber: application.receiptNumber,
    municipalityCode: application.municipalityCode,
    procedureId: application.procedureId,
    procedureTitle: form.definition.title,
    formVersion: application.formVersion,
    status: application.status as ApplicationStatus,
    applicantName: application.applicantName,
    submittedAt: application.submittedAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
    dueDate: application.dueDate,
    assigneeId: application.assigneeId,
  };
}

/** One step of the history, as residents, staff and back-office systems see it. */
export function toEventDto(event: ApplicationEventEntity): ApplicationEvent {
  return {
    id: event.id,
    fromStatus: event.fromStatus as ApplicationStatus | null,
    toStatus: event.toStatus as ApplicationStatus,
    actorKind: event.actorKind,
    comment: event.comment,
    messageToResident: event.messageToResident,
    // Validated with decisionRecordSchema before it was written.
    decisionRecord: event.decisionRecord as DecisionRecord | null,
    occurredAt: event.occurredAt.toISOString(),
  };
}

/** The full application as staff see it: sensitive values are masked. */
export function toDetailDto(
  application: ApplicationEntity,
  events: ApplicationEventEntity[],
  form: CompiledForm,
  procedure: {
    approvalChain: ProcedureEntity['approvalChain'];
    decisionRecordKind: DecisionRecordKind | null;
  },
): ApplicationDetail {
  return {
    ...toSummaryDto(application, form),
    correctionFields: application.correctionFields,
    correctionMessages: application.correctionMessages,
    pendingDecision: application.pendingDecision,
    decisionDraftedBy: application.decisionDraftedBy,
    approvals: application.approvals,
    approvalChain: toApprovalStages(procedure.approvalChain),
    decisionRecordKind: procedure.decisionRecordKind,
    answers: maskSensitiveAnswers(application.answers, form.sensitivePaths(application.answers)),
    events: events.map(toEventDto),
  };
}

/**
 * The resident's own application in their list. Built field by field (never by spreading the staff
 * view) so a field added for staff does not reach residents by accident.
 */
export function toResidentSummaryDto(
  application: ApplicationEntity,
  form: CompiledForm,
): ResidentApplicationSummary {
  return {
    id: application.id,
    receiptNumber: application.receiptNumber,
    municipalityCode: application.municipalityCode,
    procedureId: application.procedureId,
    procedureTitle: form.definition.title,
    formVersion: application.formVersion,
    status: application.status as ApplicationStatus,
    applicantName: application.applicantName,
    submittedAt: application.submittedAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
    dueDate: application.dueDate,
  };
}

/** One step of the history as the resident sees it: the office's message, never the internal comment. */
export function toResidentEventDto(event: ApplicationEventEntity): ResidentApplicationEvent {
  return {
    id: event.id,
    fromStatus: event.fromStatus as ApplicationStatus | null,
    toStatus: event.toStatus as ApplicationStatus,
    actorKind: event.actorKind,
    messageToResident: event.messageToResident,
    // Validated with decisionRecordSchema before it was written; it is the resident's own decision.
    decisionRecord: event.decisionRecord as DecisionRecord | null,
    occurredAt: event.occurredAt.toISOString(),
  };
}

/**
 * The resident's own application with its history: no internal comments, assignee, drafted
 * decision, approvals or approval chain (the contract `residentApplicationDetailSchema` is strict).
 */
export function toResidentDetailDto(
  application: ApplicationEntity,
  events: ApplicationEventEntity[],
  form: CompiledForm,
  decisionRecordKind: DecisionRecordKind | null,
): ResidentApplicationDetail {
  return {
    ...toResidentSummaryDto(application, form),
    correctionFields: application.correctionFields,
    correctionMessages: application.correctionMessages,
    decisionRecordKind,
    answers: maskSensitiveAnswers(application.answers, form.sensitivePaths(application.answers)),
    events: events.map(toResidentEventDto),
  };
}

function answerAt(answers: Record<string, unknown>, path: string): unknown {
  let current: unknown = answers;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current ?? null;
}

/**
 * The submitted versions for staff, masked like the detail, each with what it changed from the
 * one before (the paths recorded at its submission, with the values before and after).
 */
export function toAnswerVersionDtos(
  versions: ApplicationAnswerVersionEntity[],
  form: CompiledForm,
): AnswerVersion[] {
  const masked = versions.map((version) =>
    maskSensitiveAnswers(version.answers, form.sensitivePaths(version.answers)),
  );
  return versions.map((version, index) => {
    const answers = masked[index] ?? {};
    const before = masked[index - 1] ?? {};
    return {
      version: version.version,
      submittedAt: version.submittedAt.toISOString(),
      answers,
      changes: version.changedPaths.map((path) => ({
        path,
        before: answerAt(before, path),
        after: answerAt(answers, path),
      })),
    };
  });
}
