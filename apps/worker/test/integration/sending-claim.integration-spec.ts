import { randomUUID } from 'node:crypto';

import type { TestDatabase } from '@madoguchi/server-database/testing';

import { insertPushSubscription } from '../support/fixtures.js';
import { PushReceiver } from '../support/push-receiver.js';
import { waitFor } from '../support/wait-for.js';
import type { WorkerUnderTest } from '../support/worker-under-test.js';
import { startWorkerUnderTest } from '../support/worker-under-test.js';

/**
 * The rows a crashed worker leaves behind, and what a live worker makes of them: a delivery still
 * `sending` after its lease is in doubt (sent again, counted, same Topic); one whose lease still
 * runs is left to its sender; a delivery recorded `sent` is never sent again.
 */
describe('the sending claim after a crash', () => {
  let context: WorkerUnderTest;
  let database: TestDatabase;
  const receiver = new PushReceiver();

  beforeAll(async () => {
    await receiver.start();
    context = await startWorkerUnderTest('worker_claim', {
      // The relay's stale check runs every min(10 s, this).
      DELIVERY_REQUEUE_AFTER_MS: '500',
      PUSH_TIMEOUT_MS: '1000',
      SMTP_TIMEOUT_MS: '1000',
      DELIVERY_SENDING_LEASE_MS: '2000',
    });
    database = context.database;
  });

  afterAll(async () => {
    await context.close();
    await receiver.stop();
  });

  async function insertDelivery(
    name: string,
    status: string,
    sendingUntil: Date | null,
  ): Promise<string> {
    const subscriptionId = await insertPushSubscription(
      database,
      `resident-${name}`,
      receiver.subscribe(name),
    );
    const id = randomUUID();
    await database.dataSource.query(
      `INSERT INTO notification_deliveries
         (id, municipality_code, recipient_id, category, channel, target, dedupe_key, payload, status, attempts, not_before, queued_at, sending_until)
       VALUES ($1, '131016', $2, 'childcare', 'web_push', $3, $4, $5, $6, 1, now() - interval '1 minute', now() - interval '1 minute', $7)`,
      [
        id,
        `resident-${name}`,
        subscriptionId,
        `test:${id}`,
        JSON.stringify({
          title: '健診のお知らせ',
          body: '本文',
          url: 'https://madoguchi.example/notifications',
        }),
        status,
        sendingUntil,
      ],
    );
    return id;
  }

  it('sends a delivery left `sending` past its lease again, once, with its Topic, and counts it', async () => {
    // Arrange: as a worker killed mid-send leaves it
    const id = await insertDelivery('in-doubt', 'sending', new Date(Date.now() - 1000));

    // Act: the live worker's relay finds it

    // Assert
    const [row] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT status, attempts, in_doubt_resends, sending_until FROM notification_deliveries WHERE id = $1 AND status = 'sent'`,
        [id],
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(row).toEqual({ status: 'sent', attempts: 2, in_doubt_resends: 1, sending_until: null });
    const pushes = receiver.received.filter((push) => push.subscription === 'in-doubt');
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.topic).toBe(id.replaceAll('-', ''));
    expect(pushes[0]!.payload.id).toBe(id);
  });

  it('leaves a delivery whose lease still runs to its sender until the lease ends', async () => {
    // Arrange: a sender (alive, slow) holds it for 1.5 s more
    const leaseEnds = Date.now() + 1500;
    const id = await insertDelivery('held', 'sending', new Date(leaseEnds));

    // Act
    const [row] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT status, in_doubt_resends FROM notification_deliveries WHERE id = $1 AND status = 'sent'`,
        [id],
      );
      return rows.length > 0 ? rows : undefined;
    });

    // Assert: only taken over after the lease, then as in doubt
    const push = receiver.received.find((candidate) => candidate.subscription === 'held');
    expect(push!.receivedAt).toBeGreaterThanOrEqual(leaseEnds);
    expect(row).toEqual({ status: 'sent', in_doubt_resends: 1 });
    expect(receiver.received.filter((candidate) => candidate.subscription === 'held')).toHaveLength(
      1,
    );
  });

  it('never sends a delivery recorded as sent, whatever job names it', async () => {
    // Arrange
    const id = await insertDelivery('done', 'sent', null);
    const [before] = await database.dataSource.query(
      `SELECT attempts FROM notification_deliveries WHERE id = $1`,
      [id],
    );

    // Act: a stale job for it, as a duplicated or re-run job would be
    const { Queue } = await import('bullmq');
    const queue = new Queue('notification-deliveries', {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: context.prefix,
    });
    const job = await queue.add('send-deliveries', { deliveryIds: [id] });
    await waitFor(async () => ((await job.getState()) === 'completed' ? true : undefined));
    await queue.close();

    // Assert
    const [after] = await database.dataSource.query(
      `SELECT status, attempts FROM notification_deliveries WHERE id = $1`,
      [id],
    );
    expect(after).toEqual({ status: 'sent', attempts: before.attempts });
    expect(receiver.received.filter((push) => push.subscription === 'done')).toHaveLength(0);
  });
});
