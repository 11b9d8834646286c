// The staff work queue and its export at a large city's volume (issue #12). Prints figures; not
// a test. Run from the repository root with Node 24:
//   npx nx run benchmarks:queue        (builds the API first; or: node benchmarks/queue/run.ts [samples])
//
// 1. A database of its own is migrated and seeded (the catalog), then 1,000,000 applications are
//    written straight in SQL (generate_series): 700,000 in 千代田区, 200,000 in 横浜市, 100,000 in
//    142069, with names, フリガナ, statuses, assignees and due dates that vary. ANALYZE.
// 2. The built API runs as its own process, logged in as `madoguchi_api` (row-level security in
//    force for every request); a staff session per municipality is created the way the login
//    creates one. Each query of the queue is sent N times (default 40) over HTTP, each time with
//    another value: first page, a filtered page (status + procedure), a kana search, a 受付番号
//    lookup, the overdue page (期限切れ, sorted by due date): p50 / p95 ms. Goal p95 ≤ 50 ms.
// 3. The CSV export of 142069 (100,000 rows), of 横浜市 (200,000 rows) and of 千代田区 (700,000
//    rows) through the real export path: seconds, rows/s, the ratio 200k / 100k (goal ≤ 2.2) and
//    the API process's peak RSS. Constant memory is shown by the API's V8 heap being capped
//    (`--max-old-space-size`, BENCH_API_HEAP_MIB, default 96): an export that held its rows would
//    die of "heap out of memory" at 700,000 rows (≈ 220 MiB of CSV), and the peak RSS stays flat.
// The database is dropped at the end.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import pg from 'pg';

import { findFreePort, runCommand, waitForHttp } from '../../tools/dev/processes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES = Number(process.argv[2] ?? 40);
/** A fraction of the volume, for a quick try of the script itself (`node … 40 0.05`). */
const SCALE = Number(process.argv[3] ?? 1);
const serverUrl =
  process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const node = process.execPath;
/** The API process's V8 old-space cap: the export must fit in it whatever the row count. */
const API_HEAP_MIB = Number(process.env.BENCH_API_HEAP_MIB ?? 96);

const BIG_CITY = '131016';
const EXPORT_200K = '141003';
const EXPORT_100K = '142069';
const SIZES: Record<string, number> = {
  [BIG_CITY]: Math.round(700_000 * SCALE),
  [EXPORT_200K]: Math.round(200_000 * SCALE),
  [EXPORT_100K]: Math.round(100_000 * SCALE),
};
const TOTAL = Object.values(SIZES).reduce((sum, size) => sum + size, 0);
const ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
const FAMILY = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村', '小林', '加藤'];
const FAMILY_KANA = [
  'ヤマダ',
  'サトウ',
  'スズキ',
  'タカハシ',
  'タナカ',
  'イトウ',
  'ワタナベ',
  'ナカムラ',
  'コバヤシ',
  'カトウ',
];
const GIVEN = ['花子', '太郎', '一郎', '美咲', '健太', '陽菜', '蓮', '結衣'];
const GIVEN_KANA = ['ハナコ', 'タロウ', 'イチロウ', 'ミサキ', 'ケンタ', 'ヒナ', 'レン', 'ユイ'];
const KANA_TO_HIRAGANA = (text: string): string =>
  text.replace(/[\u30a1-\u30f6]/g, (character) =>
    String.fromCharCode(character.charCodeAt(0) - 0x60),
  );

