import { z } from 'zod';

const e2eEnvSchema = z.object({
  /** The PostgreSQL server the e2e run creates its own database on. */
  E2E_DATABASE_SERVER_URL: z.url().default('postgres://postgres@127.0.0.1:5432/postgres'),
  E2E_REDIS_URL: z.url().default('redis://127.0.0.1:6379/0'),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Show the platform's own logs while the journeys run. */
  E2E_VERBOSE: z.enum(['true', 'false']).default('false'),
});

export type E2eEnv = z.infer<typeof e2eEnvSchema>;

export function loadE2eEnv(): E2eEnv {
  return e2eEnvSchema.parse(process.env);
}
