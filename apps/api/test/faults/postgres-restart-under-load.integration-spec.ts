import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import type { INestApplication } from '@nestjs/common';
import type { TestDatabase } from '@madoguchi/server-database/testing';
import { createTestDatabase } from '@madoguchi/server-database/testing';

import { loadEnv } from '../../src/config/env.js';
import { createApp } from '../../src/create-app.js';
import { SESSION_COOKIE, SessionStore } from '../../src/identity/session.store.js';
import { seedCatalog } from '../../src/seeding/seed-catalog.js';
import { freePort, sleep, waitFor } from '../support/api-process.js';
import { CSRF, SEEDS_DIR, findDemoAccount } from '../support/api-test-app.js';
import type { PrivatePostgres } from '../support/private-services.js';
import { startPrivatePostgres } from '../support/private-services.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

type Phase = 'before' | 'down' | 'after';
type Answer = { status: number; code?: string };

const DOWN_MS = 8_000;
const NO_ANSWER: Answer & { body: unknown } = { status: 0, body: undefined };
const CONCURRENCY = 8;

/**
 * PostgreSQL (a private server) stops as in a crash while residents submit and read: meanwhile
 * every request touching the database answers 503 with a code (never 500) and health reports the
 * database down; when it is back the API recovers by itself (its pool reconnects), and every
 * submission retried with its Idempotency-Key is stored once.
 */
