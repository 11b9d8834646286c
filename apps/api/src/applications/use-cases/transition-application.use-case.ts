import { Injectable } from '@nestjs/common';
import { resolveFieldPath } from '@madoguchi/forms-schema';
import type {
  ApplicationDetail,
  AuditAction,
  TransitionRequest,
} from '@madoguchi/procedures-contracts';
import type { ApplicationStatus, Decision, DecisionRecord } from '@madoguchi/procedures-domain';
import {
  checkApprover,
  completesApprovalChain,
  findTransition,
  toApprovalStages,
} from '@madoguchi/procedures-domain';
import type { ApplicationEntity, JsonObject } from '@madoguchi/server-database';

import type { StaffActor } from '../../identity/actor.js';
import { SignaturesService } from '../../signatures/signatures.service.js';
import { ApplicationContextService } from '../application-context.service.js';
import { statusChangedAnnouncement } from '../application-status-job.js';
import type { ApplicationPatch } from '../application.repository.js';
import { ApplicationRepository } from '../application.repository.js';
import { applicationsException, unknownFieldToFix } from '../applications.exception.js';

type Step = {
  to: ApplicationStatus;
  patch: ApplicationPatch;
  auditAction: AuditAction;
  auditDetail?: JsonObject;
};

/** The audit code of a drafted decision (起案) and of an applied one. */
const DRAFT_ACTIONS = {
  completed: 'application.decision.draft.completed',
  rejected: 'application.decision.draft.rejected',
} as const satisfies Record<Decision, AuditAction>;
const DECISION_ACTIONS = {
  completed: 'application.decision.completed',
  rejected: 'application.decision.rejected',
} as const satisfies Record<Decision, AuditAction>;

/**
 * A staff member moves an application along the workflow: start the review, ask for a
 * correction naming the fields, draft a decision, approve it along the procedure's chain
 * (never approved by whoever drafted it), or send it back.
 */
@Injectable()
export class TransitionApplicationUseCase {
  constructor(
    private readonly context: ApplicationContextService,
    private readonly applications: ApplicationRepository,
    private readonly signatures: SignaturesService,
  ) {}

  async execute(
    actor: StaffActor,
    applicationId: string,
    input: TransitionRequest,
  ): Promise<ApplicationDetail> {
    const application = await this.applications.findForMunicipality(
      actor.municipalityCode,
      applicationId,
    );
    if (!application) {
      throw applicationsException('application_not_found');
    }
    const from = application.status as ApplicationStatus;
    if (!findTransition(from, input.to, 'staff')) {
      throw applicationsException('transition_not_allowed');
    }
    if (!actor.staffRole || !findTransition(from, input.to, 'staff', actor.staffRole)) {
      throw applicationsException('role_not_allowed');
    }
    const step = await this.planStep(actor, application, input);
    const decisionRecord = this.decisionRecordOf(application, step, input);
    const form = await this.context.formOf(application);
    const messageToResident = input.messageToResident?.trim() || null;
    const updated = await this.applications.applyStatusChange(
      {
        application,
        to: step.to,
        actor,
        comment: input.comment?.trim() || null,
        messageToResident,
        patch: step.patch,
        decisionRecord,
      },
      {
        ...statusChangedAnnouncement(form.definition.title, step.auditAction, from),
        auditDetail: step.auditDetail,
      },
    );
    if (!updated) {
      // Someone else changed it between our read and our write.
      throw applicationsException('transition_not_allowed');
    }
    // The detail staff see after the step, the 電子署名 panel included (as GET staff/applications/:id).
    const [detail, signature] = await Promise.all([
      this.context.toStaffDetail(updated),
      this.signatures.describeOfApplication(updated.id),
    ]);
    return { ...detail, signature };
  }

