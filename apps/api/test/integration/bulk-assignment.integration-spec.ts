import { randomUUID } from 'node:crypto';

import { MAX_BULK_ASSIGNMENT_IDS } from '@madoguchi/procedures-contracts';
import { QueueEvents } from 'bullmq';
import request from 'supertest';

import type { StaffActor } from '../../src/identity/actor.js';
import {
  BULK_ASSIGNMENT_QUEUE,
  bulkAssignmentConnection,
} from '../../src/staff-queue/bulk-assignment/bulk-assignment.jobs.js';
import { ASSIGNMENT_BATCH_SIZE } from '../../src/staff-queue/bulk-assignment/run-bulk-assignment.use-case.js';
import { WorkQueueRepository } from '../../src/staff-queue/work-queue.repository.js';
import { runInTenantScope } from '../../src/tenancy/tenant-scope.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, findDemoAccount, startApiTestApp } from '../support/api-test-app.js';
import { submitSamplePregnancyNotification } from '../support/resident-requests.js';
import { CHIYODA, YOKOHAMA } from '../support/samples.js';

/**
 * 一括の担当設定 on the real PostgreSQL and Redis: 1,200 open applications assigned by the
 * queue's filters through BullMQ with their progress, closed ones skipped by 受付番号, a batch
 * changed meanwhile left alone, an audit row per application, and nothing of another
 * municipality reached or shown.
 */

const PROCEDURE = 'pregnancy-notification';
const OPEN_COUNT = 1_200;
const ASSIGNEE = 'staff-chiyoda-kobayashi';

type BulkJob = {
  id: string;
  state: string;
  assigneeId: string | null;
  progress: { done: number; total: number; skipped: number } | null;
  result: {
    assigned: number;
    skipped: number;
    notFound: number;
    skippedApplications: { receiptNumber: string; reason: string }[];
  } | null;
};

