import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { postPregnancyApplication } from '../support/resident-requests.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

describe('a 補正依頼 and its resubmission', () => {
  let app: ApiTestApp;
  let storageDir: string;
  let resident: string;
  let staff: string;
  const answers = readSampleAnswers('pregnancy-notification');
  const myNumber = answers.myNumber as string;

  async function upload(): Promise<string> {
    const response = await request(app.http)
      .post('/api/attachments')
      .set('Cookie', resident)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', makePng(), { filename: 'boshi-techo.png' })
      .expect(201);
    return response.body.id as string;
  }

  async function submitAndAskForCorrection(): Promise<{ id: string; original: string }> {
    const original = await upload();
    const submitted = await postPregnancyApplication(app, resident, {
      ...answers,
      pregnancyProof: [original],
    }).expect(201);
    const id = submitted.body.id as string;
    const transition = (body: object) =>
      request(app.http)
        .post(`/api/staff/applications/${id}/transitions`)
        .set('Cookie', staff)
        .set(CSRF)
        .send(body)
        .expect(200);
    await transition({ to: 'in_review' });
    await transition({
      to: 'correction_requested',
      messageToResident: '2つの項目を確認してください。',
      fieldsToFix: [
        {
          path: 'phone',
          message: 'この番号につながりません。日中に連絡がとれる番号にしてください。',
        },
        { path: 'pregnancyProof', message: '写真がぼやけています。撮り直してください。' },
      ],
    });
    return { id, original };
  }

  /** What the resident's browser sends: the detail's answers, without the masked 個人番号. */
  function asTheBrowserSends(detailAnswers: Record<string, unknown>): Record<string, unknown> {
    const { myNumber: _masked, ...rest } = detailAnswers;
    return rest;
  }

  function resubmit(id: string, body: Record<string, unknown>) {
    return request(app.http)
      .post(`/api/me/applications/${id}/resubmit`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ answers: body });
  }

  async function storedState(id: string) {
    const [application] = await app.database.dataSource.query(
      'SELECT status, answers, updated_at FROM applications WHERE id = $1',
      [id],
    );
    const versions = await app.database.dataSource.query(
      'SELECT version, changed_paths FROM application_answer_versions WHERE application_id = $1 ORDER BY version',
      [id],
    );
    return { application, versions };
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'madoguchi-correction-versions-'));
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: storageDir });
    resident = await app.signIn('resident-yamada-hanako');
    staff = await app.signIn('staff-chiyoda-sato', { steppedUpAt: new Date().toISOString() });
  });

  afterAll(async () => {
    await app.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('shows the resident the two flagged fields with the office’s message for each', async () => {
    const { id } = await submitAndAskForCorrection();

    const detail = await request(app.http)
      .get(`/api/me/applications/${id}`)
      .set('Cookie', resident)
      .expect(200);

    expect(detail.body.status).toBe('correction_requested');
    expect(detail.body.correctionFields).toEqual(['phone', 'pregnancyProof']);
    expect(detail.body.correctionMessages).toEqual({
      phone: 'この番号につながりません。日中に連絡がとれる番号にしてください。',
      pregnancyProof: '写真がぼやけています。撮り直してください。',
    });
    expect(detail.body.answerVersions).toBeUndefined();
  });

  it('keeps the answers before a resubmission as version 1 when an application has no version yet', async () => {
    // Arrange: an application whose versions are missing (stored around the repository)
    const { id } = await submitAndAskForCorrection();
    await app.database.dataSource.query(
      'DELETE FROM application_answer_versions WHERE application_id = $1',
      [id],
    );
    const detail = await request(app.http)
      .get(`/api/me/applications/${id}`)
      .set('Cookie', resident)
      .expect(200);

    // Act
    await resubmit(id, { ...asTheBrowserSends(detail.body.answers), phone: '03-3264-2111' }).expect(
      200,
    );

    // Assert
    const { versions } = await storedState(id);
    expect(versions).toEqual([
      { version: 1, changed_paths: [] },
      { version: 2, changed_paths: ['phone'] },
    ]);
  });

  it('refuses a correction request naming a field the form does not have, with its path', async () => {
    // Arrange
    const submitted = await postPregnancyApplication(app, resident, answers).expect(201);
    const transition = (body: object) =>
      request(app.http)
        .post(`/api/staff/applications/${submitted.body.id as string}/transitions`)
        .set('Cookie', staff)
        .set(CSRF)
        .send(body);
    await transition({ to: 'in_review' }).expect(200);

    // Act
    const refused = await transition({
      to: 'correction_requested',
      messageToResident: '確認してください。',
      fieldsToFix: ['phone', { path: 'faxNumber', message: 'FAX番号を直してください。' }],
    }).expect(400);

    // Assert
    expect(refused.body.error.code).toBe('unknown_field_to_fix');
    expect(refused.body.error.fields.map((field: { path: string }) => field.path)).toEqual([
      'faxNumber',
    ]);
  });

  it('refuses a resubmission that changes an unflagged field, with its code on that field, and stores nothing', async () => {
    // Arrange
    const { id } = await submitAndAskForCorrection();
    const detail = await request(app.http)
      .get(`/api/me/applications/${id}`)
      .set('Cookie', resident)
      .expect(200);
    const before = await storedState(id);

    // Act: the flagged phone and the unflagged occupation both changed; then another 個人番号
    const refused = await resubmit(id, {
      ...asTheBrowserSends(detail.body.answers),
      phone: '03-3264-2111',
      occupation: '自営業',
    }).expect(400);
    const otherNumber = await resubmit(id, {
      ...asTheBrowserSends(detail.body.answers),
      myNumber: '123456789018',
    }).expect(400);

    // Assert
    expect(refused.body.error.code).toBe('field_not_open_for_correction');
    expect(refused.body.error.message.ja).toContain('直すよう求めた項目');
    expect(refused.body.error.fields).toEqual([
      {
        path: 'occupation',
        code: 'field_not_open_for_correction',
        message: { ja: expect.any(String), en: expect.any(String) },
      },
    ]);
    expect(otherNumber.body.error.fields.map((field: { path: string }) => field.path)).toEqual([
      'myNumber',
    ]);
    expect(JSON.stringify(otherNumber.body)).not.toContain('123456789018');
    expect(await storedState(id)).toEqual(before);
    expect(before.versions).toEqual([{ version: 1, changed_paths: [] }]);
  });

  it('accepts a resubmission changing only the flagged fields, keeps both versions and shows staff what changed', async () => {
    // Arrange
    const { id, original } = await submitAndAskForCorrection();
    const detail = await request(app.http)
      .get(`/api/me/applications/${id}`)
      .set('Cookie', resident)
      .expect(200);
    const replacement = await upload();

    // Act: the 個人番号 is not sent back (the browser never had it), the two flagged fields change
    const accepted = await resubmit(id, {
      ...asTheBrowserSends(detail.body.answers),
      phone: '03-3264-2111',
      pregnancyProof: [replacement],
    }).expect(200);

    // Assert: the resident's view
    expect(accepted.body.status).toBe('resubmitted');
    expect(accepted.body.correctionFields).toEqual([]);
    expect(accepted.body.correctionMessages).toEqual({});
    expect(accepted.body.answers.myNumber).toBe(`********${myNumber.slice(-4)}`);
    // Both versions kept, the 個人番号 still sealed in each
    const stored = await storedState(id);
    expect(stored.versions).toEqual([
      { version: 1, changed_paths: [] },
      { version: 2, changed_paths: ['phone', 'pregnancyProof'] },
    ]);
    expect(JSON.stringify(stored)).not.toContain(myNumber);
    // Staff read both, with the changes of the resubmission
    const staffView = await request(app.http)
      .get(`/api/staff/applications/${id}`)
      .set('Cookie', staff)
      .expect(200);
    expect(
      staffView.body.answerVersions.map((version: { version: number }) => version.version),
    ).toEqual([1, 2]);
    expect(staffView.body.answerVersions[0].answers.phone).toBe('09012345678');
    expect(staffView.body.answerVersions[1].changes).toEqual([
      { path: 'phone', before: '09012345678', after: '0332642111' },
      { path: 'pregnancyProof', before: [original], after: [replacement] },
    ]);
    expect(JSON.stringify(staffView.body)).not.toContain(myNumber);
    // The 個人番号 kept is the one first given
    const revealed = await request(app.http)
      .post(`/api/staff/applications/${id}/personal-data/reveal`)
      .set('Cookie', staff)
      .set(CSRF)
      .send({ path: 'myNumber', reason: '補正後の内容の照合のため' })
      .expect(200);
    expect(revealed.body.value).toBe(myNumber);
  });
});
