import type { INestApplicationContext } from '@nestjs/common';
import { AUDIT_CHAIN_SEAL_SCHEDULE, QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import { isAuditChainIntact, verifyAuditChain } from '@madoguchi/server-database';
import { Queue } from 'bullmq';

import { loadWorkerEnv } from '../../src/config/env.js';
import { createWorker } from '../../src/create-worker.js';
import { waitFor } from '../support/wait-for.js';
import type { TestStores } from '../support/worker-under-test.js';
import { createTestStores } from '../support/worker-under-test.js';

/**
 * The worker seals the audit trail by itself: once at start (the rows written while no worker
 * ran) and then as a BullMQ job scheduler every AUDIT_CHAIN_SEAL_INTERVAL_MS, as madoguchi_worker,
 * which still reads no audit row itself (seal_audit_chain does, as the owner).
 */
describe('the worker’s audit chain sealer', () => {
  let stores: TestStores;
  let worker: INestApplicationContext;
  let queue: Queue;

  /** Rows of a real action code (the database refuses any other), told apart by their actor. */
  async function writeAudit(count: number, marker: string): Promise<void> {
    await stores.database.dataSource.query(
      `INSERT INTO audit_log (municipality_code, actor_kind, actor_id, action, target_type, target_id)
       SELECT '131016', 'system', $1, 'application.read', 'application', 'app-' || n
         FROM generate_series(1, $2::int) n`,
      [marker, count],
    );
  }

  async function sealedActions(): Promise<Record<string, number>> {
    const rows = await stores.database.dataSource.query<{ marker: string; n: number }[]>(
      `SELECT a.actor_id AS marker, count(*)::int AS n FROM audit_chain c JOIN audit_log a ON a.id = c.audit_id
        GROUP BY a.actor_id`,
    );
    return Object.fromEntries(rows.map((row) => [row.marker, row.n]));
  }

  beforeAll(async () => {
    stores = await createTestStores('audit_sealer');
    // Written before any worker runs: the history the first job chains.
    await writeAudit(1200, 'test.before-start');
    worker = await createWorker(
      loadWorkerEnv({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: stores.database.workerUrl,
        REDIS_PREFIX: stores.prefix,
        REMINDER_SCHEDULER_ENABLED: 'false',
        SMTP_URL: 'smtp://127.0.0.1:9',
        AUDIT_CHAIN_SEAL_INTERVAL_MS: '300',
        // Smaller than the history: the job seals it in several batches.
        AUDIT_CHAIN_SEAL_BATCH_SIZE: '500',
      }),
    );
    queue = new Queue(QUEUE_NAMES.auditChain, {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: stores.prefix,
    });
  });

  afterAll(async () => {
    await queue.close();
    await worker.close();
    await stores.close();
  });

  it('chains the rows written before it started, in batches', async () => {
    await waitFor(
      async () => ((await sealedActions())['test.before-start'] === 1200 ? true : undefined),
      15_000,
      'the history to be sealed',
    );
  });

  it('keeps sealing what is written afterwards, every interval, as one job scheduler', async () => {
    await writeAudit(7, 'test.after-start');
    await waitFor(
      async () => ((await sealedActions())['test.after-start'] === 7 ? true : undefined),
      15_000,
      'the new rows to be sealed',
    );
    await writeAudit(3, 'test.later');
    await waitFor(
      async () => ((await sealedActions())['test.later'] === 3 ? true : undefined),
      15_000,
      'the later rows to be sealed',
    );

    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: AUDIT_CHAIN_SEAL_SCHEDULE.schedulerId, every: 300 }),
    ]);
    const report = await verifyAuditChain(stores.database.dataSource, {
      unsealedOlderThanMinutes: 0,
    });
    expect(isAuditChainIntact(report)).toBe(true);
    expect(report.links).toBe(1210);
  });
});
