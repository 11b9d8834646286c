import { Injectable } from '@nestjs/common';
import type { ApplicationDetail, TransitionRequest } from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { findTransition } from '@madoguchi/procedures-domain';

import { FormRegistry } from '../../catalog/form-registry.service.js';
import type { StaffActor } from '../../identity/actor.js';
import { statusChangedAnnouncement } from '../application-status-job.js';
import { toDetailDto } from '../application-view.mapper.js';
import { ApplicationRepository } from '../application.repository.js';
import { applicationsException } from '../applications.exception.js';

/** A staff member moves an application along the workflow (e.g. 送信済 → 処理中). */
@Injectable()
export class TransitionApplicationUseCase {
  constructor(
    private readonly forms: FormRegistry,
    private readonly applications: ApplicationRepository,
  ) {}

  async execute(actor: StaffActor, applicationId: string, input: TransitionRequest): Promise<ApplicationDetail> {
    const application = await this.applications.findForMunicipality(actor.municipalityCode, applicationId);
    if (!application) {
      throw applicationsException('application_not_found');
    }
    const from = application.status as ApplicationStatus;
    if (!findTransition(from, input.to, 'staff')) {
      throw applicationsException('transition_not_allowed');
    }
    const form = await this.forms.get(application.procedureId, application.formVersion);
    const messageToResident = input.messageToResident?.trim() || null;
    const updated = await this.applications.applyStatusChange(
      { application, to: input.to, actor, comment: input.comment?.trim() || null, messageToResident },
      statusChangedAnnouncement(form.definition.title, `application.transition.${input.to}`, from, messageToResident),
    );
    if (!updated) {
      // Someone else moved it between our read and our write.
      throw applicationsException('transition_not_allowed');
    }
    return toDetailDto(updated, await this.applications.listEvents(updated.id), form);
  }
}
