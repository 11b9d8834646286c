import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/madoguchi'),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(5),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379/0'),
  /** Must equal the API's REDIS_PREFIX: queues are shared through it. */
  REDIS_PREFIX: z.string().min(1).default('madoguchi'),
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(8),
  /** How often the relay looks for outbox rows that are not yet on the queue. */
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(250),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().positive().default(200),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type WorkerEnv = z.infer<typeof envSchema>;

/** Parses the environment once at boot and fails with the names of the bad variables; tests pass overrides. */
export function loadWorkerEnv(overrides: Record<string, string | undefined> = {}): WorkerEnv {
  const result = envSchema.safeParse({ ...process.env, ...overrides });
  if (!result.success) {
    const names = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid worker configuration:\n  ${names.join('\n  ')}`);
  }
  return result.data;
}
