import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { postPregnancyApplication, postPregnancyDraft } from '../support/resident-requests.js';
import { readSampleAnswers } from '../support/samples.js';
import type { TestSealTrust } from '../support/seal-trust.js';
import { startTestSealTrust } from '../support/seal-trust.js';

/**
 * Property names that only staff may see: internal comments, notes, assignees, drafted decisions
 * and who drafted or approved them, the approval chain, the kept answer versions.
 */
const STAFF_ONLY_KEYS = [
  'comment',
  'assigneeId',
  'assigneeName',
  'pendingDecision',
  'decisionDraftedBy',
  'approvals',
  'approvalChain',
  'answerVersions',
  'submitterIdentityLevel',
  'notes',
  'actorId',
] as const;

const CASEWORKER = 'staff-chiyoda-sato';
const APPROVER = 'staff-chiyoda-takahashi';
const MARKERS = {
  inReviewComment: 'STAFF-ONLY-COMMENT-内部メモ-1',
  correctionComment: 'STAFF-ONLY-COMMENT-内部メモ-2',
  draftedComment: 'STAFF-ONLY-COMMENT-内部メモ-3',
  approvalComment: 'STAFF-ONLY-COMMENT-内部メモ-4',
  note: 'STAFF-ONLY-NOTE-申請者に電話済み',
};

type Finding = { where: string; what: string };

/** Every staff-only key and every staff marker (comment, note, staff id) anywhere in a JSON value. */
function findStaffData(value: unknown, where: string, findings: Finding[] = []): Finding[] {
  if (typeof value === 'string') {
    for (const marker of [...Object.values(MARKERS), CASEWORKER, APPROVER]) {
      if (value.includes(marker)) {
        findings.push({ where, what: `value containing ${marker}` });
      }
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findStaffData(item, `${where}[${index}]`, findings));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((STAFF_ONLY_KEYS as readonly string[]).includes(key)) {
        findings.push({ where: `${where}.${key}`, what: 'staff-only key' });
      }
      findStaffData(child, `${where}.${key}`, findings);
    }
  }
  return findings;
}

type OpenApiDocument = {
  paths: Record<
    string,
    Record<
      string,
      { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }
    >
  >;
};

/** Every property name declared anywhere in a JSON Schema. */
function propertyNames(schema: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) {
    schema.forEach((item) => propertyNames(item, names));
  } else if (schema !== null && typeof schema === 'object') {
    for (const [key, child] of Object.entries(schema)) {
      if (key === 'properties' && child !== null && typeof child === 'object') {
        Object.keys(child).forEach((name) => names.add(name));
      }
      propertyNames(child, names);
    }
  }
  return names;
}

/** The routes a resident calls about their own data: /api/me/* and the submission itself. */
function isResidentRoute(path: string): boolean {
  return path.startsWith('/api/me/') || path === '/api/applications';
}

