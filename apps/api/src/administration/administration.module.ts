import { Module } from '@nestjs/common';

import { AdministrationController } from './administration.controller.js';
import { AdministrationRepository } from './administration.repository.js';
import { AdministrationService } from './administration.service.js';

/** The municipality administrator's console: procedures accepted online, the audit trail. */
@Module({
  controllers: [AdministrationController],
  providers: [AdministrationRepository, AdministrationService],
})
export class AdministrationModule {}
