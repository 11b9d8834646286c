import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  EffectiveFormEntity,
  LifeEventEntity,
  MunicipalityEntity,
  ProcedureEntity,
  ProcedureFinderRuleEntity,
} from '@madoguchi/server-database';

import { CatalogController } from './catalog.controller.js';
import { CatalogRepository } from './catalog.repository.js';
import { CatalogSearchRepository } from './catalog-search.repository.js';
import { CatalogSearchService } from './catalog-search.service.js';
import { CatalogService } from './catalog.service.js';
import { FormRegistry } from './form-registry.service.js';
import { LifeEventsController } from './life-events.controller.js';
import { PostalCodesController } from './postal-codes.controller.js';
import { PostalCodeDirectory } from './postal/postal-code-directory.service.js';
import { ProcedureFinderService } from './procedure-finder/procedure-finder.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      MunicipalityEntity,
      ProcedureEntity,
      EffectiveFormEntity,
      LifeEventEntity,
      ProcedureFinderRuleEntity,
    ]),
  ],
  controllers: [CatalogController, LifeEventsController, PostalCodesController],
  providers: [
    CatalogRepository,
    CatalogService,
    FormRegistry,
    CatalogSearchRepository,
    CatalogSearchService,
    PostalCodeDirectory,
    ProcedureFinderService,
  ],
  exports: [CatalogService, FormRegistry],
})
export class CatalogModule {}
