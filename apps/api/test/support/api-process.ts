import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

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
