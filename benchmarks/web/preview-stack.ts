// The smallest stack that serves the citizen app's production build with data behind it: the built
// API on a fresh database (migrated, seeded) and `vite preview` of apps/citizen/dist, which serves
// the build gzipped and forwards /api to the API. A resident's session row is written the way the
// login writes one, so signed-in pages open without the OpenID round trip.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import pg from 'pg';

import { findFreePort, runCommand, waitForHttp } from '../../tools/dev/processes.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const node = process.execPath;
const vite = join(ROOT, 'node_modules/vite/bin/vite.js');

export type PreviewStack = {
  previewUrl: string;
  apiUrl: string;
  /** `madoguchi_session=…` of a resident with identity level 3 (as with the My Number card). */
  residentCookie: string;
  stop(): Promise<void>;
};

/** `vite build` of the citizen app into apps/citizen/dist, or `outDir` (with its manifest). */
export async function buildCitizenApp(outDir?: string): Promise<void> {
  const out = outDir === undefined ? [] : ['--outDir', outDir, '--emptyOutDir'];
  await runCommand(
    node,
    [vite, 'build', '--config', 'apps/citizen/vite.config.ts', ...out],
    {},
    ROOT,
  );
}

async function buildApi(log: (message: string) => void): Promise<void> {
  try {
    await runCommand(
      node,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'apps/api/tsconfig.app.json'],
      {},
      ROOT,
    );
  } catch (error) {
    // The API only serves data to the pages measured: a work tree whose API does not compile at
    // this moment is measured against the last build, and says so.
    if (!existsSync(join(ROOT, 'apps/api/dist/main.js'))) {
      throw error;
    }
    log('(the API does not compile in this work tree: using the last build in apps/api/dist)');
  }
}

async function createResidentSession(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sessionId = randomBytes(32).toString('base64url');
  const actor = {
    kind: 'resident',
    id: 'bench-web-resident',
    displayName: '山田 花子',
    municipalityCode: null,
    staffRole: null,
    identityLevel: 3,
  };
  await client.query(
    "INSERT INTO sessions (id_hash, actor, expires_at) VALUES ($1, $2, now() + interval '1 day')",
    [createHash('sha256').update(sessionId).digest('hex'), JSON.stringify(actor)],
  );
  await client.end();
  return `madoguchi_session=${sessionId}`;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolvePromise();
      return;
    }
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

/** Starts the API and `vite preview` of an existing build; `stop()` ends both and drops the database. */
export async function startPreviewStack(
  log: (message: string) => void = console.log,
): Promise<PreviewStack> {
  const serverUrl =
    process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/madoguchi_bench_web_${randomBytes(4).toString('hex')}`;
  const [apiPort, previewPort] = [await findFreePort(), await findFreePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const previewUrl = `http://127.0.0.1:${previewPort}`;
  const serverEnv = {
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    REDIS_PREFIX: `madoguchi-bench-web-${randomBytes(4).toString('hex')}`,
    COOKIE_SECURE: 'false',
    LOG_LEVEL: 'silent',
    SEEDS_DIR: join(ROOT, 'seeds'),
    API_PORT: String(apiPort),
    CITIZEN_APP_URL: previewUrl,
  };

  await buildApi(log);
  await runCommand(node, ['apps/api/dist/cli/migrate.js'], serverEnv, ROOT);
  await runCommand(node, ['apps/api/dist/cli/seed.js'], serverEnv, ROOT);
  const residentCookie = await createResidentSession(databaseUrl.toString());
  const api = spawn(node, ['apps/api/dist/main.js'], {
    cwd: ROOT,
    env: { ...process.env, ...serverEnv },
    stdio: 'ignore',
  });
  const preview = spawn(node, [vite, 'preview', '--config', 'apps/citizen/vite.config.ts'], {
    cwd: ROOT,
    env: { ...process.env, MADOGUCHI_API_URL: apiUrl, CITIZEN_PREVIEW_PORT: String(previewPort) },
    stdio: 'ignore',
  });

  const stop = async (): Promise<void> => {
    await Promise.all([stopChild(api), stopChild(preview)]);
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${databaseUrl.pathname.slice(1)}" WITH (FORCE)`);
    await client.end();
  };
  try {
    await waitForHttp(`${apiUrl}/api/health`, 60_000);
    await waitForHttp(`${previewUrl}/`, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { previewUrl, apiUrl, residentCookie, stop };
}
