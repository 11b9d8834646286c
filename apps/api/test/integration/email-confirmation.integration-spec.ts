import type { ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';

import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';

import { buildWorker, spawnWorker, waitFor } from '../support/api-process.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import {
  inboxCount,
  submitSamplePregnancyNotification,
  turnOffQuietHours,
} from '../support/resident-requests.js';

type Received = { to: string[]; mail: ParsedMail };

function tokenOf(mail: ParsedMail): string {
  const token = /\/email-confirmation#token=([A-Za-z0-9_-]{43})/u.exec(mail.text ?? '')?.[1];
  if (token === undefined) {
    throw new Error('no confirmation link in the mail');
  }
  return token;
}

/**
 * Double opt-in end to end (issue #11): the API stores a new address unconfirmed, the worker
 * process sends its confirmation mail to a real SMTP receiver, the link's token goes back through
 * the API, and only then do notifications reach the address.
 */
describe('e-mail double opt-in (API + worker process + SMTP receiver)', () => {
  let app: ApiTestApp;
  let worker: ChildProcess;
  let workerOutput: () => string;
  let hanako: string;
  const received: Received[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      void simpleParser(stream).then(
        (mail) => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  function mailsTo(address: string): Received[] {
    return received.filter((item) => item.to.includes(address));
  }

  function nthMailTo(address: string, count: number, what: string): Promise<Received> {
    return waitFor(
      () => Promise.resolve(mailsTo(address)[count - 1]),
      30_000,
      `${what}\n${workerOutput()}`,
    );
  }

  beforeAll(async () => {
    buildWorker();
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    app = await startApiTestApp({ MALWARE_SCANNER: 'none' });
    ({ child: worker, output: workerOutput } = spawnWorker(app, {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      CITIZEN_APP_URL: 'https://madoguchi.example',
    }));

    hanako = await app.signIn('resident-yamada-hanako');
    await turnOffQuietHours(app, hanako);
  }, 120_000);

  afterAll(async () => {
    if (worker.exitCode === null && worker.signalCode === null) {
      await new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.kill('SIGTERM');
      });
    }
    await app.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('mails notifications only after the address is confirmed through the link of its confirmation mail', async () => {
    // Arrange: a new address is pending, with one confirmation mail
    const saved = await request(app.http)
      .put('/api/me/notification-contact')
      .set('Cookie', hanako)
      .set(CSRF)
      .send({ email: 'hanako@example.jp' })
      .expect(200);
    expect(saved.body).toEqual({
      email: 'hanako@example.jp',
      confirmation: 'pending',
      canResendAt: expect.any(String),
    });
    const confirmation = await nthMailTo('hanako@example.jp', 1, 'the confirmation mail');
    expect(confirmation.mail.subject).toContain('メールアドレスの確認');
    expect(confirmation.mail.text).toContain('https://madoguchi.example/email-confirmation#token=');

    // A submission before confirming: the inbox has it, the address gets nothing
    await submitSamplePregnancyNotification(app, hanako);
    await waitFor(
      async () => ((await inboxCount(app, hanako)) === 1 ? true : undefined),
      30_000,
      'the first inbox row',
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mailsTo('hanako@example.jp')).toHaveLength(1);

    // Act: the link's token through the API
    const confirmed = await request(app.http)
      .post('/api/email-confirmations/confirm')
      .set(CSRF)
      .send({ token: tokenOf(confirmation.mail) })
      .expect(200);
    await submitSamplePregnancyNotification(app, hanako);

    // Assert
    expect(confirmed.body).toEqual({ ownerKind: 'resident', status: 'confirmed' });
    const contact = await request(app.http)
      .get('/api/me/notification-contact')
      .set('Cookie', hanako)
      .expect(200);
    expect(contact.body).toEqual({
      email: 'hanako@example.jp',
      confirmation: 'confirmed',
      canResendAt: null,
    });
    const notification = await nthMailTo(
      'hanako@example.jp',
      2,
      'the notification after confirmation',
    );
    expect(notification.mail.subject).not.toContain('確認');
    expect(notification.mail.text).toContain('https://madoguchi.example/applications/');
    const error = await request(app.http)
      .post('/api/email-confirmations/confirm')
      .set(CSRF)
      .send({ token: tokenOf(confirmation.mail) })
      .expect(404);
    expect(error.body.error).toMatchObject({
      code: 'email_confirmation_invalid',
      message: { ja: expect.any(String), en: expect.any(String), easyJa: expect.any(String) },
    });
  }, 90_000);

  it('keeps only the hash of the token and lets a resend through once a minute', async () => {
    // Arrange
    const ichiro = await app.signIn('resident-suzuki-ichiro');
    await request(app.http)
      .put('/api/me/notification-contact')
      .set('Cookie', ichiro)
      .set(CSRF)
      .send({ email: 'ichiro@example.jp' })
      .expect(200);
    const first = await nthMailTo('ichiro@example.jp', 1, 'the confirmation mail');

    // Act
    const resend = await request(app.http)
      .post('/api/me/notification-contact/confirmation-mail')
      .set('Cookie', ichiro)
      .set(CSRF)
      .expect(429);
    await app.database.dataSource.query(
      `UPDATE email_confirmations SET last_requested_at = now() - interval '2 minutes' WHERE owner_id = 'resident-suzuki-ichiro'`,
    );
    await request(app.http)
      .post('/api/me/notification-contact/confirmation-mail')
      .set('Cookie', ichiro)
      .set(CSRF)
      .expect(200);
    const second = await nthMailTo('ichiro@example.jp', 2, 'the second confirmation mail');

    // Assert
    expect(resend.body.error.code).toBe('email_confirmation_rate_limited');
    const rows: unknown[] = await app.database.dataSource.query(
      `SELECT * FROM email_confirmations`,
    );
    expect(JSON.stringify(rows)).not.toContain(tokenOf(second.mail));
    const deliveries: unknown[] = await app.database.dataSource.query(
      `SELECT * FROM notification_deliveries WHERE recipient_id = 'resident-suzuki-ichiro'`,
    );
    expect(JSON.stringify(deliveries)).not.toContain('ichiro@example.jp');
    // The latest mail's link is the one that works.
    await request(app.http)
      .post('/api/email-confirmations/confirm')
      .set(CSRF)
      .send({ token: tokenOf(first.mail) })
      .expect(404);
    await app.database.dataSource.query(
      `UPDATE email_confirmations SET token_expires_at = now() - interval '1 second' WHERE owner_id = 'resident-suzuki-ichiro'`,
    );
    const expired = await request(app.http)
      .post('/api/email-confirmations/confirm')
      .set(CSRF)
      .send({ token: tokenOf(second.mail) })
      .expect(410);
    expect(expired.body.error.code).toBe('email_confirmation_expired');
  }, 90_000);

  it('stops the link of an address the resident changed, and declining removes the address', async () => {
    // Arrange
    const sakura = await app.signIn('resident-watanabe-sakura');
    await request(app.http)
      .put('/api/me/notification-contact')
      .set('Cookie', sakura)
      .set(CSRF)
      .send({ email: 'old@example.jp' })
      .expect(200);
    const old = await nthMailTo('old@example.jp', 1, 'the first confirmation mail');
    await request(app.http)
      .put('/api/me/notification-contact')
      .set('Cookie', sakura)
      .set(CSRF)
      .send({ email: 'sakura@example.jp' })
      .expect(200);
    const current = await nthMailTo('sakura@example.jp', 1, 'the second confirmation mail');

    // Act
    await request(app.http)
      .post('/api/email-confirmations/confirm')
      .set(CSRF)
      .send({ token: tokenOf(old.mail) })
      .expect(404);
    const declined = await request(app.http)
      .post('/api/email-confirmations/decline')
      .set(CSRF)
      .send({ token: tokenOf(current.mail) })
      .expect(200);

    // Assert
    expect(declined.body).toEqual({ ownerKind: 'resident', status: 'declined' });
    const contact = await request(app.http)
      .get('/api/me/notification-contact')
      .set('Cookie', sakura)
      .expect(200);
    expect(contact.body).toEqual({ email: null, confirmation: null, canResendAt: null });
    await request(app.http)
      .post('/api/email-confirmations/confirm')
      .set(CSRF)
      .send({ token: 'not-a-token' })
      .expect(400);
  }, 90_000);
});
