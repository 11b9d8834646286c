import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What global setup started, for the test files (other module registry) and the teardown. */
export type StackState = {
  urls: { api: string; citizen: string; console: string };
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
};

const STATE_FILE = join(tmpdir(), 'madoguchi-e2e-stack.json');

export function writeStackState(state: StackState): void {
  writeFileSync(STATE_FILE, JSON.stringify(state));
}

export function readStackState(): StackState {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as StackState;
}
