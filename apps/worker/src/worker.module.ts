import type { DynamicModule, OnApplicationBootstrap } from '@nestjs/common';
import { Inject, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JOB_DEFINITIONS, QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import { createDataSourceOptions } from '@madoguchi/server-database';
import { Queue } from 'bullmq';
import { LoggerModule } from 'nestjs-pino';

import type { WorkerEnv } from './config/env.js';
import { producerConnectionOptions, workerConnectionOptions } from './infrastructure/redis-connections.js';
import { RELAY_QUEUE, WORKER_ENV } from './infrastructure/tokens.js';
import { ApplicationStatusChangedHandler } from './notifications/application-status-changed.handler.js';
import { InboxNotificationRepository } from './notifications/inbox-notification.repository.js';
import type { JobHandler } from './notifications/job-handler.js';
import { JOB_HANDLERS, assertEveryJobHasOneHandler } from './notifications/job-handler.js';
import { NotificationsProcessor } from './notifications/notifications.processor.js';
import { OutboxRelay } from './outbox/outbox-relay.service.js';

class JobHandlerCheck implements OnApplicationBootstrap {
  constructor(@Inject(JOB_HANDLERS) private readonly handlers: JobHandler[]) {}

  onApplicationBootstrap(): void {
    assertEveryJobHasOneHandler(
      JOB_DEFINITIONS.map((definition) => definition.name),
      this.handlers,
    );
  }
}

@Module({})
export class WorkerModule {
  static register(env: WorkerEnv): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: env.LOG_LEVEL } }),
        TypeOrmModule.forRoot(
          createDataSourceOptions({
            url: env.DATABASE_URL,
            poolSize: env.DATABASE_POOL_SIZE,
            applicationName: 'madoguchi-worker',
          }),
        ),
        BullModule.forRoot({ connection: workerConnectionOptions(env.REDIS_URL), prefix: env.REDIS_PREFIX }),
        BullModule.registerQueue({ name: QUEUE_NAMES.notifications }),
      ],
      providers: [
        { provide: WORKER_ENV, useValue: env },
        {
          // The relay's own producer: it must fail fast while Redis is away (the rows wait in
          // the outbox), unlike the processors' blocking connection that retries forever.
          provide: RELAY_QUEUE,
          useFactory: () =>
            new Queue(QUEUE_NAMES.notifications, {
              connection: producerConnectionOptions(env.REDIS_URL),
              prefix: env.REDIS_PREFIX,
            }),
        },
        InboxNotificationRepository,
        ApplicationStatusChangedHandler,
        {
          provide: JOB_HANDLERS,
          useFactory: (...handlers: JobHandler[]) => handlers,
          inject: [ApplicationStatusChangedHandler],
        },
        JobHandlerCheck,
        NotificationsProcessor,
        OutboxRelay,
      ],
    };
  }
}
