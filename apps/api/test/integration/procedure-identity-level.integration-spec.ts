import request from 'supertest';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

/** 妊娠の届出 holds a 個人番号: it needs identity level 3 (the My Number Card). */
const PROCEDURE_ID = 'pregnancy-notification';
const RESIDENT_ID = 'resident-yamada-hanako';

/**
 * The identity level of a procedure applies to every route that touches it, not only to the
 * submission: a level-1 session neither starts nor saves a draft of it (which would hold a
 * 個人番号), nor uploads to its slots, nor reads its 控え.
 */
describe('the identity level of a procedure on every route that touches it', () => {
  let app: ApiTestApp;
  let levelOne: string;
  let levelThree: string;
  const answers = readSampleAnswers(PROCEDURE_ID);

  function expectIdentityRefusal(response: request.Response): void {
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('identity_level_insufficient');
    expect(response.body.error.message.ja).toContain('マイナンバーカード');
    expect(response.body.error.message.en).toContain('My Number Card');
  }

  async function rowCount(table: 'drafts' | 'attachments'): Promise<number> {
    const [row] = await app.database.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${table} WHERE resident_id = $1`,
      [RESIDENT_ID],
    );
    return row?.count ?? 0;
  }

  function createDraft(cookie: string) {
    return request(app.http)
      .post('/api/me/drafts')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: PROCEDURE_ID,
        formVersion: 1,
        answers: { myNumber: answers.myNumber },
      });
  }

  function upload(cookie: string) {
    return request(app.http)
      .post('/api/attachments')
      .set('Cookie', cookie)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', PROCEDURE_ID)
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', makePng(), { filename: '母子手帳.png' });
  }

  beforeAll(async () => {
    app = await startApiTestApp();
    // The same resident, once as if signed in with an e-mail address only and once with the card.
    levelOne = await app.signIn(RESIDENT_ID, { identityLevel: 1 });
    levelThree = await app.signIn(RESIDENT_ID);
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses a level-1 session a new draft of a level-3 procedure and stores nothing', async () => {
    const refused = await createDraft(levelOne);

    expectIdentityRefusal(refused);
    expect(await rowCount('drafts')).toBe(0);
    await createDraft(levelThree).expect(201);
    expect(await rowCount('drafts')).toBe(1);
  });

  it('refuses a level-1 session saving an existing draft of a level-3 procedure', async () => {
    const draft = await createDraft(levelThree).expect(201);
    const save = (cookie: string) =>
      request(app.http)
        .put(`/api/me/drafts/${draft.body.id as string}`)
        .set('Cookie', cookie)
        .set(CSRF)
        .send({ answers: { myNumber: answers.myNumber }, stepId: 'applicant' });

    expectIdentityRefusal(await save(levelOne));
    await save(levelThree).expect(200);
  });

  it('refuses a level-1 session an upload to a slot of a level-3 procedure and keeps no file', async () => {
    const before = await rowCount('attachments');

    const refused = await upload(levelOne);

    expectIdentityRefusal(refused);
    expect(await rowCount('attachments')).toBe(before);
    await upload(levelThree).expect(201);
    expect(await rowCount('attachments')).toBe(before + 1);
  });

  it('refuses a level-1 session the PDF 控え of a level-3 application', async () => {
    const submitted = await request(app.http)
      .post('/api/applications')
      .set('Cookie', levelThree)
      .set(CSRF)
      .send({ municipalityCode: CHIYODA, procedureId: PROCEDURE_ID, formVersion: 1, answers })
      .expect(201);
    const receipt = (cookie: string) =>
      request(app.http)
        .get(`/api/me/applications/${submitted.body.id as string}/receipt.pdf`)
        .set('Cookie', cookie);

    expectIdentityRefusal(await receipt(levelOne));
    const pdf = await receipt(levelThree).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('refuses a level-1 session a resubmission (answers with a 個人番号) of a level-3 application', async () => {
    const submitted = await request(app.http)
      .post('/api/applications')
      .set('Cookie', levelThree)
      .set(CSRF)
      .send({ municipalityCode: CHIYODA, procedureId: PROCEDURE_ID, formVersion: 1, answers })
      .expect(201);

    const refused = await request(app.http)
      .post(`/api/me/applications/${submitted.body.id as string}/resubmit`)
      .set('Cookie', levelOne)
      .set(CSRF)
      .send({ answers });

    expectIdentityRefusal(refused);
  });

  it('answers 404, not 403, for a draft or application that is not the resident’s own', async () => {
    const other = await app.signIn('resident-nakamura-ren');
    const draft = await createDraft(levelThree).expect(201);

    await request(app.http)
      .put(`/api/me/drafts/${draft.body.id as string}`)
      .set('Cookie', other)
      .set(CSRF)
      .send({ answers: {} })
      .expect(404);
  });
});
