import type { TestDatabase } from '@madoguchi/server-database/testing';
import { DAILY_REMINDER_SCAN_JOB, QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';

import { insertLifeRecord, insertMunicipality } from '../support/fixtures.js';
import { waitFor } from '../support/wait-for.js';
import type { WorkerUnderTest } from '../support/worker-under-test.js';
import { startWorkerUnderTest } from '../support/worker-under-test.js';

const CHIYODA = '131016';

/** 千代田区's 乳幼児健診 as an administrator saved them: one check-up at 17 months, no lead days. */
function checkupParameters(occurrences: { key: string; months: number; ja: string }[]) {
  return {
    municipalityCode: CHIYODA,
    rules: {
      'infant-health-checkup': {
        occurrences: occurrences.map(({ key, months, ja }) => ({
          key,
          offset: { months },
          label: { ja, en: `${months}-month check-up`, easyJa: ja },
        })),
        leadDays: 0,
      },
    },
  };
}

/**
 * The daily scan reads the municipality's stored rule parameters (reminder_rule_parameters), not
 * the seed file the worker started with, and sees an edit at its next scan without a restart.
 */
describe('daily reminder scan with the parameters an administrator stored', () => {
  let context: WorkerUnderTest;
  let database: TestDatabase;
  let queue: Queue;

  async function scan(date: string): Promise<void> {
    const job = await queue.add(DAILY_REMINDER_SCAN_JOB.name, { date });
    await waitFor(
      async () => ((await job.getState()) === 'completed' ? true : undefined),
      15_000,
      'the scan job',
    );
    await waitFor(
      async () => {
        const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
        return Object.values(counts).every((count) => count === 0) ? true : undefined;
      },
      15_000,
      'the scan batches',
    );
  }

  const titlesOf = async (residentId: string): Promise<string[]> =>
    (
      await database.dataSource.query<{ title: { ja: string } }[]>(
        'SELECT title FROM notifications WHERE recipient_id = $1 ORDER BY created_at, dedupe_key',
        [residentId],
      )
    ).map((row) => row.title.ja);

  async function store(version: number, parameters: object): Promise<void> {
    await database.dataSource.query(
      `INSERT INTO reminder_rule_parameters (municipality_code, parameters, version, updated_by)
       VALUES ($1, $2, $3, 'staff-chiyoda-kobayashi')
       ON CONFLICT (municipality_code) DO UPDATE SET parameters = EXCLUDED.parameters, version = EXCLUDED.version`,
      [CHIYODA, JSON.stringify(parameters), version],
    );
  }

  beforeAll(async () => {
    context = await startWorkerUnderTest('worker_rule_parameters');
    database = context.database;
    queue = new Queue(QUEUE_NAMES.notifications, {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: context.prefix,
    });
    await insertMunicipality(database);
    // 17 months old on 2026-04-26; by 千代田区's seed file (18 months, 21 days ahead) nothing is due.
    await insertLifeRecord(
      database,
      'resident-kato',
      'child',
      { birthDate: '2024-11-26', name: '陽太' },
      CHIYODA,
    );
  });

  afterAll(async () => {
    await queue.close();
    await context.close();
  });

  it('sends the check-up at the stored months, not at the seed file’s', async () => {
    // Arrange
    await store(2, checkupParameters([{ key: '18m', months: 17, ja: '1歳5か月児健診' }]));

    // Act
    await scan('2026-04-26');

    // Assert
    expect(await titlesOf('resident-kato')).toEqual(['陽太さんの1歳5か月児健診のご案内']);
  });

  it('sees a later edit at the next scan, without a restart', async () => {
    // Arrange: the administrator adds a check-up at 20 months (2026-07-26).
    await store(
      3,
      checkupParameters([
        { key: '18m', months: 17, ja: '1歳5か月児健診' },
        { key: '20m', months: 20, ja: '1歳8か月児健診' },
      ]),
    );

    // Act
    await scan('2026-07-26');
    await scan('2026-07-27');

    // Assert: once each, the 17-month one not again.
    expect(await titlesOf('resident-kato')).toEqual([
      '陽太さんの1歳5か月児健診のご案内',
      '陽太さんの1歳8か月児健診のご案内',
    ]);
  });
});
