import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers, withUploadedAttachments } from '../support/samples.js';

const CERTIFIED = {
  kind: 'careCertification',
  careLevel: 'requiresCare2',
  validFrom: '2026-05-10',
  validUntil: '2026-11-30',
};

describe('the decision record given with the approval that completes a 要介護認定', () => {
  let app: ApiTestApp;
  let resident: string;
  let caseworker: string;
  let approver: string;

  async function submit(procedureId: string): Promise<string> {
    const target = { municipalityCode: CHIYODA, procedureId, formVersion: 1 };
    const answers = await withUploadedAttachments(
      app,
      resident,
      target,
      readSampleAnswers(procedureId),
    );
    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({ ...target, answers })
      .expect(201);
    return response.body.id as string;
  }

  function transition(cookie: string, id: string, body: Record<string, unknown>) {
    return request(app.http)
      .post(`/api/staff/applications/${id}/transitions`)
      .set('Cookie', cookie)
      .set(CSRF)
      .send(body);
  }

  /** Submitted, reviewed and drafted as completed by the case worker: waiting for the approver. */
  async function awaitingApproval(procedureId = 'care-need-certification'): Promise<string> {
    const id = await submit(procedureId);
    await transition(caseworker, id, { to: 'in_review' }).expect(200);
    await transition(caseworker, id, { to: 'awaiting_approval', decision: 'completed' }).expect(
      200,
    );
    return id;
  }

  async function storedState(
    id: string,
  ): Promise<{ status: string; events: number; outbox: number }> {
    const [row] = await app.database.dataSource.query(
      `SELECT a.status,
              (SELECT count(*)::int FROM application_events e WHERE e.application_id = a.id) AS events,
              (SELECT count(*)::int FROM outbox o WHERE o.payload->>'applicationId' = a.id::text) AS outbox
         FROM applications a WHERE a.id = $1`,
      [id],
    );
    return row;
  }

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
    caseworker = await app.signIn('staff-chiyoda-sato');
    approver = await app.signIn('staff-chiyoda-takahashi');
  });

  afterAll(async () => {
    await app.close();
  });

  it('keeps the 認定結果 on the completing event, and out of the outbox message (no health data on the queue)', async () => {
    // Arrange
    const id = await awaitingApproval();

    // Act
    const done = await transition(approver, id, {
      to: 'completed',
      decisionRecord: CERTIFIED,
    }).expect(200);

    // Assert
    expect(done.body.status).toBe('completed');
    expect(done.body.decisionRecordKind).toBe('careCertification');
    expect(done.body.events.at(-1)).toMatchObject({
      toStatus: 'completed',
      decisionRecord: CERTIFIED,
    });
    expect(
      done.body.events
        .slice(0, -1)
        .map((event: { decisionRecord: unknown }) => event.decisionRecord),
    ).toEqual([null, null, null]);
    const [event] = await app.database.dataSource.query(
      `SELECT decision_record FROM application_events WHERE application_id = $1 AND to_status = 'completed'`,
      [id],
    );
    expect(event.decision_record).toEqual(CERTIFIED);
    const [outbox] = await app.database.dataSource.query(
      `SELECT payload FROM outbox WHERE payload->>'applicationId' = $1 AND payload->>'toStatus' = 'completed'`,
      [id],
    );
    expect(outbox.payload).not.toHaveProperty('decisionRecord');
    expect(JSON.stringify(outbox.payload)).not.toContain('careLevel');
  });

  it('accepts 非該当 without a period', async () => {
    const id = await awaitingApproval();

    const done = await transition(approver, id, {
      to: 'completed',
      decisionRecord: { kind: 'careCertification', careLevel: 'notApplicable' },
    }).expect(200);

    expect(done.body.events.at(-1).decisionRecord).toEqual({
      kind: 'careCertification',
      careLevel: 'notApplicable',
    });
  });

  it('refuses a period that does not end on the last day of a month with the field, code and messages, and changes nothing', async () => {
    // Arrange
    const id = await awaitingApproval();
    const before = await storedState(id);

    // Act
    const response = await transition(approver, id, {
      to: 'completed',
      decisionRecord: { ...CERTIFIED, validUntil: '2026-11-10' },
    }).expect(400);

    // Assert
    expect(response.body.error.code).toBe('invalid_request');
    expect(response.body.error.fields).toEqual([
      {
        path: 'decisionRecord.validUntil',
        code: 'valid_until_not_month_end',
        message: {
          ja: '認定有効期間の終了日は、月の末日にしてください。',
          en: 'The certification period ends on the last day of a month.',
        },
      },
    ]);
    expect(await storedState(id)).toEqual({ ...before, status: 'awaiting_approval' });
  });

  it.each([
    [
      'an end before the start',
      { ...CERTIFIED, validUntil: '2026-04-30' },
      'valid_until_not_after_valid_from',
    ],
    ['a level outside the list', { ...CERTIFIED, careLevel: 'requiresCare6' }, 'invalid_value'],
    [
      'a certification without its period',
      { kind: 'careCertification', careLevel: 'requiresSupport1' },
      'valid_from_required',
    ],
  ])('refuses %s', async (_name, decisionRecord, code) => {
    const id = await awaitingApproval();

    const response = await transition(approver, id, { to: 'completed', decisionRecord }).expect(
      400,
    );

    expect(response.body.error.fields[0].code).toBe(code);
    expect((await storedState(id)).status).toBe('awaiting_approval');
  });

  it('requires the 認定結果 to complete a 要介護認定, and changes nothing without it', async () => {
    const id = await awaitingApproval();
    const before = await storedState(id);

    const response = await transition(approver, id, { to: 'completed' }).expect(400);

    expect(response.body.error.code).toBe('decision_record_required');
    expect(response.body.error.message.ja).toContain('要介護度');
    expect(response.body.error.message.en).toBeTruthy();
    expect(await storedState(id)).toEqual(before);
  });

  it('refuses a decision record on a step that does not complete, or for a procedure that declares none', async () => {
    // Arrange
    const care = await submit('care-need-certification');
    await transition(caseworker, care, { to: 'in_review' }).expect(200);
    const pregnancy = await awaitingApproval('pregnancy-notification');

    // Act
    const drafting = await transition(caseworker, care, {
      to: 'awaiting_approval',
      decision: 'completed',
      decisionRecord: CERTIFIED,
    }).expect(400);
    const otherProcedure = await transition(approver, pregnancy, {
      to: 'completed',
      decisionRecord: CERTIFIED,
    }).expect(400);

    // Assert
    expect([drafting.body.error.code, otherProcedure.body.error.code]).toEqual([
      'decision_record_not_expected',
      'decision_record_not_expected',
    ]);
    expect((await storedState(care)).status).toBe('in_review');
    const completed = await transition(approver, pregnancy, { to: 'completed' }).expect(200);
    expect(completed.body).toMatchObject({ status: 'completed', decisionRecordKind: null });
  });
});
