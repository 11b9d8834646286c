import { Module } from '@nestjs/common';

import { AttachmentsModule } from '../attachments/attachments.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { SignaturesModule } from '../signatures/signatures.module.js';
import { ApplicationContextService } from './application-context.service.js';
import { ApplicationRepository } from './application.repository.js';
import { ApplicationsQueryService } from './applications-query.service.js';
import { ResidentApplicationsController } from './resident-applications.controller.js';
import { StaffApplicationsController } from './staff-applications.controller.js';
import { ResidentDecisionsUseCase } from './use-cases/resident-decisions.use-case.js';
import { RevealPersonalDataUseCase } from './use-cases/reveal-personal-data.use-case.js';
import { SubmitApplicationUseCase } from './use-cases/submit-application.use-case.js';
import { TransitionApplicationUseCase } from './use-cases/transition-application.use-case.js';

@Module({
  imports: [CatalogModule, AttachmentsModule, SignaturesModule],
  controllers: [ResidentApplicationsController, StaffApplicationsController],
  providers: [
    ApplicationRepository,
    ApplicationContextService,
    ApplicationsQueryService,
    ResidentDecisionsUseCase,
    SubmitApplicationUseCase,
    TransitionApplicationUseCase,
    RevealPersonalDataUseCase,
  ],
})
export class ApplicationsModule {}
