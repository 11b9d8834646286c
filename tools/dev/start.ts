// `npm start`: runs the whole platform with demo data on this machine.
// PostgreSQL and Redis: the configured or local servers, else embedded/private ones (services.ts).
// Then dev-stack.ts builds, migrates, seeds (idempotent) and starts api, worker, citizen, console.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { RunningStack } from './dev-stack.ts';
import { ROOT, startStack } from './dev-stack.ts';
import type { ManagedProcess } from './processes.ts';
import { stopProcesses } from './processes.ts';
import type { RunningMailSink } from './mail-sink.ts';
import { startMailSink } from './mail-sink.ts';
import type { PrivateClamd } from './private-clamd.ts';
import { isClamdInstalled, startPrivateClamd } from './private-clamd.ts';
import { ensurePostgres, ensureRedis } from './services.ts';

const startedAt = Date.now();
const step = (message: string): void => {
  console.log(
    `\u001b[36m▸\u001b[0m ${message} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
  );
};

let stack: RunningStack | null = null;
let redisProcess: ManagedProcess | null = null;
let mailSink: RunningMailSink | null = null;
let clamd: PrivateClamd | null = null;
let stopEmbeddedPostgres: (() => Promise<void>) | null = null;
let isShuttingDown = false;

async function shutdown(exitCode: number): Promise<never> {
  if (!isShuttingDown) {
    isShuttingDown = true;
    console.log('\nStopping Madoguchi…');
    await stack?.stop();
    await stopProcesses(redisProcess ? [redisProcess] : []);
    await mailSink?.stop();
    await clamd?.stop();
    await stopEmbeddedPostgres?.();
  }
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  step('checking PostgreSQL and Redis');
  const postgres = await ensurePostgres(process.env.DATABASE_URL, resolve(ROOT, '.data'));
  const embedded = postgres.embedded;
  stopEmbeddedPostgres = embedded ? () => embedded.stop() : null;
  const redis = await ensureRedis(process.env.REDIS_URL);
  redisProcess = redis.process;
  console.log(`  PostgreSQL: ${postgres.description}\n  Redis: ${redis.description}`);

  // E-mail notifications go to a local SMTP sink: nothing leaves the machine.
  mailSink = await startMailSink(resolve(ROOT, '.data/mail'));
  console.log(`  Mail: SMTP sink at ${mailSink.smtpUrl}`);

  // Uploads are scanned by a clamd of the stack's own when clamav-daemon is installed (without the
  // public signature databases, which cannot be downloaded here: the scan path is real, the
  // signatures are not). MALWARE_SCANNER in .env still decides when it is not.
  if (isClamdInstalled() && process.env.MALWARE_SCANNER === undefined) {
    clamd = await startPrivateClamd([]);
    console.log(`  Malware scan: the stack's clamd at ${clamd.socketPath}`);
  }

  stack = await startStack({
    ...(clamd ? { clamdSocket: clamd.socketPath } : {}),
    smtpUrl: mailSink.smtpUrl,
    databaseUrl: postgres.url,
    redisUrl: redis.url,
    redisPrefix: process.env.REDIS_PREFIX ?? 'madoguchi',
    ports: {
      api: Number(process.env.API_PORT ?? 3000),
      citizen: Number(process.env.CITIZEN_PORT ?? 5173),
      console: Number(process.env.CONSOLE_PORT ?? 5174),
      idp: Number(process.env.DEMO_IDP_PORT ?? 3900),
      trust: Number(process.env.DEMO_TRUST_PORT ?? 3910),
    },
    logLevel: process.env.LOG_LEVEL ?? 'warn',
    onProgress: step,
  });
  for (const child of stack.processes) {
    child.child.once('exit', (code) => {
      if (!isShuttingDown) {
        console.error(`${child.name} stopped (exit code ${code}); stopping everything.`);
        void shutdown(1);
      }
    });
  }

  const { accounts } = JSON.parse(
    readFileSync(resolve(ROOT, 'seeds/demo/accounts.json'), 'utf8'),
  ) as {
    accounts: { id: string; kind: string; displayName: string; identityLevel: number }[];
  };
  const { urls } = stack;
  step('Madoguchi is running');
  console.log(`
  Citizen app (住民)     ${urls.citizen}/
  Staff console (職員)   ${urls.console}/
  API                    ${urls.api}/api   (health: ${urls.api}/api/health)
  OpenAPI                ${urls.api}/api/openapi.json   (Swagger UI: ${urls.api}/api/docs)
  Demo identity provider ${urls.idp}/   (OpenID Connect; development only)
  Demo trust services    ${urls.trust}/   (signing as the デジタル認証アプリ, TSA /tsa, OCSP /ocsp, CRL /crl/jpki.crl; demo signing password DEMO1234)

  Demo accounts: press "マイナンバーカード等でログイン" (citizen) or "職員アカウントでサインイン" (console),
  then pick one on the demo provider's page (no password). Level = identity assurance level:
${accounts.map((account) => `    ${account.kind.padEnd(8)} ${account.id.padEnd(26)} level ${account.identityLevel}  ${account.displayName}`).join('\n')}

  Mail sent by the worker  ${mailSink.webUrl}   (files: .data/mail/)
  Queue dashboard          ${urls.console}/api/staff/queues   (after signing in to the console as operator-madoguchi-kato, the platform operator)

  Press Ctrl-C to stop everything.
`);
} catch (error) {
  console.error(
    `\nMadoguchi could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  await shutdown(1);
}
