import { Module } from '@nestjs/common';

import { CatalogModule } from '../catalog/catalog.module.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { AttachmentRepository } from './attachment.repository.js';
import { AttachmentAccessService } from './attachment-access.service.js';
import { AttachmentSlotsService } from './attachment-slots.service.js';
import { AttachmentUsageService } from './attachment-usage.service.js';
import { AttachmentsController } from './attachments.controller.js';
import { ConcurrentUploads } from './concurrent-uploads.service.js';
import { fileStorageProvider } from './file-storage.provider.js';
import { malwareScannerProvider } from './scanning/malware-scanner.provider.js';
import { UploadAttachmentUseCase } from './use-cases/upload-attachment.use-case.js';

/**
 * Attachments (添付書類): streamed uploads — inspected, stripped of location data and scanned for
 * malware before they are accepted — downloads and the checks the submission uses.
 */
@Module({
  imports: [CatalogModule, TenancyModule],
  controllers: [AttachmentsController],
  providers: [
    fileStorageProvider,
    malwareScannerProvider,
    ConcurrentUploads,
    AttachmentRepository,
    AttachmentSlotsService,
    AttachmentAccessService,
    AttachmentUsageService,
    UploadAttachmentUseCase,
  ],
  exports: [AttachmentUsageService, AttachmentAccessService, UploadAttachmentUseCase],
})
export class AttachmentsModule {}
