import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';
import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';

const BASE = '/api/staff/queues';
const QUEUE = QUEUE_NAMES.notifications;

type Route = {
  label: string;
  method: 'put' | 'post' | 'patch';
  path: string;
  body?: Record<string, unknown>;
};

/** Every kind of write the issue names: pause, obliterate, clean, retry, add job, edit job data, delete scheduler. */
const WRITES: Route[] = [
  { label: 'pause', method: 'put', path: `/api/queues/${QUEUE}/pause` },
  {
    label: 'obliterate',
    method: 'put',
    path: `/api/queues/${QUEUE}/obliterate`,
    body: { force: true },
  },
  { label: 'clean', method: 'put', path: `/api/queues/${QUEUE}/clean/waiting` },
  { label: 'retry', method: 'put', path: `/api/queues/${QUEUE}/retry/failed` },
  {
    label: 'add job',
    method: 'post',
    path: `/api/queues/${QUEUE}/add`,
    body: { name: 'reminder-scan', data: { everyone: true } },
  },
  {
    label: 'edit job data',
    method: 'patch',
    path: `/api/queues/${QUEUE}/job-yokohama/update-data`,
    body: { jobData: { edited: true } },
  },
  {
    label: 'delete scheduler',
    method: 'put',
    path: `/api/queues/${QUEUE}/job-schedulers/daily-scan/remove`,
  },
];
const READS = [
  '/api/queues?activeQueue=notifications&status=waiting&page=1',
  `/api/queues/${QUEUE}/job-yokohama`,
  '/api/job-schedulers',
];

