import { resolve } from 'node:path';

import {
  RUNTIME_ROLES,
  giveRuntimeRolesTheOwnersPassword,
  runtimeRoleUrl,
} from './database-roles.ts';
import type { ManagedProcess } from './processes.ts';
import { findFreePort, runCommand, startProcess, stopProcesses, waitForHttp } from './processes.ts';

export type StackOptions = {
  /** The owner's URL: the stack migrates and seeds with it; the API and worker log in as their own roles. */
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /**
   * `idp`: the demo OpenID provider's port, `trust`: the demo trust services' (signing service,
   * TSA, OCSP, CRL); a free one when not given (e2e).
   */
  ports: { api: number; citizen: number; console: number; idp?: number; trust?: number };
  /** Where the worker sends e-mail (`npm start`: the local mail sink); the worker's default otherwise. */
  smtpUrl?: string;
  logLevel?: string;
  /** The stack's own clamd (`private-clamd.ts`): every upload is scanned; none: MALWARE_SCANNER decides. */
  clamdSocket?: string;
  /** Hide the children's output (tests); shown by default (npm start). */
  isQuiet?: boolean;
  onProgress?: (message: string) => void;
};

export type RunningStack = {
  urls: { api: string; citizen: string; console: string; idp: string; trust: string };
  processes: ManagedProcess[];
  stop(): Promise<void>;
};

export const ROOT = resolve(import.meta.dirname, '../..');
const bin = (path: string): string => resolve(ROOT, 'node_modules', path);

