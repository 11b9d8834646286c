import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

const run = promisify(execFile);

describe('個人番号 at rest and on display', () => {
  let app: ApiTestApp;
  let resident: string;
  let staff: string;
  let otherStaff: string;
  let applicationId: string;
  const answers = readSampleAnswers('pregnancy-notification');
  const myNumber = answers.myNumber as string;

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
    // A 事務取扱担当者 who has just passed the step-up (personal-number-rights covers the refusals).
    staff = await app.signIn('staff-chiyoda-sato', { steppedUpAt: new Date().toISOString() });
    otherStaff = await app.signIn('staff-yokohama-tanaka');
    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers,
      })
      .expect(201);
    applicationId = response.body.id as string;
  });

  afterAll(async () => {
    await app.close();
  });

  it('leaves no plaintext 個人番号 anywhere in a dump of the database', async () => {
    const { stdout } = await run('pg_dump', ['--data-only', app.database.url], {
      maxBuffer: 64 * 1024 * 1024,
    });

    expect(stdout).toContain(applicationId);
    expect(stdout).not.toContain(myNumber);
  });

  it('shows the 個人番号 masked to residents and staff', async () => {
    const own = await request(app.http)
      .get(`/api/me/applications/${applicationId}`)
      .set('Cookie', resident)
      .expect(200);
    const staffView = await request(app.http)
      .get(`/api/staff/applications/${applicationId}`)
      .set('Cookie', staff)
      .expect(200);

    expect(own.body.answers.myNumber).toBe(`********${myNumber.slice(-4)}`);
    expect(staffView.body.answers.myNumber).toBe(`********${myNumber.slice(-4)}`);
    expect(JSON.stringify(staffView.body)).not.toContain(myNumber);
  });

  it('reveals it to staff of the municipality only with a reason, and audits the reveal', async () => {
    await request(app.http)
      .post(`/api/staff/applications/${applicationId}/personal-data/reveal`)
      .set('Cookie', staff)
      .set(CSRF)
      .send({ path: 'myNumber' })
      .expect(400);

    const response = await request(app.http)
      .post(`/api/staff/applications/${applicationId}/personal-data/reveal`)
      .set('Cookie', staff)
      .set(CSRF)
      .send({ path: 'myNumber', reason: '住民基本台帳との照合のため' })
      .expect(200);

    expect(response.body).toEqual({ path: 'myNumber', value: myNumber });
    const audits = await app.database.dataSource.query(
      `SELECT actor_id, detail FROM audit_log WHERE action = 'personal_data.reveal' AND target_id = $1`,
      [applicationId],
    );
    expect(audits).toEqual([
      {
        actor_id: 'staff-chiyoda-sato',
        detail: { path: 'myNumber', reason: '住民基本台帳との照合のため' },
      },
    ]);
  });

  it('refuses the reveal to staff of another municipality and to residents', async () => {
    await request(app.http)
      .post(`/api/staff/applications/${applicationId}/personal-data/reveal`)
      .set('Cookie', otherStaff)
      .set(CSRF)
      .send({ path: 'myNumber', reason: '照合のため確認する' })
      .expect(404);
    await request(app.http)
      .post(`/api/staff/applications/${applicationId}/personal-data/reveal`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ path: 'myNumber', reason: '照合のため確認する' })
      .expect(403);
  });
});
