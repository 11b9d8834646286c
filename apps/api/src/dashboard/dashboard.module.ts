import { Module } from '@nestjs/common';

import { ApplicationContextService } from '../applications/application-context.service.js';
import { ApplicationRepository } from '../applications/application.repository.js';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { fileStorageProvider } from '../attachments/file-storage.provider.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import { ExportApplicationsUseCase } from '../staff-queue/export/export-applications.use-case.js';
import { StaffQueueModule } from '../staff-queue/staff-queue.module.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { BulkExportProcessor } from './bulk-export/bulk-export.processor.js';
import {
  BULK_EXPORT_QUEUE_HANDLE,
  BulkExportService,
  createBulkExportQueue,
} from './bulk-export/bulk-export.service.js';
import { RunBulkExportUseCase } from './bulk-export/run-bulk-export.use-case.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardRepository } from './dashboard.repository.js';
import { DashboardService } from './dashboard.service.js';

/**
 * 業務の状況 (issue #12): the municipality's aggregates for staff, and bulk exports as BullMQ
 * jobs with progress, their file in the file storage. The export itself is the work queue's use
 * case, provided here with its stateless dependencies (StaffQueueModule exports only its
 * repository).
 */
@Module({
  imports: [CatalogModule, AttachmentsModule, StaffQueueModule, TenancyModule],
  controllers: [DashboardController],
  providers: [
    DashboardRepository,
    DashboardService,
    ApplicationRepository,
    ApplicationContextService,
    ExportApplicationsUseCase,
    fileStorageProvider,
    {
      provide: BULK_EXPORT_QUEUE_HANDLE,
      useFactory: (env: Env) => createBulkExportQueue(env),
      inject: [ENV],
    },
    BulkExportService,
    RunBulkExportUseCase,
    BulkExportProcessor,
  ],
})
export class DashboardModule {}
