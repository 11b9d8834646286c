import { Module } from '@nestjs/common';

import { CatalogModule } from '../catalog/catalog.module.js';
import { ReceiptRepository } from './receipt.repository.js';
import { ReceiptsController } from './receipts.controller.js';
import { RenderReceiptUseCase } from './use-cases/render-receipt.use-case.js';

/** The PDF 控え of a submitted application, for the resident who sent it. */
@Module({
  imports: [CatalogModule],
  controllers: [ReceiptsController],
  providers: [ReceiptRepository, RenderReceiptUseCase],
  exports: [RenderReceiptUseCase],
})
export class ReceiptsModule {}
