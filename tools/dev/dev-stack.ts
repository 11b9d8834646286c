import { resolve } from 'node:path';

import type { ManagedProcess } from './processes.ts';
import { runCommand, startProcess, stopProcesses, waitForHttp } from './processes.ts';

export type StackOptions = {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  ports: { api: number; citizen: number; console: number };
  logLevel?: string;
  /** Hide the children's output (tests); shown by default (npm start). */
  isQuiet?: boolean;
  onProgress?: (message: string) => void;
};

export type RunningStack = {
  urls: { api: string; citizen: string; console: string };
  processes: ManagedProcess[];
  stop(): Promise<void>;
};

export const ROOT = resolve(import.meta.dirname, '../..');
const bin = (path: string): string => resolve(ROOT, 'node_modules', path);

/**
 * Builds the server apps, migrates and seeds the database, and starts api, worker, citizen
 * and console: the one way the platform is started, by `npm start` and by the e2e tests.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const progress = options.onProgress ?? (() => undefined);
  const node = process.execPath;
  const quiet = { quiet: options.isQuiet ?? false };
  const serverEnv = {
    NODE_ENV: 'development',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    REDIS_PREFIX: options.redisPrefix,
    API_PORT: String(options.ports.api),
    DEV_SIGN_IN_ENABLED: 'true',
    COOKIE_SECURE: 'false',
    SEEDS_DIR: resolve(ROOT, 'seeds'),
    LOG_LEVEL: options.logLevel ?? 'warn',
  };
  const webEnv = {
    MADOGUCHI_API_URL: `http://127.0.0.1:${options.ports.api}`,
    CITIZEN_PORT: String(options.ports.citizen),
    CONSOLE_PORT: String(options.ports.console),
  };

  progress('building the api and the worker');
  await runCommand(node, [bin('typescript/bin/tsc'), '-b', 'apps/api/tsconfig.app.json', 'apps/worker/tsconfig.app.json'], {}, ROOT);
  progress('migrating the database');
  const migrated = await runCommand(node, ['apps/api/dist/cli/migrate.js'], serverEnv, ROOT);
  progress('loading seeds');
  const seeded = await runCommand(node, ['apps/api/dist/cli/seed.js'], serverEnv, ROOT);
  progress(`${migrated.trim()}; ${seeded.trim()}`);

  progress('starting api, worker, citizen and console');
  const processes = [
    startProcess('api', node, ['apps/api/dist/main.js'], serverEnv, quiet, ROOT),
    startProcess('worker', node, ['apps/worker/dist/main.js'], serverEnv, quiet, ROOT),
    startProcess('citizen', node, [bin('vite/bin/vite.js'), '--config', 'apps/citizen/vite.config.ts'], webEnv, quiet, ROOT),
    startProcess('console', node, [bin('vite/bin/vite.js'), '--config', 'apps/console/vite.config.ts'], webEnv, quiet, ROOT),
  ];
  const urls = {
    api: `http://127.0.0.1:${options.ports.api}`,
    citizen: `http://127.0.0.1:${options.ports.citizen}`,
    console: `http://127.0.0.1:${options.ports.console}`,
  };
  try {
    await Promise.all([
      waitForHttp(`${urls.api}/api/health`, 60_000),
      waitForHttp(`${urls.citizen}/`, 60_000),
      waitForHttp(`${urls.console}/`, 60_000),
    ]);
  } catch (error) {
    await stopProcesses(processes);
    throw error;
  }
  return { urls, processes, stop: () => stopProcesses(processes) };
}
export { findFreePort } from './processes.ts';
