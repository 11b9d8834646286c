import { randomBytes } from 'node:crypto';

import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';

function subscription(endpoint: string): {
  endpoint: string;
  expirationTime: null;
  keys: { p256dh: string; auth: string };
} {
  return {
    endpoint,
    expirationTime: null,
    keys: {
      p256dh: `B${randomBytes(32).toString('base64url')}`,
      auth: randomBytes(16).toString('base64url'),
    },
  };
}

function fcmEndpoint(): string {
  return `https://fcm.googleapis.com/fcm/send/${randomBytes(12).toString('base64url')}`;
}

/** Registration of Web Push subscriptions (issue #11): which endpoints, how many, whose, how long. */
describe('push subscriptions (API)', () => {
  let app: ApiTestApp;

  beforeAll(async () => {
    app = await startApiTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  async function register(cookie: string, endpoint: string): Promise<request.Response> {
    return request(app.http)
      .post('/api/me/push-subscriptions')
      .set('Cookie', cookie)
      .set(CSRF)
      .send(subscription(endpoint));
  }

  async function storedCount(where = 'true', parameters: unknown[] = []): Promise<number> {
    const [row] = await app.database.dataSource.query(
      `SELECT count(*)::int AS n FROM push_subscriptions WHERE ${where}`,
      parameters,
    );
    return row.n as number;
  }

  it.each([
    ['loopback', 'http://127.0.0.1:6379/', 'push_endpoint_not_https'],
    ['http to a push service', 'http://fcm.googleapis.com/fcm/send/abc', 'push_endpoint_not_https'],
    ['private 10/8', 'https://10.0.0.5/push', 'push_endpoint_host_not_allowed'],
    ['private 172.16/12', 'https://172.16.0.5/push', 'push_endpoint_host_not_allowed'],
    ['private 192.168/16', 'https://192.168.0.5/push', 'push_endpoint_host_not_allowed'],
    ['link-local', 'https://169.254.1.1/push', 'push_endpoint_host_not_allowed'],
    [
      'the metadata service',
      'https://169.254.169.254/latest/meta-data/',
      'push_endpoint_host_not_allowed',
    ],
    ['IPv6 loopback', 'https://[::1]/push', 'push_endpoint_host_not_allowed'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/push', 'push_endpoint_host_not_allowed'],
    ['a name for loopback', 'https://localhost/push', 'push_endpoint_host_not_allowed'],
    [
      'a host outside the push services',
      'https://push.example.net/send/abc',
      'push_endpoint_host_not_allowed',
    ],
    [
      'a look-alike host',
      'https://fcm.googleapis.com.attacker.example/send/abc',
      'push_endpoint_host_not_allowed',
    ],
  ])(
    'refuses %s (%s) with %s in ja, en and やさしい日本語, storing nothing',
    async (_name, endpoint, code) => {
      // Arrange
      const resident = await app.signIn('resident-yamada-hanako');

      // Act
      const response = await register(resident, endpoint);

      // Assert
      expect(response.status).toBe(422);
      expect(response.body.error).toEqual({
        code,
        message: {
          ja: expect.stringMatching(/./),
          en: expect.stringMatching(/./),
          easyJa: expect.stringMatching(/./),
        },
        fields: [],
      });
      expect(await storedCount('endpoint = $1', [endpoint])).toBe(0);
    },
  );

  it('refuses a scheme other than http(s) at the edge (the contract)', async () => {
    const resident = await app.signIn('resident-yamada-hanako');

    const response = await register(resident, 'gopher://127.0.0.1:6379/_FLUSHALL');

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_request');
  });

  it('accepts the major browsers’ push services', async () => {
    // Arrange
    const resident = await app.signIn('resident-watanabe-sakura');
    const endpoints = [
      fcmEndpoint(),
      `https://updates.push.services.mozilla.com/wpush/v2/${randomBytes(8).toString('hex')}`,
      `https://web.push.apple.com/${randomBytes(8).toString('hex')}`,
      `https://wns2-par02p.notify.windows.com/w/?token=${randomBytes(8).toString('hex')}`,
    ];

    // Act
    const statuses = await Promise.all(
      endpoints.map(async (endpoint) => (await register(resident, endpoint)).status),
    );

    // Assert
    expect(statuses).toEqual([201, 201, 201, 201]);
    await Promise.all(
      endpoints.map((endpoint) =>
        request(app.http)
          .post('/api/me/push-subscriptions/unsubscribe')
          .set('Cookie', resident)
          .set(CSRF)
          .send({ endpoint })
          .expect(204),
      ),
    );
  });

  it('keeps at most 10 active subscriptions per resident, also when two register at once; the same endpoint again does not count twice', async () => {
    // Arrange
    const resident = await app.signIn('resident-nakamura-ren');
    const endpoints = Array.from({ length: 9 }, fcmEndpoint);
    for (const endpoint of endpoints) {
      await register(resident, endpoint).then((response) => expect(response.status).toBe(201));
    }

    // Act
    const racing = await Promise.all([
      register(resident, fcmEndpoint()),
      register(resident, fcmEndpoint()),
    ]);
    const eleventh = await register(resident, fcmEndpoint());
    const again = await register(resident, endpoints[3]!);

    // Assert
    expect(racing.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(eleventh.status).toBe(409);
    expect(eleventh.body.error).toEqual(
      expect.objectContaining({
        code: 'push_subscription_limit_reached',
        message: expect.objectContaining({ easyJa: expect.any(String) }),
      }),
    );
    expect(again.status).toBe(201);
    expect(
      await storedCount('resident_id = $1 AND disabled_at IS NULL', ['resident-nakamura-ren']),
    ).toBe(10);

    // A subscription the push service disabled (410) frees its place; re-enabling it then counts again.
    await app.database.dataSource.query(
      `UPDATE push_subscriptions SET disabled_at = now() WHERE endpoint = $1`,
      [endpoints[0]],
    );
    expect((await register(resident, fcmEndpoint())).status).toBe(201);
    expect((await register(resident, endpoints[0]!)).status).toBe(409);
  });

  it('never moves an endpoint another resident holds to the one re-registering it', async () => {
    // Arrange
    const hanako = await app.signIn('resident-yamada-hanako');
    const ichiro = await app.signIn('resident-suzuki-ichiro');
    const endpoint = fcmEndpoint();
    const first = subscription(endpoint);
    await request(app.http)
      .post('/api/me/push-subscriptions')
      .set('Cookie', hanako)
      .set(CSRF)
      .send(first)
      .expect(201);

    // Act
    const takeover = await register(ichiro, endpoint);
    const [{ n: pending }] = await app.database.dataSource.query(
      `SELECT count(*)::int AS n FROM push_subscriptions WHERE resident_id = 'resident-suzuki-ichiro'`,
    );

    // Assert
    expect(takeover.status).toBe(409);
    expect(takeover.body.error.code).toBe('push_endpoint_registered_elsewhere');
    expect(pending).toBe(0);
    const [row] = await app.database.dataSource.query(
      `SELECT resident_id, p256dh, auth FROM push_subscriptions WHERE endpoint = $1`,
      [endpoint],
    );
    expect(row).toEqual({
      resident_id: 'resident-yamada-hanako',
      p256dh: first.keys.p256dh,
      auth: first.keys.auth,
    });
    await request(app.http).get('/api/me/push-subscriptions').set('Cookie', ichiro).expect(200, []);
    // Nor can he remove it.
    await request(app.http)
      .post('/api/me/push-subscriptions/unsubscribe')
      .set('Cookie', ichiro)
      .set(CSRF)
      .send({ endpoint })
      .expect(404);
  });

  it('ends the subscriptions of a session at its sign-out, and only those; the endpoint is then free for the next resident', async () => {
    // Arrange: hanako on a shared tablet and on her phone (another session).
    const tablet = await app.signIn('resident-yamada-hanako');
    const phone = await app.signIn('resident-yamada-hanako');
    const tabletEndpoint = fcmEndpoint();
    const phoneEndpoint = fcmEndpoint();
    await register(tablet, tabletEndpoint).then((response) => expect(response.status).toBe(201));
    await register(phone, phoneEndpoint).then((response) => expect(response.status).toBe(201));

    // Act
    await request(app.http)
      .post('/api/session/sign-out')
      .set('Cookie', tablet)
      .set(CSRF)
      .expect(200);

    // Assert
    expect(await storedCount('endpoint = $1', [tabletEndpoint])).toBe(0);
    expect(await storedCount('endpoint = $1 AND disabled_at IS NULL', [phoneEndpoint])).toBe(1);
    const ichiro = await app.signIn('resident-suzuki-ichiro');
    const next = await register(ichiro, tabletEndpoint);
    expect(next.status).toBe(201);
    const [row] = await app.database.dataSource.query(
      `SELECT resident_id FROM push_subscriptions WHERE endpoint = $1`,
      [tabletEndpoint],
    );
    expect(row.resident_id).toBe('resident-suzuki-ichiro');
  });

  it('moves a subscription to the newer session of the same resident, so that session’s sign-out ends it', async () => {
    // Arrange
    const before = await app.signIn('resident-watanabe-sakura');
    const after = await app.signIn('resident-watanabe-sakura');
    const endpoint = fcmEndpoint();
    await register(before, endpoint).then((response) => expect(response.status).toBe(201));
    await register(after, endpoint).then((response) => expect(response.status).toBe(201));

    // Act
    await request(app.http)
      .post('/api/session/sign-out')
      .set('Cookie', before)
      .set(CSRF)
      .expect(200);
    const afterFirstSignOut = await storedCount('endpoint = $1', [endpoint]);
    await request(app.http)
      .post('/api/session/sign-out')
      .set('Cookie', after)
      .set(CSRF)
      .expect(200);

    // Assert
    expect(afterFirstSignOut).toBe(1);
    expect(await storedCount('endpoint = $1', [endpoint])).toBe(0);
  });
});
