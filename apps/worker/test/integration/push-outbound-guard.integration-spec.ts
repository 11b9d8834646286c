import { createECDH, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { TestDatabase } from '@madoguchi/server-database/testing';

import {
  ALWAYS_PREFERENCES,
  insertApplication,
  insertMunicipality,
  insertPushSubscription,
  insertStatusChange,
  setPreferences,
} from '../support/fixtures.js';
import { PushReceiver } from '../support/push-receiver.js';
import { waitFor } from '../support/wait-for.js';
import type { WorkerUnderTest } from '../support/worker-under-test.js';
import { startWorkerUnderTest } from '../support/worker-under-test.js';

function browserKeys(): { p256dh: string; auth: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    p256dh: ecdh.getPublicKey().toString('base64url'),
    auth: randomBytes(16).toString('base64url'),
  };
}

/**
 * The Web Push channel behind the outbound guard (issue #11): a slow endpoint is cut at the
 * deadline without holding back the rest of its batch, and endpoints outside the push services
 * are refused before any byte is sent. The loopback exception is on (the receiver is local).
 */
describe('Web Push through the outbound guard', () => {
  let context: WorkerUnderTest;
  let database: TestDatabase;
  const receiver = new PushReceiver();
  let tricklingConnections = 0;
  // Answers 201 at once, then trickles its body a byte every 100 ms and never ends it.
  const trickling: Server = createServer((request, response) => {
    request.resume();
    response.writeHead(201, { 'content-type': 'text/plain' });
    const timer = setInterval(() => response.write('.'), 100);
    response.on('close', () => clearInterval(timer));
  });

  beforeAll(async () => {
    await receiver.start();
    await new Promise<void>((resolve) => trickling.listen(0, '127.0.0.1', resolve));
    trickling.on('connection', () => (tricklingConnections += 1));
    context = await startWorkerUnderTest('worker_push_guard', { PUSH_TIMEOUT_MS: '1500' });
    database = context.database;
    await insertMunicipality(database);
  });

  afterAll(async () => {
    await context.close();
    await receiver.stop();
    trickling.closeAllConnections();
    await new Promise<void>((resolve) => trickling.close(() => resolve()));
  });

  it('cuts a trickling endpoint at PUSH_TIMEOUT_MS while the other push of the batch is delivered at once', async () => {
    // Arrange
    await setPreferences(database, 'resident-two-devices', ALWAYS_PREFERENCES);
    const fast = await insertPushSubscription(
      database,
      'resident-two-devices',
      receiver.subscribe('fast-phone'),
    );
    const slowEndpoint = `http://127.0.0.1:${(trickling.address() as AddressInfo).port}/push/slow`;
    const slow = await insertPushSubscription(database, 'resident-two-devices', {
      endpoint: slowEndpoint,
      keys: browserKeys(),
    });
    const applicationId = await insertApplication(database, 'resident-two-devices');
    const started = Date.now();

    // Act
    await insertStatusChange(database, applicationId, 'resident-two-devices', 'in_review');

    // Assert
    await waitFor(
      () =>
        Promise.resolve(
          receiver.received.some((push) => push.subscription === 'fast-phone') ? true : undefined,
        ),
      15_000,
      'the fast push',
    );
    const [cut] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT status, last_error FROM notification_deliveries WHERE target = $1 AND status = 'temporary_failure'`,
        [slow],
      );
      return rows.length > 0 ? rows : undefined;
    }, 15_000);
    const elapsed = Date.now() - started;
    expect(cut).toEqual(
      expect.objectContaining({
        status: 'temporary_failure',
        last_error: 'push service unreachable: deadline exceeded',
      }),
    );
    expect(tricklingConnections).toBeGreaterThan(0);
    // One deadline, not a stall: the batch ended about PUSH_TIMEOUT_MS after the change.
    expect(elapsed).toBeLessThan(10_000);
    const [sent] = await database.dataSource.query(
      `SELECT status FROM notification_deliveries WHERE target = $1`,
      [fast],
    );
    expect(sent.status).toBe('sent');
  });

  it('refuses, before sending, an https endpoint on a host that is no push service, and disables it', async () => {
    // Arrange
    await setPreferences(database, 'resident-odd-host', ALWAYS_PREFERENCES);
    const odd = await insertPushSubscription(database, 'resident-odd-host', {
      endpoint: 'https://push.example.net/send/abc',
      keys: browserKeys(),
    });
    const applicationId = await insertApplication(database, 'resident-odd-host');

    // Act
    await insertStatusChange(database, applicationId, 'resident-odd-host', 'in_review');

    // Assert
    const [refused] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT status, attempts, last_error FROM notification_deliveries WHERE target = $1 AND status = 'permanent_failure'`,
        [odd],
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(refused).toEqual({
      status: 'permanent_failure',
      attempts: 1,
      last_error: 'push_endpoint_host_not_allowed',
    });
    const [subscription] = await database.dataSource.query(
      `SELECT disabled_reason FROM push_subscriptions WHERE id = $1`,
      [odd],
    );
    expect(subscription.disabled_reason).toBe('refused endpoint: push_endpoint_host_not_allowed');
  });

  it('refuses a private address even with the loopback exception of tests (only loopback is excepted)', async () => {
    // Arrange
    await setPreferences(database, 'resident-metadata', ALWAYS_PREFERENCES);
    const metadata = await insertPushSubscription(database, 'resident-metadata', {
      endpoint: 'http://169.254.169.254/latest/meta-data/',
      keys: browserKeys(),
    });
    const applicationId = await insertApplication(database, 'resident-metadata');

    // Act
    await insertStatusChange(database, applicationId, 'resident-metadata', 'in_review');

    // Assert
    const [refused] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT status, last_error FROM notification_deliveries WHERE target = $1 AND status = 'permanent_failure'`,
        [metadata],
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(refused).toEqual({ status: 'permanent_failure', last_error: 'push_endpoint_not_https' });
  });
});