describe('bulk assignment', () => {
  let app: ApiTestApp;
  let chiyodaStaff: string;
  let yokohamaStaff: string;
  let templateId: string;

  /** Clones the template application (a real submission) into `count` rows, by SQL. */
  async function cloneApplications(
    count: number,
    values: { prefix: string; municipality: string; status: string },
  ): Promise<string[]> {
    const columns = (
      await app.database.dataSource.query<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_name = 'applications' AND is_generated = 'NEVER'
          ORDER BY ordinal_position`,
      )
    )
      .map((column) => `"${column.column_name}"`)
      .join(', ');
    const rows: { id: string }[] = await app.database.dataSource.query(
      `INSERT INTO applications (${columns})
       SELECT ${columns} FROM (
         SELECT (jsonb_populate_record(a, jsonb_build_object(
                   'id', gen_random_uuid(),
                   'municipality_code', $2::text,
                   'receipt_number', $3 || lpad(g::text, 6, '0'),
                   'status', $4::text,
                   'idempotency_key', NULL,
                   'idempotency_body_hash', NULL,
                   'assignee_id', NULL,
                   'updated_at', now()))).*
           FROM applications a, generate_series(1, $5::int) AS g
          WHERE a.id = $1
       ) AS clone
       RETURNING id`,
      [templateId, values.municipality, values.prefix, values.status, count],
    );
    return rows.map((row) => row.id);
  }

  function start(cookie: string, body: object) {
    return request(app.http)
      .post('/api/staff/assignments')
      .set('Cookie', cookie)
      .set(CSRF)
      .send(body);
  }

  async function waitForJob(cookie: string, id: string): Promise<BulkJob> {
    const deadline = Date.now() + 50_000;
    for (;;) {
      const response = await request(app.http)
        .get(`/api/staff/assignments/${id}`)
        .set('Cookie', cookie)
        .expect(200);
      const job = response.body as BulkJob;
      if (job.state === 'completed' || job.state === 'failed') {
        return job;
      }
      if (Date.now() > deadline) {
        throw new Error(`bulk assignment ${id} still ${job.state}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    app = await startApiTestApp();
    chiyodaStaff = await app.signIn('staff-chiyoda-sato');
    // Signed in once: a possible assignee (staff_members).
    await app.signIn(ASSIGNEE);
    yokohamaStaff = await app.signIn('staff-yokohama-tanaka');
    const resident = await app.signIn('resident-yamada-hanako');
    templateId = await submitSamplePregnancyNotification(app, resident);
    // The template itself is left out of every filter below (a status of its own).
    await app.database.dataSource.query(
      `UPDATE applications SET status = 'in_review' WHERE id = $1`,
      [templateId],
    );
  });

  afterAll(async () => {
    await app.close();
  });

  describe('all the queue filters match', () => {
    let jobId: string;
    let closedReceipts: string[];
    const progressSeen: { done: number; total: number; skipped: number }[] = [];

    beforeAll(async () => {
      await cloneApplications(OPEN_COUNT, {
        prefix: 'BA-',
        municipality: CHIYODA,
        status: 'submitted',
      });
      await cloneApplications(3, { prefix: 'BC-', municipality: CHIYODA, status: 'completed' });
      closedReceipts = ['BC-000001', 'BC-000002', 'BC-000003'];
      await cloneApplications(20, { prefix: 'BY-', municipality: YOKOHAMA, status: 'submitted' });

      // Every progress report of the job, as BullMQ publishes it.
      const events = new QueueEvents(BULK_ASSIGNMENT_QUEUE, {
        prefix: app.env.REDIS_PREFIX,
        connection: bulkAssignmentConnection(app.env, true),
      });
      await events.waitUntilReady();
      events.on('progress', ({ jobId: id, data }) => {
        if (id === jobId && typeof data === 'object') {
          progressSeen.push(data as { done: number; total: number; skipped: number });
        }
      });
      try {
        const started = await start(chiyodaStaff, {
          assigneeId: ASSIGNEE,
          filter: {
            procedureId: PROCEDURE,
            status: ['submitted', 'completed'],
            assignee: 'unassigned',
          },
        }).expect(202);
        jobId = started.body.id;
        expect(started.body).toMatchObject({ state: 'queued', assigneeId: ASSIGNEE, result: null });
        await waitForJob(chiyodaStaff, jobId);
        // The last progress event may arrive just after the state reads completed.
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        await events.close();
      }
    });

    it('counts what the filters match, for "all N matching"', async () => {
      // Act
      const response = await request(app.http)
        .get('/api/staff/applications/count')
        .query({ procedureId: PROCEDURE, status: 'completed' })
        .set('Cookie', chiyodaStaff)
        .expect(200);

      // Assert
      expect(response.body).toEqual({ count: 3 });
    });

    it('assigns every open one, skips the closed ones by 受付番号 and reports its progress', async () => {
      // Act
      const job = await waitForJob(chiyodaStaff, jobId);
      const [assigned] = await app.database.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM applications
          WHERE municipality_code = $1 AND receipt_number LIKE 'BA-%' AND assignee_id = $2`,
        [CHIYODA, ASSIGNEE],
      );
      const [closed] = await app.database.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM applications
          WHERE receipt_number LIKE 'BC-%' AND assignee_id IS NOT NULL`,
      );

      // Assert
      expect(job).toMatchObject({
        state: 'completed',
        progress: { done: OPEN_COUNT + 3, total: OPEN_COUNT + 3, skipped: 3 },
        result: { assigned: OPEN_COUNT, skipped: 3, notFound: 0 },
      });
      expect(job.result?.skippedApplications).toEqual(
        closedReceipts.map((receiptNumber) => ({ receiptNumber, reason: 'closed' })),
      );
      expect(assigned!.count).toBe(OPEN_COUNT);
      expect(closed!.count).toBe(0);
      // A report at the start and one per batch, moving up to the total.
      const dones = progressSeen.map((progress) => progress.done);
      expect(dones.length).toBeGreaterThanOrEqual(Math.ceil(OPEN_COUNT / ASSIGNMENT_BATCH_SIZE));
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      expect(new Set(dones).size).toBeGreaterThan(2);
      expect(dones.at(-1)).toBe(OPEN_COUNT + 3);
    });

    it('shows the new 担当 in the queue', async () => {
      // Act
      const page = await request(app.http)
        .get('/api/staff/applications')
        .query({ procedureId: PROCEDURE, status: 'submitted', limit: 5 })
        .set('Cookie', chiyodaStaff)
        .expect(200);

      // Assert
      const names = page.body.items.map(
        (item: { assigneeName: string | null }) => item.assigneeName,
      );
      expect(names).toEqual(Array(5).fill(findDemoAccount(ASSIGNEE).displayName));
    });

    it('writes an audit row per application naming who assigned whom, and one for the job', async () => {
      // Act
      const perApplication = await app.database.dataSource.query<
        { actor_id: string; detail: { from: string | null; to: string } }[]
      >(
        `SELECT actor_id, detail FROM audit_log
          WHERE action = 'application.assign' AND detail->>'bulkAssignmentId' = $1`,
        [jobId],
      );
      const jobRows = await app.database.dataSource.query<
        { action: string; actor_id: string; detail: Record<string, unknown> }[]
      >(
        `SELECT action, actor_id, detail FROM audit_log
          WHERE target_type = 'bulk_assignment' AND target_id = $1 ORDER BY id`,
        [jobId],
      );

      // Assert
      expect(perApplication).toHaveLength(OPEN_COUNT);
      expect(
        perApplication.every(
          (row) =>
            row.actor_id === 'staff-chiyoda-sato' &&
            row.detail.from === null &&
            row.detail.to === ASSIGNEE,
        ),
      ).toBe(true);
      expect(jobRows.map((row) => row.action)).toEqual([
        'application.assign.bulk',
        'application.assign.bulk.complete',
      ]);
      expect(jobRows[0]).toMatchObject({
        actor_id: 'staff-chiyoda-sato',
        detail: { to: ASSIGNEE, selection: 'filter', status: ['submitted', 'completed'] },
      });
      expect(jobRows[1]).toMatchObject({ detail: { assigned: OPEN_COUNT, skipped: 3 } });
    });

    it('never reaches another municipality, and is a 404 to its staff', async () => {
      // Act
      const read = await request(app.http)
        .get(`/api/staff/assignments/${jobId}`)
        .set('Cookie', yokohamaStaff);
      const [untouched] = await app.database.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM applications
          WHERE municipality_code = $1 AND assignee_id IS NULL`,
        [YOKOHAMA],
      );

      // Assert
      expect(read.status).toBe(404);
      expect(read.body.error).toMatchObject({
        code: 'bulk_assignment_not_found',
        message: { ja: expect.any(String), en: expect.any(String) },
      });
      expect(JSON.stringify(read.body)).not.toContain('BC-');
      expect(untouched!.count).toBe(20);
    });
  });

  describe('the applications chosen by id', () => {
    it('assigns those of the municipality and counts the others as not found', async () => {
      // Arrange
      const own = await cloneApplications(3, {
        prefix: 'BI-',
        municipality: CHIYODA,
        status: 'in_review',
      });
      const [other] = await cloneApplications(1, {
        prefix: 'BZ-',
        municipality: YOKOHAMA,
        status: 'in_review',
      });

      // Act
      const started = await start(chiyodaStaff, {
        assigneeId: null,
        applicationIds: [...own, own[0], other, randomUUID()],
      }).expect(202);
      const job = await waitForJob(chiyodaStaff, started.body.id);
      const [foreign] = await app.database.dataSource.query<{ assignee_id: string | null }[]>(
        `SELECT assignee_id FROM applications WHERE id = $1`,
        [other],
      );

      // Assert
      expect(job.result).toEqual({ assigned: 3, skipped: 2, notFound: 2, skippedApplications: [] });
      expect(job.progress).toEqual({ done: 5, total: 5, skipped: 2 });
      expect(foreign!.assignee_id).toBeNull();
    });

    it('leaves an application changed after the job took its list (compare-and-set)', async () => {
      // Arrange
      const [kept, changed] = await cloneApplications(2, {
        prefix: 'BM-',
        municipality: CHIYODA,
        status: 'in_review',
      });
      const repository = app.app.get(WorkQueueRepository);
      const actor = { ...findDemoAccount('staff-chiyoda-sato'), kind: 'staff' } as StaffActor;
      const tenant = { municipalityCode: CHIYODA, residentId: null };
      const targets = await runInTenantScope(app.database.dataSource, tenant, () =>
        repository.findAssignmentTargets(CHIYODA, [kept!, changed!]),
      );
      await app.database.dataSource.query(
        `UPDATE applications SET assignee_id = 'staff-chiyoda-sato', updated_at = now() WHERE id = $1`,
        [changed],
      );

      // Act
      const assigned = await runInTenantScope(app.database.dataSource, tenant, () =>
        repository.assignBatch(actor, targets, ASSIGNEE, randomUUID()),
      );
      const rows = await app.database.dataSource.query<{ id: string; assignee_id: string }[]>(
        `SELECT id, assignee_id FROM applications WHERE id = ANY($1::uuid[])`,
        [[kept, changed]],
      );

      // Assert
      expect(assigned).toEqual([kept]);
      expect(Object.fromEntries(rows.map((row) => [row.id, row.assignee_id]))).toEqual({
        [kept!]: ASSIGNEE,
        [changed!]: 'staff-chiyoda-sato',
      });
    });
  });

  describe('refusals', () => {
    it.each([
      ['an unknown staff member', 'staff-nobody'],
      ['staff of another municipality', 'staff-yokohama-tanaka'],
    ])('refuses %s as the assignee with unknown_assignee', async (_name, assigneeId) => {
      // Act
      const response = await start(chiyodaStaff, { assigneeId, filter: { status: ['submitted'] } });

      // Assert
      expect(response.status).toBe(422);
      expect(response.body.error).toMatchObject({ code: 'unknown_assignee' });
    });

    it.each([
      ['no applications', { assigneeId: null, applicationIds: [] }],
      ['both ids and a filter', { assigneeId: null, applicationIds: [randomUUID()], filter: {} }],
      ['a filter the queue refuses', { assigneeId: null, filter: { status: ['nonsense'] } }],
      [
        'more than MAX_BULK_ASSIGNMENT_IDS ids',
        { assigneeId: null, applicationIds: Array(MAX_BULK_ASSIGNMENT_IDS + 1).fill(randomUUID()) },
      ],
    ])('answers %s with a 400 in the error shape', async (_name, body) => {
      // Act
      const response = await start(chiyodaStaff, body);

      // Assert
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        message: { ja: expect.any(String), en: expect.any(String) },
      });
    });
  });
});
