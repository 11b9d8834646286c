import { Injectable } from '@nestjs/common';
import type {
  ApplicationDetail,
  ResidentApplicationDetail,
  ResidentApplicationSummary,
} from '@madoguchi/procedures-contracts';

import type { ResidentActor, StaffActor } from '../identity/actor.js';
import { SignaturesService } from '../signatures/signatures.service.js';
import { ApplicationContextService } from './application-context.service.js';
import { toResidentSummaryDto } from './application-view.mapper.js';
import { ApplicationRepository } from './application.repository.js';
import { applicationsException } from './applications.exception.js';

/** Reads of applications, always scoped to the resident or to the staff member's municipality. */
@Injectable()
export class ApplicationsQueryService {
  constructor(
    private readonly context: ApplicationContextService,
    private readonly applications: ApplicationRepository,
    private readonly signatures: SignaturesService,
  ) {}

  async listForResident(actor: ResidentActor): Promise<ResidentApplicationSummary[]> {
    const rows = await this.applications.listForResident(actor.id);
    return Promise.all(
      rows.map(async (row) => toResidentSummaryDto(row, await this.context.formOf(row))),
    );
  }

  async getForResident(actor: ResidentActor, id: string): Promise<ResidentApplicationDetail> {
    const application = await this.applications.findForResident(actor.id, id);
    if (!application) {
      throw applicationsException('application_not_found');
    }
    return this.context.toResidentDetail(application);
  }

  async getForStaff(actor: StaffActor, id: string): Promise<ApplicationDetail> {
    const application = await this.applications.findForMunicipality(actor.municipalityCode, id);
    if (!application) {
      throw applicationsException('application_not_found');
    }
    const detail = await this.context.toStaffDetail(application);
    const signature = await this.signatures.describeOfApplication(application.id);
    await this.applications.recordRead(actor, application);
    return { ...detail, signature };
  }
}
