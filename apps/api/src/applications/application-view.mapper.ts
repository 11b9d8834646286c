import type { CompiledForm } from '@madoguchi/forms-schema';
import type { ApplicationDetail, ApplicationSummary } from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
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

/** The full application as a resident or staff member sees it: sensitive values are masked. */
export function toDetailDto(
  application: ApplicationEntity,
  events: ApplicationEventEntity[],
  form: CompiledForm,
  approvalChain: readonly string[],
): ApplicationDetail {
  return {
    ...toSummaryDto(application, form),
    correctionFields: application.correctionFields,
    pendingDecision: application.pendingDecision,
    decisionDraftedBy: application.decisionDraftedBy,
    approvals: application.approvals,
    approvalChain: [...approvalChain],
    answers: maskSensitiveAnswers(application.answers, form.sensitivePaths(application.answers)),
    events: events.map((event) => ({
      id: event.id,
      fromStatus: event.fromStatus as ApplicationStatus | null,
      toStatus: event.toStatus as ApplicationStatus,
      actorKind: event.actorKind,
      comment: event.comment,
      messageToResident: event.messageToResident,
      occurredAt: event.occurredAt.toISOString(),
    })),
  };
}
