import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import pg from 'pg';
import { Redis } from 'ioredis';

import { stopProcesses } from './processes.ts';
import { ensurePostgres, ensureRedis } from './services.ts';

// Ports where nothing listens: the fallbacks must kick in without touching the shared servers.
const SILENT_POSTGRES = 'postgres://postgres@127.0.0.1:1/madoguchi';
const SILENT_REDIS = 'redis://127.0.0.1:1/0';

describe('npm start service fallbacks', () => {
  it('uses the local PostgreSQL and Redis when they answer', async () => {
    const postgres = await ensurePostgres(undefined, '/nonexistent');
    const redis = await ensureRedis(undefined);

    expect(postgres.embedded).toBeNull();
    expect(redis.process).toBeNull();
  });

  it('starts a private redis-server when no Redis answers', async () => {
    const redis = await ensureRedis(undefined, SILENT_REDIS);
    try {
      expect(redis.process).not.toBeNull();
      const client = new Redis(redis.url);
      expect(await client.ping()).toBe('PONG');
      client.disconnect();
    } finally {
      await stopProcesses(redis.process ? [redis.process] : []);
    }
  });

  it('starts an embedded PostgreSQL under the data folder when no PostgreSQL answers', async () => {
    // Under the workspace, not /tmp or /root: the `postgres` user must be able to reach it.
    const dataRoot = join(import.meta.dirname, '..', '..', '.data');
    mkdirSync(dataRoot, { recursive: true });
    const dataDir = mkdtempSync(join(dataRoot, 'embedded-test-'));
    const postgres = await ensurePostgres(undefined, dataDir, SILENT_POSTGRES);
    try {
      expect(postgres.embedded).not.toBeNull();
      const admin = new URL(postgres.url);
      admin.pathname = '/postgres';
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      const result = await client.query<{ version: string }>('SELECT version()');
      await client.end();
      expect(result.rows[0]?.version).toMatch(/^PostgreSQL 1[0-9]/);
    } finally {
      await postgres.embedded?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
