import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Development only: never protects real data (production refuses to start with it). */
const DEVELOPMENT_OIDC_SECRETS = ['madoguchi-citizen-dev-secret', 'madoguchi-console-dev-secret'];

/** Development only: never protects real data (production refuses to start with it). */
const DEVELOPMENT_PERSONAL_DATA_KEYS = 'dev:ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE=';

/** `.env.example` lists optional variables with empty values: treat those as unset. */
function emptyAsUndefined<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

/** `urn:x:1=1,urn:x:2=2` → a map from acr value to level. */
function parseAcrLevels(value: string, context: z.RefinementCtx): Map<string, 1 | 2 | 3> {
  const levels = new Map<string, 1 | 2 | 3>();
  for (const entry of value.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    const separator = entry.lastIndexOf('=');
    const level = Number(entry.slice(separator + 1));
    if (separator <= 0 || (level !== 1 && level !== 2 && level !== 3)) {
      context.addIssue({ code: 'custom', message: `expected acr=level with a level of 1, 2 or 3: ${entry}` });
      return levels;
    }
    levels.set(entry.slice(0, separator), level);
  }
  return levels;
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_PORT: z.coerce.number().int().positive().default(3000),
  API_HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/madoguchi'),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  /** PostgreSQL cancels a statement running longer (`statement_timeout`). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** PostgreSQL ends a session idle inside a transaction for longer (`idle_in_transaction_session_timeout`). */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** A request waits at most this long for a connection (new, or free in the pool) before failing. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379/0'),
  /** Key prefix for every Redis key (sessions, queues): lets tests and deployments share a server. */
  REDIS_PREFIX: z.string().min(1).default('madoguchi'),
  /**
   * OpenID Connect. Residents sign in through the citizen app's client, staff through the
   * console's; both at OIDC_ISSUER_URL unless OIDC_STAFF_ISSUER_URL names another provider.
   * The defaults point at the demo provider (apps/demo-idp) that `npm start` runs.
   */
  OIDC_ISSUER_URL: z.url().default('http://127.0.0.1:3900'),
  OIDC_STAFF_ISSUER_URL: emptyAsUndefined(z.url().optional()),
  OIDC_RESIDENT_CLIENT_ID: z.string().min(1).default('madoguchi-citizen'),
  OIDC_RESIDENT_CLIENT_SECRET: z.string().min(1).default('madoguchi-citizen-dev-secret'),
  OIDC_STAFF_CLIENT_ID: z.string().min(1).default('madoguchi-console'),
  OIDC_STAFF_CLIENT_SECRET: z.string().min(1).default('madoguchi-console-dev-secret'),
  /** Space-separated scopes asked for; `openid` is always included. */
  OIDC_SCOPES: z.string().min(1).default('openid profile madoguchi'),
  /** Names of the claims read from the ID token (or UserInfo). An empty kind claim: the client decides. */
  OIDC_CLAIM_NAME: z.string().min(1).default('name'),
  OIDC_CLAIM_KIND: z.string().default('madoguchi_kind'),
  OIDC_CLAIM_MUNICIPALITY_CODE: z.string().min(1).default('municipality_code'),
  OIDC_CLAIM_STAFF_ROLE: z.string().min(1).default('staff_role'),
  /** `acr` value → identity assurance level 1–3, comma-separated; an unknown or missing acr is level 1. */
  OIDC_ACR_LEVELS: z
    .string()
    .default('urn:madoguchi:ial:1=1,urn:madoguchi:ial:2=2,urn:madoguchi:ial:3=3')
    .transform((value, context) => parseAcrLevels(value, context)),
  /** Origins of the two web apps: callbacks and the redirect after login go there (no other origin). */
  CITIZEN_APP_URL: z.url().default('http://127.0.0.1:5173'),
  CONSOLE_APP_URL: z.url().default('http://127.0.0.1:5174'),
  /** Login and callback requests per client address and minute, counted in PostgreSQL across replicas. */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  SESSION_TTL_SECONDS: z.coerce.number().int().positive().default(8 * 3600),
  STAFF_SESSION_TTL_SECONDS: z.coerce.number().int().positive().default(2 * 3600),
  /** Set to false only for local http development; cookies are Secure everywhere else. */
  COOKIE_SECURE: booleanFlag.default(true),
  SEEDS_DIR: z.string().default('seeds'),
  /**
   * AES-256-GCM keys for 特定個人情報 at rest: `keyId:<32 bytes base64>`, comma-separated. The
   * default is a published development key; production must set its own (checked below).
   */
  PERSONAL_DATA_KEYS: z.string().min(1).default(DEVELOPMENT_PERSONAL_DATA_KEYS),
  /** The key that seals new values; the others only open old ones (rotation). */
  PERSONAL_DATA_ACTIVE_KEY_ID: z.string().min(1).default('dev'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where attachments are kept: the local disk (default) or an S3-compatible bucket. */
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  /** Directory of the local driver, relative to the working directory unless absolute. */
  STORAGE_LOCAL_DIR: z.string().min(1).default('.data/uploads'),
  S3_ENDPOINT: emptyAsUndefined(z.url().optional()),
  S3_BUCKET: emptyAsUndefined(z.string().optional()),
  S3_REGION: z.string().min(1).default('ap-northeast-1'),
  S3_ACCESS_KEY_ID: emptyAsUndefined(z.string().optional()),
  S3_SECRET_ACCESS_KEY: emptyAsUndefined(z.string().optional()),
  S3_FORCE_PATH_STYLE: booleanFlag.default(false),
  /** `api:retention-sweep` deletes uploads no application took and no draft refers to, after this many hours, */
  ORPHAN_ATTACHMENT_RETENTION_HOURS: z.coerce.number().int().positive().default(48),
  /** … and drafts nobody touched for this many days. */
  DRAFT_RETENTION_DAYS: z.coerce.number().int().positive().default(180),
  /** Ceiling of one upload request whatever a slot allows; each slot's own maxBytes applies too. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  /** Uploads one resident may have in flight at once (across replicas, counted in Redis); more get 429. */
  UPLOAD_MAX_CONCURRENT_PER_RESIDENT: z.coerce.number().int().positive().default(3),
  /**
   * An upload whose bytes arrive slower than this over any window of UPLOAD_RATE_WINDOW_SECONDS is
   * cut (408 upload_too_slow): 1 KiB/s is far below a phone on a poor line, far above a trickle.
   */
  UPLOAD_MIN_BYTES_PER_SECOND: z.coerce.number().int().positive().default(1024),
  UPLOAD_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(20),
  /** An upload still running after this long is cut (408 upload_deadline_exceeded). */
  UPLOAD_DEADLINE_SECONDS: z.coerce.number().int().positive().default(300),
  /**
   * The malware scanner every upload passes before it is accepted: `clamd` (ClamAV's daemon, at
   * CLAMD_SOCKET, or CLAMD_HOST:CLAMD_PORT when a host is set) or `none`, announced in the log at
   * start-up, which production refuses.
   */
  MALWARE_SCANNER: z.enum(['clamd', 'none']).default('clamd'),
  CLAMD_SOCKET: z.string().min(1).default('/run/clamav/clamd.ctl'),
  CLAMD_HOST: emptyAsUndefined(z.string().optional()),
  CLAMD_PORT: z.coerce.number().int().positive().default(3310),
  /** A scan without a verdict after this long counts as the scanner being unavailable (retryable). */
  CLAMD_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /**
   * Web Push VAPID public key handed to browsers when they subscribe; the worker signs with the
   * private half. The default is the published development pair (the worker refuses it in production).
   */
  VAPID_PUBLIC_KEY: emptyAsUndefined(
    z.string().min(1).default('BJMVmRDJRLnS8JVwwi3L8-7m7SRdM3dOW35BiaygLRpLbhX20FJw6Rum1QY1-tnEUgjVxfTzHUo8JMikxVDYoUs'),
  ),
}).refine((env) => env.NODE_ENV !== 'production' || !env.PERSONAL_DATA_KEYS.includes(DEVELOPMENT_PERSONAL_DATA_KEYS), {
  message: 'production needs its own PERSONAL_DATA_KEYS, not the development key',
  path: ['PERSONAL_DATA_KEYS'],
}).refine((env) => env.NODE_ENV !== 'production' || [env.OIDC_ISSUER_URL, env.OIDC_STAFF_ISSUER_URL ?? env.OIDC_ISSUER_URL].every((url) => url.startsWith('https://')), {
  message: 'production signs in only through an https identity provider',
  path: ['OIDC_ISSUER_URL'],
}).refine((env) => env.NODE_ENV !== 'production' || ![env.OIDC_RESIDENT_CLIENT_SECRET, env.OIDC_STAFF_CLIENT_SECRET].some((secret) => DEVELOPMENT_OIDC_SECRETS.includes(secret)), {
  message: 'production needs its own OpenID Connect client secrets',
  path: ['OIDC_RESIDENT_CLIENT_SECRET'],
}).refine((env) => env.STORAGE_DRIVER !== 's3' || env.S3_BUCKET !== undefined, {
  message: 'required when STORAGE_DRIVER=s3',
  path: ['S3_BUCKET'],
}).refine((env) => (env.S3_ACCESS_KEY_ID === undefined) === (env.S3_SECRET_ACCESS_KEY === undefined), {
  message: 'set both S3 keys or neither (neither: the SDK default credential chain)',
  path: ['S3_SECRET_ACCESS_KEY'],
}).refine((env) => env.NODE_ENV !== 'production' || env.MALWARE_SCANNER !== 'none', {
  message: 'production scans every upload: set MALWARE_SCANNER=clamd (and CLAMD_SOCKET or CLAMD_HOST)',
  path: ['MALWARE_SCANNER'],
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment once at boot and fails with the names of the bad variables; tests pass overrides. */
export function loadEnv(overrides: Record<string, string | undefined> = {}): Env {
  const result = envSchema.safeParse({ ...process.env, ...overrides });
  if (!result.success) {
    const names = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid API configuration:\n  ${names.join('\n  ')}`);
  }
  return result.data;
}
