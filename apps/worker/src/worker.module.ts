import type { DynamicModule, OnApplicationBootstrap } from '@nestjs/common';
import { Inject, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { JOB_DEFINITIONS, QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import { createDataSourceOptions } from '@madoguchi/server-database';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { LoggerModule } from 'nestjs-pino';

import {
  AUDIT_CHAIN_QUEUE,
  AuditChainScheduler,
} from './audit-chain/audit-chain-scheduler.service.js';
import { AuditChainProcessor } from './audit-chain/audit-chain.processor.js';
import { AuditChainRepository } from './audit-chain/audit-chain.repository.js';
import { SealAuditChainHandler } from './audit-chain/seal-audit-chain.handler.js';
import type { WorkerEnv } from './config/env.js';
import { EmailChannel } from './deliveries/channels/email.channel.js';
import type { NotificationChannel } from './deliveries/channels/notification-channel.js';
import { NOTIFICATION_CHANNELS } from './deliveries/channels/notification-channel.js';
import { WebPushChannel } from './deliveries/channels/web-push.channel.js';
import { DeliveriesProcessor } from './deliveries/deliveries.processor.js';
import { DeliveryRelay } from './deliveries/delivery-relay.service.js';
import { NotificationDeliveryRepository } from './deliveries/notification-delivery.repository.js';
import { NotificationWriter } from './deliveries/notification-writer.js';
import { SendDeliveriesHandler } from './deliveries/send-deliveries.handler.js';
import type { Clock } from './infrastructure/clock.js';
import { CLOCK, SYSTEM_CLOCK } from './infrastructure/clock.js';
import type { JobHandler } from './infrastructure/job-handler.js';
import { JOB_HANDLERS, assertEveryJobHasOneHandler } from './infrastructure/job-handler.js';
import {
  producerConnectionOptions,
  workerConnectionOptions,
} from './infrastructure/redis-connections.js';
import { RULE_BOOK, loadRuleBook } from './infrastructure/rule-book.js';
import { DELIVERY_QUEUE, RELAY_QUEUE, WORKER_ENV } from './infrastructure/tokens.js';
import { LifeRecordRepository } from './life-records/life-record.repository.js';
import { ApplicationStatusChangedHandler } from './notifications/application-status-changed.handler.js';
import { ApplicationRepository } from './notifications/application.repository.js';
import { NotificationRepository } from './notifications/notification.repository.js';
import { NotificationsProcessor } from './notifications/notifications.processor.js';
import { OutboxRelay } from './outbox/outbox-relay.service.js';
import { OutboxRepository } from './outbox/outbox.repository.js';
import { EmailAddressBook } from './recipients/email-address-book.js';
import { EmailConfirmationRepository } from './recipients/email-confirmation.repository.js';
import { NotificationPreferenceRepository } from './recipients/notification-preference.repository.js';
import { PushSubscriptionRepository } from './recipients/push-subscription.repository.js';
import { RecipientDirectory } from './recipients/recipient-directory.js';
import { WatchRelationshipRepository } from './recipients/watch-relationship.repository.js';
import { DailyReminderScanHandler } from './reminders/daily-reminder-scan.handler.js';
import { ReminderOccurrenceRepository } from './reminders/reminder-occurrence.repository.js';
import { ReminderScanBatchHandler } from './reminders/reminder-scan-batch.handler.js';
import { ReminderScheduler } from './reminders/reminder-scheduler.service.js';

class JobHandlerCheck implements OnApplicationBootstrap {
  constructor(@Inject(JOB_HANDLERS) private readonly handlers: JobHandler[]) {}

  onApplicationBootstrap(): void {
    assertEveryJobHasOneHandler(JOB_DEFINITIONS, this.handlers);
  }
}

/** Replaceable parts for tests: the clock (quiet hours at 23:30 JST without waiting for night). */
export type WorkerOverrides = { clock?: Clock };

@Module({})
export class WorkerModule {
  static register(env: WorkerEnv, overrides: WorkerOverrides = {}): DynamicModule {
    // Producers must fail fast while Redis is away (the rows wait in PostgreSQL), unlike the
    // processors' blocking connections that retry forever.
    const producer = (name: string) => () =>
      new Queue(name, {
        connection: producerConnectionOptions(env.REDIS_URL),
        prefix: env.REDIS_PREFIX,
      });
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: env.LOG_LEVEL } }),
        TypeOrmModule.forRoot(
          createDataSourceOptions({
            url: env.DATABASE_URL,
            poolSize: env.DATABASE_POOL_SIZE,
            applicationName: 'madoguchi-worker',
            timeouts: {
              statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
              idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
              connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
            },
          }),
        ),
        BullModule.forRoot({
          connection: workerConnectionOptions(env.REDIS_URL),
          prefix: env.REDIS_PREFIX,
        }),
        BullModule.registerQueue(
          { name: QUEUE_NAMES.notifications },
          { name: QUEUE_NAMES.deliveries },
          { name: QUEUE_NAMES.auditChain },
        ),
      ],
      providers: [
        { provide: WORKER_ENV, useValue: env },
        { provide: CLOCK, useValue: overrides.clock ?? SYSTEM_CLOCK },
        {
          provide: RULE_BOOK,
          useFactory: (dataSource: DataSource) => loadRuleBook(env.SEEDS_DIR, dataSource),
          inject: [getDataSourceToken()],
        },
        { provide: RELAY_QUEUE, useFactory: producer(QUEUE_NAMES.notifications) },
        { provide: DELIVERY_QUEUE, useFactory: producer(QUEUE_NAMES.deliveries) },
        { provide: AUDIT_CHAIN_QUEUE, useFactory: producer(QUEUE_NAMES.auditChain) },
        WebPushChannel,
        EmailChannel,
        {
          provide: NOTIFICATION_CHANNELS,
          useFactory: (...channels: NotificationChannel[]) => channels,
          inject: [WebPushChannel, EmailChannel],
        },
        ApplicationRepository,
        AuditChainRepository,
        EmailConfirmationRepository,
        LifeRecordRepository,
        NotificationDeliveryRepository,
        NotificationPreferenceRepository,
        NotificationRepository,
        OutboxRepository,
        PushSubscriptionRepository,
        ReminderOccurrenceRepository,
        WatchRelationshipRepository,
        RecipientDirectory,
        EmailAddressBook,
        NotificationWriter,
        ApplicationStatusChangedHandler,
        SendDeliveriesHandler,
        DailyReminderScanHandler,
        ReminderScanBatchHandler,
        SealAuditChainHandler,
        {
          provide: JOB_HANDLERS,
          useFactory: (...handlers: JobHandler[]) => handlers,
          inject: [
            ApplicationStatusChangedHandler,
            SendDeliveriesHandler,
            DailyReminderScanHandler,
            ReminderScanBatchHandler,
            SealAuditChainHandler,
          ],
        },
        JobHandlerCheck,
        NotificationsProcessor,
        DeliveriesProcessor,
        AuditChainProcessor,
        OutboxRelay,
        DeliveryRelay,
        ReminderScheduler,
        AuditChainScheduler,
      ],
    };
  }
}
