import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadE2eEnv } from './env.ts';

/** What global setup started, for the test files (other module registry) and the teardown. */
export type StackState = {
  urls: { api: string; citizen: string; console: string };
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
};

export function stackStateFile(): string {
  return loadE2eEnv().E2E_STACK_STATE_FILE ?? join(tmpdir(), 'madoguchi-e2e-stack.json');
}

export function writeStackState(state: StackState): void {
  writeFileSync(stackStateFile(), JSON.stringify(state));
}

export function readStackState(): StackState {
  return JSON.parse(readFileSync(stackStateFile(), 'utf8')) as StackState;
}
