import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { Global, Inject, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { createDataSourceOptions } from '@madoguchi/server-database';
import { loadRuleBook } from '@madoguchi/server-notification-rules';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

import type { Env } from '../config/env.js';
import {
  PersonalDataCipher,
  parsePersonalDataKeys,
} from '../personal-data/personal-data-cipher.js';
import { Clock } from './clock.js';
import { ENV, PERSONAL_DATA_CIPHER, REDIS, RULE_BOOK } from './tokens.js';

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

/**
 * Configuration, PostgreSQL, Redis and the rule book of `seeds/notification-rules` (read at
 * start-up: a bad file stops the API): the process-wide resources every feature module uses.
 */
@Global()
@Module({})
export class InfrastructureModule {
  static register(env: Env): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [
        TypeOrmModule.forRoot(
          createDataSourceOptions({
            url: env.DATABASE_URL,
            poolSize: env.DATABASE_POOL_SIZE,
            applicationName: 'madoguchi-api',
            timeouts: {
              statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
              idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
              connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
            },
          }),
        ),
      ],
      providers: [
        { provide: ENV, useValue: env },
        {
          provide: REDIS,
          useFactory: () =>
            new Redis(env.REDIS_URL, {
              keyPrefix: `${env.REDIS_PREFIX}:`,
              // Fail fast: a request must not hang while Redis is away.
              maxRetriesPerRequest: 1,
              enableOfflineQueue: false,
              lazyConnect: false,
            }),
        },
        RedisCloser,
        Clock,
        // Applications read it for the decision records procedures declare, the notification engine for reminders;
        // a bad rule file stops the API at start-up, as it stops the worker.
        // Each municipality's parameters are read from the database at every call.
        {
          provide: RULE_BOOK,
          useFactory: (dataSource: DataSource) => loadRuleBook(env.SEEDS_DIR, dataSource),
          inject: [getDataSourceToken()],
        },
        {
          provide: PERSONAL_DATA_CIPHER,
          useFactory: () =>
            new PersonalDataCipher(
              parsePersonalDataKeys(env.PERSONAL_DATA_KEYS),
              env.PERSONAL_DATA_ACTIVE_KEY_ID,
              {
                opensFormat1: env.PERSONAL_DATA_OPEN_FORMAT_1,
              },
            ),
        },
      ],
      exports: [ENV, REDIS, PERSONAL_DATA_CIPHER, RULE_BOOK, Clock],
    };
  }
}
