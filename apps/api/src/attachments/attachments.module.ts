import { Module } from '@nestjs/common';

import { CatalogModule } from '../catalog/catalog.module.js';
import { AttachmentRepository } from './attachment.repository.js';
import { AttachmentAccessService } from './attachment-access.service.js';
import { AttachmentSlotsService } from './attachment-slots.service.js';
import { AttachmentUsageService } from './attachment-usage.service.js';
import { AttachmentsController } from './attachments.controller.js';
import { fileStorageProvider } from './file-storage.provider.js';
import { UploadAttachmentUseCase } from './use-cases/upload-attachment.use-case.js';

/** Attachments (添付書類): streamed, inspected uploads, downloads and the checks the submission uses. */
@Module({
  imports: [CatalogModule],
  controllers: [AttachmentsController],
  providers: [
    fileStorageProvider,
    AttachmentRepository,
    AttachmentSlotsService,
    AttachmentAccessService,
    AttachmentUsageService,
    UploadAttachmentUseCase,
  ],
  exports: [AttachmentUsageService, AttachmentAccessService],
})
export class AttachmentsModule {}
