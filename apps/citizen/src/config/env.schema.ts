import { z } from 'zod';

/**
 * The variables Vite bakes into the citizen app (`import.meta.env`). They are fixed when the app
 * is built, so they are checked then: vite.config.ts parses them with this schema when the
 * development server starts and when the production build runs, and passes the parsed values on
 * (defaults applied). The browser reads those and carries neither zod nor this schema.
 */
export const envSchema = z.object({
  /** Prefix of API URLs; empty (same origin through the Vite proxy or the gateway) by default. */
  VITE_MADOGUCHI_API_BASE_URL: z.string().default(''),
});

export type BuildEnv = z.infer<typeof envSchema>;

/** Parses the variables, failing fast with the names of the bad ones. */
export function parseBuildEnv(variables: Record<string, string>): BuildEnv {
  const parsed = envSchema.safeParse(variables);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Invalid environment for the citizen app: ${names}`);
  }
  return parsed.data;
}
