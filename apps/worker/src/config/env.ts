import { pushServiceHostsSetting } from '@madoguchi/notifications-contracts';
import { z } from 'zod';

/** Development only (published in this repository); production refuses to start with it. */
const DEVELOPMENT_VAPID_PUBLIC_KEY =
  'BJMVmRDJRLnS8JVwwi3L8-7m7SRdM3dOW35BiaygLRpLbhX20FJw6Rum1QY1-tnEUgjVxfTzHUo8JMikxVDYoUs';
const DEVELOPMENT_VAPID_PRIVATE_KEY = '6Gbq1oTNI9MqoYftqJJ8MI9KsuoIp2POKrjokXySqog';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** `.env.example` lists optional variables with empty values: treat those as unset. */
function emptyAsUndefined<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

const envBaseSchema = z.object({
  /** Production unless said otherwise, so a deployment that forgets it still gets the checks below. */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/madoguchi'),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(5),
  /**
   * PostgreSQL cancels a statement running longer: a reminder scan's batch is the longest one,
   * well under a second on the benchmark's data; a stuck one must not hold its locks for ever.
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** A job that stalls inside a transaction loses its connection (and row locks) after this long. */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** A job waits at most this long for a connection before failing (BullMQ retries it). */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379/0'),
  /** Must equal the API's REDIS_PREFIX: queues are shared through it. */
  REDIS_PREFIX: z.string().min(1).default('madoguchi'),
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(8),
  /** How often the relay looks for outbox rows that are not yet on the queue. */
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(250),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().positive().default(200),
  /** Relay again a row dispatched this long ago that no handler processed (its job lost with Redis' memory). */
  OUTBOX_REDISPATCH_AFTER_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 60_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the reminder rules (`notification-rules/`) and demo data are read from. */
  SEEDS_DIR: z.string().default('seeds'),
  /** VAPID keys of Web Push. The defaults are a published development pair: production sets its own. */
  VAPID_PUBLIC_KEY: emptyAsUndefined(z.string().min(1).default(DEVELOPMENT_VAPID_PUBLIC_KEY)),
  VAPID_PRIVATE_KEY: emptyAsUndefined(z.string().min(1).default(DEVELOPMENT_VAPID_PRIVATE_KEY)),
  /** Who push services contact about our pushes (mailto: or https:). */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:)/)
    .default('mailto:notifications@madoguchi.example'),
  /** How long a push service keeps an undelivered push (seconds). */
  PUSH_TTL_SECONDS: z.coerce
    .number()
    .int()
    .nonnegative()
    .default(24 * 3600),
  /** Total deadline of one push request (lookup, connect, TLS, the answer): a slow push service cannot hold a batch longer. */
  PUSH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * The push services endpoints may point at (comma-separated host names, `*.` for subdomains);
   * any other endpoint is refused before a byte is sent (the API refuses it at registration).
   */
  PUSH_SERVICE_HOSTS: emptyAsUndefined(pushServiceHostsSetting),
  /**
   * Tests only: push to http://127.0.0.1:<port> and http://[::1]:<port> (a local receiver); loopback
   * is then the one address the outbound guard lets through. Refused unless NODE_ENV=test.
   */
  PUSH_ALLOW_LOOPBACK_ENDPOINTS: booleanFlag.default(false),
  /**
   * SMTP server for e-mail notifications; `npm start` runs a local sink on 1025. Production needs
   * TLS: `smtps://host:465` or `smtp://host:587?requireTLS=true` (STARTTLS or no mail).
   */
  SMTP_URL: z.url().default('smtp://127.0.0.1:1025'),
  /** nodemailer's connection, greeting and socket timeouts. */
  SMTP_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  MAIL_FROM: z.string().min(3).default('Madoguchi <no-reply@madoguchi.example>'),
  /** Link in e-mails and pushes (the citizen app). */
  CITIZEN_APP_URL: z.url().default('http://127.0.0.1:5173'),
  /** Jobs of the deliveries queue run at once per worker; each sends DELIVERY_BATCH_SIZE messages. */
  DELIVERY_CONCURRENCY: z.coerce.number().int().positive().default(4),
  DELIVERY_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(50),
  /** How often scheduled deliveries whose time has come are put on the queue. */
  DELIVERY_POLL_INTERVAL_MS: z.coerce.number().int().positive().default(1000),
  /**
   * How long a sender holds the deliveries it is sending. A row still `sending` after this was
   * left by a worker that died: it is in doubt and sent again (same Topic). Longer than any send.
   */
  DELIVERY_SENDING_LEASE_MS: z.coerce.number().int().positive().default(60_000),
  /** Re-offer a delivery still `queued` after this long (its job was lost with Redis' memory). */
  DELIVERY_REQUEUE_AFTER_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 60_000),
  /** Life records read per scan batch job. */
  REMINDER_SCAN_BATCH_SIZE: z.coerce.number().int().positive().default(2000),
  /** Ranges of resident ids a municipality's scan is split into, scanned side by side. */
  REMINDER_SCAN_PARTITIONS: z.coerce.number().int().min(1).max(64).default(4),
  /** Reminders missed for up to this many days (worker down, record entered late) are still sent. */
  REMINDER_CATCH_UP_DAYS: z.coerce.number().int().nonnegative().default(7),
  /** Register the 06:00 JST daily scan (off in tests, which start scans themselves). */
  REMINDER_SCHEDULER_ENABLED: booleanFlag.default(true),
  /** Development: also scan once at start, so the demo shows today's reminders without waiting for 06:00. */
  REMINDER_SCAN_ON_START: booleanFlag.default(false),
  /**
   * Seal the audit trail into its hash chain (a job every AUDIT_CHAIN_SEAL_INTERVAL_MS, and once
   * at start). The interval is the window in which a row is written but not yet chained.
   */
  AUDIT_CHAIN_SEALER_ENABLED: booleanFlag.default(true),
  AUDIT_CHAIN_SEAL_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** Audit rows sealed per transaction (a job seals up to 20 batches, then leaves the rest to the next). */
  AUDIT_CHAIN_SEAL_BATCH_SIZE: z.coerce.number().int().min(1).max(50_000).default(5000),
});

