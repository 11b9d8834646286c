import { Module } from '@nestjs/common';

import { AttachmentsModule } from '../attachments/attachments.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ReceiptsModule } from '../receipts/receipts.module.js';
import { CounterConfirmationController } from './counter-confirmation.controller.js';
import { CounterRateLimitGuard } from './counter-rate-limit.guard.js';
import { CounterResidents } from './counter-resident.service.js';
import { CounterTokens } from './counter-tokens.service.js';
import { CounterRepository } from './counter.repository.js';
import { CounterService } from './counter.service.js';
import { StaffCounterAttachmentsController } from './staff-counter-attachments.controller.js';
import { StaffCounterController } from './staff-counter.controller.js';
import { ConfirmCounterApplicationUseCase } from './use-cases/confirm-counter-application.use-case.js';
import { FillCounterApplicationUseCase } from './use-cases/fill-counter-application.use-case.js';

/**
 * 書かない窓口 (issue #12): staff fill an application at the counter for the resident standing
 * there, and the resident confirms it (second screen or their phone, by a one-time link) before
 * it is submitted.
 */
@Module({
  imports: [CatalogModule, AttachmentsModule, ReceiptsModule],
  controllers: [
    StaffCounterController,
    StaffCounterAttachmentsController,
    CounterConfirmationController,
  ],
  providers: [
    CounterRateLimitGuard,
    CounterRepository,
    CounterTokens,
    CounterResidents,
    CounterService,
    FillCounterApplicationUseCase,
    ConfirmCounterApplicationUseCase,
  ],
})
export class CounterModule {}
