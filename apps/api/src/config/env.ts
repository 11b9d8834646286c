import { isIP } from 'node:net';

import { pushServiceHostsSetting } from '@madoguchi/notifications-contracts';
import { z } from 'zod';

import {
  DEVELOPMENT_PERSONAL_DATA_KEYS,
  DEVELOPMENT_VAPID_PUBLIC_KEY,
  requireProtocol,
  weakKeyReason,
  weakSecretReason,
} from './production-settings.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** `.env.example` lists optional variables with empty values: treat those as unset. */
function emptyAsUndefined<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

const NETWORK_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Comma-separated addresses, CIDR ranges and keywords (`keywords`), each checked at boot. */
function networkList(keywords: readonly string[]) {
  return z
    .string()
    .default('')
    .transform((value, context) => {
      const entries = value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      for (const entry of entries) {
        const [address = '', prefix, extra] = entry.split('/');
        const family = isIP(address);
        const isRange =
          prefix === undefined ||
          (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
        if (!keywords.includes(entry) && (family === 0 || !isRange || extra !== undefined)) {
          context.addIssue({
            code: 'custom',
            message: `not an address, a CIDR range or one of ${keywords.join(', ')}: ${entry}`,
          });
        }
      }
      return entries;
    });
}

/** `urn:x:1=1,urn:x:2=2` → a map from acr value to level. */
function parseAcrLevels(value: string, context: z.RefinementCtx): Map<string, 1 | 2 | 3> {
  const levels = new Map<string, 1 | 2 | 3>();
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const separator = entry.lastIndexOf('=');
    const level = Number(entry.slice(separator + 1));
    if (separator <= 0 || (level !== 1 && level !== 2 && level !== 3)) {
      context.addIssue({
        code: 'custom',
        message: `expected acr=level with a level of 1, 2 or 3: ${entry}`,
      });
      return levels;
    }
    levels.set(entry.slice(0, separator), level);
  }
  return levels;
}

