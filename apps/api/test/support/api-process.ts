import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

import type { ApiTestApp } from './api-test-app.js';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Builds the API's dist (incremental), as `npm start` runs it: apps are spawned, never imported. */
export function buildApi(): void {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-b', 'apps/api/tsconfig.app.json'],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

export type ApiProcess = { child: ChildProcess; baseUrl: string; output: () => string };

/**
 * The built API as a child process on `port`, with `settings` as its whole configuration (plus
 * PATH): answers once its health route does (whatever it reports).
 */
export async function spawnApi(
  port: number,
  settings: Record<string, string>,
): Promise<ApiProcess> {
  let output = '';
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: ROOT,
    env: {
      // eslint-disable-next-line no-restricted-syntax -- the child needs PATH only; its configuration is `settings`
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      LOG_LEVEL: 'error',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on(
    'data',
    (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)),
  );
  child.stderr?.on(
    'data',
    (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) {
        throw new Error(`the API exited (${child.exitCode}):\n${output}`);
      }
      return fetch(`${baseUrl}/api/health`).then(
        () => true,
        () => undefined,
      );
    },
    60_000,
    'the API to listen',
  );
  return { child, baseUrl, output: () => output };
}

/** Stops a child process (SIGKILL: no shutdown hook runs, as in a crash) and waits for its exit. */
export function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Builds the worker's dist (incremental): the specs that need the real worker run it as a process. */
export function buildWorker(): void {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-b', 'apps/worker/tsconfig.app.json'],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

export type WorkerProcess = { child: ChildProcess; output: () => string };

/**
 * The built worker as a child process on the stores of `app` (its database as madoguchi_worker,
 * its Redis and key prefix), polling every 100 ms, mail to a closed port, no daily scheduler;
 * `settings` add to or replace these (plus PATH).
 */
export function spawnWorker(app: ApiTestApp, settings: Record<string, string> = {}): WorkerProcess {
  let output = '';
  const child = spawn(process.execPath, ['apps/worker/dist/main.js'], {
    cwd: ROOT,
    env: {
      // eslint-disable-next-line no-restricted-syntax -- the child needs PATH only; its configuration is below
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: app.database.workerUrl,
      REDIS_URL: app.env.REDIS_URL,
      REDIS_PREFIX: app.env.REDIS_PREFIX,
      REMINDER_SCHEDULER_ENABLED: 'false',
      OUTBOX_POLL_INTERVAL_MS: '100',
      DELIVERY_POLL_INTERVAL_MS: '100',
      SMTP_URL: 'smtp://127.0.0.1:9',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}