const envSchema = envBaseSchema
  .refine(
    (env) => env.DELIVERY_SENDING_LEASE_MS > Math.max(env.PUSH_TIMEOUT_MS, env.SMTP_TIMEOUT_MS),
    {
      message: 'must be longer than a send can take (PUSH_TIMEOUT_MS, SMTP_TIMEOUT_MS)',
      path: ['DELIVERY_SENDING_LEASE_MS'],
    },
  )
  .refine((env) => !env.PUSH_ALLOW_LOOPBACK_ENDPOINTS || env.NODE_ENV === 'test', {
    message: 'loopback push endpoints are for tests only (NODE_ENV=test), never in production',
    path: ['PUSH_ALLOW_LOOPBACK_ENDPOINTS'],
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV === 'production') {
      refuseUnsafeProductionSettings(env, context);
    }
  });

/** Whether nodemailer will speak TLS to this SMTP URL before it sends a message (RFC 8314 / RFC 3207). */
function isSmtpEncrypted(smtpUrl: string): boolean {
  const url = new URL(smtpUrl);
  if (url.searchParams.get('ignoreTLS') === 'true' || url.searchParams.get('secure') === 'false') {
    return false;
  }
  return (
    url.protocol === 'smtps:' ||
    url.searchParams.get('requireTLS') === 'true' ||
    url.searchParams.get('secure') === 'true'
  );
}

/**
 * Production refuses the published development keys and any plain-text link that carries
 * residents' addresses, messages or job data; each issue names its setting.
 */
function refuseUnsafeProductionSettings(
  env: z.output<typeof envBaseSchema>,
  context: z.RefinementCtx,
): void {
  const refuse = (name: string, message: string): void =>
    context.addIssue({ code: 'custom', path: [name], message });
  if (env.VAPID_PRIVATE_KEY === DEVELOPMENT_VAPID_PRIVATE_KEY) {
    refuse('VAPID_PRIVATE_KEY', 'production needs its own VAPID keys, not the development pair');
  }
  if (env.VAPID_PUBLIC_KEY === DEVELOPMENT_VAPID_PUBLIC_KEY) {
    refuse('VAPID_PUBLIC_KEY', 'production needs its own VAPID keys, not the development pair');
  }
  if (!isSmtpEncrypted(env.SMTP_URL)) {
    refuse(
      'SMTP_URL',
      'production sends mail only over TLS: smtps://host:465 or smtp://host:587?requireTLS=true',
    );
  }
  if (new URL(env.REDIS_URL).protocol !== 'rediss:') {
    refuse('REDIS_URL', 'production needs rediss: (TLS): queues and job data travel encrypted');
  }
  if (new URL(env.CITIZEN_APP_URL).protocol !== 'https:') {
    refuse('CITIZEN_APP_URL', 'production needs https: links in e-mails and pushes');
  }
}

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
