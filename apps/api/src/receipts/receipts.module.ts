import { Module } from '@nestjs/common';

import { CatalogModule } from '../catalog/catalog.module.js';
import { ReceiptRepository } from './receipt.repository.js';
import { ReceiptsController } from './receipts.controller.js';
import { StaffReceiptsController } from './staff-receipts.controller.js';
import { MunicipalSealService } from './seal/municipal-seal.service.js';
import { SealedDocumentRepository } from './sealed-document.repository.js';
import { RenderReceiptUseCase } from './use-cases/render-receipt.use-case.js';
import { SealVerificationController } from './verify/seal-verification.controller.js';
import { VerifyRateLimitGuard } from './verify/verify-rate-limit.guard.js';
import { VerifySealUseCase } from './verify/verify-seal.use-case.js';

/** The sealed PDF 控え of a submitted application, for the resident who sent it and for staff. */
@Module({
  imports: [CatalogModule],
  controllers: [ReceiptsController, StaffReceiptsController, SealVerificationController],
  providers: [
    ReceiptRepository,
    RenderReceiptUseCase,
    MunicipalSealService,
    SealedDocumentRepository,
    VerifySealUseCase,
    VerifyRateLimitGuard,
  ],
  exports: [RenderReceiptUseCase, MunicipalSealService, SealedDocumentRepository],
})
export class ReceiptsModule {}
