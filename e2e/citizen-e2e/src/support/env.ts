import { z } from 'zod';

const e2eEnvSchema = z.object({
  /** The PostgreSQL server the e2e run creates its own database on. */
  E2E_DATABASE_SERVER_URL: z.url().default('postgres://postgres@127.0.0.1:5432/postgres'),
  E2E_REDIS_URL: z.url().default('redis://127.0.0.1:6379/0'),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Show the platform's own logs while the journeys run. */
  E2E_VERBOSE: z.enum(['true', 'false']).default('false'),
  /** Where global setup wrote what it started; set by global setup itself, one file per run. */
  E2E_STACK_STATE_FILE: z.string().optional(),
});

export type E2eEnv = z.infer<typeof e2eEnvSchema>;

export function loadE2eEnv(): E2eEnv {
  return e2eEnvSchema.parse(process.env);
}

/**
 * Names the stack state file of this run for the journeys and the teardown (which read it through
 * `loadE2eEnv`). One file per run: several runs on one machine must not read each other's stack.
 */
export function setStackStateFile(path: string): void {
  process.env['E2E_STACK_STATE_FILE'] = path;
}