const envBaseSchema = z.object({
  /**
   * Production unless said otherwise, so a deployment that forgets it still gets every check
   * below; `npm start`, `.env.example` and the test stacks say development or test.
   */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
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
  /**
   * Origins other than the issuer's that the provider's metadata may name (its token, key or
   * UserInfo endpoint on another host), comma-separated; none by default: every other is refused.
   */
  OIDC_PROVIDER_ORIGINS: z
    .string()
    .default('')
    .transform((value, context) => {
      const origins = value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      return origins.map((item) => {
        const parsed = URL.canParse(item) ? new URL(item) : null;
        if (parsed === null || parsed.origin !== item) {
          context.addIssue({
            code: 'custom',
            message: `not an origin (scheme://host[:port]): ${item}`,
          });
          return item;
        }
        return parsed.origin;
      });
    }),
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
  /** Claim whose value `operator` makes a staff login a platform operator (the queue dashboard). */
  OIDC_CLAIM_PLATFORM_ROLE: z.string().min(1).default('platform_role'),
  /** The provider whose platform-role claim makes operators; OIDC_ISSUER_URL (the platform's own) unless set. */
  OIDC_PLATFORM_ROLE_ISSUER_URL: emptyAsUndefined(z.url().optional()),
  /** Claim that is `true` for a designated 事務取扱担当者 (may reveal a 個人番号 after a step-up). */
  OIDC_CLAIM_PERSONAL_NUMBER_HANDLER: z.string().min(1).default('mynumber_handler'),
  /** The acr a staff step-up login asks for (`acr_values`), e.g. a second factor at the directory. */
  OIDC_STEP_UP_ACR: z.string().min(1).default('urn:madoguchi:aal:2'),
  /** How long a step-up holds: a reveal needs one at most this long ago (also the login's `max_age`). */
  PERSONAL_NUMBER_STEP_UP_MAX_AGE_SECONDS: z.coerce.number().int().positive().default(300),
  /** 個人番号 reveals per staff member in any hour; more are refused (429) and counted for an alert. */
  PERSONAL_NUMBER_REVEALS_PER_HOUR: z.coerce.number().int().positive().default(20),
  /** `acr` value → identity assurance level 1–3, comma-separated; an unknown or missing acr is level 1. */
  OIDC_ACR_LEVELS: z
    .string()
    .default(
      'urn:madoguchi:ial:1=1,urn:madoguchi:ial:2=2,urn:madoguchi:ial:3=3,urn:madoguchi:aal:2=2',
    )
    .transform((value, context) => parseAcrLevels(value, context)),
  /** Origins of the two web apps: callbacks and the redirect after login go there (no other origin). */
  CITIZEN_APP_URL: z.url().default('http://127.0.0.1:5173'),
  CONSOLE_APP_URL: z.url().default('http://127.0.0.1:5174'),
  /** Login and callback requests per client address and minute, counted in PostgreSQL across replicas. */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /**
   * Proxies whose `X-Forwarded-For` is believed (Express `trust proxy`): comma-separated addresses,
   * CIDR ranges or `loopback` / `linklocal` / `uniquelocal`. Empty: none, the client address is the
   * socket's, so nobody can pick their own address to escape the login rate limit.
   */
  TRUSTED_PROXIES: networkList([...NETWORK_KEYWORDS]),
  /** Bearer token a Prometheus scraper sends to `/api/metrics` (`Authorization: Bearer …`). */
  METRICS_TOKEN: emptyAsUndefined(z.string().min(32).optional()),
  /** Networks that may read `/api/metrics` without the token (CIDR, addresses or `loopback`); empty: none. */
  METRICS_ALLOWED_NETWORKS: networkList(['loopback']),
  /** Absolute session lifetimes (residents, staff)… */
  SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 3600),
  STAFF_SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 3600),
  /** … and how long a session stays open without a request (both kinds). */
  SESSION_IDLE_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(30 * 60),
  /**
   * Secure cookies named with the `__Host-` prefix (Secure, Path=/, no Domain). False only for
   * local http development (the cookies are then plain `madoguchi_*`); production refuses false.
   */
  COOKIE_SECURE: booleanFlag.default(true),
  /** Strict-Transport-Security max-age in seconds (sent by the API; the apps' servers send their own). */
  HSTS_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .nonnegative()
    .default(365 * 24 * 3600),
  SEEDS_DIR: z.string().default('seeds'),
  /**
   * AES-256-GCM keys for 特定個人情報 at rest: `keyId:<32 bytes base64>`, comma-separated. The
   * default is a published development key; production must set its own (checked below).
   */
  PERSONAL_DATA_KEYS: z.string().min(1).default(DEVELOPMENT_PERSONAL_DATA_KEYS),
  /**
   * The key that seals new values; the others only open old ones until `api:reencrypt` has re-sealed
   * them (docs/how-to/rotate-personal-data-keys.md).
   */
  PERSONAL_DATA_ACTIVE_KEY_ID: z.string().min(1).default('dev'),
  /**
   * Whether envelopes of format 1 (bound to the field path only, not to their record) still open.
   * Set false once `api:reencrypt` reports none left: a value copied back from an old backup then
   * no longer opens either.
   */
  PERSONAL_DATA_OPEN_FORMAT_1: booleanFlag.default(true),
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
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
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
   * The push services a resident's push endpoint may point at (comma-separated host names, `*.`
   * for subdomains): any other endpoint is refused at registration (the worker checks again).
   */
  PUSH_SERVICE_HOSTS: emptyAsUndefined(pushServiceHostsSetting),
  /** Tests only: push endpoints on http://127.0.0.1 and http://[::1] (a local receiver). Refused unless NODE_ENV=test. */
  PUSH_ALLOW_LOOPBACK_ENDPOINTS: booleanFlag.default(false),
  /**
   * Web Push VAPID public key handed to browsers when they subscribe; the worker signs with the
   * private half. The default is the published development pair (the worker refuses it in production).
   */
  VAPID_PUBLIC_KEY: emptyAsUndefined(z.string().min(1).default(DEVELOPMENT_VAPID_PUBLIC_KEY)),
  /**
   * Card signatures (JPKI 署名用電子証明書, issue #13). `enforce`: a procedure whose form requires a
   * signature refuses a submission without a valid one (production refuses anything else);
   * `optional`: signatures are verified and kept when given, an unsigned submission is accepted
   * (development stacks whose demo journeys do not all sign yet, and tests of other modules).
   */
  CARD_SIGNATURES: z.enum(['enforce', 'optional']).default('optional'),
  /**
   * The signing service (the デジタル認証アプリ's signature function; in the demo apps/demo-trust),
   * called server to server. A configured endpoint: it does not pass the outbound guard, like the
   * OpenID provider. Unset: signing cannot start (503 signing_unavailable).
   */
  SIGNING_SERVICE_URL: emptyAsUndefined(z.url().optional()),
  SIGNING_SERVICE_CLIENT_SECRET: z.string().min(16).default('madoguchi-signing-dev-secret'),
  /** PEM file(s), comma-separated: the JPKI 署名用認証局 certificates signatures must chain to. */
  JPKI_TRUST_ANCHORS: emptyAsUndefined(z.string().optional()),
  /** Where the JPKI CRL is read at each verification: an http(s) URL (DER) or a PEM/DER file path. */
  JPKI_CRL: emptyAsUndefined(z.string().optional()),
  /**
   * The municipality's seal (eシール / LGPKI 職責証明書 role, issue #13): a directory holding
   * `<municipality code>.pem` and `<municipality code>.key.pem` (PKCS#8) per municipality; the demo
   * PKI's `municipal/seals`. Unset: 控え and 決定通知書 are issued unsealed.
   */
  SEAL_CERTIFICATES_DIR: emptyAsUndefined(z.string().optional()),
  /** PEM file(s), comma-separated: the CA(s) seals are verified against (the demo's municipal/ca.pem). */
  SEAL_TRUST_ANCHORS: emptyAsUndefined(z.string().optional()),
  /** The seal CA's CRL (PEM or DER file, or an http(s) URL); without it revocation is unknown. */
  SEAL_CRL: emptyAsUndefined(z.string().optional()),
  /** RFC 3161 time-stamping authority the seals are stamped by (an accredited TSA in production). */
  TSA_URL: emptyAsUndefined(z.url().optional()),
  /** PEM file(s), comma-separated: the TSA's CA(s); a reply or token that does not chain is refused. */
  TSA_TRUST_ANCHORS: emptyAsUndefined(z.string().optional()),
});

