import { Module } from '@nestjs/common';

import { CatalogModule } from '../catalog/catalog.module.js';
import { CounterConfirmationController } from './counter-confirmation.controller.js';
import { CounterResidents } from './counter-resident.service.js';
import { CounterTokens } from './counter-tokens.service.js';
import { CounterRepository } from './counter.repository.js';
import { CounterService } from './counter.service.js';
import { StaffCounterController } from './staff-counter.controller.js';
import { ConfirmCounterApplicationUseCase } from './use-cases/confirm-counter-application.use-case.js';
import { FillCounterApplicationUseCase } from './use-cases/fill-counter-application.use-case.js';

/**
 * 書かない窓口 (issue #12): staff fill an application at the counter for the resident standing
 * there, and the resident confirms it (second screen or their phone, by a one-time link) before
 * it is submitted.
 */
@Module({
  imports: [CatalogModule],
  controllers: [StaffCounterController, CounterConfirmationController],
  providers: [
    CounterRepository,
    CounterTokens,
    CounterResidents,
    CounterService,
    FillCounterApplicationUseCase,
    ConfirmCounterApplicationUseCase,
  ],
})
export class CounterModule {}
