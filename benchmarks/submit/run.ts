// Submission throughput of the API against the physical limit of the same database work.
// Prints figures; not a test. Run from the repository root with Node 24:
//   npx nx run api:bench-submit        (or: node benchmarks/submit/run.ts [seconds])
//
// 1. A database of its own is migrated and seeded; sessions for 64 residents are created the way
//    the login creates them (a row per session).
// 2. The built API runs as its own process; 64 concurrent clients submit a real seed form
//    (妊娠の届出, with a 個人番号 that is sealed on the way in) for N seconds: peak rate, p50, p99.
// 3. The same clients then submit at half the peak rate (open loop): p50, p99 at that load.
// 4. pgbench runs the SQL transaction the API issues for one submission (application, event,
//    outbox and audit rows) on the same PostgreSQL: the ceiling of that work on this machine.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import pg from 'pg';

import { findFreePort, runCommand, waitForHttp } from '../../tools/dev/processes.ts';
import '../../libs/forms/schema/scripts/register-ts-source.ts';

// The sample's relative dates (`today+P6M`) resolved by the form engine, as every test does.
const { resolveSampleDates } = (await import('../../libs/forms/schema/src/index.ts')) as {
  resolveSampleDates: <T>(sample: T) => T;
};

const ROOT = resolve(import.meta.dirname, '../..');
const SECONDS = Number(process.argv[2] ?? 20);
const CONCURRENCY = 64;
const PGBENCH_CLIENTS = 16;
const serverUrl =
  process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const node = process.execPath;

const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/madoguchi_bench_${randomBytes(4).toString('hex')}`;
const serverEnv = {
  NODE_ENV: 'development',
  DATABASE_URL: databaseUrl.toString(),
  DATABASE_POOL_SIZE: '20',
  REDIS_URL: redisUrl,
  REDIS_PREFIX: `madoguchi-bench-${randomBytes(4).toString('hex')}`,
  COOKIE_SECURE: 'false',
  LOG_LEVEL: 'silent',
  SEEDS_DIR: join(ROOT, 'seeds'),
};
const answers = resolveSampleDates(
  JSON.parse(
    readFileSync(join(ROOT, 'seeds/forms/pregnancy-notification/samples/valid.json'), 'utf8'),
  ) as Record<string, unknown>,
);

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function createSessions(count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl.toString() });
  await client.connect();
  const cookies: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const sessionId = randomBytes(32).toString('base64url');
    const actor = {
      kind: 'resident',
      id: `bench-resident-${index}`,
      displayName: `ベンチ 住民${index}`,
      municipalityCode: null,
      staffRole: null,
      identityLevel: 3,
    };
    await client.query(
      "INSERT INTO sessions (id_hash, actor, expires_at) VALUES ($1, $2, now() + interval '1 day')",
      [createHash('sha256').update(sessionId).digest('hex'), JSON.stringify(actor)],
    );
    cookies.push(`madoguchi_session=${sessionId}`);
  }
  await client.end();
  return cookies;
}

type RunResult = { count: number; errors: number; seconds: number; latencies: number[] };

async function submitOnce(apiUrl: string, cookie: string, latencies: number[]): Promise<boolean> {
  const started = performance.now();
  const response = await fetch(`${apiUrl}/api/applications`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie,
      'x-madoguchi-csrf': '1',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({
      municipalityCode: '131016',
      procedureId: 'pregnancy-notification',
      formVersion: 1,
      answers,
    }),
  });
  await response.arrayBuffer();
  latencies.push(performance.now() - started);
  return response.status === 201;
}

/** Closed loop: each client submits again as soon as its previous submission is answered. */
async function runClosedLoop(
  apiUrl: string,
  cookies: string[],
  seconds: number,
): Promise<RunResult> {
  const latencies: number[] = [];
  let count = 0;
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie) => {
      while (performance.now() < deadline) {
        if (await submitOnce(apiUrl, cookie, latencies)) {
          count += 1;
        } else {
          errors += 1;
        }
      }
    }),
  );
  return {
    count,
    errors,
    seconds: (performance.now() - started) / 1000,
    latencies: latencies.sort((a, b) => a - b),
  };
}

/** Open loop: submissions start at a fixed rate whatever the answers' latency. */
async function runAtRate(
  apiUrl: string,
  cookies: string[],
  rate: number,
  seconds: number,
): Promise<RunResult> {
  const latencies: number[] = [];
  let count = 0;
  let errors = 0;
  const total = Math.floor(rate * seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) {
      await new Promise((resolvePromise) => setTimeout(resolvePromise, wait));
    }
    pending.push(
      submitOnce(apiUrl, cookies[index % cookies.length]!, latencies).then((isOk) => {
        if (isOk) {
          count += 1;
        } else {
          errors += 1;
        }
      }),
    );
  }
  await Promise.all(pending);
  return {
    count,
    errors,
    seconds: (performance.now() - started) / 1000,
    latencies: latencies.sort((a, b) => a - b),
  };
}

/** The transaction of one submission (apps/api/src/applications/application.repository.ts). */
function pgbenchScript(): string {
  const sealedAnswers = JSON.stringify({
    ...answers,
    myNumber: {
      $sealed: 'aes-256-gcm',
      kid: 'dev',
      iv: 'AAAAAAAAAAAAAAAA',
      tag: 'AAAAAAAAAAAAAAAAAAAAAA==',
      ct: 'AAAAAAAAAAAAAAAA',
      tail: '5352',
    },
  }).replaceAll("'", "''");
  // pgbench has no uuid variables: the id is built from two random numbers, the same in every statement.
  const id = "(lpad(to_hex(:a), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(:b), 12, '0'))::uuid";
  return `
