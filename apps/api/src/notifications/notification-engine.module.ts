import { Module } from '@nestjs/common';

import type { Env } from '../config/env.js';
import { SessionStore } from '../identity/session.store.js';
import { ENV } from '../infrastructure/tokens.js';
import { DeadLettersController } from './dead-letters.controller.js';
import { DeadLettersService } from './dead-letters.service.js';
import { LifeRecordRepository } from './life-record.repository.js';
import { LifeRecordsController } from './life-records.controller.js';
import { LifeRecordsService } from './life-records.service.js';
import { NotificationMetrics } from './notification-metrics.js';
import { EmailConfirmationController } from './email-confirmation.controller.js';
import { EmailConfirmationRepository } from './email-confirmation.repository.js';
import { EmailConfirmationService } from './email-confirmation.service.js';
import { NotificationSettingsController } from './notification-settings.controller.js';
import { NotificationSettingsRepository } from './notification-settings.repository.js';
import { NotificationSettingsService } from './notification-settings.service.js';
import { PushSubscriptionRepository } from './push-subscription.repository.js';
import { PushSubscriptionsService } from './push-subscriptions.service.js';
import { DASHBOARD_QUEUES, QueueDashboard, createDashboardQueues } from './queue-dashboard.js';
import { WatchRelationshipRepository } from './watch-relationship.repository.js';
import { WatchersController } from './watchers.controller.js';
import { WatchersService } from './watchers.service.js';

/**
 * The notification engine's API (issue #6): residents' preferences, e-mail contact, Web Push
 * subscriptions and 見守り; their life records and upcoming reminders; staff's dead-letter list
 * and retry; the queue dashboard and metrics.
 * The inbox itself is NotificationsModule.
 */
@Module({
  controllers: [
    NotificationSettingsController,
    EmailConfirmationController,
    WatchersController,
    LifeRecordsController,
    DeadLettersController,
  ],
  providers: [
    // Stateless (sessions are rows in PostgreSQL): the dashboard's gate reads the same cookie.
    SessionStore,
    NotificationSettingsRepository,
    EmailConfirmationRepository,
    EmailConfirmationService,
    NotificationSettingsService,
    PushSubscriptionRepository,
    PushSubscriptionsService,
    WatchRelationshipRepository,
    WatchersService,
    DeadLettersService,
    LifeRecordRepository,
    LifeRecordsService,
    {
      provide: DASHBOARD_QUEUES,
      useFactory: (env: Env) => createDashboardQueues(env),
      inject: [ENV],
    },
    QueueDashboard,
    NotificationMetrics,
  ],
})
export class NotificationEngineModule {}
