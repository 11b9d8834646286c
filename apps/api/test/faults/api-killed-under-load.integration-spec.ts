import { randomUUID } from 'node:crypto';

import type { ApiProcess } from '../support/api-process.js';
import {
  buildApi,
  freePort,
  sleep,
  spawnApi,
  stopProcess,
  waitFor,
} from '../support/api-process.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, SEEDS_DIR, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

type FaultScale = { killSubmissions: number };
declare const faultScale: FaultScale;

const CONCURRENCY = 32;

/**
 * A load of submissions, each with its own Idempotency-Key; the API process is killed with
 * SIGKILL in the middle and started again; every client retries an unanswered request with the
 * same key until it is acknowledged. Afterwards: one application per key, the one acknowledged,
 * each with its event, answer version, outbox message and audit row (one transaction).
 */
describe('the API killed with SIGKILL under a load of submissions', () => {
  let app: ApiTestApp;
  let api: ApiProcess;
  let port: number;
  let settings: Record<string, string>;
  let resident: string;

  beforeAll(async () => {
    buildApi();
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
    port = await freePort();
    settings = {
      DATABASE_URL: app.database.apiUrl,
      REDIS_URL: app.env.REDIS_URL,
      REDIS_PREFIX: app.env.REDIS_PREFIX,
      COOKIE_SECURE: 'false',
      SEEDS_DIR,
      MALWARE_SCANNER: 'none',
    };
    api = await spawnApi(port, settings);
  }, 180_000);

  afterAll(async () => {
    if (api) {
      await stopProcess(api.child);
    }
    await app?.close();
  });

  it('stores every acknowledged submission exactly once, with no partial rows', async () => {
    const total = faultScale.killSubmissions;
    const body = JSON.stringify({
      municipalityCode: CHIYODA,
      procedureId: 'pregnancy-notification',
      formVersion: 1,
      answers: readSampleAnswers('pregnancy-notification'),
    });
    const keys = Array.from({ length: total }, () => randomUUID());
    const acknowledged = new Map<string, string>();
    const statuses = new Map<string, number>();
    const count = (what: string) => statuses.set(what, (statuses.get(what) ?? 0) + 1);
    let attempts = 0;
    let retries = 0;

    async function submitUntilAcknowledged(key: string): Promise<void> {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        attempts += 1;
        retries += attempt > 0 ? 1 : 0;
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/applications`, {
            method: 'POST',
            headers: {
              cookie: resident,
              ...CSRF,
              'content-type': 'application/json',
              'idempotency-key': key,
            },
            body,
            signal: AbortSignal.timeout(15_000),
          });
          count(String(response.status));
          if (response.status === 200 || response.status === 201) {
            acknowledged.set(key, ((await response.json()) as { id: string }).id);
            return;
          }
          await response.body?.cancel();
          if (response.status < 500 && response.status !== 429) {
            throw new Error(`submission refused with ${response.status}`);
          }
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('submission refused')) {
            throw error;
          }
          count('no answer');
        }
        await sleep(Math.min(2000, 50 * 2 ** Math.min(attempt, 5)));
      }
      throw new Error('a submission was never acknowledged');
    }

    const startedAt = Date.now();
    let next = 0;
    const workers = Array.from({ length: CONCURRENCY }, async () => {
      while (next < keys.length) {
        const key = keys[next]!;
        next += 1;
        await submitUntilAcknowledged(key);
      }
    });
    const killer = (async () => {
      await waitFor(
        () => Promise.resolve(acknowledged.size >= total / 3 ? true : undefined),
        600_000,
        'a third of the load',
      );
      const inFlight = next - acknowledged.size;
      await stopProcess(api.child, 'SIGKILL');
      const killedAt = acknowledged.size;
      api = await spawnApi(port, settings);
      return { killedAt, inFlight };
    })();
    await Promise.all(workers);
    const { killedAt, inFlight } = await killer;
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);

    const rows: { key: string; ids: string[] }[] = await app.database.dataSource.query(
      `SELECT idempotency_key AS key, array_agg(id::text) AS ids FROM applications WHERE idempotency_key IS NOT NULL GROUP BY idempotency_key`,
    );
    const stored = new Map(rows.map((row) => [row.key, row.ids]));
    const duplicates = rows.filter((row) => row.ids.length > 1).length;
    const lost = [...acknowledged].filter(([key, id]) => stored.get(key)?.[0] !== id).length;
    const [partial] = await app.database.dataSource.query(`
      SELECT
        count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM application_events e WHERE e.application_id = a.id))::int AS "withoutEvent",
        count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM application_answer_versions v WHERE v.application_id = a.id))::int AS "withoutAnswers",
        count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.payload->>'applicationId' = a.id::text))::int AS "withoutOutbox",
        count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.target_id = a.id::text))::int AS "withoutAudit"
      FROM applications a`);
    const [orphans] = await app.database.dataSource.query(`
      SELECT
        (SELECT count(*)::int FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.id::text = o.payload->>'applicationId')) AS outbox,
        (SELECT count(*)::int FROM application_events e WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.id = e.application_id)) AS events`);
    const byStatus = [...statuses].map(([status, n]) => `${status}×${n}`).join(' ');
    process.stdout.write(
      `kill -9 under load: ${total} submissions (concurrency ${CONCURRENCY}) in ${seconds} s; killed after ${killedAt} acknowledged, ${inFlight} in flight; ` +
        `${attempts} requests (${retries} retries): ${byStatus}; acknowledged ${acknowledged.size}, stored ${rows.length}, duplicates ${duplicates}, ` +
        `acknowledged but not stored ${lost}; partial rows ${JSON.stringify(partial)}, orphans ${JSON.stringify(orphans)}\n`,
    );

    expect(acknowledged.size).toBe(total);
    expect(rows.length).toBe(total);
    expect(duplicates).toBe(0);
    expect(lost).toBe(0);
    expect(partial).toEqual({
      withoutEvent: 0,
      withoutAnswers: 0,
      withoutOutbox: 0,
      withoutAudit: 0,
    });
    expect(orphans).toEqual({ outbox: 0, events: 0 });
    expect(statuses.get('no answer') ?? 0).toBeGreaterThan(0);
  });
});
