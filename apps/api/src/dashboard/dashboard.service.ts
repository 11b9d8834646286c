import { Injectable } from '@nestjs/common';
import type { Dashboard } from '@madoguchi/procedures-contracts';
import { DASHBOARD_PERIOD_DAYS } from '@madoguchi/procedures-contracts';

import type { StaffActor } from '../identity/actor.js';
import { DashboardRepository } from './dashboard.repository.js';

/** 業務の状況: the municipality's figures of the last 30 days, for every staff role. */
@Injectable()
export class DashboardService {
  constructor(private readonly repository: DashboardRepository) {}

  async read(actor: StaffActor): Promise<Dashboard> {
    const period = await this.repository.period(DASHBOARD_PERIOD_DAYS);
    const code = actor.municipalityCode;
    // One after the other: the request's tenant transaction is one connection.
    const applicationsPerDay = await this.repository.applicationsPerDay(code, period.since);
    const procedures = await this.repository.procedureFigures(code, period);
    const deliveryFailuresPerDay = await this.repository.deliveryFailuresPerDay(code, period);
    return {
      today: period.today,
      since: period.since,
      periodDays: DASHBOARD_PERIOD_DAYS,
      applicationsPerDay,
      procedures,
      deliveryFailuresPerDay,
    };
  }
}
