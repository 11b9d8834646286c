import { Injectable } from '@nestjs/common';
import type { Dashboard, ProcedureDropOff } from '@madoguchi/procedures-contracts';
import { DASHBOARD_PERIOD_DAYS } from '@madoguchi/procedures-contracts';

import { CatalogService } from '../catalog/catalog.service.js';
import { FormRegistry } from '../catalog/form-registry.service.js';
import type { StaffActor } from '../identity/actor.js';
import type { DraftStepCountRow } from './dashboard.repository.js';
import { DashboardRepository } from './dashboard.repository.js';
import { toProcedureDropOff } from './drop-off.js';
import { withProcessingFigures } from './processing-days.js';

/** 業務の状況: the municipality's figures of the last 30 days, for every staff role. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly catalog: CatalogService,
    private readonly forms: FormRegistry,
  ) {}

  async read(actor: StaffActor): Promise<Dashboard> {
    const period = await this.repository.period(DASHBOARD_PERIOD_DAYS);
    const code = actor.municipalityCode;
    // One after the other: the request's tenant transaction is one connection.
    const applicationsPerDay = await this.repository.applicationsPerDay(code, period.since);
    const procedures = withProcessingFigures(
      await this.repository.procedureFigures(code, period),
      await this.repository.decisionDays(code, period),
    );
    const deliveryFailuresPerDay = await this.repository.deliveryFailuresPerDay(code, period);
    const dropOff = await this.dropOff(code, await this.repository.draftStepCounts(period.since));
    return {
      today: period.today,
      since: period.since,
      periodDays: DASHBOARD_PERIOD_DAYS,
      applicationsPerDay,
      procedures,
      deliveryFailuresPerDay,
      dropOff,
    };
  }

  /** The counts per procedure, its steps in the order of the form of its current version. */
  private async dropOff(
    municipalityCode: string,
    rows: readonly DraftStepCountRow[],
  ): Promise<ProcedureDropOff[]> {
    const byProcedure = new Map<string, DraftStepCountRow[]>();
    for (const row of rows) {
      byProcedure.set(row.procedureId, [...(byProcedure.get(row.procedureId) ?? []), row]);
    }
    const result: ProcedureDropOff[] = [];
    for (const [procedureId, procedureRows] of byProcedure) {
      const procedure = await this.catalog.findProcedureIncludingDisabled(
        municipalityCode,
        procedureId,
      );
      const version = await this.catalog.currentFormVersion(procedure);
      const form = await this.forms.get(municipalityCode, procedureId, version);
      result.push(toProcedureDropOff(procedureId, procedureRows, form.definition.steps));
    }
    return result;
  }
}
