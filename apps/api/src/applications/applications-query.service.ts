import { Injectable } from '@nestjs/common';
import type { ApplicationDetail, ApplicationSummary } from '@madoguchi/procedures-contracts';
import type { ApplicationEntity } from '@madoguchi/server-database';

import type { ResidentActor, StaffActor } from '../identity/actor.js';
import { ApplicationContextService } from './application-context.service.js';
import { toSummaryDto } from './application-view.mapper.js';
import { ApplicationRepository } from './application.repository.js';
import { applicationsException } from './applications.exception.js';

/** Reads of applications, always scoped to the resident or to the staff member's municipality. */
@Injectable()
export class ApplicationsQueryService {
  constructor(
    private readonly context: ApplicationContextService,
    private readonly applications: ApplicationRepository,
  ) {}

  async listForResident(actor: ResidentActor): Promise<ApplicationSummary[]> {
    return this.toSummaries(await this.applications.listForResident(actor.id));
  }

  async getForResident(actor: ResidentActor, id: string): Promise<ApplicationDetail> {
    return this.toDetail(await this.applications.findForResident(actor.id, id));
  }

  async getForStaff(actor: StaffActor, id: string): Promise<ApplicationDetail> {
    const application = await this.applications.findForMunicipality(actor.municipalityCode, id);
    if (!application) {
      throw applicationsException('application_not_found');
    }
    const detail = await this.context.toStaffDetail(application);
    await this.applications.recordRead(actor, application);
    return detail;
  }

  private async toSummaries(rows: ApplicationEntity[]): Promise<ApplicationSummary[]> {
    return Promise.all(rows.map(async (row) => toSummaryDto(row, await this.context.formOf(row))));
  }

  private async toDetail(application: ApplicationEntity | null): Promise<ApplicationDetail> {
    if (!application) {
      throw applicationsException('application_not_found');
    }
    return this.context.toDetail(application);
  }
}
