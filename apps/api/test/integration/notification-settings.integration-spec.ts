import { randomUUID } from 'node:crypto';

import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';

describe('notification settings, 見守り, dead letters and the queue dashboard (API)', () => {
  let app: ApiTestApp;
  let hanako: string;
  let ichiro: string;
  let caseworker: string;
  let admin: string;

  beforeAll(async () => {
    app = await startApiTestApp();
    hanako = await app.signIn('resident-yamada-hanako');
    ichiro = await app.signIn('resident-suzuki-ichiro');
    caseworker = await app.signIn('staff-chiyoda-sato');
    admin = await app.signIn('staff-chiyoda-kobayashi');
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers the default preferences, then the saved ones; refuses invalid quiet hours', async () => {
    const defaults = await request(app.http)
      .get('/api/me/notification-preferences')
      .set('Cookie', hanako)
      .expect(200);
    expect(defaults.body.quietHours).toEqual({ start: '21:00', end: '08:00' });

    const changed = {
      ...defaults.body,
      locale: 'easyJa',
      categories: {
        ...defaults.body.categories,
        childcare: { isEnabled: false, webPush: true, email: false },
      },
    };
    await request(app.http)
      .put('/api/me/notification-preferences')
      .set('Cookie', hanako)
      .set(CSRF)
      .send(changed)
      .expect(200);
    const saved = await request(app.http)
      .get('/api/me/notification-preferences')
      .set('Cookie', hanako)
      .expect(200);
    expect(saved.body).toEqual(changed);

    await request(app.http)
      .put('/api/me/notification-preferences')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({ ...changed, quietHours: { start: '25:00', end: '08:00' } })
      .expect(400);
  });

  it('keeps the e-mail contact per resident', async () => {
    await request(app.http)
      .put('/api/me/notification-contact')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({ email: 'hanako@example.jp' })
      .expect(200);
    const mine = await request(app.http)
      .get('/api/me/notification-contact')
      .set('Cookie', hanako)
      .expect(200);
    const theirs = await request(app.http)
      .get('/api/me/notification-contact')
      .set('Cookie', ichiro)
      .expect(200);

    expect(mine.body).toEqual({
      email: 'hanako@example.jp',
      confirmation: 'pending',
      canResendAt: expect.any(String),
    });
    expect(theirs.body).toEqual({ email: null, confirmation: null, canResendAt: null });
  });

  it('registers a browser subscription once per endpoint and removes it', async () => {
    const key = await request(app.http).get('/api/notifications/push-public-key').expect(200);
    expect(key.body.publicKey).toMatch(/^B[A-Za-z0-9_-]{86}$/);
    const subscription = {
      endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
      expirationTime: null,
      keys: { p256dh: 'BPk', auth: 'c2VjcmV0' },
    };

    await request(app.http)
      .post('/api/me/push-subscriptions')
      .set('Cookie', hanako)
      .set(CSRF)
      .send(subscription)
      .expect(201);
    await request(app.http)
      .post('/api/me/push-subscriptions')
      .set('Cookie', hanako)
      .set(CSRF)
      .send(subscription)
      .expect(201);
    const list = await request(app.http)
      .get('/api/me/push-subscriptions')
      .set('Cookie', hanako)
      .expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ endpointOrigin: 'https://fcm.googleapis.com', isActive: true }),
    ]);

    await request(app.http)
      .post('/api/me/push-subscriptions/unsubscribe')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({ endpoint: subscription.endpoint })
      .expect(204);
    await request(app.http)
      .post('/api/me/push-subscriptions/unsubscribe')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({ endpoint: subscription.endpoint })
      .expect(404);
  });

  it('lets a resident invite a watcher who accepts with the code, and either side end it', async () => {
    await request(app.http)
      .post('/api/me/watchers/invitations')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({ inviteeLabel: '長男', relationship: 'family', hasConsented: false })
      .expect(400);
    const invitation = await request(app.http)
      .post('/api/me/watchers/invitations')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({ inviteeLabel: '長男', relationship: 'family', hasConsented: true })
      .expect(201);
    const code: string = invitation.body.invitationCode;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    await request(app.http)
      .post('/api/me/watchers/accept')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({ invitationCode: code })
      .expect(409);
    const accepted = await request(app.http)
      .post('/api/me/watchers/accept')
      .set('Cookie', ichiro)
      .set(CSRF)
      .send({ invitationCode: code })
      .expect(201);
    expect(accepted.body).toEqual(
      expect.objectContaining({
        status: 'active',
        residentName: '山田 花子',
        watcherName: '鈴木 一郎',
      }),
    );
    await request(app.http)
      .post('/api/me/watchers/accept')
      .set('Cookie', ichiro)
      .set(CSRF)
      .send({ invitationCode: code })
      .expect(404);

    const mine = await request(app.http).get('/api/me/watchers').set('Cookie', hanako).expect(200);
    const theirs = await request(app.http)
      .get('/api/me/watchers')
      .set('Cookie', ichiro)
      .expect(200);
    expect(mine.body.watchers).toHaveLength(1);
    expect(theirs.body.watching).toHaveLength(1);

    const ended = await request(app.http)
      .post(`/api/me/watchers/${accepted.body.id}/end`)
      .set('Cookie', ichiro)
      .set(CSRF)
      .expect(201);
    expect(ended.body.status).toBe('ended');
    await request(app.http)
      .post(`/api/me/watchers/${accepted.body.id}/end`)
      .set('Cookie', hanako)
      .set(CSRF)
      .expect(404);
  });

  it('shows staff their municipality’s failed deliveries and retries one (audited)', async () => {
    const id = randomUUID();
    await app.database.dataSource.query(
      `INSERT INTO notification_deliveries (id, municipality_code, recipient_id, category, channel, target, dedupe_key, payload, status, attempts, last_error, not_before, failed_at)
       VALUES ($1, '131016', 'resident-yamada-hanako', 'childcare', 'email', 'hanako@example.jp', $2, '{"title":"3〜4か月児健診","body":"…","url":"/"}',
               'permanent_failure', 5, 'smtp_550', now(), now())`,
      [id, `test:${id}`],
    );

    const list = await request(app.http)
      .get('/api/staff/notification-deliveries/dead-letters')
      .set('Cookie', caseworker)
      .expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id,
        channel: 'email',
        title: '3〜4か月児健診',
        attempts: 5,
        lastError: 'smtp_550',
      }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain('hanako@example.jp');
    const yokohama = await app.signIn('staff-yokohama-tanaka');
    await request(app.http)
      .get('/api/staff/notification-deliveries/dead-letters')
      .set('Cookie', yokohama)
      .expect(200, []);

    await request(app.http)
      .post(`/api/staff/notification-deliveries/${id}/retry`)
      .set('Cookie', caseworker)
      .set(CSRF)
      .expect(204);
    await request(app.http)
      .post(`/api/staff/notification-deliveries/${id}/retry`)
      .set('Cookie', caseworker)
      .set(CSRF)
      .expect(404);
    const [row] = await app.database.dataSource.query(
      `SELECT status, round FROM notification_deliveries WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'scheduled', round: 1 });
    const [audit] = await app.database.dataSource.query(
      `SELECT action FROM audit_log WHERE target_id = $1`,
      [id],
    );
    expect(audit.action).toBe('notification.delivery.retry');
  });

  it('opens the queue dashboard to the platform operator only (administrators too are refused; queue-dashboard.integration-spec.ts has the matrix)', async () => {
    const operator = await app.signIn('operator-madoguchi-kato');
    await request(app.http).get('/api/staff/queues').expect(401);
    await request(app.http).get('/api/staff/queues').set('Cookie', caseworker).expect(403);
    await request(app.http).get('/api/staff/queues').set('Cookie', hanako).expect(403);
    await request(app.http).get('/api/staff/queues').set('Cookie', admin).expect(403);
    const page = await request(app.http)
      .get('/api/staff/queues')
      .set('Cookie', operator)
      .expect(200);
    expect(page.text).toContain('Madoguchi queues');
    const queues = await request(app.http)
      .get('/api/staff/queues/api/queues')
      .set('Cookie', operator)
      .expect(200);
    expect(queues.body.queues.map((queue: { name: string }) => queue.name)).toEqual([
      'notifications',
      'notification-deliveries',
      // The worker's sealing of the audit trail (#13) runs on a queue of its own.
      'audit-chain',
    ]);
  });

  it('exposes queue depth, deliveries, dead letters and latency on /api/metrics', async () => {
    const response = await request(app.http).get('/api/metrics').expect(200);

    expect(response.text).toContain('madoguchi_queue_jobs{queue="notifications",state="wait"}');
    // The retried dead letter and the confirmation mail of the address set above.
    expect(response.text).toContain(
      'madoguchi_notification_deliveries{channel="email",status="scheduled"} 2',
    );
    expect(response.text).toContain('madoguchi_notification_dead_letters 0');
    expect(response.text).toContain('madoguchi_notification_in_doubt_resends 0');
    expect(response.text).toContain('# TYPE madoguchi_notification_delivery_latency_seconds gauge');
  });
});
