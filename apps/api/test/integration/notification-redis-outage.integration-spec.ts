import type { ChildProcess } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import request from 'supertest';

import {
  buildWorker,
  freePort,
  spawnWorker,
  stopProcess,
  waitFor,
} from '../support/api-process.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { startPrivateRedis } from '../support/private-services.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';
import { turnOffQuietHours } from '../support/resident-requests.js';

/**
 * Redis (a private instance) stops while residents submit: submissions still succeed (sessions
 * and the outbox are in PostgreSQL); when Redis is back — empty, it keeps nothing on disk — the
 * worker relays the outbox and every notification arrives once, in the inbox and as a push.
 */
describe('notifications across a Redis outage (API + worker process)', () => {
  let app: ApiTestApp;
  let redisPort: number;
  let redisServer: ChildProcess;
  let worker: ChildProcess;
  let workerOutput: () => string;
  let resident: string;
  const pushes: string[] = [];
  const receiver = createServer((incoming, response) => {
    incoming.resume();
    incoming.on('end', () => {
      pushes.push(String(incoming.headers['content-encoding']));
      response.writeHead(201).end();
    });
  });

  beforeAll(async () => {
    buildWorker();
    redisPort = await freePort();
    redisServer = await startPrivateRedis(redisPort);
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    // The push receiver is on http://127.0.0.1: the loopback exception of tests, in the API and the worker.
    app = await startApiTestApp({
      REDIS_URL: `redis://127.0.0.1:${redisPort}/0`,
      PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'true',
    });
    app.redis.on('error', () => undefined);
    ({ child: worker, output: workerOutput } = spawnWorker(app, {
      REDIS_URL: `redis://127.0.0.1:${redisPort}/0`,
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
        endpoint: `http://127.0.0.1:${port}/push/hanako`,
        keys: {
          p256dh: ecdh.getPublicKey().toString('base64url'),
          auth: randomBytes(16).toString('base64url'),
        },
      })
      .expect(201);
  }, 120_000);

  afterAll(async () => {
    await stopProcess(worker);
    await app.close();
    await stopProcess(redisServer);
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  async function submit(): Promise<void> {
    await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: readSampleAnswers('pregnancy-notification'),
      })
      .expect(201);
  }

  async function inboxCount(): Promise<number> {
    const response = await request(app.http)
      .get('/api/me/notifications')
      .set('Cookie', resident)
      .expect(200);
    return (response.body as unknown[]).length;
  }

  it('accepts submissions while Redis is down and delivers every notification once after it is back', async () => {
    await submit();
    await waitFor(
      async () => ((await inboxCount()) === 1 && pushes.length === 1 ? true : undefined),
      20_000,
      'the first notification',
    );

    await stopProcess(redisServer);
    await submit();
    await submit();
    await submit();
    expect(await inboxCount()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [pending] = await app.database.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`,
    );
    expect(pending.n).toBe(3);

    redisServer = await startPrivateRedis(redisPort);
    await waitFor(
      async () => ((await inboxCount()) === 4 && pushes.length >= 4 ? true : undefined),
      60_000,
      `every notification after Redis is back\n${workerOutput()}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await inboxCount()).toBe(4);
    expect(pushes).toEqual(['aes128gcm', 'aes128gcm', 'aes128gcm', 'aes128gcm']);
    const deliveries: { channel: string; status: string; n: number }[] =
      await app.database.dataSource.query(
        `SELECT channel, status, count(*)::int AS n FROM notification_deliveries GROUP BY channel, status ORDER BY channel`,
      );
    expect(deliveries).toEqual([
      { channel: 'in_app', status: 'sent', n: 4 },
      { channel: 'web_push', status: 'sent', n: 4 },
    ]);
  }, 120_000);
});
