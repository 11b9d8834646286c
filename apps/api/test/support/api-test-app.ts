import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

import type { INestApplication } from '@nestjs/common';
import type { TestDatabase } from '@madoguchi/server-database/testing';
import { createTestDatabase } from '@madoguchi/server-database/testing';
import { Redis } from 'ioredis';
import request from 'supertest';

import type { Env } from '../../src/config/env.js';
import { loadEnv } from '../../src/config/env.js';
import { createApp } from '../../src/create-app.js';
import { seedCatalog } from '../../src/seeding/seed-catalog.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds', import.meta.url));
export const CSRF = { 'x-madoguchi-csrf': '1' } as const;

export type ApiTestApp = {
  app: INestApplication;
  http: Parameters<typeof request>[0];
  env: Env;
  database: TestDatabase;
  redis: Redis;
  /** Signs in a demo account and returns the Cookie header value to send. */
  signIn(accountId: string): Promise<string>;
  close(): Promise<void>;
};

/**
 * The real API in-process, on a database and a Redis key prefix of its own (created here,
 * dropped by close()), with the real migrations and seeds.
 */
export async function startApiTestApp(): Promise<ApiTestApp> {
  const base = loadEnv();
  const database = await createTestDatabase(base.DATABASE_URL, 'api_it');
  await seedCatalog(database.dataSource, SEEDS_DIR);
  const prefix = `madoguchi-test-${randomBytes(4).toString('hex')}`;
  const env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_PREFIX: prefix,
    DEV_SIGN_IN_ENABLED: 'true',
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'silent',
    SEEDS_DIR,
  });
  const app = await createApp(env);
  await app.init();
  const http = app.getHttpServer() as Parameters<typeof request>[0];
  const redis = new Redis(env.REDIS_URL);

  return {
    app,
    http,
    env,
    database,
    redis,
    async signIn(accountId) {
      const response = await request(http).post('/api/dev/sign-in').set(CSRF).send({ accountId }).expect(200);
      const setCookie = response.headers['set-cookie'] as unknown as string[];
      return setCookie.map((cookie) => cookie.split(';')[0]).join('; ');
    },
    async close() {
      await app.close();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) {
        await redis.del(...keys);
      }
      await redis.quit();
      await database.drop();
    },
  };
}