const envSchema = envBaseSchema
  .superRefine((env, context) => {
    if (env.NODE_ENV === 'production') {
      refuseUnsafeProductionSettings(env, context);
    }
  })
  .refine((env) => !env.PUSH_ALLOW_LOOPBACK_ENDPOINTS || env.NODE_ENV === 'test', {
    message: 'loopback push endpoints are for tests only (NODE_ENV=test), never in production',
    path: ['PUSH_ALLOW_LOOPBACK_ENDPOINTS'],
  })
  .refine(
    (env) => personalDataKeyIds(env.PERSONAL_DATA_KEYS).includes(env.PERSONAL_DATA_ACTIVE_KEY_ID),
    {
      // Checked here so a rotation that makes a key current before listing it stops at boot, naming the setting.
      message:
        'must be the id of one of PERSONAL_DATA_KEYS (docs/how-to/rotate-personal-data-keys.md)',
      path: ['PERSONAL_DATA_ACTIVE_KEY_ID'],
    },
  )
  .refine((env) => env.STORAGE_DRIVER !== 's3' || env.S3_BUCKET !== undefined, {
    message: 'required when STORAGE_DRIVER=s3',
    path: ['S3_BUCKET'],
  })
  .refine(
    (env) => (env.S3_ACCESS_KEY_ID === undefined) === (env.S3_SECRET_ACCESS_KEY === undefined),
    {
      message: 'set both S3 keys or neither (neither: the SDK default credential chain)',
      path: ['S3_SECRET_ACCESS_KEY'],
    },
  )
  .refine((env) => env.NODE_ENV !== 'production' || env.CARD_SIGNATURES === 'enforce', {
    message:
      'production refuses an unsigned submission that needs a signature: CARD_SIGNATURES=enforce',
    path: ['CARD_SIGNATURES'],
  })
  .refine(
    (env) =>
      env.CARD_SIGNATURES !== 'enforce' ||
      (env.JPKI_TRUST_ANCHORS !== undefined && env.JPKI_CRL !== undefined),
    {
      message: 'CARD_SIGNATURES=enforce verifies signatures: set JPKI_TRUST_ANCHORS and JPKI_CRL',
      path: ['JPKI_TRUST_ANCHORS'],
    },
  )
  .refine(
    (env) =>
      env.SEAL_CERTIFICATES_DIR === undefined ||
      (env.TSA_URL !== undefined && env.TSA_TRUST_ANCHORS !== undefined),
    {
      message: 'a seal is time-stamped (PAdES B-T, CAdES-T): set TSA_URL and TSA_TRUST_ANCHORS',
      path: ['TSA_URL'],
    },
  )
  .refine((env) => env.NODE_ENV !== 'production' || env.MALWARE_SCANNER !== 'none', {
    message:
      'production scans every upload: set MALWARE_SCANNER=clamd (and CLAMD_SOCKET or CLAMD_HOST)',
    path: ['MALWARE_SCANNER'],
  });

