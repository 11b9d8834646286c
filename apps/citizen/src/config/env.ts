export type Env = { apiBaseUrl: string; isDevelopment: boolean };

/**
 * The one place that reads the app's variables from import.meta.env. They were checked with
 * `envSchema` (env.schema.ts) by vite.config.ts before the server started or the build ran,
 * failing there with the names of bad variables; the values here are the parsed ones.
 */
export function readEnv(): Env {
  return {
    apiBaseUrl: import.meta.env.VITE_MADOGUCHI_API_BASE_URL as string,
    isDevelopment: import.meta.env.DEV,
  };
}