describe('the API while PostgreSQL restarts under load', () => {
  let postgres: PrivatePostgres;
  let database: TestDatabase;
  let app: INestApplication;
  let baseUrl: string;
  let resident: string;

  beforeAll(async () => {
    postgres = startPrivatePostgres(await freePort());
    database = await createTestDatabase(postgres.url, 'faults_pg');
    await seedCatalog(database.dataSource, SEEDS_DIR);
    const env = loadEnv({
      NODE_ENV: 'test',
      DATABASE_URL: database.apiUrl,
      REDIS_PREFIX: `madoguchi-faults-${randomBytes(4).toString('hex')}`,
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'silent',
      SEEDS_DIR,
      MALWARE_SCANNER: 'none',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
    });
    app = await createApp(env);
    await app.init();
    await new Promise<void>((resolve) =>
      app.getHttpServer().listen(0, '127.0.0.1', () => resolve()),
    );
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    resident = `${SESSION_COOKIE}=${await app.get(SessionStore).create(findDemoAccount('resident-yamada-hanako'))}`;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.dataSource.destroy().catch(() => undefined);
    postgres?.destroy();
  });

  async function call(path: string, init: RequestInit = {}): Promise<Answer & { body: unknown }> {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { cookie: resident, ...CSRF, 'content-type': 'application/json', ...init.headers },
      signal: AbortSignal.timeout(20_000),
    });
    const body: unknown = await response.json().catch(() => undefined);
    return {
      status: response.status,
      code: (body as { error?: { code?: string } } | undefined)?.error?.code,
      body,
    };
  }

  it('answers 503 with a code while it is down, reports it in health, and recovers by itself', async () => {
    const submission = JSON.stringify({
      municipalityCode: CHIYODA,
      procedureId: 'pregnancy-notification',
      formVersion: 1,
      answers: readSampleAnswers('pregnancy-notification'),
    });
    let phase: Phase = 'before';
    const answers: Record<Phase, Answer[]> = { before: [], down: [], after: [] };
    const acknowledged = new Map<string, string>();
    const pending: string[] = [];
    let isLoadRunning = true;

    const load = Array.from({ length: CONCURRENCY }, async (_, worker) => {
      while (isLoadRunning) {
        const key = pending.shift() ?? randomUUID();
        const isRead = worker % 2 === 1;
        const started: Phase = phase;
        const answer = isRead
          ? await call('/api/me/applications').catch(() => NO_ANSWER)
          : await call('/api/applications', {
              method: 'POST',
              body: submission,
              headers: { 'idempotency-key': key },
            }).catch(() => NO_ANSWER);
        // A request that began before the recovery was seen and ended after the stop counts as 'down'.
        answers[started === 'after' ? 'after' : phase === 'before' ? 'before' : 'down'].push({
          status: answer.status,
          code: answer.code,
        });
        if (!isRead) {
          if (answer.status === 201 || answer.status === 200) {
            acknowledged.set(key, (answer.body as { id: string }).id);
          } else {
            pending.push(key);
          }
        }
        await sleep(answer.status === 201 || answer.status === 200 ? 0 : 100);
      }
    });

    await sleep(3_000);
    postgres.stop('immediate');
    phase = 'down';
    const downStarted = Date.now();
    await sleep(1_000);
    const health = await call('/api/health');
    await sleep(Math.max(0, DOWN_MS - (Date.now() - downStarted)));
    postgres.start();
    const backAt = Date.now();
    const recovered = await waitFor(
      async () => ((await call('/api/health')).status === 200 ? Date.now() : undefined),
      60_000,
      'health 200 after PostgreSQL is back',
    );
    phase = 'after';
    await sleep(3_000);
    isLoadRunning = false;
    await Promise.all(load);
    // The keys still unanswered: retried until acknowledged, as a client would.
    for (const key of pending.splice(0)) {
      const answer = await call('/api/applications', {
        method: 'POST',
        body: submission,
        headers: { 'idempotency-key': key },
      });
      if (answer.status === 201 || answer.status === 200) {
        acknowledged.set(key, (answer.body as { id: string }).id);
      }
    }

    const tally = (list: Answer[]) =>
      Object.entries(
        list.reduce<Record<string, number>>(
          (counts, { status, code }) => ({
            ...counts,
            [`${status}${code ? ` ${code}` : ''}`]:
              (counts[`${status}${code ? ` ${code}` : ''}`] ?? 0) + 1,
          }),
          {},
        ),
      )
        .map(([what, n]) => `${what}×${n}`)
        .join(', ');
    const rows: { key: string; ids: string[] }[] = await database.dataSource.query(
      `SELECT idempotency_key AS key, array_agg(id::text) AS ids FROM applications GROUP BY idempotency_key`,
    );
    const duplicates = rows.filter((row) => row.ids.length > 1).length;
    const stored = new Map(rows.map((row) => [row.key, row.ids[0]]));
    const lost = [...acknowledged].filter(([key, id]) => stored.get(key) !== id).length;
    process.stdout.write(
      `postgres restart under load: down ${DOWN_MS / 1000} s, healthy again ${((recovered - backAt) / 1000).toFixed(1)} s after it was back; ` +
        `before: ${tally(answers.before)}; down: ${tally(answers.down)}; after: ${tally(answers.after)}; health while down ${health.status} ${JSON.stringify(health.body)}; ` +
        `acknowledged ${acknowledged.size}, stored ${rows.length}, duplicates ${duplicates}, acknowledged but not stored ${lost}\n`,
    );

    expect(answers.before.every((answer) => answer.status === 200 || answer.status === 201)).toBe(
      true,
    );
    expect(answers.down.length).toBeGreaterThan(0);
    expect(
      answers.down.filter(
        (answer) => answer.status >= 500 && (answer.status !== 503 || !answer.code),
      ),
    ).toEqual([]);
    expect(answers.down.some((answer) => answer.status === 503)).toBe(true);
    expect(health).toMatchObject({
      status: 503,
      body: { status: 'degraded', checks: { database: 'down', redis: 'up' } },
    });
    expect(answers.after.length).toBeGreaterThan(0);
    expect(answers.after.every((answer) => answer.status === 200 || answer.status === 201)).toBe(
      true,
    );
    expect(duplicates).toBe(0);
    expect(lost).toBe(0);
    expect(rows.length).toBe(acknowledged.size);
  });
});
