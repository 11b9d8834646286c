import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

const REVEALS_PER_HOUR = 3;
const STEP_UP_MAX_AGE_SECONDS = 300;

function secondsAgo(seconds: number): string {
  return new Date(Date.now() - seconds * 1000).toISOString();
}

/** 番号法: only a designated 事務取扱担当者, after a fresh step-up, within an hourly limit. */
describe('個人番号 reveal rights', () => {
  let app: ApiTestApp;
  let applicationId: string;
  const answers = readSampleAnswers('pregnancy-notification');
  const myNumber = answers.myNumber as string;

  function reveal(cookie: string) {
    return request(app.http)
      .post(`/api/staff/applications/${applicationId}/personal-data/reveal`)
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ path: 'myNumber', reason: '住民基本台帳との照合のため' });
  }

  async function auditsOf(
    actorId: string,
  ): Promise<{ action: string; detail: Record<string, unknown> }[]> {
    return app.database.dataSource.query(
      `SELECT action, detail FROM audit_log WHERE actor_id = $1 AND action LIKE 'personal_data.reveal%' AND target_id = $2 ORDER BY id`,
      [actorId, applicationId],
    );
  }

  async function metricValue(outcome: string): Promise<number> {
    const response = await request(app.http).get('/api/metrics').expect(200);
    const line = response.text
      .split('\n')
      .find((candidate) =>
        candidate.startsWith(
          `madoguchi_personal_number_reveals_total{outcome="${outcome}",municipality="${CHIYODA}"}`,
        ),
      );
    return line === undefined ? 0 : Number(line.split(' ').at(-1));
  }

  beforeAll(async () => {
    app = await startApiTestApp({
      PERSONAL_NUMBER_REVEALS_PER_HOUR: String(REVEALS_PER_HOUR),
      PERSONAL_NUMBER_STEP_UP_MAX_AGE_SECONDS: String(STEP_UP_MAX_AGE_SECONDS),
    });
    const resident = await app.signIn('resident-yamada-hanako');
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

  it('refuses an approver who is not a 事務取扱担当者, even right after a step-up, and audits the refusal', async () => {
    const approver = await app.signIn('staff-chiyoda-takahashi', { steppedUpAt: secondsAgo(5) });

    const response = await reveal(approver).expect(403);

    expect(response.body.error.code).toBe('personal_number_handler_required');
    expect(response.body.error.message.ja).toContain('事務取扱担当者');
    expect(response.body.error.message.en).toContain('personal-number handler');
    expect(JSON.stringify(response.body)).not.toContain(myNumber);
    expect(await auditsOf('staff-chiyoda-takahashi')).toEqual([
      {
        action: 'personal_data.reveal_refused',
        detail: { path: 'myNumber', refusal: 'personal_number_handler_required' },
      },
    ]);
  });

  it('refuses the administrator too: the role is a designation, not a rank', async () => {
    const admin = await app.signIn('staff-chiyoda-kobayashi', { steppedUpAt: secondsAgo(5) });

    const response = await reveal(admin).expect(403);

    expect(response.body.error.code).toBe('personal_number_handler_required');
  });

  it('asks the 事務取扱担当者 for a step-up when the session has none or an old one', async () => {
    const withoutStepUp = await app.signIn('staff-chiyoda-sato');
    const staleStepUp = await app.signIn('staff-chiyoda-sato', {
      steppedUpAt: secondsAgo(STEP_UP_MAX_AGE_SECONDS + 30),
    });

    const first = await reveal(withoutStepUp).expect(403);
    const second = await reveal(staleStepUp).expect(403);

    expect(first.body.error.code).toBe('step_up_required');
    expect(second.body.error.code).toBe('step_up_required');
    expect(second.body.error.message.ja).toContain('もう一度ログイン');
    expect(await auditsOf('staff-chiyoda-sato')).toEqual([
      {
        action: 'personal_data.reveal_refused',
        detail: { path: 'myNumber', refusal: 'step_up_required' },
      },
      {
        action: 'personal_data.reveal_refused',
        detail: { path: 'myNumber', refusal: 'step_up_required' },
      },
    ]);
  });

  it('reveals to the 事務取扱担当者 after a fresh step-up, up to the hourly limit, then refuses with 429', async () => {
    const revealedBefore = await metricValue('revealed');
    const limitedBefore = await metricValue('personal_number_reveal_rate_limited');
    const handler = await app.signIn('staff-chiyoda-sato', { steppedUpAt: secondsAgo(10) });

    for (let index = 0; index < REVEALS_PER_HOUR; index += 1) {
      const response = await reveal(handler).expect(200);
      expect(response.body).toEqual({ path: 'myNumber', value: myNumber });
    }
    const refused = await reveal(handler).expect(429);

    expect(refused.body.error.code).toBe('personal_number_reveal_rate_limited');
    expect(refused.body.error.message.en).toContain('in an hour');
    const audits = await auditsOf('staff-chiyoda-sato');
    expect(audits.filter((audit) => audit.action === 'personal_data.reveal')).toHaveLength(
      REVEALS_PER_HOUR,
    );
    expect(audits.at(-1)).toEqual({
      action: 'personal_data.reveal_refused',
      detail: { path: 'myNumber', refusal: 'personal_number_reveal_rate_limited' },
    });
    expect(await metricValue('revealed')).toBe(revealedBefore + REVEALS_PER_HOUR);
    expect(await metricValue('personal_number_reveal_rate_limited')).toBe(limitedBefore + 1);
    expect(await metricValue('step_up_required')).toBeGreaterThanOrEqual(2);
  });

  it('counts concurrent reveals one after the other, so a burst never passes the limit', async () => {
    // The test forgets this hour's reveals as an owner past the audit log's append-only trigger
    // (AuditChain1765500002000): nothing the platform itself can do.
    await app.database.dataSource.query(
      `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
       DELETE FROM audit_log WHERE actor_id = 'staff-chiyoda-sato';
       ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`,
    );
    const handler = await app.signIn('staff-chiyoda-sato', { steppedUpAt: secondsAgo(10) });

    const statuses = await Promise.all(
      Array.from({ length: REVEALS_PER_HOUR + 3 }, () =>
        reveal(handler).then((response) => response.status),
      ),
    );

    expect(statuses.filter((status) => status === 200)).toHaveLength(REVEALS_PER_HOUR);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
  });

  it('keeps the 個人番号 masked in the export for every role, the 事務取扱担当者 included', async () => {
    const handler = await app.signIn('staff-chiyoda-sato', { steppedUpAt: secondsAgo(10) });

    const response = await request(app.http)
      .get('/api/staff/applications/export')
      .query({ procedureId: 'pregnancy-notification', format: 'csv' })
      .set('Cookie', handler)
      .expect(200);

    expect(response.text).toContain(`********${myNumber.slice(-4)}`);
    expect(response.text).not.toContain(myNumber);
  });
});
