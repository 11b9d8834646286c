import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { INestApplication } from '@nestjs/common';
import type { SessionActor } from '@madoguchi/procedures-contracts';
import { devAccountSchema } from '@madoguchi/procedures-contracts';
import type { TestDatabase } from '@madoguchi/server-database/testing';
import { createTestDatabase } from '@madoguchi/server-database/testing';
import { Redis } from 'ioredis';
import type request from 'supertest';
import { z } from 'zod';

import type { PrivateClamd } from '../../src/attachments/testing/private-clamd.js';
import { startPrivateClamd } from '../../src/attachments/testing/private-clamd.js';
import type { Env } from '../../src/config/env.js';
import { loadEnv } from '../../src/config/env.js';
import { createApp } from '../../src/create-app.js';
import { SESSION_COOKIE, SessionStore } from '../../src/identity/session.store.js';
import { seedCatalog } from '../../src/seeding/seed-catalog.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds', import.meta.url));
export const CSRF = { 'x-madoguchi-csrf': '1' } as const;

export type ApiTestApp = {
  app: INestApplication;
  http: Parameters<typeof request>[0];
  env: Env;
  database: TestDatabase;
  redis: Redis;
  /**
   * Opens a session for a demo account of `seeds/demo/accounts.json` and returns the Cookie header
   * value to send. Test-only: it calls the session store in-process, nothing over HTTP (the real
   * OpenID Connect login is tested in login.integration-spec.ts).
   */
  signIn(accountId: string, overrides?: Partial<SessionActor>): Promise<string>;
  close(): Promise<void>;
};

/**
 * The real API in-process, on a database and a Redis key prefix of its own (created here,
 * dropped by close()), with the real migrations and seeds.
 */
const demoAccountsSchema = z.object({ accounts: z.array(devAccountSchema) });

export function findDemoAccount(accountId: string) {
  const { accounts } = demoAccountsSchema.parse(
    JSON.parse(readFileSync(join(SEEDS_DIR, 'demo', 'accounts.json'), 'utf8')),
  );
  const account = accounts.find((candidate) => candidate.id === accountId);
  if (!account) {
    throw new Error(`no demo account ${accountId} in seeds/demo/accounts.json`);
  }
  const { description: _description, ...actor } = account;
  return actor;
}

/**
 * `envOverrides`: extra settings of this test file (e.g. the demo identity provider's URL). Uploads
 * are scanned by a private clamd started for the file (its only signature: TEST_MALWARE), unless
 * the overrides choose a scanner themselves.
 */
export async function startApiTestApp(
  envOverrides: Record<string, string> = {},
): Promise<ApiTestApp> {
  const base = loadEnv({ NODE_ENV: 'test' });
  const clamd: PrivateClamd | null =
    envOverrides['MALWARE_SCANNER'] === undefined ? await startPrivateClamd() : null;
  const database = await createTestDatabase(base.DATABASE_URL, 'api_it');
  await seedCatalog(database.dataSource, SEEDS_DIR);
  const prefix = `madoguchi-test-${randomBytes(4).toString('hex')}`;
  const env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URL: database.apiUrl,
    REDIS_PREFIX: prefix,
    COOKIE_SECURE: 'false',
    // supertest connects from 127.0.0.1: tests pick client addresses with X-Forwarded-For and read /api/metrics.
    TRUSTED_PROXIES: 'loopback',
    METRICS_ALLOWED_NETWORKS: 'loopback',
    LOG_LEVEL: 'silent',
    SEEDS_DIR,
    ...(clamd ? { MALWARE_SCANNER: 'clamd', CLAMD_SOCKET: clamd.socketPath } : {}),
    ...envOverrides,
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
    async signIn(accountId, overrides = {}) {
      const sessionId = await app
        .get(SessionStore)
        .create({ ...findDemoAccount(accountId), ...overrides });
      return `${SESSION_COOKIE}=${sessionId}`;
    },
    async close() {
      await app.close();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) {
        await redis.del(...keys);
      }
      await redis.quit();
      await database.drop();
      await clamd?.stop();
    },
  };
}
