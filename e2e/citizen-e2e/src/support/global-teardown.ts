import { rmSync } from 'node:fs';

import { Redis } from 'ioredis';
import pg from 'pg';

import { readStackState, stackStateFile } from './stack-state.ts';

/** Stops the platform and drops the database and Redis keys the run created. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.madoguchiE2eStack?.stop();
  await globalThis.madoguchiE2eClamd?.stop();
  const state = readStackState();
  const databaseName = new URL(state.databaseUrl).pathname.slice(1);
  const admin = new URL(state.databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await client.end();
  const redis = new Redis(state.redisUrl);
  const keys = await redis.keys(`${state.redisPrefix}:*`);
  if (keys.length > 0) {
    await redis.del(...keys);
  }
  await redis.quit();
  rmSync(stackStateFile(), { force: true });
}
