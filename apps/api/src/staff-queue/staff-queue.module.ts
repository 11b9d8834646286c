import { Module } from '@nestjs/common';

import { ApplicationContextService } from '../applications/application-context.service.js';
import { ApplicationRepository } from '../applications/application.repository.js';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import {
  BULK_ASSIGNMENT_QUEUE_HANDLE,
  createBulkAssignmentQueue,
} from './bulk-assignment/bulk-assignment.jobs.js';
import { BulkAssignmentProcessor } from './bulk-assignment/bulk-assignment.processor.js';
import { BulkAssignmentService } from './bulk-assignment/bulk-assignment.service.js';
import { RunBulkAssignmentUseCase } from './bulk-assignment/run-bulk-assignment.use-case.js';
import { ExportApplicationsUseCase } from './export/export-applications.use-case.js';
import { StaffQueueController } from './staff-queue.controller.js';
import { AddApplicationNoteUseCase } from './use-cases/add-application-note.use-case.js';
import { AssignApplicationUseCase } from './use-cases/assign-application.use-case.js';
import { WorkQueueRepository } from './work-queue.repository.js';
import { WorkQueueService } from './work-queue.service.js';

/**
 * The staff work queue: filters, search, cursor pages, assignment (one at a time, or in bulk as
 * BullMQ jobs run in the API process), internal notes and exports.
 * Registered before ApplicationsModule so that `GET staff/applications/export` is routed here
 * before `GET staff/applications/:id` sees it. ApplicationContextService and its repository are
 * stateless and provided here too (ApplicationsModule does not export them).
 */
@Module({
  imports: [CatalogModule, AttachmentsModule, TenancyModule],
  controllers: [StaffQueueController],
  providers: [
    ApplicationRepository,
    ApplicationContextService,
    WorkQueueRepository,
    WorkQueueService,
    AssignApplicationUseCase,
    AddApplicationNoteUseCase,
    ExportApplicationsUseCase,
    {
      provide: BULK_ASSIGNMENT_QUEUE_HANDLE,
      useFactory: (env: Env) => createBulkAssignmentQueue(env),
      inject: [ENV],
    },
    BulkAssignmentService,
    RunBulkAssignmentUseCase,
    BulkAssignmentProcessor,
  ],
  exports: [WorkQueueRepository],
})
export class StaffQueueModule {}
