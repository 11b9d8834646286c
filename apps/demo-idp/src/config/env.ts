import { z } from 'zod';

const DEFAULT_PORT = 3900;

function uriList(defaultValue: string) {
  return z
    .string()
    .default(defaultValue)
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(z.url()).min(1));
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DEMO_IDP_HOST: z.string().min(1).default('127.0.0.1'),
    /** 0 picks a free port (tests); the issuer then names the port actually bound. */
    DEMO_IDP_PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
    /** Where the API and browsers reach the provider; `http://<host>:<port>` by default. */
    DEMO_IDP_ISSUER: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.url().optional(),
    ),
    /** Callback URLs of the citizen app's client (residents) and the console's (staff), comma-separated. */
    DEMO_IDP_CITIZEN_REDIRECT_URIS: uriList('http://127.0.0.1:5173/api/auth/callback'),
    DEMO_IDP_CONSOLE_REDIRECT_URIS: uriList('http://127.0.0.1:5174/api/auth/callback'),
    /** Published development secrets: this provider never protects anything real. */
    DEMO_IDP_CITIZEN_CLIENT_SECRET: z.string().min(1).default('madoguchi-citizen-dev-secret'),
    DEMO_IDP_CONSOLE_CLIENT_SECRET: z.string().min(1).default('madoguchi-console-dev-secret'),
    SEEDS_DIR: z.string().min(1).default('seeds'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .refine((env) => env.NODE_ENV !== 'production', {
    message:
      'the demo identity provider signs anyone in without a password: development and tests only',
    path: ['NODE_ENV'],
  });

export type DemoIdpEnv = z.infer<typeof envSchema>;

/** Parses the environment once at boot and fails with the names of the bad variables; tests pass overrides. */
export function loadDemoIdpEnv(overrides: Record<string, string | undefined> = {}): DemoIdpEnv {
  const result = envSchema.safeParse({ ...process.env, ...overrides });
  if (!result.success) {
    const names = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid demo identity provider configuration:\n  ${names.join('\n  ')}`);
  }
  return result.data;
}
