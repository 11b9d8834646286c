import { randomUUID } from 'node:crypto';

import type { TestDatabase } from '@madoguchi/server-database/testing';
import { APPLICATION_STATUS_CHANGED_JOB } from '@madoguchi/notifications-contracts';

import {
  insertApplication as insertFixtureApplication,
  insertMunicipality,
} from '../support/fixtures.js';
import { waitFor } from '../support/wait-for.js';
import type { WorkerUnderTest } from '../support/worker-under-test.js';
import { startWorkerUnderTest } from '../support/worker-under-test.js';

/** Minimal rows the foreign keys need: a municipality, a form version, an application. */
async function insertApplication(database: TestDatabase): Promise<{ applicationId: string }> {
  await insertMunicipality(database, 'pregnancy-notification', 'childcare');
  return {
    applicationId: await insertFixtureApplication(
      database,
      'resident-1',
      {},
      'pregnancy-notification',
    ),
  };
}

async function insertOutbox(
  database: TestDatabase,
  applicationId: string,
  toStatus: string,
): Promise<string> {
  const eventId = randomUUID();
  await database.dataSource.query(
    `INSERT INTO outbox (municipality_code, job_name, payload) VALUES ('131016', $1, $2)`,
    [
      APPLICATION_STATUS_CHANGED_JOB.name,
      JSON.stringify({
        eventId,
        applicationId,
        municipalityCode: '131016',
        residentId: 'resident-1',
        receiptNumber: 'K7QF-3XMA',
        procedureTitle: {
          ja: '妊娠の届出',
          en: 'Pregnancy notification',
          easyJa: 'にんしんの とどけ',
        },
        fromStatus: toStatus === 'submitted' ? null : 'submitted',
        toStatus,
        messageToResident: null,
      }),
    ],
  );
  return eventId;
}

describe('outbox → BullMQ → in-app notification', () => {
  let context: WorkerUnderTest;
  let database: TestDatabase;

  beforeAll(async () => {
    context = await startWorkerUnderTest('worker_it', { OUTBOX_REDISPATCH_AFTER_MS: '1000' });
    database = context.database;
  });

  afterAll(async () => {
    await context.close();
  });

  it('relays a committed outbox row and writes one 受け付けました notification for the resident', async () => {
    const { applicationId } = await insertApplication(database);
    const eventId = await insertOutbox(database, applicationId, 'submitted');

    const notification = await waitFor(async () => {
      const rows: { title: { ja: string }; body: { ja: string }; dedupe_key: string }[] =
        await database.dataSource.query(
          `SELECT title, body, dedupe_key FROM notifications WHERE recipient_id = 'resident-1'`,
        );
      return rows.length > 0 ? rows : undefined;
    });

    expect(notification).toHaveLength(1);
    expect(notification[0]!.title.ja).toBe('受け付けました');
    expect(notification[0]!.body.ja).toContain('K7QF-3XMA');
    expect(notification[0]!.dedupe_key).toBe(`application-event:${eventId}:inbox`);
    const [outbox] = await database.dataSource.query(`SELECT dispatched_at FROM outbox`);
    expect(outbox.dispatched_at).not.toBeNull();
  });

  it('writes a status change once even when the row is relayed twice', async () => {
    const [application] = await database.dataSource.query(`SELECT id FROM applications LIMIT 1`);
    await insertOutbox(database, application.id as string, 'in_review');
    await waitFor(async () => {
      const [row] = await database.dataSource.query(
        `SELECT count(*)::int AS count FROM notifications`,
      );
      return row.count === 2 ? true : undefined;
    });

    // A relay that crashed after enqueueing but before committing sends the same row again.
    await database.dataSource.query(`UPDATE outbox SET dispatched_at = NULL`);
    await waitFor(async () => {
      const [row] = await database.dataSource.query(
        `SELECT count(*)::int AS count FROM outbox WHERE dispatched_at IS NULL`,
      );
      return row.count === 0 ? true : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));

    const rows: { title: { ja: string } }[] = await database.dataSource.query(
      `SELECT title FROM notifications ORDER BY created_at`,
    );
    expect(rows.map((row) => row.title.ja)).toEqual([
      '受け付けました',
      '申請の状況が「処理中」になりました',
    ]);
  });

  it('relays again a row whose job vanished with Redis before any handler ran it', async () => {
    // Arrange: relayed an hour ago, never processed (Redis restarted empty meanwhile).
    const [application] = await database.dataSource.query(`SELECT id FROM applications LIMIT 1`);
    await insertOutbox(database, application.id as string, 'completed');
    await database.dataSource.query(
      `UPDATE outbox SET dispatched_at = now() - interval '1 hour' WHERE processed_at IS NULL AND payload->>'toStatus' = 'completed'`,
    );

    // Act: the relay's periodic check finds it.
    const titles = await waitFor(async () => {
      const rows: { title: { ja: string } }[] = await database.dataSource.query(
        `SELECT title FROM notifications ORDER BY created_at`,
      );
      return rows.length === 3 ? rows.map((row) => row.title.ja) : undefined;
    });

    // Assert
    expect(titles[2]).toBe('申請の状況が「処理完了」になりました');
    const [outbox] = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NULL`,
    );
    expect(outbox.n).toBe(0);
  });
});