describe('queue dashboard (bull-board) access', () => {
  let app: ApiTestApp;
  let queue: Queue;
  const cookies: Record<string, string> = {};

  async function resetQueue(): Promise<void> {
    await queue.obliterate({ force: true });
    await queue.add(
      'status-change',
      { municipalityCode: '141003', applicationId: 'yokohama-app' },
      { jobId: 'job-yokohama' },
    );
    await queue.add(
      'status-change',
      { municipalityCode: '131016', applicationId: 'chiyoda-app' },
      { jobId: 'job-chiyoda' },
    );
    await queue.upsertJobScheduler(
      'daily-scan',
      { pattern: '0 6 * * *', tz: 'Asia/Tokyo' },
      { name: 'reminder-scan', data: {} },
    );
    await queue.resume();
  }

  function send(route: Route, cookie: string | null, headers: Record<string, string>) {
    const call = request(app.http)[route.method](`${BASE}${route.path}`).set(headers);
    return (cookie === null ? call : call.set('Cookie', cookie)).send(route.body ?? {});
  }

  async function assertUntouched(): Promise<void> {
    expect(await queue.isPaused()).toBe(false);
    expect((await queue.getJob('job-yokohama'))?.data).toEqual({
      municipalityCode: '141003',
      applicationId: 'yokohama-app',
    });
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 2 });
    expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual([
      'daily-scan',
    ]);
  }

  beforeAll(async () => {
    app = await startApiTestApp();
    queue = new Queue(QUEUE, {
      connection: { host: '127.0.0.1', port: 6379 },
      prefix: app.env.REDIS_PREFIX,
    });
    cookies.adminA = await app.signIn('staff-chiyoda-kobayashi');
    cookies.adminB = await app.signIn('staff-yokohama-yamamoto');
    cookies.caseworker = await app.signIn('staff-chiyoda-sato');
    cookies.resident = await app.signIn('resident-yamada-hanako');
    cookies.operator = await app.signIn('operator-madoguchi-kato');
  });

  beforeEach(async () => {
    await resetQueue();
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await app.close();
  });

  it.each(READS)('answers 401 in the error shape to an anonymous read of %s', async (path) => {
    const response = await request(app.http).get(`${BASE}${path}`).expect(401);

    expect(response.body).toEqual({
      error: {
        code: 'unauthenticated',
        message: { ja: expect.any(String), en: expect.any(String) },
        fields: [],
      },
    });
  });

  it.each([['adminA'], ['adminB'], ['caseworker'], ['resident']])(
    'shows %s nothing: neither the UI nor any job of any municipality',
    async (who) => {
      const page = await request(app.http).get(`${BASE}/`).set('Cookie', cookies[who]!).expect(403);
      expect(page.body.error.code).toBe('forbidden');
      for (const path of READS) {
        const response = await request(app.http)
          .get(`${BASE}${path}`)
          .set('Cookie', cookies[who]!)
          .expect(403);
        expect(response.body.error).toMatchObject({ code: 'forbidden', fields: [] });
        expect(JSON.stringify(response.body)).not.toMatch(/yokohama-app|chiyoda-app|job-yokohama/);
      }
    },
  );

  it.each(WRITES.map((route) => [route.label, route] as const))(
    'refuses %s to anonymous, both administrators and a case worker, with the CSRF header, and changes nothing',
    async (_label, route) => {
      expect((await send(route, null, CSRF)).status).toBe(401);
      for (const who of ['adminA', 'adminB', 'caseworker', 'resident']) {
        const response = await send(route, cookies[who]!, CSRF);
        expect(response.status).toBe(403);
        expect(response.body.error.code).toBe('forbidden');
      }
      await assertUntouched();
    },
  );

  it.each(WRITES.map((route) => [route.label, route] as const))(
    'refuses %s to the operator without the CSRF header or with an empty one',
    async (_label, route) => {
      const attempts: Record<string, string>[] = [
        {},
        { 'x-madoguchi-csrf': '' },
        { 'x-xsrf-token': 'not-the-cookie' },
      ];
      for (const headers of attempts) {
        const response = await send(route, cookies.operator!, headers);
        expect(response.status).toBe(403);
        expect(response.body).toEqual({
          error: {
            code: 'csrf_header_missing',
            message: { ja: expect.any(String), en: expect.any(String) },
            fields: [],
          },
        });
      }
      await assertUntouched();
    },
  );

  it('lets the operator read every queue and job', async () => {
    const queues = await request(app.http)
      .get(`${BASE}${READS[0]!}`)
      .set('Cookie', cookies.operator!)
      .expect(200);
    const job = await request(app.http)
      .get(`${BASE}${READS[1]!}`)
      .set('Cookie', cookies.operator!)
      .expect(200);

    expect(queues.body.queues.map((entry: { name: string }) => entry.name).sort()).toEqual(
      Object.values(QUEUE_NAMES).sort(),
    );
    expect(job.body.job.data).toEqual({
      municipalityCode: '141003',
      applicationId: 'yokohama-app',
    });
  });

  it('lets the operator write with the CSRF header: pause, edit job data, remove the scheduler, add a job, clean, obliterate', async () => {
    await send(WRITES[0]!, cookies.operator!, CSRF).expect(200);
    expect(await queue.isPaused()).toBe(true);

    await send(WRITES[5]!, cookies.operator!, CSRF).expect(200);
    expect((await queue.getJob('job-yokohama'))?.data).toEqual({ edited: true });

    expect((await send(WRITES[6]!, cookies.operator!, CSRF)).status).toBeLessThan(300);
    expect(await queue.getJobSchedulers()).toEqual([]);

    await send(WRITES[4]!, cookies.operator!, CSRF).expect(200);
    expect(await queue.count()).toBe(3);

    await send(WRITES[3]!, cookies.operator!, CSRF).expect(200);
    await send(WRITES[2]!, cookies.operator!, CSRF).expect(200);
    await send(WRITES[1]!, cookies.operator!, CSRF).expect(200);
    expect(await queue.getJob('job-chiyoda')).toBeUndefined();
  });

  it('accepts the dashboard UI’s own X-XSRF-TOKEN when it echoes the cookie the dashboard set', async () => {
    const page = await request(app.http)
      .get(`${BASE}/`)
      .set('Cookie', cookies.operator!)
      .expect(200);
    const xsrf = (page.headers['set-cookie'] as unknown as string[]).find((cookie) =>
      cookie.startsWith('XSRF-TOKEN='),
    );
    expect(xsrf).toMatch(/Path=\/api\/staff\/queues/);
    expect(xsrf).toMatch(/SameSite=Strict/);
    const token = /^XSRF-TOKEN=([^;]+)/.exec(xsrf ?? '')?.[1] ?? '';

    await send(WRITES[0]!, `${cookies.operator!}; XSRF-TOKEN=${token}`, {
      'x-xsrf-token': token,
    }).expect(200);

    expect(await queue.isPaused()).toBe(true);
  });

  it('answers bull-board’s own errors in the API error shape', async () => {
    const response = await request(app.http)
      .get(`${BASE}/api/queues/no-such-queue/some-job`)
      .set('Cookie', cookies.operator!);

    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: {
        code: 'not_found',
        message: { ja: expect.any(String), en: expect.any(String) },
        fields: [],
      },
    });
  });

  it('keeps the operator out of every municipality’s staff routes', async () => {
    const response = await request(app.http)
      .get('/api/staff/applications')
      .set('Cookie', cookies.operator!)
      .expect(403);

    expect(response.body.error.code).toBe('forbidden');
  });
});
