import type { AddressInfo } from 'node:net';

import type { TestDatabase } from '@madoguchi/server-database/testing';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import { ALWAYS_PREFERENCES, insertApplication, insertMunicipality, insertStatusChange, setPreferences } from '../support/fixtures.js';
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
      callback(Object.assign(new Error(code === 550 ? 'mailbox unavailable' : 'try again later'), { responseCode: code }));
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

  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    context = await startWorkerUnderTest('worker_email', { SMTP_URL: `smtp://127.0.0.1:${port}`, CITIZEN_APP_URL: 'https://madoguchi.example' });
    database = context.database;
    await insertMunicipality(database);
  });

  afterAll(async () => {
    await context.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  async function residentWithEmail(residentId: string, email: string): Promise<string> {
    await setPreferences(database, residentId, ALWAYS_PREFERENCES);
    await database.dataSource.query(`INSERT INTO notification_contacts (resident_id, email) VALUES ($1, $2)`, [residentId, email]);
    return insertApplication(database, residentId, {
      applicantKind: 'self',
      insured: { name: { family: '佐藤', given: '一郎', familyKana: 'サトウ', givenKana: 'イチロウ' } },
    });
  }

  async function deliveryTo(email: string, status: string): Promise<{ id: string; status: string; attempts: number; last_error: string | null }> {
    const [row] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT id, status, attempts, last_error FROM notification_deliveries WHERE channel = 'email' AND target = $1 AND status = $2`,
        [email, status],
      );
      return rows.length > 0 ? rows : undefined;
    }, 30_000, `an e-mail delivery to ${email} in ${status}`);
    return row;
  }

  it('sends the status change as a mail with the link, the settings link and one Message-ID per delivery', async () => {
    // Arrange
    const applicationId = await residentWithEmail('resident-sato', 'sato@example.jp');

    // Act
    await insertStatusChange(database, applicationId, 'resident-sato', 'in_review');

    // Assert
    const delivery = await deliveryTo('sato@example.jp', 'sent');
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
    const delivery = await deliveryTo('gone@example.jp', 'permanent_failure');
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
    const delivery = await deliveryTo('busy@example.jp', 'sent');
    expect(delivery).toMatchObject({ attempts: 2 });
    expect(received.filter((item) => item.to.includes('busy@example.jp'))).toHaveLength(1);
  });
});
