import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  Municipality,
  MunicipalitySearchQuery,
  ProcedureDetail,
  ProcedureFinderRequest,
  ProcedureForm,
  ProcedureRecommendation,
  ProcedureSearchQuery,
  ProcedureSummary,
} from '@madoguchi/procedures-contracts';
import {
  municipalitySearchQuerySchema,
  procedureFinderRequestSchema,
  procedureRecommendationSchema,
  procedureSearchQuerySchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import { z } from 'zod';

import { ApiContract } from '../openapi/api-contract.decorator.js';

import { CatalogSearchService } from './catalog-search.service.js';
import { CatalogService } from './catalog.service.js';
import { MunicipalityCodePipe, OptionalVersionPipe } from './catalog.pipes.js';
import { ProcedureFinderService } from './procedure-finder/procedure-finder.service.js';

/**
 * Catalog answers are public (no personal data): caches may keep them but ask again each time (a
 * municipality's administrator may change what it accepts), and they are sent gzipped.
 */
const PUBLIC_CATALOG_ANSWER = 'public, no-cache';

@ApiTags('catalog')
@Controller('municipalities')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly search: CatalogSearchService,
    private readonly finder: ProcedureFinderService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Municipalities served by this deployment: all, by name or kana reading (?q=千代田, ちよだ), ' +
      'by 地方公共団体コード (?q=131016 or 13101), or by 郵便番号 (?postalCode=1020072)',
  })
  @Header('Cache-Control', PUBLIC_CATALOG_ANSWER)
  searchMunicipalities(
    @Query(new ZodBodyPipe(municipalitySearchQuerySchema)) query: MunicipalitySearchQuery,
  ): Promise<Municipality[]> {
    return this.search.searchMunicipalities(query);
  }

  @Get(':code/procedures')
  @ApiOperation({
    summary:
      'Procedures a municipality accepts online, optionally searched (?q= in kanji, kana or English), ' +
      'by life event (?lifeEvent=) and by category (?category=)',
  })
  @Header('Cache-Control', PUBLIC_CATALOG_ANSWER)
  searchProcedures(
    @Param('code', MunicipalityCodePipe) code: string,
    @Query(new ZodBodyPipe(procedureSearchQuerySchema)) query: ProcedureSearchQuery,
  ): Promise<ProcedureSummary[]> {
    return this.search.searchProcedures(code, query);
  }

  @Post(':code/procedure-finder')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Which procedures fit this household: the accepted procedures with reason, priority and deadline',
  })
  @ApiContract({
    body: procedureFinderRequestSchema,
    response: z.array(procedureRecommendationSchema),
  })
  findProcedures(
    @Param('code', MunicipalityCodePipe) code: string,
    @Body(new ZodBodyPipe(procedureFinderRequestSchema)) request: ProcedureFinderRequest,
  ): Promise<ProcedureRecommendation[]> {
    return this.finder.findProcedures(code, request);
  }

  @Get(':code/procedures/:procedureId')
  @ApiOperation({
    summary:
      'The procedure page: who applies, deadlines, documents to prepare, signature, identity level, ' +
      '標準処理期間 and the office to contact',
  })
  @Header('Cache-Control', PUBLIC_CATALOG_ANSWER)
  getProcedureDetail(
    @Param('code', MunicipalityCodePipe) code: string,
    @Param('procedureId') procedureId: string,
  ): Promise<ProcedureDetail> {
    return this.catalog.getProcedureDetail(code, procedureId);
  }

  @Get(':code/procedures/:procedureId/form')
  @ApiOperation({
    summary: 'The form definition to fill in (latest published version unless ?version=N)',
  })
  @Header('Cache-Control', PUBLIC_CATALOG_ANSWER)
  getForm(
    @Param('code', MunicipalityCodePipe) code: string,
    @Param('procedureId') procedureId: string,
    @Query('version', OptionalVersionPipe) version: number | undefined,
  ): Promise<ProcedureForm> {
    return this.catalog.getForm(code, procedureId, version);
  }

  @Get(':code/procedures/:procedureId/form/json-schema')
  @ApiOperation({
    summary:
      'The effective form (standard + the municipality’s overlay) as JSON Schema 2020-12, for back-office systems',
  })
  @Header('Cache-Control', PUBLIC_CATALOG_ANSWER)
  getFormJsonSchema(
    @Param('code', MunicipalityCodePipe) code: string,
    @Param('procedureId') procedureId: string,
    @Query('version', OptionalVersionPipe) version: number | undefined,
  ): Promise<Record<string, unknown>> {
    return this.catalog.getFormJsonSchema(code, procedureId, version);
  }
}
