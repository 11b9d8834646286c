import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers, withUploadedAttachments } from '../support/samples.js';

describe('the review workflow', () => {
  let app: ApiTestApp;
  let resident: string;
  let caseworker: string;
  let approver: string;
  let admin: string;
  const answers = readSampleAnswers('pregnancy-notification');

  async function submit(): Promise<string> {
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
    return response.body.id as string;
  }

  function transition(cookie: string, id: string, body: Record<string, unknown>) {
    return request(app.http)
      .post(`/api/staff/applications/${id}/transitions`)
      .set('Cookie', cookie)
      .set(CSRF)
      .send(body);
  }

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
    caseworker = await app.signIn('staff-chiyoda-sato');
    approver = await app.signIn('staff-chiyoda-takahashi');
    admin = await app.signIn('staff-chiyoda-kobayashi');
  });

  afterAll(async () => {
    await app.close();
  });

  it('sets a due date from the 標準処理期間 in business days', async () => {
    const id = await submit();

    const detail = await request(app.http)
      .get(`/api/me/applications/${id}`)
      .set('Cookie', resident)
      .expect(200);

    expect(detail.body.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(detail.body.dueDate > detail.body.submittedAt.slice(0, 10)).toBe(true);
  });

  it('runs correction, resubmission, a drafted decision and its approval by someone else', async () => {
    const id = await submit();
    await transition(caseworker, id, { to: 'in_review' }).expect(200);

    const asked = await transition(caseworker, id, {
      to: 'correction_requested',
      fieldsToFix: ['phone'],
      messageToResident: '電話番号がつながりません。確認してください。',
    }).expect(200);
    expect(asked.body.correctionFields).toEqual(['phone']);

    const resubmitted = await request(app.http)
      .post(`/api/me/applications/${id}/resubmit`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ answers: { ...answers, phone: '03-3264-2111' } })
      .expect(200);
    expect(resubmitted.body.status).toBe('resubmitted');
    expect(resubmitted.body.answers.phone).toBe('0332642111');
    expect(resubmitted.body.correctionFields).toEqual([]);

    await transition(caseworker, id, { to: 'in_review' }).expect(200);
    const drafted = await transition(caseworker, id, {
      to: 'awaiting_approval',
      decision: 'completed',
    }).expect(200);
    expect(drafted.body).toMatchObject({
      pendingDecision: 'completed',
      decisionDraftedBy: 'staff-chiyoda-sato',
    });

    // The drafter cannot approve their own decision, whatever the role would allow.
    const selfApproval = await transition(caseworker, id, { to: 'completed' }).expect(403);
    expect(selfApproval.body.error.code).toBe('role_not_allowed');
    await transition(approver, id, { to: 'rejected' }).expect(409);

    const done = await transition(approver, id, {
      to: 'completed',
      comment: '内容確認済み',
    }).expect(200);
    expect(done.body.status).toBe('completed');
    expect(done.body.approvals).toEqual([{ actorId: 'staff-chiyoda-takahashi', role: 'approver' }]);
    expect(done.body.events.map((event: { toStatus: string }) => event.toStatus)).toEqual([
      'submitted',
      'in_review',
      'correction_requested',
      'resubmitted',
      'in_review',
      'awaiting_approval',
      'completed',
    ]);
  });

  it('walks a three-stage chain (担当 → 係長 → 課長) where nobody approves twice', async () => {
    const divisionHead = await app.signIn('staff-chiyoda-ishikawa');
    const target = {
      municipalityCode: CHIYODA,
      procedureId: 'child-allowance-certification',
      formVersion: 1,
    };
    const claim = await withUploadedAttachments(
      app,
      resident,
      target,
      readSampleAnswers(target.procedureId),
    );
    const created = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({ ...target, answers: claim })
      .expect(201);
    const id = created.body.id as string;
    await transition(caseworker, id, { to: 'in_review' }).expect(200);
    const drafted = await transition(caseworker, id, {
      to: 'awaiting_approval',
      decision: 'completed',
    }).expect(200);
    expect(drafted.body.approvalChain).toEqual([
      { role: 'approver', title: { ja: '係長', en: 'Section chief' } },
      { role: 'approver', title: { ja: '課長', en: 'Division head' } },
    ]);

    const first = await transition(approver, id, { to: 'completed' }).expect(200);
    expect(first.body.status).toBe('awaiting_approval');
    expect(first.body.approvals).toEqual([
      { actorId: 'staff-chiyoda-takahashi', role: 'approver' },
    ]);

    const twice = await transition(approver, id, { to: 'completed' }).expect(403);
    expect(twice.body.error.code).toBe('approver_must_differ');

    const done = await transition(divisionHead, id, { to: 'completed' }).expect(200);
    expect(done.body.status).toBe('completed');
    expect(done.body.approvals.map((approval: { actorId: string }) => approval.actorId)).toEqual([
      'staff-chiyoda-takahashi',
      'staff-chiyoda-ishikawa',
    ]);
  });

  it('never lets the person who drafted a decision approve it, even an administrator', async () => {
    const id = await submit();
    await transition(admin, id, { to: 'in_review' }).expect(200);
    await transition(approver, id, { to: 'awaiting_approval', decision: 'rejected' }).expect(200);

    const response = await transition(approver, id, { to: 'rejected' }).expect(403);

    expect(response.body.error.code).toBe('approver_must_differ');
    await transition(admin, id, { to: 'rejected' }).expect(200);
  });

  it('requires the fields to fix and a message for a correction request', async () => {
    const id = await submit();
    await transition(caseworker, id, { to: 'in_review' }).expect(200);

    const noFields = await transition(caseworker, id, {
      to: 'correction_requested',
      messageToResident: '確認してください',
    }).expect(400);
    const unknown = await transition(caseworker, id, {
      to: 'correction_requested',
      fieldsToFix: ['noSuchField'],
      messageToResident: '確認してください',
    }).expect(400);
    const noMessage = await transition(caseworker, id, {
      to: 'correction_requested',
      fieldsToFix: ['phone'],
    }).expect(400);

    expect([noFields.body.error.code, unknown.body.error.code, noMessage.body.error.code]).toEqual([
      'fields_to_fix_required',
      'unknown_field_to_fix',
      'message_to_resident_required',
    ]);
  });

  it('lets the resident withdraw before a decision, and not after', async () => {
    const id = await submit();

    const withdrawn = await request(app.http)
      .post(`/api/me/applications/${id}/withdraw`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ reason: '別の窓口で手続しました' })
      .expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');

    const again = await request(app.http)
      .post(`/api/me/applications/${id}/withdraw`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({})
      .expect(409);
    expect(again.body.error.code).toBe('transition_not_allowed');
    await transition(caseworker, id, { to: 'in_review' }).expect(409);
  });

  it('refuses a resubmission that is not asked for, or with invalid answers, and changes nothing', async () => {
    const id = await submit();
    await request(app.http)
      .post(`/api/me/applications/${id}/resubmit`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ answers })
      .expect(409);

    await transition(caseworker, id, { to: 'in_review' }).expect(200);
    await transition(caseworker, id, {
      to: 'correction_requested',
      fieldsToFix: ['phone'],
      messageToResident: '確認してください',
    }).expect(200);
    const invalid = await request(app.http)
      .post(`/api/me/applications/${id}/resubmit`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ answers: { ...answers, phone: '12' } })
      .expect(422);

    expect(invalid.body.error.fields).toEqual([
      expect.objectContaining({ path: 'phone', code: 'invalid_phone' }),
    ]);
    const detail = await request(app.http)
      .get(`/api/me/applications/${id}`)
      .set('Cookie', resident)
      .expect(200);
    expect(detail.body.status).toBe('correction_requested');
  });
});