type ParsedEnv = z.output<typeof envBaseSchema>;

function personalDataKeyIds(spec: string): string[] {
  return spec
    .split(',')
    .map((part) => part.trim().slice(0, part.trim().indexOf(':')))
    .filter((id) => id !== '');
}

/**
 * Production refuses to start with anything published in this repository or anything that sends
 * a session, a personal datum or a job over plain text; each issue names its setting.
 */
function refuseUnsafeProductionSettings(env: ParsedEnv, context: z.RefinementCtx): void {
  const refuse = (name: string, message: string): void =>
    context.addIssue({ code: 'custom', path: [name], message });
  for (const entry of env.PERSONAL_DATA_KEYS.split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const keyId = entry.slice(0, entry.indexOf(':'));
    const key = Buffer.from(entry.slice(entry.indexOf(':') + 1), 'base64');
    const reason = DEVELOPMENT_PERSONAL_DATA_KEYS.split(',').includes(entry)
      ? 'the development key published in this repository'
      : key.length === 32
        ? weakKeyReason(key)
        : null;
    if (reason !== null) {
      refuse(
        'PERSONAL_DATA_KEYS',
        `production needs its own random keys; key "${keyId}" is ${reason}`,
      );
    }
  }
  for (const name of ['OIDC_RESIDENT_CLIENT_SECRET', 'OIDC_STAFF_CLIENT_SECRET'] as const) {
    const reason = weakSecretReason(env[name]);
    if (reason !== null) {
      refuse(
        name,
        `production needs the secret the identity provider issued; this one is ${reason}`,
      );
    }
  }
  const signingSecretReason = weakSecretReason(env.SIGNING_SERVICE_CLIENT_SECRET);
  if (signingSecretReason !== null) {
    refuse(
      'SIGNING_SERVICE_CLIENT_SECRET',
      `production needs the secret the signing service issued; this one is ${signingSecretReason}`,
    );
  }
  if (env.METRICS_TOKEN !== undefined && weakSecretReason(env.METRICS_TOKEN) !== null) {
    refuse(
      'METRICS_TOKEN',
      `production needs a generated token; this one is ${weakSecretReason(env.METRICS_TOKEN) ?? ''}`,
    );
  }
  if (env.VAPID_PUBLIC_KEY === DEVELOPMENT_VAPID_PUBLIC_KEY) {
    refuse(
      'VAPID_PUBLIC_KEY',
      'production needs its own VAPID key pair, not the published development pair',
    );
  }
  if (!env.COOKIE_SECURE) {
    refuse(
      'COOKIE_SECURE',
      'production sends the session cookie only over HTTPS: COOKIE_SECURE must be true',
    );
  }
  const https = ['https:'];
  requireProtocol(
    context,
    'OIDC_ISSUER_URL',
    env.OIDC_ISSUER_URL,
    https,
    'sign-in only through an https identity provider',
  );
  requireProtocol(
    context,
    'OIDC_STAFF_ISSUER_URL',
    env.OIDC_STAFF_ISSUER_URL,
    https,
    'sign-in only through an https identity provider',
  );
  requireProtocol(
    context,
    'CITIZEN_APP_URL',
    env.CITIZEN_APP_URL,
    https,
    'the session cookie is Secure',
  );
  requireProtocol(
    context,
    'CONSOLE_APP_URL',
    env.CONSOLE_APP_URL,
    https,
    'the session cookie is Secure',
  );
  requireProtocol(context, 'S3_ENDPOINT', env.S3_ENDPOINT, https, 'attachments travel encrypted');
  requireProtocol(
    context,
    'REDIS_URL',
    env.REDIS_URL,
    ['rediss:'],
    'sessions, queues and job data travel encrypted',
  );
}

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

/**
 * Only what verifying a seal needs (the verify-receipt command, which anyone with the CA
 * certificates may run, without the API's secrets or database).
 */
export function loadSealVerificationEnv(): Pick<
  Env,
  'SEAL_TRUST_ANCHORS' | 'SEAL_CRL' | 'TSA_TRUST_ANCHORS'
> {
  return envBaseSchema
    .pick({ SEAL_TRUST_ANCHORS: true, SEAL_CRL: true, TSA_TRUST_ANCHORS: true })
    .parse(process.env);
}
