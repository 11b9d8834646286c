import type { CompiledForm } from '@madoguchi/forms-schema';
import type { ApplicationDetail, ApplicationEvent, ApplicationSummary } from '@madoguchi/procedures-contracts';
import type { ApplicationStatus, DecisionRecord, DecisionRecordKind } from '@madoguchi/procedures-domain';
import type { ApplicationEntity, ApplicationEventEntity } from '@madoguchi/server-database';

import { maskSensitiveAnswers } from '../personal-data/sensitive-answers.js';

export function toSummaryDto(application: ApplicationEntity, form: CompiledForm): ApplicationSummary {
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

/** The full application as a resident or staff member sees it: sensitive values are masked. */
export function toDetailDto(
  application: ApplicationEntity,
  events: ApplicationEventEntity[],
  form: CompiledForm,
  procedure: { approvalChain: readonly string[]; decisionRecordKind: DecisionRecordKind | null },
): ApplicationDetail {
  return {
    ...toSummaryDto(application, form),
    correctionFields: application.correctionFields,
    pendingDecision: application.pendingDecision,
    decisionDraftedBy: application.decisionDraftedBy,
    approvals: application.approvals,
    approvalChain: [...procedure.approvalChain],
    decisionRecordKind: procedure.decisionRecordKind,
    answers: maskSensitiveAnswers(application.answers, form.sensitivePaths(application.answers)),
    events: events.map(toEventDto),
  };
}
