// Notification engine throughput. Prints figures; not a test. From the repository root, Node 24:
//   npx nx run benchmarks:notify      (or: node benchmarks/notify/run.ts [residents])
//
// (a) Raw BullMQ on the same Redis: addBulk + a no-op Worker (concurrency 64), jobs per second,
//     measured before and after (b); the better reading is the ratio's denominator.
// (b) The pipeline: RESIDENTS residents (default 100,000) with a child each and, for 40 %, a care
//     certification and the insured person; one Web Push subscription each (to a local receiver
//     that answers 201 and decrypts a sample with http_ece). The built worker runs as its own
//     process; the daily scan for one date reads every life record in batches, writes the due
//     reminders (inbox + deliveries, unique per recipient/rule/occurrence) and the worker sends
//     them as encrypted Web Push. The population is built so that about a third of the residents
//     have a reminder due that day (the 18-month check-up, a certification 60 days from expiry).
// Figures: life records scanned per second, pushes per second, ratio to (a), and a 1,000,000-
// resident scan extrapolated from the scan rate.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import type { ECDH } from 'node:crypto';
import { createECDH, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

import { Queue, Worker } from 'bullmq';
import { decrypt } from 'http_ece';
import { Redis } from 'ioredis';
import pg from 'pg';

import { runCommand } from '../../tools/dev/processes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RESIDENTS = Number(process.argv[2] ?? 100_000);
const RAW_JOBS = 30_000;
const SCAN_DATE = '2026-06-01';
const MUNICIPALITIES = ['142069', '141003'];
const KEY_POOL = 64;
const serverUrl =
  process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = new URL(process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/0');
const connection = {
  host: redisUrl.hostname,
  port: Number(redisUrl.port || 6379),
  maxRetriesPerRequest: null,
};
const prefix = `madoguchi-bench-${randomBytes(4).toString('hex')}`;
const node = process.execPath;
// e.g. BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the workers.
const workerNodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/madoguchi_bench_notify_${randomBytes(4).toString('hex')}`;

/**
 * Where the machine's CPU went between two readings (Linux /proc): busy share of all cores, and
 * CPU seconds by process — the worker processes, PostgreSQL, Redis, this process (the push
 * receiver) and the rest (other tenants of a shared machine) — to tell what a figure is bound by.
 */
type CpuReading = {
  busy: number;
  total: number;
  byProcess: Map<number, { name: string; ticks: number }>;
};
const TICKS_PER_SECOND = 100;
function readCpu(): CpuReading {
  const fields = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const byProcess = new Map<number, { name: string; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byProcess.set(Number(entry), { name, ticks: Number(rest[11]) + Number(rest[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total, byProcess };
}
function cpuBusy(from: CpuReading, to: CpuReading, workerPids: readonly number[]): string {
  const groups = new Map<string, number>();
  for (const [pid, { name, ticks }] of to.byProcess) {
    const spent = ticks - (from.byProcess.get(pid)?.ticks ?? 0);
    const group = workerPids.includes(pid)
      ? 'workers'
      : pid === process.pid
        ? 'receiver'
        : name.startsWith('postgres')
          ? 'PostgreSQL'
          : name.startsWith('redis')
            ? 'Redis'
            : 'other';
    groups.set(group, (groups.get(group) ?? 0) + spent);
  }
  const order = ['workers', 'PostgreSQL', 'Redis', 'receiver', 'other'];
  const split = order
    .map((group) => `${group} ${((groups.get(group) ?? 0) / TICKS_PER_SECOND).toFixed(1)}`)
    .join(', ');
  return `${Math.round(((to.busy - from.busy) / Math.max(1, to.total - from.total)) * 100)} % CPU busy; CPU s: ${split}`;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const rate = (count: number, ms: number): number => Math.round(count / (ms / 1000));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function rawBullMq(): Promise<number> {
  const name = 'bench-raw';
  const queue = new Queue(name, { connection, prefix });
  let completed = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((done) => (finish = done));
  const worker = new Worker(name, () => Promise.resolve('done'), {
    connection,
    prefix,
    concurrency: 64,
  });
  worker.on('completed', () => {
    completed += 1;
    if (completed === RAW_JOBS) {
      finish();
    }
  });
  await worker.waitUntilReady();
  const started = Date.now();
  const options = {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 3600, count: 10_000 },
  };
  for (let offset = 0; offset < RAW_JOBS; offset += 1000) {
    await queue.addBulk(
      Array.from({ length: 1000 }, (_, index) => ({
        name: 'noop',
        data: { id: offset + index },
        opts: { ...options, jobId: `raw-${offset + index}` },
      })),
    );
  }
  await finished;
  const elapsed = Date.now() - started;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return rate(RAW_JOBS, elapsed);
}

type Receiver = {
  url: string;
  count: () => number;
  decrypted: () => number;
  close(): Promise<void>;
};

async function startReceiver(keys: { ecdh: ECDH; auth: Buffer }[]): Promise<Receiver> {
  let count = 0;
  let decrypted = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      count += 1;
      if (decrypted < 50) {
        const index = Number((request.url ?? '').split('-').pop()) % KEY_POOL;
        const plain = decrypt(Buffer.concat(chunks), {
          version: 'aes128gcm',
          privateKey: keys[index]!.ecdh,
          authSecret: keys[index]!.auth,
        });
        if ((JSON.parse(plain.toString('utf8')) as { title?: string }).title) {
          decrypted += 1;
        }
      }
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    count: () => count,
    decrypted: () => decrypted,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

async function populate(
  client: pg.Client,
  receiverUrl: string,
  keys: { ecdh: ECDH; auth: Buffer }[],
): Promise<number> {
  const p256dh = keys.map((key) => key.ecdh.getPublicKey().toString('base64url'));
  const auth = keys.map((key) => key.auth.toString('base64url'));
  const municipalities = `(ARRAY['${MUNICIPALITIES.join("','")}'])[1 + i % ${MUNICIPALITIES.length}]`;
  await client.query(`
    INSERT INTO life_records (id, municipality_code, resident_id, kind, fields, source_key)
    SELECT gen_random_uuid(), ${municipalities}, 'bench-' || i, 'child',
           jsonb_build_object('name', '子' || i, 'birthDate',
             CASE WHEN i % 4 = 0 THEN (DATE '${SCAN_DATE}' + 14 - interval '18 months')::date
                  ELSE DATE '${SCAN_DATE}' - ((i * 7919) % 2190) END),
           'bench:child:' || i
      FROM generate_series(1, ${RESIDENTS}) AS i`);
  await client.query(`
    INSERT INTO life_records (id, municipality_code, resident_id, kind, fields, source_key)
    SELECT gen_random_uuid(), ${municipalities}, 'bench-' || i, 'care_certification',
           jsonb_build_object('name', '親' || i, 'validFrom', DATE '${SCAN_DATE}' - 200,
             'expiryDate', CASE WHEN i % 10 = 1 THEN DATE '${SCAN_DATE}' + 60 ELSE DATE '${SCAN_DATE}' + ((i * 31) % 365) END),
           'bench:care:' || i
      FROM generate_series(1, ${RESIDENTS}) AS i WHERE i % 5 IN (1, 2)`);
  await client.query(`
    INSERT INTO life_records (id, municipality_code, resident_id, kind, fields, source_key)
    SELECT gen_random_uuid(), ${municipalities}, 'bench-' || i, 'person',
           jsonb_build_object('name', '親' || i, 'birthDate', DATE '${SCAN_DATE}' - interval '70 years' - (i % 3650) * interval '1 day'),
           'bench:person:' || i
      FROM generate_series(1, ${RESIDENTS}) AS i WHERE i % 5 IN (1, 2)`);
  await client.query(
    `INSERT INTO push_subscriptions (id, resident_id, endpoint, p256dh, auth)
     SELECT gen_random_uuid(), 'bench-' || i, $1 || '/push/bench-' || i, ($2::text[])[1 + i % ${KEY_POOL}], ($3::text[])[1 + i % ${KEY_POOL}]
       FROM generate_series(1, ${RESIDENTS}) AS i`,
    [receiverUrl, p256dh, auth],
  );
  // Quiet hours off: the benchmark must not depend on the time of day it runs.
  await client.query(`
    INSERT INTO notification_preferences (resident_id, preferences)
    SELECT 'bench-' || i, '{"locale":"ja","categories":{"application":{"isEnabled":true,"webPush":true,"email":false},"childcare":{"isEnabled":true,"webPush":true,"email":false},"care":{"isEnabled":true,"webPush":true,"email":false}},"quietHours":{"start":"00:00","end":"00:00"},"digestThreshold":3}'::jsonb
      FROM generate_series(1, ${RESIDENTS}) AS i`);
  await client.query('ANALYZE');
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM life_records');
  return rows[0]!.n;
}

async function main(): Promise<void> {
  process.stdout.write(
    `Notification benchmark — ${RESIDENTS.toLocaleString('en')} residents, scan date ${SCAN_DATE}\n`,
  );
  process.stdout.write('building the api and the worker…\n');
  await runCommand(
    node,
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '-b',
      'apps/api/tsconfig.app.json',
      'apps/worker/tsconfig.app.json',
    ],
    {},
    ROOT,
  );

  process.stdout.write('(a) raw BullMQ add + process…\n');
  const rawBefore = await rawBullMq();

  const serverEnv = {
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl.toString(),
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    SEEDS_DIR: join(ROOT, 'seeds'),
  };
  await runCommand(node, ['apps/api/dist/cli/migrate.js'], serverEnv, ROOT);
  const keys = Array.from({ length: KEY_POOL }, () => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    return { ecdh, auth: randomBytes(16) };
  });
  const receiver = await startReceiver(keys);
  const client = new pg.Client({ connectionString: databaseUrl.toString() });
  await client.connect();
  process.stdout.write('(b) populating…\n');
  const populateStarted = Date.now();
  const records = await populate(client, receiver.url, keys);
  process.stdout.write(
    `    ${records.toLocaleString('en')} life records in ${seconds(Date.now() - populateStarted)} s\n`,
  );

  const workers: ChildProcess[] = [0, 1].map(() =>
    spawn(node, [...workerNodeArgs, 'apps/worker/dist/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...serverEnv,
        DATABASE_POOL_SIZE: '12',
        REMINDER_SCHEDULER_ENABLED: 'false',
        REMINDER_SCAN_BATCH_SIZE: '5000',
        REMINDER_SCAN_PARTITIONS: '4',
        WORKER_CONCURRENCY: '2',
        DELIVERY_CONCURRENCY: '6',
        DELIVERY_BATCH_SIZE: '100',
        DELIVERY_POLL_INTERVAL_MS: '50',
        OUTBOX_BATCH_SIZE: '2000',
        SMTP_URL: 'smtp://127.0.0.1:9',
        // The local receiver is on http://127.0.0.1: the outbound guard's loopback exception, tests only.
        NODE_ENV: 'test',
        PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const workerPids = workers.map((worker) => worker.pid ?? -1);
  const queue = new Queue('notifications', { connection, prefix });
  await sleep(4000);

  const started = Date.now();
  const cpuAtStart = readCpu();
  await queue.add('daily-reminder-scan', { date: SCAN_DATE });
  let scanEnded = 0;
  let firstPush = 0;
  let pushesEnded = 0;
  let expectedPushes = -1;
  let pushesAtEnd = 0;
  let cpuAtPushesEnd = cpuAtStart;
  while (pushesEnded === 0) {
    await sleep(100);
    if (firstPush === 0 && receiver.count() > 0) {
      firstPush = Date.now();
    }
    if (scanEnded === 0) {
      const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'completed');
      const waiting = (counts.wait ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0);
      if ((counts.completed ?? 0) > 0 && waiting === 0) {
        scanEnded = Date.now();
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'web_push'`,
        );
        expectedPushes = rows[0]!.n;
      }
    }
    if (scanEnded > 0 && receiver.count() >= expectedPushes) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'web_push' AND status <> 'sent'`,
      );
      if (rows[0]!.n === 0) {
        pushesEnded = Date.now();
        pushesAtEnd = receiver.count();
        cpuAtPushesEnd = readCpu();
      }
    }
    if (Date.now() - started > 15 * 60_000) {
      throw new Error('the pipeline did not finish in 15 minutes');
    }
  }
  const { rows: reminders } = await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM reminder_occurrences',
  );

  // The next day's scan: every record read and evaluated again, only that day's few reminders
  // (the natural density of this population) written: the daily cost of the scan itself.
  const nextDay = new Date(Date.parse(`${SCAN_DATE}T00:00:00Z`) + 86_400_000)
    .toISOString()
    .slice(0, 10);
  const { rows: before } = await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM reminder_occurrences',
  );
  const rescanStarted = Date.now();
  const rescan = await queue.add('daily-reminder-scan', { date: nextDay });
  for (;;) {
    await sleep(50);
    const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
    const state = await rescan.getState();
    if (state === 'completed' && Object.values(counts).every((count) => count === 0)) {
      break;
    }
  }
  const rescanMs = Date.now() - rescanStarted;

  // Sending only: every push sent again from PostgreSQL (the path of a staff retry), with no scan
  // competing for the machine: the throughput of the delivery side alone.
  const resendStarted = Date.now();
  const cpuAtResend = readCpu();
  const receivedBeforeResend = receiver.count();
  const resent = await client.query(
    `UPDATE notification_deliveries SET status = 'scheduled', round = round + 1, not_before = now(), queued_at = NULL
      WHERE channel = 'web_push' AND status = 'sent'`,
  );
  for (;;) {
    await sleep(100);
    // The receiver's count first: counting rows in PostgreSQL ten times a second would take
    // from the machine what the pipeline measured here needs.
    if (receiver.count() - receivedBeforeResend < (resent.rowCount ?? 0)) {
      continue;
    }
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'web_push' AND status <> 'sent'`,
    );
    if (rows[0]!.n === 0) {
      break;
    }
  }
  const resendMs = Date.now() - resendStarted;
  const cpuAfterResend = readCpu();
  const resendRate = rate(resent.rowCount ?? 0, resendMs);
  const rescanRate = rate(records, rescanMs);
  const { rows: nextDayReminders } = await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM reminder_occurrences',
  );
  const scanMs = scanEnded - started;
  const totalMs = pushesEnded - started;
  const pushPhaseMs = pushesEnded - firstPush;
  const scanRate = rate(records, scanMs);
  const pipelineRate = rate(pushesAtEnd, totalMs);
  const recordsPerResident = records / RESIDENTS;

  // (a) again with the workers stopped: the best of the two readings is the denominator, so a
  // busy moment of a shared machine during (a) cannot flatter the ratio.
  for (const worker of workers) {
    worker.kill('SIGTERM');
  }
  await sleep(1500);
  const rawAfter = await rawBullMq();
  const rawRate = Math.max(rawBefore, rawAfter);

  process.stdout.write(`
(a) raw BullMQ (addBulk + no-op worker, concurrency 64, same Redis)
    ${RAW_JOBS.toLocaleString('en')} jobs: ${rawRate.toLocaleString('en')} jobs/s (best of ${rawBefore.toLocaleString('en')} before and ${rawAfter.toLocaleString('en')} after (b))

(b) pipeline: daily scan → reminders → encrypted Web Push (2 worker processes)
    life records scanned      ${records.toLocaleString('en')} (${recordsPerResident.toFixed(2)} per resident)
    reminders due (unique)    ${reminders[0]!.n.toLocaleString('en')}
    scan (all batches done)   ${seconds(scanMs)} s → ${scanRate.toLocaleString('en')} records/s (writing the reminders)
    next day's scan           ${seconds(rescanMs)} s → ${rescanRate.toLocaleString('en')} records/s (${(nextDayReminders[0]!.n - before[0]!.n).toLocaleString('en')} reminders due that day)
    pushes received           ${pushesAtEnd.toLocaleString('en')} (sample of ${receiver.decrypted()} decrypted with http_ece)
    scan start → last push    ${seconds(totalMs)} s → ${pipelineRate.toLocaleString('en')} pushes/s end to end (${cpuBusy(cpuAtStart, cpuAtPushesEnd, workerPids)})
    push phase                ${seconds(pushPhaseMs)} s → ${rate(pushesAtEnd, pushPhaseMs).toLocaleString('en')} pushes/s

    sending only (re-sent)    ${seconds(resendMs)} s → ${resendRate.toLocaleString('en')} pushes/s (${(resent.rowCount ?? 0).toLocaleString('en')} pushes, no scan running; ${cpuBusy(cpuAtResend, cpuAfterResend, workerPids)})

    ratio pushes/s (end to end) ÷ raw jobs/s   ${(pipelineRate / rawRate).toFixed(2)}   (target ≥ 0.3)
    ratio pushes/s (sending only) ÷ raw jobs/s ${(resendRate / rawRate).toFixed(2)}
    1,000,000-resident scan, extrapolated      ${seconds((1_000_000 * recordsPerResident * 1000) / rescanRate)} s at the next day's rate,
                                               ${seconds((1_000_000 * recordsPerResident * 1000) / scanRate)} s with this population's reminder density (target ≤ 60 s)
`);

  await queue.close();
  await client.end();
  await receiver.close();
  const redis = new Redis(redisUrl.toString());
  const keysLeft = await redis.keys(`${prefix}:*`);
  if (keysLeft.length > 0) {
    await redis.del(...keysLeft);
  }
  await redis.quit();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  if (process.env.BENCH_KEEP_DATABASE === 'true') {
    process.stdout.write(`database kept for inspection: ${databaseUrl.toString()}\n`);
  } else {
    await admin.query(`DROP DATABASE IF EXISTS "${databaseUrl.pathname.slice(1)}" WITH (FORCE)`);
  }
  await admin.end();
}

await main();
