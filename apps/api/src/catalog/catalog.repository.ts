import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  EffectiveFormEntity,
  MunicipalityEntity,
  ProcedureEntity,
} from '@madoguchi/server-database';
import { LessThanOrEqual, Repository } from 'typeorm';

@Injectable()
export class CatalogRepository {
  constructor(
    @InjectRepository(MunicipalityEntity)
    private readonly municipalities: Repository<MunicipalityEntity>,
    @InjectRepository(ProcedureEntity) private readonly procedures: Repository<ProcedureEntity>,
    @InjectRepository(EffectiveFormEntity)
    private readonly effectiveForms: Repository<EffectiveFormEntity>,
  ) {}

  findMunicipality(code: string): Promise<MunicipalityEntity | null> {
    return this.municipalities.findOneBy({ code });
  }

  findEnabledProcedure(
    municipalityCode: string,
    procedureId: string,
  ): Promise<ProcedureEntity | null> {
    return this.procedures.findOneBy({ municipalityCode, procedureId, enabled: true });
  }

  findProcedure(municipalityCode: string, procedureId: string): Promise<ProcedureEntity | null> {
    return this.procedures.findOneBy({ municipalityCode, procedureId });
  }

  findEffectiveForm(
    municipalityCode: string,
    procedureId: string,
    version: number,
  ): Promise<EffectiveFormEntity | null> {
    return this.effectiveForms.findOneBy({ municipalityCode, procedureId, version });
  }

  /** The newest effective version whose 施行日 (`effective_from`) is on or before `today`. */
  async findVersionInForce(
    municipalityCode: string,
    procedureId: string,
    today: string,
  ): Promise<number | null> {
    const row = await this.effectiveForms.findOne({
      select: { version: true },
      where: { municipalityCode, procedureId, effectiveFrom: LessThanOrEqual(today) },
      order: { version: 'DESC' },
    });
    return row?.version ?? null;
  }
}
