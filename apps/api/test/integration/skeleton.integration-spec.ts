import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

type CountRow = { table: string; count: string };

async function countRows(app: ApiTestApp): Promise<Record<string, number>> {
  const rows: CountRow[] = await app.database.dataSource.query(`
    SELECT 'applications' AS table, count(*) FROM applications
    UNION ALL SELECT 'application_events', count(*) FROM application_events
    UNION ALL SELECT 'outbox', count(*) FROM outbox
    UNION ALL SELECT 'audit_log', count(*) FROM audit_log`);
  return Object.fromEntries(rows.map((row) => [row.table, Number(row.count)]));
}

function submission(answers: Record<string, unknown>): Record<string, unknown> {
  return {
    municipalityCode: CHIYODA,
    procedureId: 'pregnancy-notification',
    formVersion: 1,
    answers,
  };
}

describe('walking skeleton: submission and review (API)', () => {
  let app: ApiTestApp;

  /** A valid 妊娠の届出 by a signed-in resident (201 expected). */
  function submitSample(cookie: string) {
    return request(app.http)
      .post('/api/applications')
      .set('Cookie', cookie)
      .set(CSRF)
      .send(submission(readSampleAnswers('pregnancy-notification')))
      .expect(201);
  }
  let resident: string;
  let otherResident: string;
  let staff: string;
  let otherStaff: string;

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
    otherResident = await app.signIn('resident-suzuki-ichiro');
    staff = await app.signIn('staff-chiyoda-sato');
    otherStaff = await app.signIn('staff-yokohama-tanaka');
  });

  afterAll(async () => {
    await app.close();
  });

  it('reports PostgreSQL and Redis as up', async () => {
    const response = await request(app.http).get('/api/health').expect(200);

    expect(response.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('serves its OpenAPI document', async () => {
    const response = await request(app.http).get('/api/openapi.json').expect(200);

    expect(response.body.openapi).toBe('3.1.0');
    const submit = response.body.paths['/api/applications'].post;
    // Bodies come from the same zod contracts that validate the requests.
    expect(Object.keys(submit.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['municipalityCode', 'procedureId', 'formVersion', 'answers']),
    );
    expect(
      submit.responses['201'].content['application/json'].schema.properties.receiptNumber,
    ).toBeDefined();
    expect(
      submit.responses['4XX'].content['application/json'].schema.properties.error,
    ).toBeDefined();
  });

  it('stores a valid submission with its event, outbox message and audit row, and answers with a 受付番号', async () => {
    const before = await countRows(app);

    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send(submission(readSampleAnswers('pregnancy-notification')))
      .expect(201);

    expect(response.body.receiptNumber).toMatch(
      /^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/,
    );
    expect(response.body.status).toBe('submitted');
    expect(response.body.answers.myNumber).toMatch(/^\*+\d{4}$/);
    const after = await countRows(app);
    expect(after).toEqual({
      applications: before.applications! + 1,
      application_events: before.application_events! + 1,
      outbox: before.outbox! + 1,
      audit_log: before.audit_log! + 1,
    });
  });

  it('refuses invalid answers with field paths and Japanese and English messages, and stores nothing', async () => {
    const before = await countRows(app);
    const sample: Record<string, unknown> = {
      ...readSampleAnswers('pregnancy-notification'),
      myNumber: '123456789012',
    };
    const { birthDate: _omitted, ...answers } = sample;

    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send(submission(answers))
      .expect(422);

    expect(response.body.error.code).toBe('invalid_answers');
    expect(response.body.error.message.ja).toBeTruthy();
    expect(response.body.error.message.en).toBeTruthy();
    const fields = response.body.error.fields as {
      path: string;
      code: string;
      message: { ja: string; en: string };
    }[];
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'myNumber', code: 'my_number_check_digit' }),
        expect.objectContaining({ path: 'birthDate', code: 'required' }),
      ]),
    );
    for (const field of fields) {
      expect(field.message.ja.length).toBeGreaterThan(0);
      expect(field.message.en.length).toBeGreaterThan(0);
    }
    expect(await countRows(app)).toEqual(before);
  });

  it.each([
    ['malformed JSON', '{"municipalityCode": ', 400, 'bad_request'],
    [
      'a wrong type',
      JSON.stringify({ ...submission({}), formVersion: 'one' }),
      400,
      'invalid_request',
    ],
    [
      'an unknown top-level field',
      JSON.stringify({ ...submission({}), extra: true }),
      400,
      'invalid_request',
    ],
  ])('refuses %s with a 4xx error shape and stores nothing', async (_name, body, status, code) => {
    const before = await countRows(app);

    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(status);

    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toEqual({ ja: expect.any(String), en: expect.any(String) });
    expect(await countRows(app)).toEqual(before);
  });

  it('creates one application for 100 concurrent retries with the same Idempotency-Key', async () => {
    const answers = readSampleAnswers('pregnancy-notification');
    const send = () =>
      request(app.http)
        .post('/api/applications')
        .set('Cookie', otherResident)
        .set(CSRF)
        .set('Idempotency-Key', 'double-click-0001')
        .send(submission(answers));

    const responses = await Promise.all(Array.from({ length: 100 }, send));

    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([201]));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    const [row] = await app.database.dataSource.query(
      `SELECT count(*)::int AS count FROM applications WHERE idempotency_key = 'double-click-0001'`,
    );
    expect(row.count).toBe(1);
  });

  it('exposes Prometheus metrics with the submissions counted by route pattern, never by id', async () => {
    const response = await request(app.http).get('/api/metrics').expect(200);

    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.text).toMatch(
      /madoguchi_applications_submitted_total\{municipality="131016",procedure="pregnancy-notification"\} [1-9]/,
    );
    expect(response.text).toContain('route="/api/applications"');
    expect(response.text).not.toMatch(/route="[^"]*[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('refuses a state-changing request without the CSRF header', async () => {
    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .send(submission(readSampleAnswers('pregnancy-notification')))
      .expect(403);

    expect(response.body.error.code).toBe('csrf_header_missing');
  });

  it('lets staff of the municipality move an application into review, and tells the resident', async () => {
    const submitted = await submitSample(resident);
    const id = submitted.body.id as string;

    const queue = await request(app.http)
      .get('/api/staff/applications?status=submitted')
      .set('Cookie', staff)
      .expect(200);
    expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(id);

    const moved = await request(app.http)
      .post(`/api/staff/applications/${id}/transitions`)
      .set('Cookie', staff)
      .set(CSRF)
      .send({
        to: 'in_review',
        comment: '内容確認を開始',
        messageToResident: '書類を確認しています。',
      })
      .expect(200);
    expect(moved.body.status).toBe('in_review');

    const seen = await request(app.http)
      .get(`/api/me/applications/${id}`)
      .set('Cookie', resident)
      .expect(200);
    expect(seen.body.status).toBe('in_review');
    expect(seen.body.events.at(-1)).toMatchObject({
      toStatus: 'in_review',
      messageToResident: '書類を確認しています。',
    });
    const [outbox] = await app.database.dataSource.query(
      `SELECT payload FROM outbox WHERE payload->>'applicationId' = $1 AND payload->>'toStatus' = 'in_review'`,
      [id],
    );
    expect(outbox.payload).toMatchObject({
      residentId: 'resident-yamada-hanako',
      fromStatus: 'submitted',
    });
  });

  it('refuses a transition the workflow does not allow', async () => {
    const submitted = await submitSample(resident);

    const response = await request(app.http)
      .post(`/api/staff/applications/${submitted.body.id}/transitions`)
      .set('Cookie', staff)
      .set(CSRF)
      .send({ to: 'completed' })
      .expect(409);

    expect(response.body.error.code).toBe('transition_not_allowed');
  });

  it('keeps residents and municipalities apart', async () => {
    const submitted = await submitSample(resident);
    const id = submitted.body.id as string;

    await request(app.http)
      .get(`/api/me/applications/${id}`)
      .set('Cookie', otherResident)
      .expect(404);
    await request(app.http)
      .get(`/api/staff/applications/${id}`)
      .set('Cookie', otherStaff)
      .expect(404);
    await request(app.http)
      .post(`/api/staff/applications/${id}/transitions`)
      .set('Cookie', otherStaff)
      .set(CSRF)
      .send({ to: 'in_review' })
      .expect(404);
    await request(app.http).get('/api/staff/applications').set('Cookie', resident).expect(403);
    await request(app.http).get('/api/me/applications').expect(401);
  });
});
