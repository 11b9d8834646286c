import type { ChildProcess } from 'node:child_process';
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import request from 'supertest';

import { buildWorker, spawnWorker, waitFor } from '../support/api-process.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import {
  inboxCount,
  submitSamplePregnancyNotification,
  turnOffQuietHours,
} from '../support/resident-requests.js';

function browserKeys(): { p256dh: string; auth: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    p256dh: ecdh.getPublicKey().toString('base64url'),
    auth: randomBytes(16).toString('base64url'),
  };
}

/**
 * Issue #11, SSRF: a resident registered `http://127.0.0.1:<port>/…` as a Web Push endpoint and
 * the worker POSTed to it. Here the API and the worker (a real process) run as in production —
 * no loopback exception — and an "internal service" listens on loopback, counting every request.
 */
describe('push endpoints pointing inside the platform (API + worker process, SSRF)', () => {
  let app: ApiTestApp;
  let worker: ChildProcess;
  let workerOutput: () => string;
  const internalHits: string[] = [];
  const internalService = createServer((incoming, response) => {
    internalHits.push(`${incoming.method} ${incoming.url}`);
    incoming.resume();
    response.writeHead(201).end();
  });
  let internalUrl = '';

  beforeAll(async () => {
    buildWorker();
    await new Promise<void>((resolve) => internalService.listen(0, '127.0.0.1', resolve));
    internalUrl = `http://127.0.0.1:${(internalService.address() as AddressInfo).port}`;
    app = await startApiTestApp();
    ({ child: worker, output: workerOutput } = spawnWorker(app));
  }, 180_000);

  afterAll(async () => {
    if (worker.exitCode === null && worker.signalCode === null) {
      await new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.kill('SIGTERM');
      });
    }
    await app.close();
    internalService.closeAllConnections();
    await new Promise<void>((resolve) => internalService.close(() => resolve()));
  });

  async function signInWithoutQuietHours(accountId: string): Promise<string> {
    const cookie = await app.signIn(accountId);
    await turnOffQuietHours(app, cookie);
    return cookie;
  }

  it('refuses a loopback endpoint at registration, and the worker never POSTs to it', async () => {
    // Arrange
    const hanako = await signInWithoutQuietHours('resident-yamada-hanako');

    // Act
    const registration = await request(app.http)
      .post('/api/me/push-subscriptions')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({ endpoint: `${internalUrl}/internal/admin`, keys: browserKeys() });
    await submitSamplePregnancyNotification(app, hanako);
    await waitFor(
      async () => ((await inboxCount(app, hanako)) === 1 ? true : undefined),
      30_000,
      `the inbox notification\n${workerOutput()}`,
    );
    // The push (if any) goes out beside the inbox row; give the worker time to make it.
    await new Promise((resolve) => setTimeout(resolve, 2000));

    // Assert
    expect(internalHits).toEqual([]);
    expect(registration.status).toBe(422);
    expect(registration.body.error).toEqual(
      expect.objectContaining({
        code: 'push_endpoint_not_https',
        message: { ja: expect.any(String), en: expect.any(String), easyJa: expect.any(String) },
      }),
    );
    const [stored] = await app.database.dataSource.query(
      `SELECT count(*)::int AS n FROM push_subscriptions`,
    );
    expect(stored.n).toBe(0);
  });

  it('refuses at send a loopback endpoint already in the table (registered before the check), and disables it', async () => {
    // Arrange
    const ichiro = await signInWithoutQuietHours('resident-suzuki-ichiro');
    const keys = browserKeys();
    const subscriptionId = randomUUID();
    await app.database.dataSource.query(
      `INSERT INTO push_subscriptions (id, resident_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4, $5)`,
      [subscriptionId, 'resident-suzuki-ichiro', `${internalUrl}/legacy`, keys.p256dh, keys.auth],
    );

    // Act
    await submitSamplePregnancyNotification(app, ichiro);

    // Assert
    const [delivery] = await waitFor(
      async () => {
        const rows = await app.database.dataSource.query(
          `SELECT status, last_error FROM notification_deliveries WHERE channel = 'web_push' AND target = $1 AND status NOT IN ('scheduled', 'queued', 'sending')`,
          [subscriptionId],
        );
        return rows.length > 0 ? rows : undefined;
      },
      30_000,
      `the web push delivery\n${workerOutput()}`,
    );
    expect(internalHits.filter((hit) => hit.includes('/legacy'))).toEqual([]);
    expect(delivery).toEqual({
      status: 'permanent_failure',
      last_error: 'push_endpoint_not_https',
    });
    const [subscription] = await app.database.dataSource.query(
      `SELECT disabled_at, disabled_reason FROM push_subscriptions WHERE id = $1`,
      [subscriptionId],
    );
    expect(subscription.disabled_at).not.toBeNull();
    expect(subscription.disabled_reason).toBe('refused endpoint: push_endpoint_not_https');
  });
});
