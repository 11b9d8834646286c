import { Queue } from 'bullmq';
import request from 'supertest';
import { businessDaysBetween } from '@madoguchi/shared-util-dates';

import {
  BULK_EXPORT_QUEUE,
  bulkExportConnection,
} from '../../src/dashboard/bulk-export/bulk-export.jobs.js';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { submitSamplePregnancyNotification } from '../support/resident-requests.js';
import { CHIYODA, YOKOHAMA } from '../support/samples.js';

/**
 * 業務の状況 and bulk exports on the real PostgreSQL and Redis: the aggregates of one
 * municipality are exactly its own, a bulk export of 10,000 applications runs through BullMQ
 * with its progress and file, and staff of another municipality see neither.
 */

const PROCEDURE = 'pregnancy-notification';

type Seed = {
  key: string;
  municipality: string;
  receivedDaysAgo: number;
  status: string;
  dueDaysAgo?: number;
  /** Days ago of the decision event (completed / rejected). */
  decidedDaysAgo?: number;
  hasCorrection?: boolean;
};

/** Adds `days` to an ISO date. */
function shift(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

describe('dashboard and bulk exports', () => {
  let app: ApiTestApp;
  let chiyodaStaff: string;
  let chiyodaAdmin: string;
  let yokohamaStaff: string;
  let templateId: string;
  let today: string;

  /** Clones the template application (a real submission) into `count` rows, by SQL. */
  async function cloneApplications(
    count: number,
    values: {
      prefix: string;
      municipality: string;
      status: string;
      receivedDaysAgo: number;
      dueDaysAgo: number | null;
    },
  ): Promise<string[]> {
    // Every column but the generated ones, whatever later migrations add.
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
                   'submitted_at', (($6::date - $5::int)::timestamp + interval '12 hours') AT TIME ZONE 'Asia/Tokyo',
                   'updated_at', now(),
                   'due_date', CASE WHEN $7::int IS NULL THEN NULL ELSE $6::date - $7::int END))).*
           FROM applications a, generate_series(1, $8::int) AS g
          WHERE a.id = $1
       ) AS clone
       RETURNING id`,
      [
        templateId,
        values.municipality,
        values.prefix,
        values.status,
        values.receivedDaysAgo,
        today,
        values.dueDaysAgo,
        count,
      ],
    );
    return rows.map((row) => row.id);
  }

  async function addEvent(
    applicationId: string,
    municipality: string,
    toStatus: string,
    daysAgo: number,
  ): Promise<void> {
    await app.database.dataSource.query(
      `INSERT INTO application_events
         (id, application_id, municipality_code, from_status, to_status, actor_kind, actor_id, occurred_at)
       VALUES (gen_random_uuid(), $1, $2, 'in_review', $3, 'staff', 'staff-test',
               (($5::date - $4::int)::timestamp + interval '13 hours') AT TIME ZONE 'Asia/Tokyo')`,
      [applicationId, municipality, toStatus, daysAgo, today],
    );
  }

  async function seed(item: Seed): Promise<void> {
    const [id] = await cloneApplications(1, {
      prefix: `DS-${item.key}-`,
      municipality: item.municipality,
      status: item.status,
      receivedDaysAgo: item.receivedDaysAgo,
      dueDaysAgo: item.dueDaysAgo ?? null,
    });
    if (item.hasCorrection) {
      await addEvent(id!, item.municipality, 'correction_requested', item.receivedDaysAgo - 1);
    }
    if (item.decidedDaysAgo !== undefined) {
      await addEvent(id!, item.municipality, item.status, item.decidedDaysAgo);
    }
  }

  async function addFailedDelivery(
    municipality: string,
    daysAgo: number,
    status = 'permanent_failure',
  ): Promise<void> {
    await app.database.dataSource.query(
      `INSERT INTO notification_deliveries
         (id, municipality_code, recipient_id, category, channel, target, dedupe_key, payload,
          status, attempts, not_before, failed_at)
       VALUES (gen_random_uuid(), $1, 'resident-test', 'application', 'email', 'x@example.jp',
               gen_random_uuid()::text, '{"title":"t","body":"b","url":null}'::jsonb, $2, 5, now(),
               (($4::date - $3::int)::timestamp + interval '15 hours') AT TIME ZONE 'Asia/Tokyo')`,
      [municipality, status, daysAgo, today],
    );
  }

  async function waitForJob(
    cookie: string,
    id: string,
  ): Promise<{
    state: string;
    rowsDone: number;
    rowsTotal: number | null;
    downloadPath: string | null;
  }> {
    const deadline = Date.now() + 50_000;
    for (;;) {
      const response = await request(app.http)
        .get(`/api/staff/exports/${id}`)
        .set('Cookie', cookie)
        .expect(200);
      if (response.body.state === 'completed' || response.body.state === 'failed') {
        return response.body;
      }
      if (Date.now() > deadline) {
        throw new Error(`export ${id} still ${response.body.state}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  beforeAll(async () => {
    app = await startApiTestApp();
    chiyodaStaff = await app.signIn('staff-chiyoda-sato');
    chiyodaAdmin = await app.signIn('staff-chiyoda-kobayashi');
    yokohamaStaff = await app.signIn('staff-yokohama-tanaka');
    const resident = await app.signIn('resident-yamada-hanako');
    templateId = await submitSamplePregnancyNotification(app, resident);
    const [row] = await app.database.dataSource.query<{ today: string }[]>(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Tokyo')::date, 'YYYY-MM-DD') AS today`,
    );
    today = row!.today;
  });

  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/staff/dashboard', () => {
    const CHIYODA_SEEDS: Seed[] = [
      {
        key: 'a1',
        municipality: CHIYODA,
        receivedDaysAgo: 10,
        status: 'completed',
        decidedDaysAgo: 3,
      },
      {
        key: 'a2',
        municipality: CHIYODA,
        receivedDaysAgo: 20,
        status: 'rejected',
        decidedDaysAgo: 1,
      },
      {
        key: 'a3',
        municipality: CHIYODA,
        receivedDaysAgo: 5,
        status: 'completed',
        decidedDaysAgo: 2,
      },
      { key: 'a4', municipality: CHIYODA, receivedDaysAgo: 15, status: 'in_review', dueDaysAgo: 2 },
      // Waiting on the resident: past its due date, but not overdue.
      {
        key: 'a5',
        municipality: CHIYODA,
        receivedDaysAgo: 12,
        status: 'correction_requested',
        dueDaysAgo: 4,
        hasCorrection: true,
      },
      {
        key: 'a6',
        municipality: CHIYODA,
        receivedDaysAgo: 8,
        status: 'resubmitted',
        dueDaysAgo: 1,
        hasCorrection: true,
      },
      // Received before the period: overdue still, but neither received nor corrected in it.
      {
        key: 'a7',
        municipality: CHIYODA,
        receivedDaysAgo: 40,
        status: 'in_review',
        dueDaysAgo: 30,
        hasCorrection: true,
      },
      // Decided before the period: not in the median.
      {
        key: 'a8',
        municipality: CHIYODA,
        receivedDaysAgo: 45,
        status: 'completed',
        decidedDaysAgo: 35,
      },
    ];
    const YOKOHAMA_SEEDS: Seed[] = [
      {
        key: 'y1',
        municipality: YOKOHAMA,
        receivedDaysAgo: 10,
        status: 'completed',
        decidedDaysAgo: 9,
      },
      { key: 'y2', municipality: YOKOHAMA, receivedDaysAgo: 3, status: 'in_review', dueDaysAgo: 1 },
      {
        key: 'y3',
        municipality: YOKOHAMA,
        receivedDaysAgo: 3,
        status: 'correction_requested',
        hasCorrection: true,
      },
      { key: 'y4', municipality: YOKOHAMA, receivedDaysAgo: 2, status: 'submitted' },
    ];

    beforeAll(async () => {
      for (const item of [...CHIYODA_SEEDS, ...YOKOHAMA_SEEDS]) {
        await seed(item);
      }
      await addFailedDelivery(CHIYODA, 3);
      await addFailedDelivery(CHIYODA, 3);
      await addFailedDelivery(CHIYODA, 1);
      // Still retrying: not a dead letter.
      await addFailedDelivery(CHIYODA, 1, 'temporary_failure');
      await addFailedDelivery(YOKOHAMA, 3);
      await addFailedDelivery(YOKOHAMA, 2);
    });

    it("answers exactly the municipality's own figures", async () => {
      // Act
      const response = await request(app.http)
        .get('/api/staff/dashboard')
        .set('Cookie', chiyodaStaff)
        .expect(200);

      // Assert
      const body = response.body;
      expect(body).toMatchObject({ today, since: shift(today, -29), periodDays: 30 });
      // The six seeded in the period and the template submitted today, each on its own day.
      expect(body.applicationsPerDay).toEqual(
        [20, 15, 12, 10, 8, 5, 0].map((daysAgo) => ({
          date: shift(today, -daysAgo),
          procedureId: PROCEDURE,
          count: 1,
        })),
      );
      const figures = body.procedures.find(
        (item: { procedureId: string }) => item.procedureId === PROCEDURE,
      );
      const [procedure] = await app.database.dataSource.query<
        { standard_processing_days: number | null }[]
      >(
        `SELECT standard_processing_days FROM procedures WHERE municipality_code = $1 AND procedure_id = $2`,
        [CHIYODA, PROCEDURE],
      );
      expect(figures).toEqual({
        procedureId: PROCEDURE,
        title: expect.any(String),
        standardProcessingDays: procedure!.standard_processing_days,
        decidedCount: 3,
        medianProcessingDays: median([
          businessDaysBetween(shift(today, -10), shift(today, -3)),
          businessDaysBetween(shift(today, -20), shift(today, -1)),
          businessDaysBetween(shift(today, -5), shift(today, -2)),
        ]),
        overdueCount: 3,
        receivedCount: 7,
        correctedCount: 2,
      });
      // Every other procedure of 千代田区 has nothing.
      for (const other of body.procedures.filter(
        (item: { procedureId: string }) => item.procedureId !== PROCEDURE,
      )) {
        expect(other).toMatchObject({ decidedCount: 0, overdueCount: 0, receivedCount: 0 });
      }
      const procedureIds = await app.database.dataSource.query<{ procedure_id: string }[]>(
        `SELECT procedure_id FROM procedures WHERE municipality_code = $1 ORDER BY procedure_id`,
        [CHIYODA],
      );
      expect(body.procedures.map((item: { procedureId: string }) => item.procedureId)).toEqual(
        procedureIds.map((row) => row.procedure_id),
      );
      expect(body.deliveryFailuresPerDay).toHaveLength(30);
      expect(body.deliveryFailuresPerDay.filter((day: { count: number }) => day.count > 0)).toEqual(
        [
          { date: shift(today, -3), count: 2 },
          { date: shift(today, -1), count: 1 },
        ],
      );
    });

    it('contains nothing of another municipality, and answers it its own', async () => {
      // Act
      const response = await request(app.http)
        .get('/api/staff/dashboard')
        .set('Cookie', yokohamaStaff)
        .expect(200);

      // Assert
      const body = response.body;
      const total = body.applicationsPerDay.reduce(
        (sum: number, item: { count: number }) => sum + item.count,
        0,
      );
      expect(total).toBe(4);
      expect(body.applicationsPerDay).toContainEqual({
        date: shift(today, -3),
        procedureId: PROCEDURE,
        count: 2,
      });
      expect(JSON.stringify(body)).not.toContain('DS-a');
      const procedureIds = await app.database.dataSource.query<{ procedure_id: string }[]>(
        `SELECT procedure_id FROM procedures WHERE municipality_code = $1 ORDER BY procedure_id`,
        [YOKOHAMA],
      );
      expect(body.procedures.map((item: { procedureId: string }) => item.procedureId)).toEqual(
        procedureIds.map((row) => row.procedure_id),
      );
      const figures = body.procedures.find(
        (item: { procedureId: string }) => item.procedureId === PROCEDURE,
      );
      expect(figures).toMatchObject({
        decidedCount: 1,
        medianProcessingDays: businessDaysBetween(shift(today, -10), shift(today, -9)),
        overdueCount: 1,
        receivedCount: 4,
        correctedCount: 1,
      });
      expect(body.deliveryFailuresPerDay.filter((day: { count: number }) => day.count > 0)).toEqual(
        [
          { date: shift(today, -3), count: 1 },
          { date: shift(today, -2), count: 1 },
        ],
      );
    });

    it('holds no names, receipt numbers or answers', async () => {
      // Act
      const response = await request(app.http)
        .get('/api/staff/dashboard')
        .set('Cookie', chiyodaAdmin)
        .expect(200);

      // Assert
      const [template] = await app.database.dataSource.query<
        { applicant_name: string; receipt_number: string }[]
      >(`SELECT applicant_name, receipt_number FROM applications WHERE id = $1`, [templateId]);
      expect(response.text).not.toContain(template!.applicant_name);
      expect(response.text).not.toContain(template!.receipt_number);
    });
  });

  describe('drop-off per form step', () => {
    type DropOffBody = {
      procedureId: string;
      steps: { stepId: string; title: string; drafts: number }[];
      submitted: number;
    };
    const DRAFT_NAME = 'ドロップオフ花子';
    const DRAFT_PHONE = '03-9876-5432';
    let draftId: string;
    let stepIds: string[];

    /** `count` drafts of the procedure, by SQL as the owner, last saved `savedDaysAgo` days ago. */
    async function addDrafts(
      count: number,
      municipality: string,
      stepId: string | null,
      savedDaysAgo = 1,
    ): Promise<void> {
      await app.database.dataSource.query(
        `INSERT INTO drafts (id, resident_id, municipality_code, procedure_id, form_version, answers,
                             step_id, created_at, updated_at)
         SELECT gen_random_uuid(), 'resident-drop-off-' || g, $1, $2, 1, '{}'::jsonb, $3,
                (($5::date - $4::int)::timestamp + interval '10 hours') AT TIME ZONE 'Asia/Tokyo',
                (($5::date - $4::int)::timestamp + interval '10 hours') AT TIME ZONE 'Asia/Tokyo'
           FROM generate_series(1, $6::int) AS g`,
        [municipality, PROCEDURE, stepId, savedDaysAgo, today, count],
      );
    }

    function dropOffOf(body: { dropOff: DropOffBody[] }): DropOffBody | undefined {
      return body.dropOff.find((item) => item.procedureId === PROCEDURE);
    }

    beforeAll(async () => {
      const resident = await app.signIn('resident-suzuki-ichiro');
      const created = await request(app.http)
        .post('/api/me/drafts')
        .set('Cookie', resident)
        .set(CSRF)
        .send({
          municipalityCode: CHIYODA,
          procedureId: PROCEDURE,
          formVersion: 1,
          answers: { notifierKind: 'self', name: DRAFT_NAME, phone: DRAFT_PHONE },
          stepId: 'pregnantPerson',
        })
        .expect(201);
      draftId = created.body.id as string;
      await addDrafts(3, CHIYODA, 'notifier');
      await addDrafts(1, CHIYODA, null);
      await addDrafts(2, CHIYODA, 'pregnancy', 20);
      // Last saved before the period: not counted.
      await addDrafts(5, CHIYODA, 'health', 40);
      await addDrafts(4, YOKOHAMA, 'health', 2);
      await addDrafts(1, YOKOHAMA, 'notifier', 3);
      const [form] = await app.database.dataSource.query<{ step_ids: string[] }[]>(
        `SELECT array(SELECT s ->> 'id' FROM jsonb_array_elements(definition -> 'steps') s) AS step_ids
           FROM effective_forms
          WHERE municipality_code = $1 AND procedure_id = $2
          ORDER BY version DESC LIMIT 1`,
        [CHIYODA, PROCEDURE],
      );
      stepIds = form!.step_ids;
    });

    it("counts exactly the municipality's drafts at each step, in the form's order", async () => {
      // Act
      const response = await request(app.http)
        .get('/api/staff/dashboard')
        .set('Cookie', chiyodaStaff)
        .expect(200);

      // Assert
      const expected: Record<string, number> = { notifier: 4, pregnantPerson: 1, pregnancy: 2 };
      expect(dropOffOf(response.body)).toEqual({
        procedureId: PROCEDURE,
        steps: stepIds.map((stepId) => ({
          stepId,
          title: expect.any(String),
          drafts: expected[stepId] ?? 0,
        })),
        // The six seeded in the period and the template.
        submitted: 7,
      });
      expect(stepIds).toEqual(expect.arrayContaining(['notifier', 'pregnantPerson', 'health']));
      const titles = dropOffOf(response.body)!.steps.map((step) => step.title);
      expect(titles.every((title) => title.length > 0 && !stepIds.includes(title))).toBe(true);
    });

    it("holds none of another municipality's drafts, and answers it its own", async () => {
      // Act
      const response = await request(app.http)
        .get('/api/staff/dashboard')
        .set('Cookie', yokohamaStaff)
        .expect(200);

      // Assert
      const expected: Record<string, number> = { notifier: 1, health: 4 };
      expect(dropOffOf(response.body)).toEqual({
        procedureId: PROCEDURE,
        steps: stepIds.map((stepId) => ({
          stepId,
          title: expect.any(String),
          drafts: expected[stepId] ?? 0,
        })),
        submitted: 4,
      });
    });

    it("never shows a resident's draft: no id, resident or answer", async () => {
      // Act
      const response = await request(app.http)
        .get('/api/staff/dashboard')
        .set('Cookie', chiyodaAdmin)
        .expect(200);

      // Assert
      expect(response.text).not.toContain(DRAFT_NAME);
      expect(response.text).not.toContain(DRAFT_PHONE);
      expect(response.text).not.toContain(draftId);
      expect(response.text).not.toContain('resident-');
    });
  });

  describe('bulk exports', () => {
    let exportId: string;

    beforeAll(async () => {
      // 10,000 applications awaiting approval: a status none of the dashboard's rows has.
      await cloneApplications(10_000, {
        prefix: 'BX-',
        municipality: CHIYODA,
        status: 'awaiting_approval',
        receivedDaysAgo: 6,
        dueDaysAgo: null,
      });
      // And some in 横浜市 that the filter must never reach.
      await cloneApplications(50, {
        prefix: 'BY-',
        municipality: YOKOHAMA,
        status: 'awaiting_approval',
        receivedDaysAgo: 6,
        dueDaysAgo: null,
      });
    });

    it('runs 10,000 applications through BullMQ with progress, and the file has 10,000 rows', async () => {
      // Act
      const started = await request(app.http)
        .post('/api/staff/exports')
        .set('Cookie', chiyodaStaff)
        .set(CSRF)
        .send({ status: ['awaiting_approval'] })
        .expect(202);
      exportId = started.body.id;
      const finished = await waitForJob(chiyodaStaff, exportId);
      const file = await request(app.http)
        .get(`/api/staff/exports/${exportId}/file`)
        .set('Cookie', chiyodaStaff)
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks).toString('utf8')));
        })
        .expect(200);

      // Assert
      expect(started.body).toMatchObject({ state: 'queued', format: 'csv', rowsDone: 0 });
      expect(finished).toMatchObject({
        state: 'completed',
        rowsDone: 10_000,
        rowsTotal: 10_000,
        downloadPath: `/api/staff/exports/${exportId}/file`,
      });
      expect(file.headers['content-type']).toContain('text/csv');
      expect(file.headers['content-disposition']).toContain('attachment');
      const text = file.body as string;
      const receipts = text.match(/(?<=^|\r\n)B[XY]-\d{6}(?=,)/g) ?? [];
      expect(receipts).toHaveLength(10_000);
      expect(new Set(receipts).size).toBe(10_000);
      expect(receipts.every((receipt) => receipt.startsWith('BX-'))).toBe(true);
      expect(text.startsWith('\uFEFF受付番号,')).toBe(true);
    });

    it('is audited: who started it, the export itself, and who downloaded it', async () => {
      // Act
      const rows = await app.database.dataSource.query<
        {
          action: string;
          actor_id: string;
          target_id: string;
          detail: { status?: string[] };
        }[]
      >(
        `SELECT action, actor_id, target_id, detail FROM audit_log
          WHERE municipality_code = $1 AND action LIKE 'application.export%' ORDER BY id`,
        [CHIYODA],
      );

      // Assert
      expect(rows.map((row) => row.action)).toEqual([
        'application.export.job',
        'application.export',
        'application.export.download',
      ]);
      expect(rows.every((row) => row.actor_id === 'staff-chiyoda-sato')).toBe(true);
      expect(rows[0]).toMatchObject({
        target_id: exportId,
        detail: { status: ['awaiting_approval'] },
      });
    });

    it('is a 404 for staff of another municipality, the job and its file alike', async () => {
      // Act
      const job = await request(app.http)
        .get(`/api/staff/exports/${exportId}`)
        .set('Cookie', yokohamaStaff);
      const file = await request(app.http)
        .get(`/api/staff/exports/${exportId}/file`)
        .set('Cookie', yokohamaStaff);

      // Assert
      expect(job.status).toBe(404);
      expect(file.status).toBe(404);
      expect(job.body.error).toMatchObject({ code: 'bulk_export_not_found' });
      expect(file.text).not.toContain('BX-');
    });

    it('lets another staff member of the same municipality read and download it', async () => {
      // Act
      const job = await request(app.http)
        .get(`/api/staff/exports/${exportId}`)
        .set('Cookie', chiyodaAdmin)
        .expect(200);
      const file = await request(app.http)
        .get(`/api/staff/exports/${exportId}/file`)
        .set('Cookie', chiyodaAdmin);

      // Assert
      expect(job.body.rowsDone).toBe(10_000);
      expect(file.status).toBe(200);
    });

    it('caps the exports a municipality may have waiting or running', async () => {
      // Arrange: a long one running and a second waiting behind it.
      const running = await request(app.http)
        .post('/api/staff/exports')
        .set('Cookie', chiyodaStaff)
        .set(CSRF)
        .send({ status: ['awaiting_approval'], format: 'csv-sjis' })
        .expect(202);
      const waiting = await request(app.http)
        .post('/api/staff/exports')
        .set('Cookie', chiyodaStaff)
        .set(CSRF)
        .send({ status: ['withdrawn'] })
        .expect(202);

      // Act
      const refused = await request(app.http)
        .post('/api/staff/exports')
        .set('Cookie', chiyodaAdmin)
        .set(CSRF)
        .send({});
      const otherCity = await request(app.http)
        .post('/api/staff/exports')
        .set('Cookie', yokohamaStaff)
        .set(CSRF)
        .send({ status: ['awaiting_approval'] });

      // Assert
      expect(refused.status).toBe(429);
      expect(refused.body.error).toMatchObject({
        code: 'bulk_export_limit_reached',
        message: { ja: expect.any(String), en: expect.any(String) },
      });
      expect(otherCity.status).toBe(202);
      const yokohamaDone = await waitForJob(yokohamaStaff, otherCity.body.id);
      expect(yokohamaDone).toMatchObject({ state: 'completed', rowsDone: 50, rowsTotal: 50 });
      expect(await waitForJob(chiyodaStaff, running.body.id)).toMatchObject({
        state: 'completed',
        rowsDone: 10_000,
      });
      expect(await waitForJob(chiyodaStaff, waiting.body.id)).toMatchObject({
        state: 'completed',
        rowsDone: 0,
        rowsTotal: 0,
      });
    }, 120_000);

    it('deletes the file when its 24 hours are over', async () => {
      // Arrange
      const queue = new Queue(BULK_EXPORT_QUEUE, {
        prefix: app.env.REDIS_PREFIX,
        connection: bulkExportConnection(app.env, false),
      });
      try {
        const expiry = await queue.getJob(`expire-${exportId}`);
        const delay = expiry?.opts.delay;

        // Act: the 24 hours pass.
        await expiry?.promote();
        let file = await request(app.http)
          .get(`/api/staff/exports/${exportId}/file`)
          .set('Cookie', chiyodaStaff);
        for (let attempt = 0; attempt < 100 && file.status === 200; attempt += 1) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          file = await request(app.http)
            .get(`/api/staff/exports/${exportId}/file`)
            .set('Cookie', chiyodaStaff);
        }

        // Assert
        expect(delay).toBe(24 * 3600_000);
        expect(file.status).toBe(410);
        expect(file.body.error).toMatchObject({ code: 'bulk_export_expired' });
      } finally {
        await queue.close();
      }
    });

    it('refuses filters the work queue refuses, with the error shape', async () => {
      // Act
      const response = await request(app.http)
        .post('/api/staff/exports')
        .set('Cookie', chiyodaStaff)
        .set(CSRF)
        .send({ format: 'pdf' });

      // Assert
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: expect.any(String) });
    });
  });
});
