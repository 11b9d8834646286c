// `npm start`: runs the whole platform with demo data on this machine.
// PostgreSQL and Redis: the configured or local servers, else embedded/private ones (services.ts).
// Then: build the server apps, migrate, seed (idempotent), start api, worker, citizen and console.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { ManagedProcess } from './processes.ts';
import { runCommand, startProcess, stopProcesses, waitForHttp } from './processes.ts';
import { ensurePostgres, ensureRedis } from './services.ts';

const root = resolve(import.meta.dirname, '../..');
const node = process.execPath;
const bin = (path: string): string => resolve(root, 'node_modules', path);
const ports = {
  api: Number(process.env.API_PORT ?? 3000),
  citizen: Number(process.env.CITIZEN_PORT ?? 5173),
  console: Number(process.env.CONSOLE_PORT ?? 5174),
};

const startedAt = Date.now();
const step = (message: string): void => {
  console.log(`\u001b[36m▸\u001b[0m ${message} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
};

const children: ManagedProcess[] = [];
let stopEmbeddedPostgres: (() => Promise<void>) | null = null;
let isShuttingDown = false;

async function shutdown(exitCode: number): Promise<never> {
  if (!isShuttingDown) {
    isShuttingDown = true;
    console.log('\nStopping Madoguchi…');
    await stopProcesses(children);
    await stopEmbeddedPostgres?.();
  }
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  step('checking PostgreSQL and Redis');
  const postgres = await ensurePostgres(process.env.DATABASE_URL, resolve(root, '.data'));
  stopEmbeddedPostgres = postgres.embedded ? () => postgres.embedded!.stop() : null;
  const redis = await ensureRedis(process.env.REDIS_URL);
  if (redis.process) {
    children.push(redis.process);
  }
  console.log(`  PostgreSQL: ${postgres.description}\n  Redis: ${redis.description}`);

  const serverEnv = {
    NODE_ENV: 'development',
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: process.env.REDIS_PREFIX ?? 'madoguchi',
    API_PORT: String(ports.api),
    DEV_SIGN_IN_ENABLED: 'true',
    COOKIE_SECURE: 'false',
    SEEDS_DIR: resolve(root, 'seeds'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };

  step('building the api and the worker');
  await runCommand(node, [bin('typescript/bin/tsc'), '-b', 'apps/api/tsconfig.app.json', 'apps/worker/tsconfig.app.json']);
  step('migrating the database');
  process.stdout.write(await runCommand(node, ['apps/api/dist/cli/migrate.js'], serverEnv));
  step('loading seeds');
  process.stdout.write(await runCommand(node, ['apps/api/dist/cli/seed.js'], serverEnv));

  step('starting api, worker, citizen and console');
  children.push(startProcess('api', node, ['apps/api/dist/main.js'], serverEnv));
  children.push(startProcess('worker', node, ['apps/worker/dist/main.js'], serverEnv));
  const webEnv = { MADOGUCHI_API_URL: `http://127.0.0.1:${ports.api}` };
  children.push(
    startProcess('citizen', node, [bin('vite/bin/vite.js'), '--config', 'apps/citizen/vite.config.ts'], {
      ...webEnv,
      CITIZEN_PORT: String(ports.citizen),
    }),
  );
  children.push(
    startProcess('console', node, [bin('vite/bin/vite.js'), '--config', 'apps/console/vite.config.ts'], {
      ...webEnv,
      CONSOLE_PORT: String(ports.console),
    }),
  );
  for (const child of children) {
    child.child.once('exit', (code) => {
      if (!isShuttingDown) {
        console.error(`${child.name} stopped (exit code ${code}); stopping everything.`);
        void shutdown(1);
      }
    });
  }
  await Promise.all([
    waitForHttp(`http://127.0.0.1:${ports.api}/api/health`, 60_000),
    waitForHttp(`http://127.0.0.1:${ports.citizen}/`, 60_000),
    waitForHttp(`http://127.0.0.1:${ports.console}/`, 60_000),
  ]);

  const accounts = (
    JSON.parse(readFileSync(resolve(root, 'seeds/demo/accounts.json'), 'utf8')) as {
      accounts: { id: string; kind: string; displayName: string }[];
    }
  ).accounts;
  step('Madoguchi is running');
  console.log(`
  Citizen app (住民)     http://127.0.0.1:${ports.citizen}/
  Staff console (職員)   http://127.0.0.1:${ports.console}/
  API                    http://127.0.0.1:${ports.api}/api   (health: /api/health)
  OpenAPI                http://127.0.0.1:${ports.api}/api/openapi.json   Swagger UI: /api/docs

  Demo accounts (development sign-in, no password — pick one on the sign-in page):
${accounts.map((account) => `    ${account.kind.padEnd(8)} ${account.id.padEnd(26)} ${account.displayName}`).join('\n')}

  Press Ctrl-C to stop everything.
`);
} catch (error) {
  console.error(`\nMadoguchi could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
