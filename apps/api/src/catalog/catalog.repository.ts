import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FormVersionEntity, MunicipalityEntity, ProcedureEntity } from '@madoguchi/server-database';
import { Repository } from 'typeorm';

@Injectable()
export class CatalogRepository {
  constructor(
    @InjectRepository(MunicipalityEntity)
    private readonly municipalities: Repository<MunicipalityEntity>,
    @InjectRepository(ProcedureEntity) private readonly procedures: Repository<ProcedureEntity>,
    @InjectRepository(FormVersionEntity)
    private readonly formVersions: Repository<FormVersionEntity>,
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

  findFormVersion(procedureId: string, version: number): Promise<FormVersionEntity | null> {
    return this.formVersions.findOneBy({ procedureId, version });
  }
}
