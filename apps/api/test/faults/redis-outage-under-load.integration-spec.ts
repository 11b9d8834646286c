import type { ChildProcess } from 'node:child_process';
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import request from 'supertest';

import {
  buildWorker,
  freePort,
  sleep,
  spawnWorker,
  stopProcess,
  waitFor,
} from '../support/api-process.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { startPrivateRedis } from '../support/private-services.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';
import { turnOffQuietHours } from '../support/resident-requests.js';

type FaultScale = { redisOutageMs: number };
declare const faultScale: FaultScale;

/** Submissions per second the load keeps up, before, during and after the outage. */
const RATE_PER_SECOND = 5;
const CONCURRENCY = 4;

/**
 * Redis (a private instance) is down for `redisOutageMs` (60 s, npm test and api:soak) while residents keep
 * submitting: every submission is accepted (sessions and the outbox are in PostgreSQL); when Redis
 * comes back, empty, the worker relays the outbox and every notification is delivered once, in
 * the inbox and as a Web Push. Extends notification-redis-outage.integration-spec.ts (3
 * submissions, a short outage) to a load and a long outage.
 */
describe('notifications across a long Redis outage under load (API + worker process)', () => {
  let app: ApiTestApp;
  let redisPort: number;
  let redisServer: ChildProcess;
  let worker: ChildProcess;
  let workerOutput: () => string;
  let resident: string;
  let pushes = 0;
  const receiver = createServer((incoming, response) => {
    incoming.resume();
    incoming.on('end', () => {
      pushes += 1;
      response.writeHead(201).end();
    });
  });

  beforeAll(async () => {
    buildWorker();
    redisPort = await freePort();
    redisServer = await startPrivateRedis(redisPort);
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    app = await startApiTestApp({
      REDIS_URL: `redis://127.0.0.1:${redisPort}/0`,
      PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true',
    });
    app.redis.on('error', () => undefined);
    ({ child: worker, output: workerOutput } = spawnWorker(app, {
      REDIS_URL: `redis://127.0.0.1:${redisPort}/0`,
      OUTBOX_POLL_INTERVAL_MS: '200',
      DELIVERY_POLL_INTERVAL_MS: '200',
      PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true',
    }));

    resident = await app.signIn('resident-yamada-hanako');
    await turnOffQuietHours(app, resident);
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const { port } = receiver.address() as AddressInfo;
    await request(app.http)
      .post('/api/me/push-subscriptions')
      .set('Cookie', resident)
      .set(CSRF)
      .send({
        endpoint: `http://127.0.0.1:${port}/push/load`,
        keys: {
          p256dh: ecdh.getPublicKey().toString('base64url'),
          auth: randomBytes(16).toString('base64url'),
        },
      })
      .expect(201);
  }, 180_000);

  afterAll(async () => {
    if (worker) {
      await stopProcess(worker);
    }
    await app?.close();
    if (redisServer) {
      await stopProcess(redisServer);
    }
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('accepts every submission while Redis is down and delivers every notification once after', async () => {
    const outageMs = faultScale.redisOutageMs;
    const body = {
      municipalityCode: CHIYODA,
      procedureId: 'pregnancy-notification',
      formVersion: 1,
      answers: readSampleAnswers('pregnancy-notification'),
    };
    const statuses: Record<'before' | 'down' | 'after', Map<number, number>> = {
      before: new Map(),
      down: new Map(),
      after: new Map(),
    };
    let phase: keyof typeof statuses = 'before';
    let isLoadRunning = true;

    const load = Array.from({ length: CONCURRENCY }, async () => {
      while (isLoadRunning) {
        const startedAt = Date.now();
        const response = await request(app.http)
          .post('/api/applications')
          .set('Cookie', resident)
          .set(CSRF)
          .set('Idempotency-Key', randomUUID())
          .send(body);
        statuses[phase].set(response.status, (statuses[phase].get(response.status) ?? 0) + 1);
        await sleep(Math.max(0, (1000 * CONCURRENCY) / RATE_PER_SECOND - (Date.now() - startedAt)));
      }
    });

    await sleep(3_000);
    await stopProcess(redisServer);
    phase = 'down';
    await sleep(outageMs);
    const [pendingWhileDown] = await app.database.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`,
    );
    redisServer = await startPrivateRedis(redisPort);
    phase = 'after';
    await sleep(3_000);
    isLoadRunning = false;
    await Promise.all(load);
    const backAt = Date.now();

    const [{ submitted }] = await app.database.dataSource.query(
      `SELECT count(*)::int AS submitted FROM applications`,
    );
    await waitFor(
      async () => {
        const [row] = await app.database.dataSource.query(
          `SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'sent'`,
        );
        return row.n >= 2 * submitted && pushes >= submitted ? true : undefined;
      },
      120_000,
      `every notification after Redis is back\n${workerOutput()}`,
    );
    const deliveredAfter = ((Date.now() - backAt) / 1000).toFixed(1);
    // Anything sent twice would arrive during this pause.
    await sleep(2_000);
    const [notifications] = await app.database.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT application_id)::int AS applications FROM notifications WHERE recipient_id = (SELECT resident_id FROM applications LIMIT 1)`,
    );
    const deliveries: { channel: string; status: string; n: number; distinct: number }[] =
      await app.database.dataSource.query(
        `SELECT channel, status, count(*)::int AS n, count(DISTINCT notification_id)::int AS distinct FROM notification_deliveries GROUP BY channel, status ORDER BY channel, status`,
      );
    const tally = (counts: Map<number, number>) =>
      [...counts].map(([status, n]) => `${status}×${n}`).join(' ');
    process.stdout.write(
      `redis down ${outageMs / 1000} s under load: submissions before ${tally(statuses.before)}, while down ${tally(statuses.down)}, after ${tally(statuses.after)}; ` +
        `outbox waiting while down ${pendingWhileDown.n}; ${submitted} applications, ${notifications.n} inbox notifications (${notifications.applications} applications), ` +
        `${pushes} pushes received, deliveries ${deliveries.map((row) => `${row.channel} ${row.status} ${row.n}`).join(', ')}; all delivered ${deliveredAfter} s after the load ended\n`,
    );

    for (const counts of Object.values(statuses)) {
      expect([...counts.keys()]).toEqual([201]);
    }
    expect(statuses.down.get(201)).toBeGreaterThan(0);
    expect(pendingWhileDown.n).toBeGreaterThan(0);
    expect(notifications).toEqual({ n: submitted, applications: submitted });
    expect(pushes).toBe(submitted);
    expect(deliveries).toEqual([
      { channel: 'in_app', status: 'sent', n: submitted, distinct: submitted },
      { channel: 'web_push', status: 'sent', n: submitted, distinct: submitted },
    ]);
  });
});
