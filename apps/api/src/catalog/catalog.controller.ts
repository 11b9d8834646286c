import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Municipality, ProcedureForm, ProcedureSummary } from '@madoguchi/procedures-contracts';

import { CatalogService } from './catalog.service.js';
import { MunicipalityCodePipe, OptionalVersionPipe } from './catalog.pipes.js';

@ApiTags('catalog')
@Controller('municipalities')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @ApiOperation({ summary: 'Municipalities served by this deployment' })
  listMunicipalities(): Promise<Municipality[]> {
    return this.catalog.listMunicipalities();
  }

  @Get(':code/procedures')
  @ApiOperation({ summary: 'Procedures a municipality accepts online' })
  listProcedures(@Param('code', MunicipalityCodePipe) code: string): Promise<ProcedureSummary[]> {
    return this.catalog.listProcedures(code);
  }

  @Get(':code/procedures/:procedureId/form')
  @ApiOperation({ summary: 'The form definition to fill in (latest published version unless ?version=N)' })
  getForm(
    @Param('code', MunicipalityCodePipe) code: string,
    @Param('procedureId') procedureId: string,
    @Query('version', OptionalVersionPipe) version: number | undefined,
  ): Promise<ProcedureForm> {
    return this.catalog.getForm(code, procedureId, version);
  }
}
