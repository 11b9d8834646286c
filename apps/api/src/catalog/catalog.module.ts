import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FormVersionEntity, MunicipalityEntity, ProcedureEntity } from '@madoguchi/server-database';

import { CatalogController } from './catalog.controller.js';
import { CatalogRepository } from './catalog.repository.js';
import { CatalogService } from './catalog.service.js';
import { FormRegistry } from './form-registry.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity, ProcedureEntity, FormVersionEntity])],
  controllers: [CatalogController],
  providers: [CatalogRepository, CatalogService, FormRegistry],
  exports: [CatalogService, FormRegistry],
})
export class CatalogModule {}