const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/madoguchi_bench_${randomBytes(4).toString('hex')}`;
const apiDatabaseUrl = new URL(databaseUrl);
apiDatabaseUrl.username = 'madoguchi_api';
const ownerEnv = {
  NODE_ENV: 'development',
  DATABASE_URL: databaseUrl.toString(),
  REDIS_URL: redisUrl,
  REDIS_PREFIX: `madoguchi-bench-${randomBytes(4).toString('hex')}`,
  COOKIE_SECURE: 'false',
  LOG_LEVEL: 'silent',
  SEEDS_DIR: join(ROOT, 'seeds'),
};

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `SQL` for the g-th distinct 受付番号: the base-23 digits of a bijection of g, in the alphabet. */
function receiptSql(): string {
  const digits = (from: number) =>
    `(SELECT string_agg(substr('${ALPHABET}', 1 + (((g::bigint * 7919 + 12345) % 78310985281) / (23::bigint ^ k)::bigint % 23)::int, 1), '' ORDER BY k) FROM generate_series(${from}, ${from + 3}) AS k)`;
  return `${digits(0)} || '-' || ${digits(4)}`;
}

const sqlArray = (values: readonly string[]): string =>
  `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]`;

async function seedApplications(client: pg.Client): Promise<void> {
  const forms = (
    await client.query<{ municipality_code: string; procedure_id: string; version: number }>(
      `SELECT DISTINCT ON (municipality_code, procedure_id) municipality_code, procedure_id, version
         FROM effective_forms WHERE municipality_code = ANY($1) ORDER BY municipality_code, procedure_id, version`,
      [Object.keys(SIZES)],
    )
  ).rows;
  let offset = 0;
  for (const [code, size] of Object.entries(SIZES)) {
    const mine = forms.filter((form) => form.municipality_code === code).slice(0, 6);
    if (mine.length === 0) {
      throw new Error(`no effective form for ${code}`);
    }
    const staffIds = Array.from({ length: 40 }, (_, index) => `bench-staff-${code}-${index}`);
    await client.query(
      `INSERT INTO staff_members (id, municipality_code, display_name, staff_role)
       SELECT id, $1, '職員 ' || id, 'caseworker' FROM unnest($2::text[]) AS id ON CONFLICT DO NOTHING`,
      [code, staffIds],
    );
    // Nine in ten closed, as in a city's history; the open ones due within ±30 days of today.
    await client.query(`
      INSERT INTO applications (id, municipality_code, procedure_id, form_version, base_form_version,
        receipt_number, resident_id, applicant_name, applicant_name_kana, status, answers,
        submitted_at, updated_at, due_date, assignee_id)
      SELECT gen_random_uuid(), '${code}',
        (${sqlArray(mine.map((form) => form.procedure_id))})[1 + g % ${mine.length}],
        (ARRAY[${mine.map((form) => form.version).join(', ')}])[1 + g % ${mine.length}],
        (ARRAY[${mine.map((form) => form.version).join(', ')}])[1 + g % ${mine.length}],
        ${receiptSql()},
        'bench-resident-' || (g % 400000),
        (${sqlArray(FAMILY)})[1 + g % 10] || ' ' || (${sqlArray(GIVEN)})[1 + (g / 10) % 8] || (g % 997),
        (${sqlArray(FAMILY_KANA)})[1 + g % 10] || ' ' || (${sqlArray(GIVEN_KANA)})[1 + (g / 10) % 8] || (g % 997),
        CASE WHEN g % 10 = 0 THEN (ARRAY['submitted', 'in_review', 'correction_requested', 'awaiting_approval'])[1 + (g / 10) % 4]
             ELSE (ARRAY['completed', 'completed', 'completed', 'rejected', 'withdrawn'])[1 + g % 5] END,
        jsonb_build_object('note', 'bench ' || g),
        now() - interval '5 years' + (g - ${offset}) * (interval '5 years' / ${size}),
        now() - interval '5 years' + (g - ${offset}) * (interval '5 years' / ${size}),
        CASE WHEN g % 10 = 0 THEN current_date - 30 + (g / 10) % 61
             ELSE (now() - interval '5 years' + (g - ${offset}) * (interval '5 years' / ${size}))::date + 14 END,
        CASE WHEN g % 4 = 0 THEN NULL ELSE 'bench-staff-${code}-' || (g % 40) END
      FROM generate_series(${offset + 1}, ${offset + size}) AS g
    `);
    offset += size;
  }
  await client.query('ANALYZE');
}

async function createStaffSession(client: pg.Client, code: string): Promise<string> {
  const sessionId = randomBytes(32).toString('base64url');
  const actor = {
    kind: 'staff',
    id: `bench-staff-${code}-0`,
    displayName: `職員 bench-staff-${code}-0`,
    municipalityCode: code,
    staffRole: 'caseworker',
    identityLevel: 2,
  };
  await client.query(
    "INSERT INTO sessions (id_hash, actor, expires_at) VALUES ($1, $2, now() + interval '1 day')",
    [createHash('sha256').update(sessionId).digest('hex'), JSON.stringify(actor)],
  );
  return `madoguchi_session=${sessionId}`;
}

async function timeGet(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (response.status !== 200) {
    throw new Error(`GET ${url}: ${response.status}`);
  }
  return performance.now() - started;
}

function readPeakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

const format = (value: number, digits = 1): string => value.toFixed(digits);

console.log(
  `Madoguchi work-queue benchmark — ${SAMPLES} samples per query (Node ${process.version})`,
);
if (!existsSync(join(ROOT, 'apps/api/dist/main.js'))) {
  throw new Error('build the API first: npx nx run api:build');
}
await runCommand(node, ['apps/api/dist/cli/migrate.js'], ownerEnv, ROOT);
await runCommand(node, ['apps/api/dist/cli/seed.js'], ownerEnv, ROOT);
const owner = new pg.Client({ connectionString: databaseUrl.toString() });
await owner.connect();
let api: ReturnType<typeof spawn> | null = null;
try {
  let started = performance.now();
  await seedApplications(owner);
  console.log(
    `seeded ${TOTAL.toLocaleString('en')} applications in ${format((performance.now() - started) / 1000)} s`,
  );
  const cookies: Record<string, string> = {
    [BIG_CITY]: await createStaffSession(owner, BIG_CITY),
    [EXPORT_200K]: await createStaffSession(owner, EXPORT_200K),
    [EXPORT_100K]: await createStaffSession(owner, EXPORT_100K),
  };
  const samples = (
    await owner.query<{
      receipt_number: string;
      applicant_name_kana: string;
      procedure_id: string;
    }>(
      `SELECT receipt_number, applicant_name_kana, procedure_id FROM applications
        WHERE municipality_code = $1 ORDER BY md5(id::text) LIMIT $2`,
      [BIG_CITY, SAMPLES],
    )
  ).rows;

  const port = await findFreePort();
  api = spawn(node, [`--max-old-space-size=${API_HEAP_MIB}`, 'apps/api/dist/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...ownerEnv,
      DATABASE_URL: apiDatabaseUrl.toString(),
      API_PORT: String(port),
    },
    stdio: 'ignore',
  });
  const apiPid = api.pid!;
  const apiUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${apiUrl}/api/health`, 60_000);

  const queue = (query: Record<string, string>) =>
    `${apiUrl}/api/staff/applications?${new URLSearchParams(query).toString()}`;
  const cases: { label: string; url: (index: number) => string }[] = [
    { label: 'first page', url: () => queue({ limit: '50' }) },
    {
      label: 'filtered page (status + procedure)',
      url: (index) =>
        queue({
          limit: '50',
          status: index % 2 === 0 ? 'submitted,in_review' : 'completed',
          procedureId: samples[index % samples.length]!.procedure_id,
        }),
    },
    {
      label: 'kana search (ひらがな, full name)',
      url: (index) =>
        queue({
          limit: '50',
          q: KANA_TO_HIRAGANA(samples[index % samples.length]!.applicant_name_kana),
        }),
    },
    {
      label: '受付番号 lookup (lower case, no hyphen)',
      url: (index) =>
        queue({
          limit: '50',
          q: samples[index % samples.length]!.receipt_number.replace('-', '').toLowerCase(),
        }),
    },
    {
      label: 'overdue page (期限切れ, by due date)',
      url: () => queue({ limit: '50', due: 'overdue', sort: 'due' }),
    },
  ];
  const rows: string[] = [];
  const staff = cookies[BIG_CITY]!;
  for (const benchCase of cases) {
    await timeGet(benchCase.url(0), staff); // warm-up
    const times: number[] = [];
    for (let index = 0; index < SAMPLES; index += 1) {
      times.push(await timeGet(benchCase.url(index), staff));
    }
    times.sort((a, b) => a - b);
    rows.push(
      `| ${benchCase.label} | ${format(percentile(times, 50))} | ${format(percentile(times, 95))} |`,
    );
  }
  const [{ overdue }] = (
    await owner.query<{ overdue: number }>(
      `SELECT count(*)::int AS overdue FROM applications WHERE municipality_code = $1
          AND due_date < current_date AND status NOT IN ('completed', 'rejected', 'withdrawn')`,
      [BIG_CITY],
    )
  ).rows as [{ overdue: number }];
  console.log(`
Queue of ${BIG_CITY} (${SIZES[BIG_CITY]!.toLocaleString('en')} applications, ${overdue.toLocaleString('en')} overdue) over HTTP, as madoguchi_api under row-level security:

| query | p50 ms | p95 ms |
|---|---|---|
${rows.join('\n')}
`);

  const rssBefore = readPeakRss(apiPid);
  const exports: { code: string; rows: number; seconds: number; bytes: number; peakRss: number }[] =
    [];
  for (const code of [EXPORT_100K, EXPORT_200K, BIG_CITY]) {
    started = performance.now();
    const response = await fetch(`${apiUrl}/api/staff/applications/export?format=csv`, {
      headers: { cookie: cookies[code]! },
    });
    if (response.status !== 200 || !response.body) {
      throw new Error(`export ${code}: ${response.status}`);
    }
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body) {
      bytes += chunk.length;
      for (const byte of chunk) {
        if (byte === 0x0a) {
          lines += 1;
        }
      }
    }
    exports.push({
      code,
      rows: lines - 1,
      seconds: (performance.now() - started) / 1000,
      bytes,
      peakRss: readPeakRss(apiPid),
    });
  }
  const [small, large, largest] = exports as [
    (typeof exports)[0],
    (typeof exports)[0],
    (typeof exports)[0],
  ];
  console.log(`CSV export over HTTP, the API's V8 heap capped at ${API_HEAP_MIB} MiB (API peak RSS before the exports: ${format(rssBefore, 0)} MiB):

| export | rows | seconds | rows/s | MiB | API peak RSS MiB |
|---|---|---|---|---|---|
${exports
  .map(
    (run) =>
      `| ${run.code} | ${run.rows.toLocaleString('en')} | ${format(run.seconds)} | ${format(run.rows / run.seconds, 0)} | ${format(run.bytes / 1048576)} | ${format(run.peakRss, 0)} |`,
  )
  .join('\n')}

ratio 200,000 / 100,000 run: ${format(large.seconds / small.seconds, 2)} (goal ≤ 2.2)
ratio 700,000 / 100,000 run: ${format(largest.seconds / small.seconds, 2)} (linear: 7)
peak RSS growth from the 100,000-row to the 700,000-row export: ${format(largest.peakRss - small.peakRss, 0)} MiB for ${format((largest.bytes - small.bytes) / 1048576, 0)} MiB more CSV
`);
} finally {
  api?.kill('SIGTERM');
  await owner.end();
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${databaseUrl.pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
}
