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

describe('status change → Web Push that the receiving browser decrypts', () => {
  let context: WorkerUnderTest;
  let database: TestDatabase;
  const receiver = new PushReceiver();

  beforeAll(async () => {
    await receiver.start();
    context = await startWorkerUnderTest('worker_push');
    database = context.database;
    await insertMunicipality(database);
  });

  afterAll(async () => {
    await context.close();
    await receiver.stop();
  });

  it('encrypts the status change for the resident’s subscription; the receiver decrypts it with http_ece', async () => {
    // Arrange
    await setPreferences(database, 'resident-suzuki', ALWAYS_PREFERENCES);
    const subscriptionId = await insertPushSubscription(
      database,
      'resident-suzuki',
      receiver.subscribe('phone'),
    );
    const applicationId = await insertApplication(database, 'resident-suzuki', {
      applicantKind: 'family',
      insured: { name: { family: '鈴木', given: '花', familyKana: 'スズキ', givenKana: 'ハナ' } },
    });

    // Act
    await insertStatusChange(database, applicationId, 'resident-suzuki', 'in_review');

    // Assert
    const [push] = await waitFor(
      () => Promise.resolve(receiver.received.length > 0 ? receiver.received : undefined),
      15_000,
      'the push',
    );
    expect(push!.payload.title).toBe('申請の状況が「処理中」になりました');
    expect(push!.payload.body).toContain('要介護認定（鈴木 花 様）');
    expect(push!.payload.url).toBe(`http://127.0.0.1:5173/applications/${applicationId}`);
    expect(push!.vapidSubject).toBe('mailto:notifications@madoguchi.example');
    const deliveries: { channel: string; status: string; attempts: number; target: string }[] =
      await waitFor(async () => {
        const rows = await database.dataSource.query(
          `SELECT channel, status, attempts, target FROM notification_deliveries ORDER BY channel`,
        );
        return rows.every((row: { status: string }) => row.status === 'sent') ? rows : undefined;
      });
    expect(deliveries).toEqual([
      { channel: 'in_app', status: 'sent', attempts: 0, target: expect.any(String) },
      { channel: 'web_push', status: 'sent', attempts: 1, target: subscriptionId },
    ]);
    const [inbox] = await database.dataSource.query(
      `SELECT title FROM notifications WHERE recipient_id = 'resident-suzuki'`,
    );
    expect(inbox.title.ja).toBe('申請の状況が「処理中」になりました');
  });

  it('disables a subscription the push service answers 410 for, and sends nothing to it again', async () => {
    // Arrange
    const gone = await insertPushSubscription(
      database,
      'resident-gone',
      receiver.subscribe('old-phone', 410),
    );
    await setPreferences(database, 'resident-gone', ALWAYS_PREFERENCES);
    const applicationId = await insertApplication(database, 'resident-gone');

    // Act
    await insertStatusChange(database, applicationId, 'resident-gone', 'in_review');

    // Assert
    const [delivery] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT status, attempts, last_error FROM notification_deliveries WHERE channel = 'web_push' AND target = $1 AND status = 'permanent_failure'`,
        [gone],
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(delivery).toEqual({
      status: 'permanent_failure',
      attempts: 1,
      last_error: 'push_410_subscription_gone',
    });
    const [subscription] = await database.dataSource.query(
      `SELECT disabled_at, disabled_reason FROM push_subscriptions WHERE id = $1`,
      [gone],
    );
    expect(subscription.disabled_at).not.toBeNull();
    expect(subscription.disabled_reason).toBe('push service answered 410');

    await insertStatusChange(database, applicationId, 'resident-gone', 'completed');
    await waitFor(async () => {
      const [row] = await database.dataSource.query(
        `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = 'resident-gone'`,
      );
      return row.count === 2 ? true : undefined;
    });
    const [count] = await database.dataSource.query(
      `SELECT count(*)::int AS count FROM notification_deliveries WHERE recipient_id = 'resident-gone' AND channel = 'web_push'`,
    );
    expect(count.count).toBe(1);
  });

  it('records a temporary failure (503) and sends on the retry after the backoff', async () => {
    // Arrange
    const flaky = await insertPushSubscription(
      database,
      'resident-flaky',
      receiver.subscribe('flaky-phone', 503),
    );
    await setPreferences(database, 'resident-flaky', ALWAYS_PREFERENCES);
    const applicationId = await insertApplication(database, 'resident-flaky');

    // Act
    await insertStatusChange(database, applicationId, 'resident-flaky', 'in_review');

    // Assert
    const [failed] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT status, attempts, last_error, not_before > now() AS is_later FROM notification_deliveries WHERE target = $1 AND status = 'temporary_failure'`,
        [flaky],
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(failed).toEqual({
      status: 'temporary_failure',
      attempts: 1,
      last_error: 'push service answered 503',
      is_later: true,
    });
    receiver.setStatus('flaky-phone', 201);
    const [sent] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT status, attempts FROM notification_deliveries WHERE target = $1 AND status = 'sent'`,
        [flaky],
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(sent).toEqual({ status: 'sent', attempts: 2 });
    expect(receiver.received.filter((push) => push.subscription === 'flaky-phone')).toHaveLength(1);
  });

  it('asks the person a proxy applied for to confirm the address the form gives, and e-mails them once it is confirmed', async () => {
    // Arrange
    await insertMunicipality(database, 'pregnancy-notification', 'childcare');
    const applicationId = await insertApplication(
      database,
      'resident-proxy',
      {
        notifierKind: 'proxy',
        name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' },
        email: 'hanako@example.jp',
      },
      'pregnancy-notification',
    );
    const subject = `application-subject:${applicationId}`;
    const emailsOf = async (): Promise<{ target: string; title: string }[]> =>
      database.dataSource.query(
        `SELECT target, payload->>'title' AS title FROM notification_deliveries WHERE channel = 'email' AND recipient_id = $1 ORDER BY created_at`,
        [subject],
      );

    // Act: a status change before the address is confirmed
    await insertStatusChange(database, applicationId, 'resident-proxy', 'in_review');

    // Assert: a confirmation request only, naming nothing of the application
    const [request] = await waitFor(async () => {
      const rows = await emailsOf();
      return rows.length > 0 ? rows : undefined;
    });
    expect(request!.target).toMatch(/^email-confirmation:/);
    expect(request!.title).not.toContain('山田');
    const [inbox] = await database.dataSource.query(
      `SELECT body FROM notifications WHERE recipient_id = 'resident-proxy'`,
    );
    expect(inbox.body.ja).toContain('（山田 花子 様）');

    // Confirmed: the next status change reaches the address (named by its owner, not copied)
    await database.dataSource.query(
      `UPDATE email_confirmations SET confirmed_at = now() WHERE owner_id = $1`,
      [subject],
    );
    await insertStatusChange(database, applicationId, 'resident-proxy', 'completed');
    const emails = await waitFor(async () => {
      const rows = await emailsOf();
      return rows.length > 1 ? rows : undefined;
    });
    expect(emails[1]).toEqual({
      target: subject,
      title: '山田 花子様の「要介護認定」が「処理完了」になりました',
    });
  });

  it('puts the office’s message, read from the event (never carried by the job), into the notification', async () => {
    // Arrange
    const applicationId = await insertApplication(database, 'resident-message', {
      applicantKind: 'self',
    });

    // Act
    const eventId = await insertStatusChange(
      database,
      applicationId,
      'resident-message',
      'in_review',
      { messageToResident: '書類を確認しています。' },
    );

    // Assert
    const [inbox] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT body FROM notifications WHERE recipient_id = 'resident-message'`,
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(inbox.body.ja).toContain('申請先からの連絡: 書類を確認しています。');
    expect(inbox.body.en).toContain('Message from the office: 書類を確認しています。');
    const [outbox] = await database.dataSource.query(
      `SELECT payload FROM outbox WHERE payload->>'eventId' = $1`,
      [eventId],
    );
    expect(JSON.stringify(outbox.payload)).not.toContain('書類を確認しています');
  });
});
