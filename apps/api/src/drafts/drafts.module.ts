import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DraftEntity } from '@madoguchi/server-database';

import { AttachmentsModule } from '../attachments/attachments.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { DraftRepository } from './draft.repository.js';
import { DraftsController } from './drafts.controller.js';
import { DraftsService } from './drafts.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([DraftEntity]), CatalogModule, AttachmentsModule],
  controllers: [DraftsController],
  providers: [DraftRepository, DraftsService],
  exports: [DraftsService],
})
export class DraftsModule {}
