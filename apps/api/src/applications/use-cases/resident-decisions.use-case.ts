import { Inject, Injectable } from '@nestjs/common';
import type {
  ApplicationDetail,
  ResubmitApplicationRequest,
  WithdrawApplicationRequest,
} from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { findTransition } from '@madoguchi/procedures-domain';

import { AttachmentUsageService } from '../../attachments/attachment-usage.service.js';
import type { ResidentActor } from '../../identity/actor.js';
import { PERSONAL_DATA_CIPHER } from '../../infrastructure/tokens.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { sealSensitiveAnswers } from '../../personal-data/sensitive-answers.js';
import { ApplicationContextService } from '../application-context.service.js';
import { statusChangedAnnouncement } from '../application-status-job.js';
import { ApplicationRepository } from '../application.repository.js';
import { applicationsException } from '../applications.exception.js';

/**
 * The resident's own moves: 再送信 after a 補正依頼 (with replaced or added files), and 取下げ
 * before a decision.
 */
@Injectable()
export class ResidentDecisionsUseCase {
  constructor(
    private readonly context: ApplicationContextService,
    private readonly applications: ApplicationRepository,
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
    private readonly attachments: AttachmentUsageService,
  ) {}

  async resubmit(actor: ResidentActor, applicationId: string, input: ResubmitApplicationRequest): Promise<ApplicationDetail> {
    const application = await this.requireOwn(actor, applicationId, 'resubmitted');
    const form = await this.context.formOf(application);
    // Validated against the version the application was filled in, like the first submission.
    const validation = form.validate(input.answers);
    if (!validation.ok) {
      throw applicationsException('invalid_answers', validation.issues);
    }
    // The files asked for again: kept ones stay, new uploads are linked in the same transaction.
    const newFiles = await this.attachments.assertAttachmentsUsable(
      actor.id,
      application.municipalityCode,
      application.procedureId,
      application.formVersion,
      form.attachmentsIn(validation.answers),
      application.id,
    );
    const updated = await this.applications.applyStatusChange(
      {
        application,
        to: 'resubmitted',
        actor,
        comment: null,
        messageToResident: null,
        patch: {
          answers: sealSensitiveAnswers(validation.answers, form.sensitivePaths(validation.answers), this.cipher),
          correctionFields: [],
        },
        inTransaction: (manager) => this.attachments.linkToApplication(manager, application.id, newFiles),
      },
      statusChangedAnnouncement(form.definition.title, 'application.resubmit', application.status),
    );
    if (!updated) {
      throw applicationsException('transition_not_allowed');
    }
    return this.context.toDetail(updated);
  }

  async withdraw(actor: ResidentActor, applicationId: string, input: WithdrawApplicationRequest): Promise<ApplicationDetail> {
    const application = await this.requireOwn(actor, applicationId, 'withdrawn');
    const form = await this.context.formOf(application);
    const updated = await this.applications.applyStatusChange(
      { application, to: 'withdrawn', actor, comment: input.reason?.trim() || null, messageToResident: null },
      statusChangedAnnouncement(form.definition.title, 'application.withdraw', application.status),
    );
    if (!updated) {
      throw applicationsException('transition_not_allowed');
    }
    return this.context.toDetail(updated);
  }

  private async requireOwn(actor: ResidentActor, applicationId: string, to: ApplicationStatus) {
    const application = await this.applications.findForResident(actor.id, applicationId);
    if (!application) {
      throw applicationsException('application_not_found');
    }
    if (!findTransition(application.status as ApplicationStatus, to, 'resident')) {
      throw applicationsException('transition_not_allowed');
    }
    return application;
  }
}
