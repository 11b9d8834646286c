import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

describe('drafts (一時保存)', () => {
  let app: ApiTestApp;
  let resident: string;
  let otherResident: string;
  const sample = readSampleAnswers('pregnancy-notification');

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
    otherResident = await app.signIn('resident-suzuki-ichiro');
  });

  afterAll(async () => {
    await app.close();
  });

  function create(cookie: string, answers: Record<string, unknown>) {
    return request(app.http).post('/api/me/drafts').set('Cookie', cookie).set(CSRF).send({
      municipalityCode: CHIYODA,
      procedureId: 'pregnancy-notification',
      formVersion: 1,
      answers,
      stepId: 'notifier',
    });
  }

  it('saves unfinished and even invalid answers, bound to the form version, and resumes them', async () => {
    const created = await create(resident, { notifierKind: 'self', phone: '03-' }).expect(201);
    expect(created.body).toMatchObject({
      formVersion: 1,
      stepId: 'notifier',
      isOutdated: false,
      answers: { phone: '03-' },
    });
    // Kept for DRAFT_RETENTION_DAYS (180 by default) after the last save, then swept.
    expect(
      Date.parse(created.body.keptUntil as string) - Date.parse(created.body.updatedAt as string),
    ).toBe(180 * 86_400_000);

    const saved = await request(app.http)
      .put(`/api/me/drafts/${created.body.id}`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({
        answers: { notifierKind: 'self', name: sample.name, myNumber: sample.myNumber },
        stepId: 'pregnantPerson',
      })
      .expect(200);

    expect(saved.body.answers).toEqual({
      notifierKind: 'self',
      name: sample.name,
      myNumber: `********${String(sample.myNumber).slice(-4)}`,
    });
    expect(saved.body.maskedPaths).toEqual(['myNumber']);
    const list = await request(app.http).get('/api/me/drafts').set('Cookie', resident).expect(200);
    expect(list.body.map((draft: { id: string }) => draft.id)).toContain(created.body.id);
  });

  it('never stores the 個人番号 of a draft in clear, and drops answers to questions the form does not ask', async () => {
    const created = await create(resident, { myNumber: sample.myNumber, notAField: 'x' }).expect(
      201,
    );

    const [row] = await app.database.dataSource.query('SELECT answers FROM drafts WHERE id = $1', [
      created.body.id,
    ]);
    expect(JSON.stringify(row.answers)).not.toContain(String(sample.myNumber));
    expect(row.answers.notAField).toBeUndefined();
  });

  it('keeps drafts private to their resident', async () => {
    const created = await create(resident, { notifierKind: 'self' }).expect(201);

    await request(app.http)
      .get(`/api/me/drafts/${created.body.id}`)
      .set('Cookie', otherResident)
      .expect(404);
    await request(app.http)
      .put(`/api/me/drafts/${created.body.id}`)
      .set('Cookie', otherResident)
      .set(CSRF)
      .send({ answers: {} })
      .expect(404);
    await request(app.http)
      .delete(`/api/me/drafts/${created.body.id}`)
      .set('Cookie', otherResident)
      .set(CSRF)
      .expect(404);
    await request(app.http)
      .delete(`/api/me/drafts/${created.body.id}`)
      .set('Cookie', resident)
      .set(CSRF)
      .expect(204);
    await request(app.http)
      .get(`/api/me/drafts/${created.body.id}`)
      .set('Cookie', resident)
      .expect(404);
  });

  it('refuses a draft for a procedure the municipality does not accept, or a malformed body', async () => {
    const unknown = await request(app.http)
      .post('/api/me/drafts')
      .set('Cookie', resident)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'no-such-procedure',
        formVersion: 1,
        answers: {},
      })
      .expect(404);
    expect(unknown.body.error.code).toBe('procedure_not_found');
    await request(app.http)
      .post('/api/me/drafts')
      .set('Cookie', resident)
      .set(CSRF)
      .send({ answers: [] })
      .expect(400);
  });
});
