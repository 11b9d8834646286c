import { z } from 'zod';

const DEFAULT_PORT = 3910;

/**
 * The demo signing password of every demo card (a real card's 署名用パスワード is 6–16 letters and
 * digits the resident chose; the demo page shows this one, since the cards are everyone's).
 */
export const DEMO_SIGNING_PASSWORD = 'DEMO1234';

const listOf = (defaultValue: string) =>
  z
    .string()
    .default(defaultValue)
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    );

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DEMO_TRUST_HOST: z.string().min(1).default('127.0.0.1'),
    /** 0 picks a free port (tests); the public URL then names the port actually bound. */
    DEMO_TRUST_PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
    /** Where browsers and the API reach the service; `http://<host>:<port>` by default. */
    DEMO_TRUST_PUBLIC_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.url().optional(),
    ),
    /** The demo PKI written by create-demo-pki (the seed step): its card keys, CA, CRL and TSA. */
    DEMO_TRUST_PKI_DIR: z.string().min(1).default('var/demo-pki'),
    /** The origins a signing may send the resident back to (the citizen app), comma-separated. */
    DEMO_TRUST_RETURN_ORIGINS: listOf('http://127.0.0.1:5173').pipe(z.array(z.url()).min(1)),
    /** The relying party's (the API's) secret for the server-to-server calls. A published demo secret. */
    DEMO_TRUST_CLIENT_SECRET: z.string().min(16).default('madoguchi-signing-dev-secret'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .refine((env) => env.NODE_ENV !== 'production', {
    message: 'the demo trust services hold published demo keys: development and tests only',
    path: ['NODE_ENV'],
  });

export type DemoTrustEnv = z.infer<typeof envSchema>;

export function loadDemoTrustEnv(overrides: Record<string, string | undefined> = {}): DemoTrustEnv {
  const parsed = envSchema.safeParse({ ...process.env, ...overrides });
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`demo-trust configuration: ${names.join('; ')}`);
  }
  return parsed.data;
}
