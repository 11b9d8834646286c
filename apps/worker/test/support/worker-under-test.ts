import { randomBytes } from 'node:crypto';

import type { INestApplicationContext } from '@nestjs/common';
import type { TestDatabase } from '@madoguchi/server-database/testing';
import { createTestDatabase } from '@madoguchi/server-database/testing';
import { Redis } from 'ioredis';

import { loadWorkerEnv } from '../../src/config/env.js';
import { createWorker } from '../../src/create-worker.js';
import type { WorkerOverrides } from '../../src/worker.module.js';

/** Quick polls, no daily scheduler, no e-mail server: what most tests want, each may override. */
const TEST_ENV = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  // The push receiver of these tests listens on http://127.0.0.1 (refused outside NODE_ENV=test).
  PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true',
  OUTBOX_POLL_INTERVAL_MS: '50',
  DELIVERY_POLL_INTERVAL_MS: '50',
  REMINDER_SCHEDULER_ENABLED: 'false',
  SMTP_URL: 'smtp://127.0.0.1:9',
};

/** A database and a Redis key prefix of a test's own (the shared Redis, never its other keys). */
export type TestStores = { database: TestDatabase; prefix: string; close(): Promise<void> };

export async function createTestStores(name: string): Promise<TestStores> {
  const base = loadWorkerEnv({ NODE_ENV: 'test' });
  const database = await createTestDatabase(base.DATABASE_URL, name);
  const prefix = `madoguchi-test-${randomBytes(4).toString('hex')}`;
  return {
    database,
    prefix,
    async close() {
      const redis = new Redis(base.REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) {
        await redis.del(...keys);
      }
      await redis.quit();
      await database.drop();
    },
  };
}

/** The worker running in this process on its own stores; `close` stops it and removes them. */
export type WorkerUnderTest = TestStores & { worker: INestApplicationContext };

export async function startWorkerUnderTest(
  name: string,
  env: Record<string, string> = {},
  overrides: WorkerOverrides = {},
): Promise<WorkerUnderTest> {
  const stores = await createTestStores(name);
  const worker = await createWorker(
    loadWorkerEnv({
      ...TEST_ENV,
      DATABASE_URL: stores.database.workerUrl,
      REDIS_PREFIX: stores.prefix,
      ...env,
    }),
    overrides,
  );
  return {
    ...stores,
    worker,
    async close() {
      await worker.close();
      await stores.close();
    },
  };
}
