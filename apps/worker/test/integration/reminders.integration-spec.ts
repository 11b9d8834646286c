import type { TestDatabase } from '@madoguchi/server-database/testing';
import { DAILY_REMINDER_SCAN_JOB, QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';

import {
  ALWAYS_PREFERENCES,
  insertActiveWatch,
  insertLifeRecord,
  insertPushSubscription,
  setPreferences,
} from '../support/fixtures.js';
import { PushReceiver } from '../support/push-receiver.js';
import { waitFor } from '../support/wait-for.js';
import type { WorkerUnderTest } from '../support/worker-under-test.js';
import { startWorkerUnderTest } from '../support/worker-under-test.js';

/** 23:30 JST on 25 April 2026: inside the default quiet hours (21:00–08:00). */
const NIGHT = new Date('2026-04-25T14:30:00Z');
/** 08:00 JST on 26 April 2026. */
const MORNING = new Date('2026-04-25T23:00:00Z');
const SCAN_DATE = '2026-04-26';

describe('daily reminder scan → inbox and Web Push, once, after the quiet hours', () => {
  let context: WorkerUnderTest;
  let database: TestDatabase;
  let queue: Queue;
  const receiver = new PushReceiver();
  const clock = {
    current: NIGHT,
    now(): Date {
      return this.current;
    },
  };

  async function scan(date: string): Promise<void> {
    const job = await queue.add(DAILY_REMINDER_SCAN_JOB.name, { date });
    await waitFor(
      async () => ((await job.getState()) === 'completed' ? true : undefined),
      15_000,
      'the scan job',
    );
    // The batches run after the fan-out job: wait until no job is left on the queue.
    await waitFor(
      async () => {
        const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
        return Object.values(counts).every((count) => count === 0) ? true : undefined;
      },
      15_000,
      'the scan batches',
    );
  }

  async function notificationsOf(
    residentId: string,
  ): Promise<{ title: { ja: string }; category: string }[]> {
    return database.dataSource.query(
      `SELECT title, category FROM notifications WHERE recipient_id = $1 ORDER BY created_at, dedupe_key`,
      [residentId],
    );
  }

  beforeAll(async () => {
    await receiver.start();
    context = await startWorkerUnderTest(
      'worker_reminders',
      { REMINDER_SCAN_BATCH_SIZE: '2' },
      { clock },
    );
    database = context.database;
    queue = new Queue(QUEUE_NAMES.notifications, {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: context.prefix,
    });

    // 山田: the 18-month check-up of 太郎 (18 months on 2026-05-09; reminder 14 days before, caught up a day late).
    await insertLifeRecord(database, 'resident-yamada', 'child', {
      birthDate: '2024-11-09',
      name: '太郎',
    });
    await insertPushSubscription(database, 'resident-yamada', receiver.subscribe('yamada-phone'));
    // 佐藤: three reminders on one day (threshold 3) → one digest push, three inbox rows.
    await setPreferences(database, 'resident-sato', { ...ALWAYS_PREFERENCES, digestThreshold: 3 });
    await insertPushSubscription(database, 'resident-sato', receiver.subscribe('sato-phone'));
    await insertLifeRecord(database, 'resident-sato', 'child', {
      birthDate: '2024-11-09',
      name: '一',
    });
    await insertLifeRecord(database, 'resident-sato', 'child', {
      birthDate: '2026-04-26',
      name: '二',
    });
    await insertLifeRecord(database, 'resident-sato', 'child', {
      birthDate: '2026-04-10',
      name: '三',
    });
    // 鈴木: a care certification expiring in 60 days, watched by his son.
    await insertLifeRecord(database, 'resident-suzuki', 'care_certification', {
      expiryDate: '2026-06-25',
      name: '一郎',
    });
    await insertActiveWatch(database, 'resident-suzuki', '鈴木 一郎', 'resident-suzuki-son');
    await setPreferences(database, 'resident-suzuki-son', ALWAYS_PREFERENCES);
    await insertPushSubscription(database, 'resident-suzuki-son', receiver.subscribe('son-phone'));
    // 渡辺: opted out of childcare reminders.
    await setPreferences(database, 'resident-watanabe', {
      ...ALWAYS_PREFERENCES,
      categories: {
        ...ALWAYS_PREFERENCES.categories,
        childcare: { isEnabled: false, webPush: true, email: true },
      },
    });
    await insertLifeRecord(database, 'resident-watanabe', 'child', {
      birthDate: '2024-11-09',
      name: '桜',
    });
  });

  afterAll(async () => {
    await queue.close();
    await context.close();
    await receiver.stop();
  });

  it('writes the reminder to the inbox at once and holds the push until 08:00 JST', async () => {
    // Act
    await scan(SCAN_DATE);

    // Assert
    expect((await notificationsOf('resident-yamada')).map((row) => row.title.ja)).toEqual([
      '太郎さんの1歳6か月児健診のご案内',
    ]);
    const [push] = await database.dataSource.query(
      `SELECT status, not_before FROM notification_deliveries WHERE recipient_id = 'resident-yamada' AND channel = 'web_push'`,
    );
    expect(push.status).toBe('scheduled');
    expect(push.not_before.toISOString()).toBe(MORNING.toISOString());
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      receiver.received.filter((received) => received.subscription === 'yamada-phone'),
    ).toEqual([]);

    clock.current = MORNING;
    const delivered = await waitFor(
      () =>
        Promise.resolve(
          receiver.received.find((received) => received.subscription === 'yamada-phone'),
        ),
      10_000,
      'the 08:00 push',
    );
    expect(delivered.payload.title).toBe('太郎さんの1歳6か月児健診のご案内');
    const [sent] = await waitFor(async () => {
      const rows = await database.dataSource.query(
        `SELECT sent_at FROM notification_deliveries WHERE recipient_id = 'resident-yamada' AND channel = 'web_push' AND status = 'sent'`,
      );
      return rows.length > 0 ? rows : undefined;
    });
    expect(sent.sent_at.toISOString()).toBe(MORNING.toISOString());
  });

  it('sends one digest push for three reminders of one day, and each reminder to the inbox', async () => {
    const pushes = await waitFor(
      () =>
        Promise.resolve(
          receiver.received.filter((received) => received.subscription === 'sato-phone').length > 0
            ? receiver.received.filter((received) => received.subscription === 'sato-phone')
            : undefined,
        ),
      10_000,
      'the digest',
    );
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.payload.title).toBe('今日のお知らせが3件あります');
    expect(await notificationsOf('resident-sato')).toHaveLength(3);
  });

  it('tells the 見守り watcher about the care certification on the watcher’s own channels', async () => {
    expect((await notificationsOf('resident-suzuki')).map((row) => row.title.ja)).toEqual([
      '一郎さんの要介護認定の更新申請ができます',
    ]);
    const watcherPush = await waitFor(
      () =>
        Promise.resolve(
          receiver.received.find((received) => received.subscription === 'son-phone'),
        ),
      10_000,
      'the watcher push',
    );
    expect(watcherPush.payload.title).toBe(
      '見守り（鈴木 一郎さん）: 一郎さんの要介護認定の更新申請ができます',
    );
  });

  it('sends nothing to a resident who opted out of the category', async () => {
    expect(await notificationsOf('resident-watanabe')).toEqual([]);
  });

  it('sends nothing twice when the scan runs again, the same day or within the catch-up window', async () => {
    const before = {
      inbox: (await database.dataSource.query('SELECT count(*)::int AS n FROM notifications'))[0].n,
      pushes: receiver.received.length,
    };

    await scan(SCAN_DATE);
    await scan('2026-04-28');
    await new Promise((resolve) => setTimeout(resolve, 500));

    const [after] = await database.dataSource.query('SELECT count(*)::int AS n FROM notifications');
    expect(after.n).toBe(before.inbox);
    expect(receiver.received.length).toBe(before.pushes);
    const [occurrences] = await database.dataSource.query(
      'SELECT count(*)::int AS n FROM reminder_occurrences',
    );
    expect(occurrences.n).toBe(before.inbox);
  });
});
