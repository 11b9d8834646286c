import { resolveSampleDates } from '@madoguchi/forms-schema';
import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { postPregnancyDraft } from '../support/resident-requests.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

type OpenApiDocument = { paths: Record<string, Record<string, unknown>> };
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const BAD_TEXTS = {
  NUL: 'a\u0000b',
  'a C1 control (U+0085)': 'a\u0085b',
  'RIGHT-TO-LEFT OVERRIDE': '山田\u202e子花',
  'FIRST STRONG ISOLATE': '\u2068x',
  'RIGHT-TO-LEFT MARK': 'x\u200f',
} as const;

function expectRefused(response: request.Response, path: string): void {
  expect({ status: response.status, code: response.body?.error?.code }).toEqual({
    status: 400,
    code: 'invalid_characters',
  });
  expect(response.body.error.message).toEqual({
    ja: expect.any(String),
    en: expect.any(String),
    easyJa: expect.any(String),
  });
  expect(response.body.error.fields).toContainEqual(
    expect.objectContaining({ path, code: 'invalid_characters' }),
  );
}

describe('input at the edge', () => {
  let app: ApiTestApp;
  let resident: string;
  let staff: string;
  const answers = readSampleAnswers('pregnancy-notification');
  const myNumber = answers.myNumber as string;

  async function count(table: 'applications' | 'drafts'): Promise<number> {
    const [row] = await app.database.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return (row as { n: number }).n;
  }

  function submit(body: Record<string, unknown>, idempotencyKey?: string) {
    const call = request(app.http).post('/api/applications').set('Cookie', resident).set(CSRF);
    return (idempotencyKey ? call.set('Idempotency-Key', idempotencyKey) : call).send(body);
  }

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
    staff = await app.signIn('staff-chiyoda-sato');
  });

  afterAll(async () => {
    await app.close();
  });

  describe('control and bidi characters', () => {
    it.each(Object.entries(BAD_TEXTS))(
      'refuses %s in an answer of a submission and stores nothing',
      async (_name, bad) => {
        const before = await count('applications');

        const response = await submit({
          municipalityCode: CHIYODA,
          procedureId: 'pregnancy-notification',
          formVersion: 1,
          answers: { ...answers, phone: bad },
        });

        expectRefused(response, 'body.answers.phone');
        expect(await count('applications')).toBe(before);
      },
    );

    it.each(Object.entries(BAD_TEXTS))(
      'refuses %s in a draft and stores nothing',
      async (_name, bad) => {
        const before = await count('drafts');

        const response = await postPregnancyDraft(app, resident, { note: bad });

        expectRefused(response, 'body.answers.note');
        expect(await count('drafts')).toBe(before);
      },
    );

    it('refuses a NUL in a nested answer, in a key, and in a resubmission', async () => {
      const nested = await submit({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: {
          ...answers,
          address: { ...(answers.address as object), building: 'ハイツ\u0000101' },
        },
      });
      const key = await submit({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: { 'x\u0000': 1 },
      });
      const resubmit = await request(app.http)
        .post('/api/me/applications/00000000-0000-4000-8000-000000000000/resubmit')
        .set('Cookie', resident)
        .set(CSRF)
        .send({ answers: { phone: '\u0000' } });

      expectRefused(nested, 'body.answers.address.building');
      expectRefused(key, 'body.answers.x\\u{0}');
      expectRefused(resubmit, 'body.answers.phone');
    });

    it('refuses them in the catalog search `q`, in any query parameter and in path parameters', async () => {
      const q = await request(app.http)
        .get(`/api/municipalities/${CHIYODA}/procedures`)
        .query({ q: '出生\u0000' });
      const municipalities = await request(app.http)
        .get('/api/municipalities')
        .query({ q: '千代田\u202e' });
      const param = await request(app.http).get(
        `/api/municipalities/${CHIYODA}/procedures/birth%00`,
      );
      const postal = await request(app.http).get('/api/postal-codes/102%E2%80%AE0072');
      const staffQuery = await request(app.http)
        .get('/api/staff/applications')
        .set('Cookie', staff)
        .query({ q: '山田\u0000' });

      expectRefused(q, 'query.q');
      expectRefused(municipalities, 'query.q');
      expectRefused(param, 'params.procedureId');
      expectRefused(postal, 'params.postalCode');
      expectRefused(staffQuery, 'query.q');
    });

    it('keeps the line breaks of a text of several lines, and a catalog search still works', async () => {
      const draft = await postPregnancyDraft(app, resident, { phone: '03\t3264\n2111' }).expect(
        201,
      );
      const search = await request(app.http)
        .get(`/api/municipalities/${CHIYODA}/procedures`)
        .query({ q: '妊娠' })
        .expect(200);

      expect(draft.body.answers.phone).toBe('03\t3264\n2111');
      expect(search.body.length).toBeGreaterThan(0);
    });

    it('answers every operation of the OpenAPI document with 400 invalid_characters, never 5xx', async () => {
      const document = (await request(app.http).get('/api/openapi.json').expect(200))
        .body as OpenApiDocument;
      const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.keys(methods)
          .filter((method): method is Method =>
            ['get', 'post', 'put', 'patch', 'delete'].includes(method),
          )
          .map((method) => ({ path, method })),
      );
      expect(operations.length).toBeGreaterThan(40);
      const results: { operation: string; status: number; code: unknown }[] = [];

      for (const { path, method } of operations) {
        for (const cookie of [resident, staff]) {
          // Each parameter gets a NUL, or a query parameter gets one where the path has none.
          const url = path.includes('{') ? path.replace(/\{[^}]+\}/g, 'x%00y') : `${path}?q=x%00y`;
          const call = request(app.http)[method](url).set('Cookie', cookie).set(CSRF);
          const response =
            method === 'get' || method === 'delete'
              ? await call
              : await call.send({ text: 'a\u0000b' });
          results.push({
            operation: `${method.toUpperCase()} ${path}`,
            status: response.status,
            code: response.body?.error?.code,
          });
        }
      }

      const unexpected = results.filter(
        (result) => result.status !== 400 || result.code !== 'invalid_characters',
      );
      expect(unexpected).toEqual([]);
    });
  });

  describe('date ranges of the form definitions', () => {
    it.each([
      [
        'an expected delivery date of 9999-12-31',
        'expectedDeliveryDate',
        '9999-12-31',
        'date_too_late',
      ],
      [
        'an expected delivery date 11 months ahead',
        'expectedDeliveryDate',
        'today+P11M',
        'date_too_late',
      ],
      [
        'an expected delivery date in the past',
        'expectedDeliveryDate',
        'today-P1D',
        'date_too_early',
      ],
      ['a birth date in 1868', 'birthDate', '1868-10-23', 'date_too_early'],
      ['a birth date tomorrow', 'birthDate', 'today+P1D', 'date_too_late'],
    ])('refuses %s with ja/en/やさしい日本語 messages', async (_name, field, value, code) => {
      const before = await count('applications');

      const response = await submit({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: resolveSampleDates({ ...answers, [field]: value }),
      }).expect(422);

      expect(response.body.error.fields).toContainEqual(
        expect.objectContaining({
          path: field,
          code,
          message: { ja: expect.any(String), en: expect.any(String), easyJa: expect.any(String) },
        }),
      );
      expect(await count('applications')).toBe(before);
    });
  });

  describe('a 個人番号 that is not a string', () => {
    it('is sealed in a draft, never stored in clear', async () => {
      const stored = async (id: string) =>
        (
          await app.database.dataSource.query(
            'SELECT answers, answers::text AS text FROM drafts WHERE id = $1',
            [id],
          )
        )[0] as {
          answers: { myNumber: unknown };
          text: string;
        };

      const created = await postPregnancyDraft(app, resident, {
        myNumber: Number(myNumber),
      }).expect(201);
      const asNumber = await stored(created.body.id);
      const updated = await request(app.http)
        .put(`/api/me/drafts/${created.body.id}`)
        .set('Cookie', resident)
        .set(CSRF)
        .send({ answers: { myNumber: [myNumber] } })
        .expect(200);
      const asArray = await stored(created.body.id);

      for (const row of [asNumber, asArray]) {
        expect(row.text).not.toContain(myNumber.slice(0, 8));
        expect(row.answers.myNumber).toEqual(expect.objectContaining({ $sealed: 'aes-256-gcm' }));
      }
      expect(JSON.stringify(created.body)).not.toContain(myNumber.slice(0, 8));
      expect(JSON.stringify(updated.body)).not.toContain(myNumber.slice(0, 8));
    });

    it.each([
      ['a repeating group sent as an object', { children: { 0: { myNumber: '123456789018' } } }],
      ['an item that is not an object', { children: ['123456789018', { myNumber: 123456789018 }] }],
    ])('is sealed in a draft inside %s', async (_shape, draftAnswers) => {
      const created = await request(app.http)
        .post('/api/me/drafts')
        .set('Cookie', resident)
        .set(CSRF)
        .send({
          municipalityCode: CHIYODA,
          procedureId: 'child-allowance-certification',
          formVersion: 1,
          answers: draftAnswers,
        })
        .expect(201);
      const [row] = await app.database.dataSource.query(
        'SELECT answers::text AS text FROM drafts WHERE id = $1',
        [created.body.id],
      );

      expect((row as { text: string }).text).not.toContain('12345678');
      expect(JSON.stringify(created.body)).not.toContain('12345678');
    });

    it('is refused in a submission, and nothing is stored', async () => {
      const before = await count('applications');

      const response = await submit({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: { ...answers, myNumber: Number(myNumber) },
      }).expect(422);

      expect(response.body.error.code).toBe('invalid_answers');
      expect(response.body.error.fields).toContainEqual(
        expect.objectContaining({ path: 'myNumber', code: 'invalid_type' }),
      );
      expect(await count('applications')).toBe(before);
    });
  });

  describe('an Idempotency-Key', () => {
    const body = {
      municipalityCode: CHIYODA,
      procedureId: 'pregnancy-notification',
      formVersion: 1,
      answers,
    };

    it('answers a retry of the same body (in any key order) with the same application', async () => {
      const first = await submit(body, 'same-body-key-0001').expect(201);
      const reordered = Object.fromEntries(Object.entries(body).reverse());

      const retry = await submit(reordered, 'same-body-key-0001');

      expect(retry.status).toBeLessThan(300);
      expect(retry.body.id).toBe(first.body.id);
    });

    it('refuses the same key with a different body: 422 with a code, and nothing else is stored', async () => {
      await submit(body, 'other-body-key-0001').expect(201);
      const before = await count('applications');

      const response = await submit(
        { ...body, answers: { ...answers, phone: '03-3264-2111' } },
        'other-body-key-0001',
      );

      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('idempotency_key_reused');
      expect(response.body.error.message).toEqual(
        expect.objectContaining({ ja: expect.any(String), en: expect.any(String) }),
      );
      expect(await count('applications')).toBe(before);
    });
  });
});
