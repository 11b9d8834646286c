import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import type { TestDatabase } from '@madoguchi/server-database/testing';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import {
  ALWAYS_PREFERENCES,
  insertApplication,
  insertMunicipality,
  insertStatusChange,
  setPreferences,
} from '../support/fixtures.js';
import { waitFor } from '../support/wait-for.js';
import type { WorkerUnderTest } from '../support/worker-under-test.js';
import { startWorkerUnderTest } from '../support/worker-under-test.js';

type Received = { to: string[]; mail: ParsedMail };

/**
 * E-mail through a real SMTP server (smtp-server, as a mail provider's would be): what arrives,
 * and what the server's answers do — 550 puts the delivery on the dead-letter list, 451 is
 * retried with backoff.
 */
describe('e-mail notifications through SMTP', () => {
  let context: WorkerUnderTest;
  let database: TestDatabase;
  const received: Received[] = [];
  /** Recipient address → the SMTP reply code to give it (once, for 451). */
  const refusals = new Map<string, number>();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = refusals.get(address.address);
      if (code === undefined) {
        callback();
        return;
      }
      if (code === 451) {
        refusals.delete(address.address);
      }
      callback(
        Object.assign(new Error(code === 550 ? 'mailbox unavailable' : 'try again later'), {
          responseCode: code,
        }),
      );
    },
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

  /**
   * The person a proxy applied for has the default quiet hours (no settings of their own): their
   * tests move the worker's clock, running at real speed, to 12:00 JST of today, so they pass at
   * night too. The other tests keep the real time (they compare with the database's now()).
   */
  const clock = { offsetMs: 0, now: () => new Date(Date.now() + clock.offsetMs) };
  const moveClockToMiddayInTokyo = (): void => {
    const JST_MS = 9 * 3_600_000;
    const tokyo = new Date(Date.now() + JST_MS);
    const midday =
      Date.UTC(tokyo.getUTCFullYear(), tokyo.getUTCMonth(), tokyo.getUTCDate(), 12) - JST_MS;
    clock.offsetMs = midday - Date.now();
  };

  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    context = await startWorkerUnderTest(
      'worker_email',
      { SMTP_URL: `smtp://127.0.0.1:${port}`, CITIZEN_APP_URL: 'https://madoguchi.example' },
      { clock },
    );
    database = context.database;
    await insertMunicipality(database);
  });

  afterEach(() => {
    clock.offsetMs = 0;
  });

  afterAll(async () => {
    await context.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  async function residentWithEmail(
    residentId: string,
    email: string,
    isConfirmed = true,
  ): Promise<string> {
    await setPreferences(database, residentId, ALWAYS_PREFERENCES);
    await database.dataSource.query(
      `INSERT INTO notification_contacts (resident_id, email) VALUES ($1, $2)`,
      [residentId, email],
    );
    await database.dataSource.query(
      `INSERT INTO email_confirmations (id, owner_id, owner_kind, email, confirmed_at) VALUES ($1, $2, 'resident', $3, $4)`,
      [randomUUID(), residentId, email, isConfirmed ? new Date() : null],
    );
    return insertApplication(database, residentId, {
      applicantKind: 'self',
      insured: {
        name: { family: '佐藤', given: '一郎', familyKana: 'サトウ', givenKana: 'イチロウ' },
      },
    });
  }

  /** The e-mail delivery of a recipient (its target names the owner of the address, never the address). */
  async function deliveryTo(
    recipientId: string,
    status: string,
  ): Promise<{ id: string; status: string; attempts: number; last_error: string | null }> {
    const [row] = await waitFor(
      async () => {
        const rows = await database.dataSource.query(
          `SELECT id, status, attempts, last_error FROM notification_deliveries WHERE channel = 'email' AND recipient_id = $1 AND status = $2`,
          [recipientId, status],
        );
        return rows.length > 0 ? rows : undefined;
      },
      30_000,
      `an e-mail delivery of ${recipientId} in ${status}`,
    );
    return row;
  }

  it('sends the status change as a mail with the link, the settings link and one Message-ID per delivery', async () => {
    // Arrange
    const applicationId = await residentWithEmail('resident-sato', 'sato@example.jp');

    // Act
    await insertStatusChange(database, applicationId, 'resident-sato', 'in_review');

    // Assert
    const delivery = await deliveryTo('resident-sato', 'sent');
    const [mail] = received.filter((item) => item.to.includes('sato@example.jp'));
    expect(mail).toBeDefined();
    expect(mail!.mail.subject).toContain('処理中');
    expect(mail!.mail.text).toContain('https://madoguchi.example/');
    expect(mail!.mail.text).toContain('https://madoguchi.example/notifications/settings');
    expect(mail!.mail.messageId).toBe(`<${delivery.id}@madoguchi.invalid>`);
    const unsubscribe = mail!.mail.headerLines.find((line) => line.key === 'list-unsubscribe');
    expect(unsubscribe?.line).toContain('<https://madoguchi.example/notifications/settings>');
  });

  it('puts a mail the server refuses for good (550) on the dead-letter list at once', async () => {
    // Arrange
    refusals.set('gone@example.jp', 550);
    const applicationId = await residentWithEmail('resident-gone', 'gone@example.jp');

    // Act
    await insertStatusChange(database, applicationId, 'resident-gone', 'in_review');

    // Assert
    const delivery = await deliveryTo('resident-gone', 'permanent_failure');
    expect(delivery).toMatchObject({ attempts: 1, last_error: 'smtp_550' });
    expect(received.some((item) => item.to.includes('gone@example.jp'))).toBe(false);
  });

  it('retries a mail the server defers (451) and sends it once', async () => {
    // Arrange
    refusals.set('busy@example.jp', 451);
    const applicationId = await residentWithEmail('resident-busy', 'busy@example.jp');

    // Act
    await insertStatusChange(database, applicationId, 'resident-busy', 'in_review');

    // Assert
    const delivery = await deliveryTo('resident-busy', 'sent');
    expect(delivery).toMatchObject({ attempts: 2 });
    expect(received.filter((item) => item.to.includes('busy@example.jp'))).toHaveLength(1);
  });

  it('keeps no copy of the address in the delivery', async () => {
    // Arrange
    const applicationId = await residentWithEmail('resident-copy', 'copy@example.jp');

    // Act
    await insertStatusChange(database, applicationId, 'resident-copy', 'in_review');

    // Assert
    await deliveryTo('resident-copy', 'sent');
    const rows: unknown[] = await database.dataSource.query(
      `SELECT * FROM notification_deliveries WHERE recipient_id = 'resident-copy'`,
    );
    expect(JSON.stringify(rows)).not.toContain('copy@example.jp');
  });

  it('sends nothing to an address that is not confirmed', async () => {
    // Arrange
    const applicationId = await residentWithEmail(
      'resident-unconfirmed',
      'unconfirmed@example.jp',
      false,
    );

    // Act
    await insertStatusChange(database, applicationId, 'resident-unconfirmed', 'in_review');

    // Assert: the inbox has it, no e-mail delivery was written
    await waitFor(
      async () => {
        const rows: unknown[] = await database.dataSource.query(
          `SELECT id FROM notifications WHERE recipient_id = 'resident-unconfirmed'`,
        );
        return rows.length > 0 ? rows : undefined;
      },
      30_000,
      'the inbox row',
    );
    const deliveries: unknown[] = await database.dataSource.query(
      `SELECT id FROM notification_deliveries WHERE recipient_id = 'resident-unconfirmed' AND channel = 'email'`,
    );
    expect(deliveries).toHaveLength(0);
    expect(received.some((item) => item.to.includes('unconfirmed@example.jp'))).toBe(false);
  });

  it('does not mail an address removed after the delivery was written, and records why', async () => {
    // Arrange: a delivery waiting for the end of quiet hours, then the resident removes the address
    const applicationId = await residentWithEmail('resident-removed', 'removed@example.jp');
    await setPreferences(database, 'resident-removed', {
      ...ALWAYS_PREFERENCES,
      quietHours: { start: '00:00', end: '23:59' },
    });
    await insertStatusChange(database, applicationId, 'resident-removed', 'in_review');
    const waiting = await deliveryTo('resident-removed', 'scheduled');
    await database.dataSource.query(
      `UPDATE notification_contacts SET email = NULL WHERE resident_id = 'resident-removed'`,
    );
    await database.dataSource.query(
      `UPDATE email_confirmations SET superseded_at = now() WHERE owner_id = 'resident-removed'`,
    );

    // Act: its time comes
    await database.dataSource.query(
      `UPDATE notification_deliveries SET not_before = now() WHERE id = $1`,
      [waiting.id],
    );

    // Assert
    const skipped = await deliveryTo('resident-removed', 'skipped');
    expect(skipped).toMatchObject({ id: waiting.id, last_error: 'email_removed' });
    expect(received.some((item) => item.to.includes('removed@example.jp'))).toBe(false);
  });

  it('asks the address a proxy form gave for a confirmation first, naming nothing of the application, and mails the status only once it is confirmed', async () => {
    moveClockToMiddayInTokyo();
    // Arrange: 妊娠の届出 by a proxy, with the mother's address typed by the proxy
    await insertMunicipality(database, 'pregnancy-notification', 'childcare');
    await setPreferences(database, 'resident-proxy', ALWAYS_PREFERENCES);
    const applicationId = await insertApplication(
      database,
      'resident-proxy',
      {
        notifierKind: 'proxy',
        name: { family: '田中', given: '美咲', familyKana: 'タナカ', givenKana: 'ミサキ' },
        email: 'misaki@example.jp',
      },
      'pregnancy-notification',
    );

    // Act
    await insertStatusChange(database, applicationId, 'resident-proxy', 'in_review');

    // Assert: one confirmation request, no name, no procedure, no receipt number
    const request = await waitFor(
      () => Promise.resolve(received.find((item) => item.to.includes('misaki@example.jp'))),
      30_000,
      'the confirmation request',
    );
    const text = `${request.mail.subject ?? ''}\n${request.mail.text ?? ''}`;
    expect(text).toContain('千代田区');
    expect(text).toContain('受け取らない');
    for (const detail of ['田中', '美咲', '要介護', 'K7QF', '鈴木']) {
      expect(text).not.toContain(detail);
    }
    const token = /#token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(token).toBeDefined();
    const [stored] = await database.dataSource.query(
      `SELECT token_hash FROM email_confirmations WHERE owner_id = $1`,
      [`application-subject:${applicationId}`],
    );
    expect(stored.token_hash).toBe(createHash('sha256').update(token!).digest('hex'));
    expect(
      JSON.stringify(await database.dataSource.query(`SELECT * FROM email_confirmations`)),
    ).not.toContain(token!);

    // A second status change before confirming: still nothing about the application
    await insertStatusChange(database, applicationId, 'resident-proxy', 'returned');
    await waitFor(
      async () => {
        const rows: unknown[] = await database.dataSource.query(
          `SELECT id FROM notifications WHERE recipient_id = 'resident-proxy'`,
        );
        return rows.length === 2 ? rows : undefined;
      },
      30_000,
      'the second inbox row',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received.filter((item) => item.to.includes('misaki@example.jp'))).toHaveLength(1);

    // Confirmed (as the API does with the token): the next status change reaches the address
    await database.dataSource.query(
      `UPDATE email_confirmations SET confirmed_at = now(), token_hash = NULL WHERE owner_id = $1`,
      [`application-subject:${applicationId}`],
    );
    await insertStatusChange(database, applicationId, 'resident-proxy', 'completed');
    const status = await waitFor(
      () => Promise.resolve(received.filter((item) => item.to.includes('misaki@example.jp'))[1]),
      30_000,
      'the status mail after confirmation',
    );
    expect(status.mail.text).toContain('田中 美咲');
  });

  it('asks a proxy form’s address again after its link expired unused, and not while it is still valid', async () => {
    // Arrange
    await insertMunicipality(database, 'pregnancy-notification', 'childcare');
    await setPreferences(database, 'resident-proxy-2', ALWAYS_PREFERENCES);
    const applicationId = await insertApplication(
      database,
      'resident-proxy-2',
      {
        notifierKind: 'proxy',
        name: { family: '小林', given: '楓', familyKana: 'コバヤシ', givenKana: 'カエデ' },
        email: 'kaede@example.jp',
      },
      'pregnancy-notification',
    );
    await insertStatusChange(database, applicationId, 'resident-proxy-2', 'in_review');
    await waitFor(
      () => Promise.resolve(received.find((item) => item.to.includes('kaede@example.jp'))),
      30_000,
      'the first request',
    );
    await insertStatusChange(database, applicationId, 'resident-proxy-2', 'returned');
    await waitFor(
      async () => {
        const rows: unknown[] = await database.dataSource.query(
          `SELECT id FROM notifications WHERE recipient_id = 'resident-proxy-2'`,
        );
        return rows.length === 2 ? rows : undefined;
      },
      30_000,
      'the second inbox row',
    );

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received.filter((item) => item.to.includes('kaede@example.jp'))).toHaveLength(1);

    // Act: the link expires unused; another status change
    await database.dataSource.query(
      `UPDATE email_confirmations SET token_expires_at = now() - interval '1 second' WHERE owner_id = $1`,
      [`application-subject:${applicationId}`],
    );
    await insertStatusChange(database, applicationId, 'resident-proxy-2', 'in_review');

    // Assert: a second confirmation request, still nothing about the application
    const second = await waitFor(
      () => Promise.resolve(received.filter((item) => item.to.includes('kaede@example.jp'))[1]),
      30_000,
      'the second request',
    );
    expect(second.mail.subject).toContain('連絡先の確認');
    expect(second.mail.text).not.toContain('小林');
    expect(received.filter((item) => item.to.includes('kaede@example.jp'))).toHaveLength(2);
  });
});