describe('what a resident sees of their application', () => {
  let app: ApiTestApp;
  let resident: string;
  let caseworker: string;
  let approver: string;
  let applicationId: string;
  let draftId: string;
  let workDir: string;
  let trust: TestSealTrust;
  const answers = readSampleAnswers('pregnancy-notification');
  /** Every resident response of the journey, to check at the end with the GETs. */
  const responses: { where: string; body: unknown }[] = [];

  function transition(cookie: string, body: Record<string, unknown>) {
    return request(app.http)
      .post(`/api/staff/applications/${applicationId}/transitions`)
      .set('Cookie', cookie)
      .set(CSRF)
      .send(body)
      .expect(200);
  }

  /** Calls every GET /api/me/* route of the OpenAPI document with the resident's ids. */
  async function walkResidentGets(label: string, isDecided = false): Promise<void> {
    const document = (await request(app.http).get('/api/openapi.json').expect(200))
      .body as OpenApiDocument;
    const paths = Object.entries(document.paths).filter(
      ([path, operations]) => path.startsWith('/api/me/') && 'get' in operations,
    );
    expect(paths.length).toBeGreaterThan(5);
    for (const [template] of paths) {
      const path = template
        .replace(/^\/api\/me\/applications\/\{id\}/, `/api/me/applications/${applicationId}`)
        .replace(/^\/api\/me\/drafts\/\{id\}/, `/api/me/drafts/${draftId}`);
      // A new resident route with a parameter must be added here, not silently skipped.
      expect(path).not.toMatch(/\{/);
      const response = await request(app.http).get(path).set('Cookie', resident);
      if (path.endsWith('/decision-notice.pdf') && !isDecided) {
        // The 決定通知書 exists once the application is decided; before, the answer says so.
        expect({ path, status: response.status, code: response.body?.error?.code }).toEqual({
          path,
          status: 404,
          code: 'notice_not_issued',
        });
        continue;
      }
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      if (response.type === 'application/json') {
        responses.push({ where: `${label} GET ${path}`, body: response.body });
      } else {
        // The PDF 控え: its text is compressed, so the markers are looked for in its bytes only.
        const bytes = Buffer.isBuffer(response.body)
          ? response.body.toString('latin1')
          : String(response.text);
        responses.push({ where: `${label} GET ${path}`, body: bytes });
      }
    }
  }

  beforeAll(async () => {
    // Sealing on, so that the sealed receipt JSON, its seal and the 決定通知書 are walked too.
    workDir = await mkdtemp(join(tmpdir(), 'madoguchi-resident-view-'));
    trust = await startTestSealTrust(workDir);
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: workDir, ...trust.env });
    resident = await app.signIn('resident-yamada-hanako');
    caseworker = await app.signIn(CASEWORKER);
    approver = await app.signIn(APPROVER);

    const submitted = await postPregnancyApplication(app, resident, answers).expect(201);
    applicationId = submitted.body.id as string;
    responses.push({ where: 'POST /api/applications', body: submitted.body });
    const draft = await postPregnancyDraft(app, resident).expect(201);
    draftId = draft.body.id as string;

    await request(app.http)
      .post(`/api/staff/applications/${applicationId}/assign`)
      .set('Cookie', caseworker)
      .set(CSRF)
      .send({ assigneeId: APPROVER })
      .expect(200);
    await request(app.http)
      .post(`/api/staff/applications/${applicationId}/notes`)
      .set('Cookie', caseworker)
      .set(CSRF)
      .send({ body: MARKERS.note })
      .expect(201);
    await transition(caseworker, { to: 'in_review', comment: MARKERS.inReviewComment });
    await transition(caseworker, {
      to: 'correction_requested',
      comment: MARKERS.correctionComment,
      fieldsToFix: ['phone'],
      messageToResident: '電話番号を確認してください。',
    });
    await walkResidentGets('while 補正依頼');
    const resubmitted = await request(app.http)
      .post(`/api/me/applications/${applicationId}/resubmit`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ answers: { ...answers, phone: '03-3264-2111' } })
      .expect(200);
    responses.push({ where: 'POST resubmit', body: resubmitted.body });
    await transition(caseworker, { to: 'in_review' });
    await transition(caseworker, {
      to: 'awaiting_approval',
      decision: 'completed',
      comment: MARKERS.draftedComment,
    });
    await walkResidentGets('while 承認待ち');
    await transition(approver, { to: 'completed', comment: MARKERS.approvalComment });
    await walkResidentGets('after the decision', true);
  });

  afterAll(async () => {
    await app.close();
    await trust.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('seeds what staff keep: comments on events, a note, an assignee, a decision and two answer versions', async () => {
    const staffView = await request(app.http)
      .get(`/api/staff/applications/${applicationId}`)
      .set('Cookie', caseworker)
      .expect(200);

    expect(staffView.body.events.map((event: { comment: string | null }) => event.comment)).toEqual(
      expect.arrayContaining([MARKERS.inReviewComment, MARKERS.approvalComment]),
    );
    expect(staffView.body.assigneeId).toBe(APPROVER);
    expect(staffView.body.approvals).toEqual([{ actorId: APPROVER, role: 'approver' }]);
    expect(staffView.body.answerVersions).toHaveLength(2);
    expect(findStaffData(staffView.body, 'staff view').length).toBeGreaterThan(0);
  });

  it('answers every resident route without any staff-only field or value', () => {
    expect(responses.length).toBeGreaterThan(10);

    const findings = responses.flatMap(({ where, body }) => findStaffData(body, where));

    expect(findings).toEqual([]);
  });

  it('still tells the resident the office’s messages and the decision', async () => {
    const detail = await request(app.http)
      .get(`/api/me/applications/${applicationId}`)
      .set('Cookie', resident)
      .expect(200);

    expect(detail.body.status).toBe('completed');
    expect(detail.body.events.map((event: { actorKind: string }) => event.actorKind)).toContain(
      'staff',
    );
    expect(
      detail.body.events.map(
        (event: { messageToResident: string | null }) => event.messageToResident,
      ),
    ).toContain('電話番号を確認してください。');
  });

  it('declares no staff-only property in the OpenAPI response schemas of resident routes', async () => {
    const document = (await request(app.http).get('/api/openapi.json').expect(200))
      .body as OpenApiDocument;
    const residentOperations = Object.entries(document.paths).filter(([path]) =>
      isResidentRoute(path),
    );
    expect(residentOperations.length).toBeGreaterThan(10);

    const declared = residentOperations.flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        [...propertyNames(operation.responses ?? {})]
          .filter((name) => (STAFF_ONLY_KEYS as readonly string[]).includes(name))
          .map((name) => `${method.toUpperCase()} ${path}: ${name}`),
      ),
    );

    expect(declared).toEqual([]);
  });
});
