import { z } from 'zod';

const envSchema = z.object({
  /** Prefix of API URLs; empty (same origin through the Vite proxy or the gateway) by default. */
  VITE_MADOGUCHI_API_BASE_URL: z.string().default(''),
  DEV: z.boolean(),
});

export type Env = { apiBaseUrl: string; isDevelopment: boolean };

/** The one place that reads import.meta.env: parsed at boot, failing fast with the names of bad variables. */
export function readEnv(): Env {
  const parsed = envSchema.safeParse(import.meta.env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Invalid environment for the console app: ${names}`);
  }
  return { apiBaseUrl: parsed.data.VITE_MADOGUCHI_API_BASE_URL, isDevelopment: parsed.data.DEV };
}
