import type { TestDatabase } from '@madoguchi/server-database/testing';
import { DAILY_REMINDER_SCAN_JOB, QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';

import {
  ALWAYS_PREFERENCES,
  insertLifeRecord,
  insertPushSubscription,
  setPreferences,
} from '../support/fixtures.js';
import type { ReceivedPush } from '../support/push-receiver.js';
import { PushReceiver } from '../support/push-receiver.js';
import { waitFor } from '../support/wait-for.js';
import type { WorkerProcess } from '../support/worker-process.js';
import { buildWorker, startWorkerProcess, stopWorkerProcess } from '../support/worker-process.js';
import type { TestStores } from '../support/worker-under-test.js';
import { createTestStores } from '../support/worker-under-test.js';

const RESIDENTS = 240;
const CONCURRENCY = 2;
const BATCH = 8;

/**
 * The worker is killed with SIGKILL in the middle of the day's scan and its pushes, then started
 * again: BullMQ's stalled-job check hands the interrupted jobs to the new process, the database
 * keys (reminder_occurrences, notification and delivery dedupe keys) keep every write single,
 * and the `sending` claim limits what can be sent again to the pushes in flight at the kill —
 * re-sent with the same Topic, which the push service uses to replace, not repeat.
 * The phones are asleep meanwhile (as most are): the push service holds the pushes.
 */
describe('worker killed (SIGKILL) mid-batch and restarted', () => {
  let stores: TestStores;
  let database: TestDatabase;
  let queue: Queue;
  let env: Record<string, string>;
  const receiver = new PushReceiver();
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    buildWorker();
    stores = await createTestStores('worker_crash');
    database = stores.database;
    await receiver.start();
    queue = new Queue(QUEUE_NAMES.notifications, {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: stores.prefix,
    });
    env = {
      DATABASE_URL: database.workerUrl,
      REDIS_PREFIX: stores.prefix,
      REMINDER_SCHEDULER_ENABLED: 'false',
      // Small scan batches, one at a time: pushes start while the scan still runs, so the kill
      // lands in the middle of both a scan batch and a send batch.
      REMINDER_SCAN_BATCH_SIZE: '5',
      REMINDER_SCAN_PARTITIONS: '1',
      WORKER_CONCURRENCY: '1',
      DELIVERY_CONCURRENCY: String(CONCURRENCY),
      DELIVERY_BATCH_SIZE: String(BATCH),
      DELIVERY_POLL_INTERVAL_MS: '100',
      // Short, so the pushes in doubt after the kill are taken up again within the test.
      PUSH_TIMEOUT_MS: '2000',
      SMTP_TIMEOUT_MS: '2000',
      DELIVERY_SENDING_LEASE_MS: '3000',
      DELIVERY_REQUEUE_AFTER_MS: '2000',
      SMTP_URL: 'smtp://127.0.0.1:9',
    };
    for (let index = 0; index < RESIDENTS; index += 1) {
      const residentId = `resident-${String(index).padStart(4, '0')}`;
      await setPreferences(database, residentId, ALWAYS_PREFERENCES);
      await insertPushSubscription(
        database,
        residentId,
        receiver.subscribe(residentId, 201, { isAsleep: true }),
      );
      // The 18-month check-up reminder is due on the scan date (2026-04-26).
      await insertLifeRecord(database, residentId, 'child', {
        birthDate: '2024-11-10',
        name: `子${index}`,
      });
    }
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) {
      await stopWorkerProcess(worker, 'SIGKILL');
    }
    await queue.close();
    await receiver.stop();
    await stores.close();
  });

  it('delivers every due reminder once to the inbox and to every phone', async () => {
    // Arrange: the first worker is killed after a sixth of the pushes, the scan still running.
    const first = startWorkerProcess(env);
    workers.push(first);
    let killedAt = -1;
    receiver.onPush = () => {
      if (killedAt < 0 && receiver.received.length >= RESIDENTS / 6) {
        killedAt = receiver.received.length;
        first.child.kill('SIGKILL');
      }
    };

    // Act
    await queue.add(DAILY_REMINDER_SCAN_JOB.name, { date: '2026-04-26' });
    await waitFor(() => Promise.resolve(killedAt >= 0 ? true : undefined), 60_000, 'the kill');
    await waitFor(
      () => Promise.resolve(first.child.signalCode === 'SIGKILL' ? true : undefined),
      10_000,
      'the process to die',
    );
    const [midway] = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications`,
    );
    const [scannedByThen] = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM reminder_occurrences`,
    );
    workers.push(startWorkerProcess(env));

    // Assert
    await waitFor(
      async () => {
        const [sent] = await database.dataSource.query(
          `SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'web_push' AND status = 'sent'`,
        );
        return sent.n === RESIDENTS && receiver.shown().length === RESIDENTS ? true : undefined;
      },
      100_000,
      'every push after the restart',
    );
    expect(killedAt).toBeGreaterThan(0);
    expect(midway.n).toBeGreaterThan(0);
    // The scan had not finished when the worker died.
    expect(scannedByThen.n).toBeLessThan(RESIDENTS);
    const [inbox] = await database.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT (recipient_id, dedupe_key))::int AS distinct_n FROM notifications`,
    );
    expect(inbox).toEqual({ n: RESIDENTS, distinct_n: RESIDENTS });
    const perResident: { recipient_id: string; n: number }[] = await database.dataSource.query(
      `SELECT recipient_id, count(*)::int AS n FROM notifications GROUP BY recipient_id HAVING count(*) <> 1`,
    );
    expect(perResident).toEqual([]);
    // The push receiver: each phone, waking up, gets every reminder once.
    receiver.wake();
    const delivered = receiver.delivered();
    expect(delivered.size).toBe(RESIDENTS);
    for (const pushes of delivered.values()) {
      expect(pushes).toHaveLength(1);
    }
    // What the push service accepted twice: only deliveries in flight at the kill, each claimed
    // again after its lease ("in doubt", counted), each repeat with the first one's Topic.
    const acceptedById = new Map<string, ReceivedPush[]>();
    for (const push of receiver.received) {
      acceptedById.set(push.payload.id, [...(acceptedById.get(push.payload.id) ?? []), push]);
    }
    const repeated = [...acceptedById].filter(([, pushes]) => pushes.length > 1);
    const inDoubt: { id: string; in_doubt_resends: number }[] = await database.dataSource.query(
      `SELECT id, in_doubt_resends FROM notification_deliveries WHERE channel = 'web_push' AND in_doubt_resends > 0`,
    );
    expect(inDoubt.length).toBeGreaterThan(0);
    expect(inDoubt.length).toBeLessThanOrEqual(CONCURRENCY * BATCH);
    const inDoubtIds = new Set(inDoubt.map((row) => row.id));
    for (const [id, pushes] of repeated) {
      expect(inDoubtIds.has(id)).toBe(true);
      expect(pushes.length).toBe(2);
      expect(new Set(pushes.map((push) => push.topic)).size).toBe(1);
      expect(pushes[0]!.topic).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    }
    // And the service worker's tag: a user would see each reminder once.
    expect(receiver.shown()).toHaveLength(RESIDENTS);
    const [deliveries] = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'web_push'`,
    );
    expect(deliveries.n).toBe(RESIDENTS);
  }, 180_000);
});