/**
 * Builds the server apps, migrates and seeds the database, and starts the demo OpenID provider,
 * api, worker, citizen and console: the one way the platform is started, by `npm start` and by
 * the e2e tests.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const progress = options.onProgress ?? (() => undefined);
  const node = process.execPath;
  const quiet = { quiet: options.isQuiet ?? false };
  const urls = {
    api: `http://127.0.0.1:${options.ports.api}`,
    citizen: `http://127.0.0.1:${options.ports.citizen}`,
    console: `http://127.0.0.1:${options.ports.console}`,
    idp: `http://127.0.0.1:${options.ports.idp ?? (await findFreePort())}`,
    trust: `http://127.0.0.1:${options.ports.trust ?? (await findFreePort())}`,
  };
  // The demo PKI (JPKI-style card CA with the demo residents' cards, municipal seals, TSA), created
  // once by the seed step below and read by the demo trust services and the API.
  const demoPkiDir = resolve(ROOT, 'var/demo-pki');
  const trustEnv = {
    NODE_ENV: 'development',
    DEMO_TRUST_PORT: new URL(urls.trust).port,
    DEMO_TRUST_PKI_DIR: demoPkiDir,
    DEMO_TRUST_RETURN_ORIGINS: urls.citizen,
    LOG_LEVEL: options.logLevel ?? 'warn',
  };
  // The apps' dev servers proxy /api, so the callbacks are on the app origins (first-party cookies).
  const idpEnv = {
    NODE_ENV: 'development',
    DEMO_IDP_PORT: new URL(urls.idp).port,
    DEMO_IDP_CITIZEN_REDIRECT_URIS: `${urls.citizen}/api/auth/callback`,
    DEMO_IDP_CONSOLE_REDIRECT_URIS: `${urls.console}/api/auth/callback`,
    SEEDS_DIR: resolve(ROOT, 'seeds'),
    LOG_LEVEL: options.logLevel ?? 'warn',
  };
  const serverEnv = {
    NODE_ENV: 'development',
    DATABASE_URL: runtimeRoleUrl(options.databaseUrl, RUNTIME_ROLES.api),
    REDIS_URL: options.redisUrl,
    REDIS_PREFIX: options.redisPrefix,
    API_PORT: String(options.ports.api),
    OIDC_ISSUER_URL: urls.idp,
    CITIZEN_APP_URL: urls.citizen,
    CONSOLE_APP_URL: urls.console,
    COOKIE_SECURE: 'false',
    // Prometheus on this machine may scrape /api/metrics without a token (production: METRICS_TOKEN).
    METRICS_ALLOWED_NETWORKS: 'loopback',
    SEEDS_DIR: resolve(ROOT, 'seeds'),
    LOG_LEVEL: options.logLevel ?? 'warn',
    // Card signatures through the demo signing service, verified against the demo JPKI CA and the
    // CRL it publishes. Optional: the demo journeys of other procedures submit unsigned.
    // TODO(#13): enforce once every demo journey of a procedure requiring a signature signs.
    CARD_SIGNATURES: 'optional',
    SIGNING_SERVICE_URL: urls.trust,
    JPKI_TRUST_ANCHORS: resolve(demoPkiDir, 'jpki/ca.pem'),
    JPKI_CRL: `${urls.trust}/crl/jpki.crl`,
    // The municipalities' demo seals and the demo TSA: the 控え and 決定通知書 are sealed (PAdES
    // B-T, CAdES-T) and /verify checks them against the demo municipal CA (docs/trust.md).
    SEAL_CERTIFICATES_DIR: resolve(demoPkiDir, 'municipal/seals'),
    SEAL_TRUST_ANCHORS: resolve(demoPkiDir, 'municipal/ca.pem'),
    SEAL_CRL: resolve(demoPkiDir, 'municipal/crl.pem'),
    TSA_URL: `${urls.trust}/tsa`,
    TSA_TRUST_ANCHORS: resolve(demoPkiDir, 'tsa/ca.pem'),
    // The stack's own clamd when it started one; otherwise the API announces the no-op scanner in
    // its log (a developer with a clamd sets MALWARE_SCANNER=clamd and CLAMD_SOCKET in .env).
    ...(options.clamdSocket
      ? { MALWARE_SCANNER: 'clamd', CLAMD_SOCKET: options.clamdSocket }
      : { MALWARE_SCANNER: process.env.MALWARE_SCANNER ?? 'none' }),
  };
  // The demo scans reminders once at start (the schedule's 06:00 JST may be hours away).
  const workerEnv = {
    ...serverEnv,
    DATABASE_URL: runtimeRoleUrl(options.databaseUrl, RUNTIME_ROLES.worker),
    REMINDER_SCAN_ON_START: 'true',
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
  };
  const webEnv = {
    MADOGUCHI_API_URL: `http://127.0.0.1:${options.ports.api}`,
    CITIZEN_PORT: String(options.ports.citizen),
    CONSOLE_PORT: String(options.ports.console),
  };

  progress('building the api, the worker, the demo identity provider and the demo trust services');
  await runCommand(
    node,
    [
      bin('typescript/bin/tsc'),
      '-b',
      'apps/api/tsconfig.app.json',
      'apps/worker/tsconfig.app.json',
      'apps/demo-idp/tsconfig.app.json',
      'apps/demo-trust/tsconfig.app.json',
    ],
    {},
    ROOT,
  );
  // Migrations and seeds run as the owner, the only role that changes the schema.
  const ownerEnv = { ...serverEnv, DATABASE_URL: options.databaseUrl };
  progress('migrating the database');
  const migrated = await runCommand(node, ['apps/api/dist/cli/migrate.js'], ownerEnv, ROOT);
  await giveRuntimeRolesTheOwnersPassword(options.databaseUrl);
  progress('loading seeds');
  const seeded = await runCommand(node, ['apps/api/dist/cli/seed.js'], ownerEnv, ROOT);
  const demoPki = await runCommand(
    node,
    [
      'libs/server/trust/dist/cli/create-demo-pki.js',
      '--dir',
      demoPkiDir,
      '--crl-url',
      `${urls.trust}/crl/jpki.crl`,
    ],
    {},
    ROOT,
  );
  const demoRecords = await runCommand(
    node,
    ['apps/worker/dist/cli/seed-demo-notifications.js'],
    { ...workerEnv, DATABASE_URL: options.databaseUrl },
    ROOT,
  );
  progress(`${migrated.trim()}; ${seeded.trim()}; ${demoRecords.trim()}; ${demoPki.trim()}`);

  progress(
    'starting the demo identity provider, demo trust services, api, worker, citizen and console',
  );
  const processes = [
    startProcess('demo-idp', node, ['apps/demo-idp/dist/main.js'], idpEnv, quiet, ROOT),
    startProcess('demo-trust', node, ['apps/demo-trust/dist/main.js'], trustEnv, quiet, ROOT),
    startProcess('api', node, ['apps/api/dist/main.js'], serverEnv, quiet, ROOT),
    startProcess('worker', node, ['apps/worker/dist/main.js'], workerEnv, quiet, ROOT),
    startProcess(
      'citizen',
      node,
      [bin('vite/bin/vite.js'), '--config', 'apps/citizen/vite.config.ts'],
      webEnv,
      quiet,
      ROOT,
    ),
    startProcess(
      'console',
      node,
      [bin('vite/bin/vite.js'), '--config', 'apps/console/vite.config.ts'],
      webEnv,
      quiet,
      ROOT,
    ),
  ];
  try {
    await Promise.all([
      waitForHttp(`${urls.idp}/.well-known/openid-configuration`, 60_000),
      waitForHttp(`${urls.trust}/health`, 60_000),
      waitForHttp(`${urls.api}/api/health`, 60_000),
      waitForHttp(`${urls.citizen}/`, 60_000),
      waitForHttp(`${urls.console}/`, 60_000),
    ]);
  } catch (error) {
    await stopProcesses(processes);
    throw error;
  }
  return { urls, processes, stop: () => stopProcesses(processes) };
}
export { findFreePort } from './processes.ts';