\\set resident random(1, ${CONCURRENCY})
\\set a random(1, 2147483647)
\\set b random(1, 2147483647)
BEGIN;
INSERT INTO applications (id, municipality_code, procedure_id, form_version, receipt_number, resident_id, applicant_name,
  status, answers, idempotency_key, submitted_at, updated_at, due_date, base_form_version)
VALUES (${id}, '131016', 'pregnancy-notification', 1, upper(substr(md5(random()::text), 1, 9)),
  'bench-resident-' || :resident, '小田原 花子', 'submitted', '${sealedAnswers}'::jsonb, md5(random()::text), now(), now(),
  current_date + 5, 1)
ON CONFLICT ON CONSTRAINT applications_idempotency_unique DO NOTHING
RETURNING id;
SELECT * FROM applications WHERE id = ${id};
INSERT INTO application_events (id, application_id, municipality_code, from_status, to_status, actor_kind, actor_id, occurred_at)
VALUES (gen_random_uuid(), ${id}, '131016', NULL, 'submitted', 'resident', 'bench-resident-' || :resident, now());
INSERT INTO outbox (municipality_code, job_name, payload)
VALUES ('131016', 'application-status-changed', jsonb_build_object('applicationId', ${id}, 'toStatus', 'submitted'));
INSERT INTO audit_log (municipality_code, actor_kind, actor_id, action, target_type, target_id, detail)
VALUES ('131016', 'resident', 'bench-resident-' || :resident, 'application.submit', 'application', ${id}, '{}'::jsonb);
COMMIT;
`;
}

function runPgbench(seconds: number): number {
  const directory = mkdtempSync(join(tmpdir(), 'madoguchi-pgbench-'));
  try {
    const script = join(directory, 'submit.sql');
    writeFileSync(script, pgbenchScript());
    const result = spawnSync(
      'pgbench',
      [
        '-n',
        '-c',
        String(PGBENCH_CLIENTS),
        '-j',
        '2',
        '-T',
        String(seconds),
        '-f',
        script,
        databaseUrl.toString(),
      ],
      { encoding: 'utf8' },
    );
    const tps = /tps = ([\d.]+)/.exec(result.stdout)?.[1];
    if (result.status !== 0 || !tps) {
      throw new Error(`pgbench failed:\n${result.stdout}\n${result.stderr}`);
    }
    return Number(tps);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const format = (value: number, digits = 1): string => value.toFixed(digits);

console.log(
  `Madoguchi submission benchmark — ${SECONDS} s per phase, ${CONCURRENCY} clients (Node ${process.version})`,
);
await runCommand(
  node,
  [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'apps/api/tsconfig.app.json'],
  {},
  ROOT,
);
await runCommand(node, ['apps/api/dist/cli/migrate.js'], serverEnv, ROOT);
await runCommand(node, ['apps/api/dist/cli/seed.js'], serverEnv, ROOT);
const cookies = await createSessions(CONCURRENCY);
const port = await findFreePort();
const api = spawn(node, ['apps/api/dist/main.js'], {
  cwd: ROOT,
  env: { ...process.env, ...serverEnv, API_PORT: String(port) },
  stdio: 'ignore',
});
const apiUrl = `http://127.0.0.1:${port}`;
try {
  await waitForHttp(`${apiUrl}/api/health`, 60_000);
  await runClosedLoop(apiUrl, cookies, 3); // warm-up: compiled forms, JIT, pools

  const peak = await runClosedLoop(apiUrl, cookies, SECONDS);
  const peakRate = peak.count / peak.seconds;
  const half = await runAtRate(apiUrl, cookies, peakRate / 2, Math.max(5, SECONDS / 2));
  api.kill('SIGTERM');
  const pgbenchTps = runPgbench(SECONDS);

  console.log(`
| measure | value |
|---|---|
| API submissions/s at concurrency ${CONCURRENCY} (peak) | ${format(peakRate)} |
| p50 / p99 latency at peak (ms) | ${format(percentile(peak.latencies, 50))} / ${format(percentile(peak.latencies, 99))} |
| errors at peak | ${peak.errors} |
| p50 / p99 latency at half the peak rate, ${format(peakRate / 2)}/s (ms) | ${format(percentile(half.latencies, 50))} / ${format(percentile(half.latencies, 99))} |
| pgbench: the same transaction, ${PGBENCH_CLIENTS} clients (tps) | ${format(pgbenchTps)} |
| ratio API / pgbench (target ≥ 0.5) | ${format(peakRate / pgbenchTps, 2)} |
`);
} finally {
  api.kill('SIGTERM');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${databaseUrl.pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
}
