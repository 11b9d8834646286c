import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Development only: never protects real data (production refuses to start with it). */
const DEVELOPMENT_PERSONAL_DATA_KEYS = 'dev:ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE=';

/** `.env.example` lists optional variables with empty values: treat those as unset. */
function emptyAsUndefined<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_PORT: z.coerce.number().int().positive().default(3000),
  API_HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/madoguchi'),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379/0'),
  /** Key prefix for every Redis key (sessions, queues): lets tests and deployments share a server. */
  REDIS_PREFIX: z.string().min(1).default('madoguchi'),
  /** Development-only sign-in with demo accounts; replaced by OpenID Connect (issue #5). */
  DEV_SIGN_IN_ENABLED: booleanFlag.default(false),
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
  /** Ceiling of one upload request whatever a slot allows; each slot's own maxBytes applies too. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
}).refine((env) => env.NODE_ENV !== 'production' || !env.PERSONAL_DATA_KEYS.includes(DEVELOPMENT_PERSONAL_DATA_KEYS), {
  message: 'production needs its own PERSONAL_DATA_KEYS, not the development key',
  path: ['PERSONAL_DATA_KEYS'],
}).refine((env) => env.NODE_ENV !== 'production' || !env.DEV_SIGN_IN_ENABLED, {
  message: 'the development sign-in cannot be enabled in production',
  path: ['DEV_SIGN_IN_ENABLED'],
}).refine((env) => env.STORAGE_DRIVER !== 's3' || env.S3_BUCKET !== undefined, {
  message: 'required when STORAGE_DRIVER=s3',
  path: ['S3_BUCKET'],
}).refine((env) => (env.S3_ACCESS_KEY_ID === undefined) === (env.S3_SECRET_ACCESS_KEY === undefined), {
  message: 'set both S3 keys or neither (neither: the SDK default credential chain)',
  path: ['S3_SECRET_ACCESS_KEY'],
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
