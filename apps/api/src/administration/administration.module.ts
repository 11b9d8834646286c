import { Module } from '@nestjs/common';

import { AdministrationController } from './administration.controller.js';
import { AdministrationRepository } from './administration.repository.js';
import { AdministrationService } from './administration.service.js';
import { ReminderRuleSettingsRepository } from './reminder-rule-settings.repository.js';
import { ReminderRuleSettingsService } from './reminder-rule-settings.service.js';

/**
 * The municipality administrator's console: procedures accepted online, the notification-rule
 * parameters, the audit trail.
 */
@Module({
  controllers: [AdministrationController],
  providers: [
    AdministrationRepository,
    AdministrationService,
    ReminderRuleSettingsRepository,
    ReminderRuleSettingsService,
  ],
})
export class AdministrationModule {}
