import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Builds the worker (tsc -b, incremental) so tests can run it as a real process they may kill. */
export function buildWorker(): void {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-b', 'apps/worker/tsconfig.app.json'],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

export type WorkerProcess = { child: ChildProcess; output: () => string };

/** Starts `node apps/worker/dist/main.js` with the given environment. */
export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['apps/worker/dist/main.js'], {
    cwd: ROOT,
    env: {
      // eslint-disable-next-line no-restricted-syntax -- the child inherits the environment (PATH, locale); nothing is configured from it here
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

export async function stopWorkerProcess(
  worker: WorkerProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) {
    return;
  }
  await new Promise<void>((resolve) => {
    worker.child.once('exit', () => resolve());
    worker.child.kill(signal);
  });
}
