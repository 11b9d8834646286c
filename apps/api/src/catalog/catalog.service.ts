import { Injectable } from '@nestjs/common';
import { toJsonSchema } from '@madoguchi/forms-schema';
import type { ProcedureDetail, ProcedureForm } from '@madoguchi/procedures-contracts';
import type { ProcedureEntity } from '@madoguchi/server-database';

import { Clock } from '../infrastructure/clock.js';
import { CatalogRepository } from './catalog.repository.js';
import { catalogException } from './catalog.exception.js';
import { FormRegistry } from './form-registry.service.js';
import { toProcedureDetailDto } from './procedure-detail.mapper.js';

@Injectable()
export class CatalogService {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly forms: FormRegistry,
    private readonly clock: Clock,
  ) {}

  /**
   * The effective version new drafts get today: the newest one in force by its 施行日. A version
   * published for a later day is not served before it (asking for it is a 404, as for no version).
   */
  async currentFormVersion(procedure: ProcedureEntity): Promise<number> {
    const inForce = await this.catalog.findVersionInForce(
      procedure.municipalityCode,
      procedure.procedureId,
      this.clock.today(),
    );
    return inForce ?? procedure.formVersion;
  }

  /** Refuses a version whose 施行日 has not come yet (as if it did not exist). */
  async requireVersionInForce(procedure: ProcedureEntity, version: number): Promise<void> {
    if (version > (await this.currentFormVersion(procedure))) {
      throw catalogException('form_version_not_found');
    }
  }

  /** The procedure as the municipality accepts it, or a 404 the resident can understand. */
  async requireProcedure(municipalityCode: string, procedureId: string): Promise<ProcedureEntity> {
    const procedure = await this.catalog.findEnabledProcedure(municipalityCode, procedureId);
    if (!procedure) {
      // Only on the error path: tell an unknown municipality from a procedure it does not offer.
      await this.requireMunicipality(municipalityCode);
      throw catalogException('procedure_not_found');
    }
    return procedure;
  }

  /** An application's procedure, even if the municipality has since stopped accepting it online. */
  async findProcedureIncludingDisabled(
    municipalityCode: string,
    procedureId: string,
  ): Promise<ProcedureEntity> {
    const procedure = await this.catalog.findProcedure(municipalityCode, procedureId);
    if (!procedure) {
      throw catalogException('procedure_not_found');
    }
    return procedure;
  }

  async getFormJsonSchema(
    municipalityCode: string,
    procedureId: string,
    version?: number,
  ): Promise<Record<string, unknown>> {
    const form = await this.getForm(municipalityCode, procedureId, version);
    return toJsonSchema(form.definition);
  }

  async getForm(
    municipalityCode: string,
    procedureId: string,
    version?: number,
  ): Promise<ProcedureForm> {
    const procedure = await this.requireProcedure(municipalityCode, procedureId);
    if (version !== undefined) {
      await this.requireVersionInForce(procedure, version);
    }
    const formVersion = version ?? (await this.currentFormVersion(procedure));
    const compiled = await this.forms.get(municipalityCode, procedureId, formVersion);
    return {
      procedureId,
      municipalityCode,
      formVersion,
      baseFormVersion: compiled.definition.version,
      definition: compiled.definition,
    };
  }

  /** The procedure page: what it is, who applies, what to prepare, how long, whom to ask. */
  async getProcedureDetail(
    municipalityCode: string,
    procedureId: string,
  ): Promise<ProcedureDetail> {
    const procedure = await this.requireProcedure(municipalityCode, procedureId);
    const current = await this.currentFormVersion(procedure);
    const [municipality, compiled] = await Promise.all([
      this.catalog.findMunicipality(municipalityCode),
      this.forms.get(municipalityCode, procedureId, current),
    ]);
    if (!municipality) {
      throw catalogException('municipality_not_found');
    }
    // The version in force today, not the one the seeds last wrote on the procedure row.
    return toProcedureDetailDto(
      { ...procedure, formVersion: current },
      municipality,
      compiled.definition,
    );
  }

  private async requireMunicipality(code: string): Promise<void> {
    if (!(await this.catalog.findMunicipality(code))) {
      throw catalogException('municipality_not_found');
    }
  }
}
