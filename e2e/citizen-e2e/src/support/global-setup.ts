import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { RunningStack } from '@madoguchi/tools/dev-stack';
import { findFreePort, startStack } from '@madoguchi/tools/dev-stack';
import type { PrivateClamd } from '@madoguchi/tools/private-clamd';
import { startPrivateClamd } from '@madoguchi/tools/private-clamd';

import { loadE2eEnv, setStackStateFile } from './env.ts';
import { writeStackState } from './stack-state.ts';

declare global {
  var madoguchiE2eStack: RunningStack | undefined;
  var madoguchiE2eClamd: PrivateClamd | undefined;
}

/** Starts the whole platform once for all journeys, on its own database and Redis prefix. */
export default async function globalSetup(): Promise<void> {
  const env = loadE2eEnv();
  const suffix = randomBytes(4).toString('hex');
  const databaseUrl = new URL(env.E2E_DATABASE_SERVER_URL);
  databaseUrl.pathname = `/madoguchi_e2e_${suffix}`;
  const redisPrefix = `madoguchi-e2e-${suffix}`;
  setStackStateFile(
    env.E2E_STACK_STATE_FILE ?? join(tmpdir(), `madoguchi-e2e-stack-${suffix}.json`),
  );
  const [api, citizen, consolePort] = [
    await findFreePort(),
    await findFreePort(),
    await findFreePort(),
  ];
  // Every file a journey uploads goes through a real clamd scan (`.ci/run` installs clamav-daemon).
  const clamd = await startPrivateClamd([]);
  globalThis.madoguchiE2eClamd = clamd;
  const stack = await startStack({
    clamdSocket: clamd.socketPath,
    databaseUrl: databaseUrl.toString(),
    redisUrl: env.E2E_REDIS_URL,
    redisPrefix,
    ports: { api, citizen, console: consolePort },
    isQuiet: env.E2E_VERBOSE !== 'true',
  });
  globalThis.madoguchiE2eStack = stack;
  writeStackState({
    urls: stack.urls,
    databaseUrl: databaseUrl.toString(),
    redisUrl: env.E2E_REDIS_URL,
    redisPrefix,
  });
}