  private async planStep(
    actor: StaffActor,
    application: ApplicationEntity,
    input: TransitionRequest,
  ): Promise<Step> {
    const from = application.status as ApplicationStatus;
    switch (input.to) {
      case 'in_review':
        return from === 'awaiting_approval'
          ? {
              to: 'in_review',
              patch: { pendingDecision: null, decisionDraftedBy: null, approvals: [] },
              auditAction: 'application.decision.send_back',
            }
          : {
              to: 'in_review',
              patch: {
                correctionFields: [],
                correctionMessages: {},
                assigneeId: application.assigneeId ?? actor.id,
              },
              auditAction: 'application.review.start',
            };
      case 'correction_requested':
        return {
          to: 'correction_requested',
          patch: await this.fieldsToFix(application, input),
          auditAction: 'application.correction.request',
        };
      case 'awaiting_approval':
        if (!input.decision) {
          throw applicationsException('decision_required');
        }
        return {
          to: 'awaiting_approval',
          patch: { pendingDecision: input.decision, decisionDraftedBy: actor.id, approvals: [] },
          auditAction: DRAFT_ACTIONS[input.decision],
        };
      case 'completed':
      case 'rejected':
        return this.approve(actor, application, input.to);
      case 'draft':
      case 'submitted':
      case 'resubmitted':
      case 'withdrawn':
        throw applicationsException('transition_not_allowed');
    }
  }

  /**
   * A procedure that declares a decision record (要介護認定: the 認定結果) gets it with the
   * approval that completes the application, and only then: its life records take their dates
   * from it. Its own rules (a period ending on the last day of a month…) were checked with the body.
   */
  private decisionRecordOf(
    application: ApplicationEntity,
    step: Step,
    input: TransitionRequest,
  ): DecisionRecord | null {
    const expected =
      step.to === 'completed' ? this.context.decisionRecordKindOf(application) : null;
    if (expected === null) {
      if (input.decisionRecord) {
        throw applicationsException('decision_record_not_expected');
      }
      return null;
    }
    if (!input.decisionRecord) {
      throw applicationsException('decision_record_required');
    }
    if (input.decisionRecord.kind !== expected) {
      throw applicationsException('decision_record_not_expected');
    }
    return input.decisionRecord;
  }

  /** The flagged paths, in the order given, and the office's message for those that have one. */
  private async fieldsToFix(
    application: ApplicationEntity,
    input: TransitionRequest,
  ): Promise<Pick<ApplicationPatch, 'correctionFields' | 'correctionMessages'>> {
    const correctionMessages: Record<string, string> = {};
    for (const item of input.fieldsToFix ?? []) {
      const message = typeof item === 'string' ? '' : (item.message?.trim() ?? '');
      if (message && typeof item !== 'string') {
        correctionMessages[item.path] = message;
      }
    }
    const fields = [
      ...new Set(
        (input.fieldsToFix ?? []).map((item) => (typeof item === 'string' ? item : item.path)),
      ),
    ];
    if (fields.length === 0) {
      throw applicationsException('fields_to_fix_required');
    }
    if (!input.messageToResident?.trim()) {
      throw applicationsException('message_to_resident_required');
    }
    const form = await this.context.formOf(application);
    const scope = new Map(
      form.definition.steps.flatMap((step) => step.fields).map((field) => [field.id, field]),
    );
    const unknown = fields.filter((path) => !resolveFieldPath(scope, path));
    if (unknown.length > 0) {
      throw applicationsException('unknown_field_to_fix', unknown.map(unknownFieldToFix));
    }
    return { correctionFields: fields, correctionMessages };
  }

  /** One approval of the chain; the last one applies the drafted decision. */
  private async approve(
    actor: StaffActor,
    application: ApplicationEntity,
    decision: Decision,
  ): Promise<Step> {
    if (application.pendingDecision !== decision) {
      throw applicationsException('decision_mismatch');
    }
    const chain = toApprovalStages((await this.context.procedureOf(application)).approvalChain);
    const refusal = checkApprover({
      chain,
      approvals: application.approvals,
      draftedBy: application.decisionDraftedBy,
      actor,
    });
    const role = actor.staffRole;
    if (refusal || !role) {
      throw applicationsException(refusal ?? 'role_not_allowed');
    }
    const approvals = [...application.approvals, { actorId: actor.id, role }];
    if (!completesApprovalChain(chain, application.approvals)) {
      return {
        to: 'awaiting_approval',
        patch: { approvals },
        auditAction: 'application.decision.approve',
        auditDetail: { stage: approvals.length },
      };
    }
    return { to: decision, patch: { approvals }, auditAction: DECISION_ACTIONS[decision] };
  }
}
