import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import { generateApiKey } from '../../src/back-office/api-key-secret.js';
import { makePng } from '../../src/attachments/testing/sample-files.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, YOKOHAMA, readSampleAnswers } from '../support/samples.js';

/**
 * Who may read or write what, as one table: two residents, staff of two municipalities, an
 * administrator and back-office keys of both municipalities, across every read and write of
 * applications, the queue, notes, exports, attachments, API keys and the back-office API.
 * Nobody reads or writes across a resident or a municipality; every refusal has the error shape.
 */

const ACTORS = [
  'anonymous',
  'chiyodaKey',
  'yokohamaKey',
  'residentB',
  'yokohamaStaff',
  'chiyodaStaff',
  'chiyodaAdmin',
  'residentA',
] as const;
type ActorName = (typeof ACTORS)[number];
type Method = 'get' | 'post' | 'put' | 'delete';

type Fixture = {
  applicationId: string;
  receiptNumber: string;
  withdrawableId: string;
  attachmentId: string;
  revocableKeyId: string;
  /** A counter-assisted application of Chiyoda waiting for the resident (書かない窓口). */
  counterConfirmationId: string;
};

type Endpoint = {
  name: string;
  method: Method;
  path: (fixture: Fixture) => string;
  body?: object;
  /** Expected status per actor (the actors are tried in ACTORS order: the owner last). */
  expected: Record<ActorName, number>;
  /** For lists that answer 200 to several actors: whether the response shows application A. */
  showsApplication?: Partial<Record<ActorName, boolean>>;
  /** For the counter's list: whether the response shows the fixture's counter confirmation. */
  showsCounterConfirmation?: Partial<Record<ActorName, boolean>>;
};

/** Every cookie endpoint refuses the back-office keys: 401 on reads, 403 (CSRF) on writes. */
const KEYS_ON_COOKIE_READ = { chiyodaKey: 401, yokohamaKey: 401 } as const;
const KEYS_ON_COOKIE_WRITE = { chiyodaKey: 403, yokohamaKey: 403 } as const;
const RESIDENTS_REFUSED = { residentA: 403, residentB: 403 } as const;
const STAFF_REFUSED = { chiyodaStaff: 403, yokohamaStaff: 403, chiyodaAdmin: 403 } as const;
const COOKIES_ON_BACK_OFFICE = {
  anonymous: 401,
  residentA: 401,
  residentB: 401,
  chiyodaStaff: 401,
  yokohamaStaff: 401,
  chiyodaAdmin: 401,
} as const;

/** The actors who sign in to the web apps (a cookie session). */
type SignedInName = Exclude<ActorName, 'anonymous' | 'chiyodaKey' | 'yokohamaKey'>;

/**
 * A row for an endpoint of the web apps (cookie session): nobody signed in gets 401, the
 * back-office keys 401 on a read and 403 on a write (no CSRF header), and every resident and staff
 * member 403 unless `allowed` gives the status they get instead.
 */
function cookieEndpoint(
  row: Omit<Endpoint, 'expected'> & { allowed: Partial<Record<SignedInName, number>> },
): Endpoint {
  const { allowed, ...endpoint } = row;
  return {
    ...endpoint,
    expected: {
      anonymous: 401,
      ...(endpoint.method === 'get' ? KEYS_ON_COOKIE_READ : KEYS_ON_COOKIE_WRITE),
      ...RESIDENTS_REFUSED,
      ...STAFF_REFUSED,
      ...allowed,
    },
  };
}

const ENDPOINTS: Endpoint[] = [
  cookieEndpoint({
    name: 'list own applications',
    method: 'get',
    path: () => '/api/me/applications',
    allowed: { residentA: 200, residentB: 200 },
    showsApplication: { residentA: true, residentB: false },
  }),
  cookieEndpoint({
    name: 'read an own application',
    method: 'get',
    path: (f) => `/api/me/applications/${f.applicationId}`,
    allowed: { residentA: 200, residentB: 404 },
  }),
  cookieEndpoint({
    name: 'the 控え of an own application',
    method: 'get',
    path: (f) => `/api/me/applications/${f.applicationId}/receipt.pdf`,
    allowed: { residentA: 200, residentB: 404 },
  }),
  cookieEndpoint({
    name: 'the 決定通知書 of an own application (not decided yet)',
    method: 'get',
    path: (f) => `/api/me/applications/${f.applicationId}/decision-notice.pdf`,
    allowed: { residentA: 404, residentB: 404 },
  }),
  cookieEndpoint({
    name: 'the 控え of an application of the municipality, for staff',
    method: 'get',
    path: (f) => `/api/staff/applications/${f.applicationId}/receipt.pdf`,
    allowed: { chiyodaStaff: 200, yokohamaStaff: 404, chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'the 決定通知書 of an application of the municipality (not decided yet), for staff',
    method: 'get',
    path: (f) => `/api/staff/applications/${f.applicationId}/decision-notice.pdf`,
    allowed: { chiyodaStaff: 404, yokohamaStaff: 404, chiyodaAdmin: 404 },
  }),
  cookieEndpoint({
    name: 'submit an application (an empty body)',
    method: 'post',
    path: () => '/api/applications',
    body: {},
    allowed: { residentA: 400, residentB: 400 },
  }),
  cookieEndpoint({
    name: 'resubmit (not allowed while submitted)',
    method: 'post',
    path: (f) => `/api/me/applications/${f.applicationId}/resubmit`,
    body: { answers: {} },
    allowed: { residentA: 409, residentB: 404 },
  }),
  cookieEndpoint({
    name: 'withdraw',
    method: 'post',
    path: (f) => `/api/me/applications/${f.withdrawableId}/withdraw`,
    body: {},
    allowed: { residentA: 200, residentB: 404 },
  }),
  cookieEndpoint({
    name: 'the work queue',
    method: 'get',
    path: () => '/api/staff/applications',
    allowed: { chiyodaStaff: 200, yokohamaStaff: 200, chiyodaAdmin: 200 },
    showsApplication: { chiyodaStaff: true, chiyodaAdmin: true, yokohamaStaff: false },
  }),
  cookieEndpoint({
    name: 'read an application as staff',
    method: 'get',
    path: (f) => `/api/staff/applications/${f.applicationId}`,
    allowed: { chiyodaStaff: 200, yokohamaStaff: 404, chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'transition (not allowed from submitted)',
    method: 'post',
    path: (f) => `/api/staff/applications/${f.applicationId}/transitions`,
    body: { to: 'completed' },
    allowed: { chiyodaStaff: 409, yokohamaStaff: 404, chiyodaAdmin: 409 },
  }),
  cookieEndpoint({
    name: 'reveal a 個人番号',
    method: 'post',
    path: (f) => `/api/staff/applications/${f.applicationId}/personal-data/reveal`,
    body: { path: 'myNumber', reason: '本人確認のため閲覧' },
    // Only a 事務取扱担当者 after a step-up (the Chiyoda case worker here); the administrator is none.
    allowed: { chiyodaStaff: 200, yokohamaStaff: 404 },
  }),
  cookieEndpoint({
    name: 'assign',
    method: 'post',
    path: (f) => `/api/staff/applications/${f.applicationId}/assign`,
    body: { assigneeId: 'staff-chiyoda-sato' },
    allowed: { chiyodaStaff: 200, yokohamaStaff: 404, chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'start a bulk assignment',
    method: 'post',
    path: () => '/api/staff/assignments',
    body: { assigneeId: null, filter: { status: ['withdrawn'] } },
    allowed: { chiyodaStaff: 202, yokohamaStaff: 202, chiyodaAdmin: 202 },
  }),
  cookieEndpoint({
    name: 'read a bulk assignment (none of that id)',
    method: 'get',
    path: () => `/api/staff/assignments/${randomUUID()}`,
    allowed: { chiyodaStaff: 404, yokohamaStaff: 404, chiyodaAdmin: 404 },
  }),
  cookieEndpoint({
    name: 'count the queue',
    method: 'get',
    path: () => '/api/staff/applications/count',
    allowed: { chiyodaStaff: 200, yokohamaStaff: 200, chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'read notes',
    method: 'get',
    path: (f) => `/api/staff/applications/${f.applicationId}/notes`,
    allowed: { chiyodaStaff: 200, yokohamaStaff: 404, chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'add a note',
    method: 'post',
    path: (f) => `/api/staff/applications/${f.applicationId}/notes`,
    body: { body: '確認しました' },
    allowed: { chiyodaStaff: 201, yokohamaStaff: 404, chiyodaAdmin: 201 },
  }),
  cookieEndpoint({
    name: 'export',
    method: 'get',
    path: () => '/api/staff/applications/export?format=json',
    allowed: { chiyodaStaff: 200, yokohamaStaff: 200, chiyodaAdmin: 200 },
    showsApplication: { chiyodaStaff: true, chiyodaAdmin: true, yokohamaStaff: false },
  }),
  cookieEndpoint({
    name: 'staff members',
    method: 'get',
    path: () => '/api/staff/members',
    allowed: { chiyodaStaff: 200, yokohamaStaff: 200, chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'download an attachment',
    method: 'get',
    path: (f) => `/api/attachments/${f.attachmentId}`,
    allowed: {
      residentA: 200,
      residentB: 404,
      chiyodaStaff: 200,
      yokohamaStaff: 404,
      chiyodaAdmin: 200,
    },
  }),
  cookieEndpoint({
    name: 'delete an attachment (in use)',
    method: 'delete',
    path: (f) => `/api/attachments/${f.attachmentId}`,
    allowed: { residentA: 409, residentB: 404 },
  }),
  cookieEndpoint({
    name: 'list API keys',
    method: 'get',
    path: () => '/api/staff/api-keys',
    allowed: { chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'create an API key',
    method: 'post',
    path: () => '/api/staff/api-keys',
    body: { name: '行列テスト' },
    allowed: { chiyodaAdmin: 201 },
  }),
  cookieEndpoint({
    name: 'revoke an API key',
    method: 'delete',
    path: (f) => `/api/staff/api-keys/${f.revocableKeyId}`,
    allowed: { chiyodaAdmin: 204 },
  }),
  cookieEndpoint({
    name: 'the overlay editor of a procedure',
    method: 'get',
    path: () => '/api/staff/overlay-editor/procedures/pregnancy-notification',
    allowed: { chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: "preview another municipality's overlay",
    method: 'post',
    path: () => '/api/staff/overlay-editor/procedures/pregnancy-notification/preview',
    body: { overlay: { procedureId: 'pregnancy-notification', municipalityCode: YOKOHAMA } },
    allowed: { chiyodaAdmin: 422 },
  }),
  cookieEndpoint({
    name: 'publish an overlay (no draft saved)',
    method: 'post',
    path: () => '/api/staff/overlay-editor/procedures/pregnancy-notification/publish',
    body: {},
    allowed: { chiyodaAdmin: 409 },
  }),
  cookieEndpoint({
    name: 'migrate a draft (of nobody)',
    method: 'post',
    path: () => '/api/me/drafts/00000000-0000-4000-8000-000000000000/migrate',
    allowed: { residentA: 404, residentB: 404 },
  }),
  cookieEndpoint({
    name: 'the procedures a municipality accepts (administration)',
    method: 'get',
    path: () => '/api/staff/administration/procedures',
    allowed: { chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'switch a procedure on (already on: nothing changes)',
    method: 'post',
    path: () => '/api/staff/administration/procedures/disaster-damage-certificate/availability',
    body: { isEnabled: true },
    allowed: { chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'the audit trail',
    method: 'get',
    path: () => '/api/staff/administration/audit-log?limit=100',
    allowed: { chiyodaAdmin: 200 },
    showsApplication: { chiyodaAdmin: true },
  }),
  cookieEndpoint({
    name: 'the reminders a municipality sends (administration)',
    method: 'get',
    path: () => '/api/staff/administration/notification-rules',
    allowed: { chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'the reminder-rule parameters and their version (administration)',
    method: 'get',
    path: () => '/api/staff/administration/reminder-rules',
    allowed: { chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'edit the reminder-rule parameters (a stale version: nothing changes)',
    method: 'put',
    path: () => '/api/staff/administration/reminder-rules',
    body: { version: 999, rules: {} },
    allowed: { chiyodaAdmin: 409 },
  }),
  cookieEndpoint({
    name: 'own life records',
    method: 'get',
    path: () => '/api/me/life-records',
    allowed: { residentA: 200, residentB: 200 },
  }),
  cookieEndpoint({
    name: 'the notification dead-letter list',
    method: 'get',
    path: () => '/api/staff/notification-deliveries/dead-letters',
    allowed: { chiyodaStaff: 200, yokohamaStaff: 200, chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'retry a dead letter (none of that id)',
    method: 'post',
    path: () => `/api/staff/notification-deliveries/${randomUUID()}/retry`,
    allowed: { chiyodaStaff: 404, yokohamaStaff: 404, chiyodaAdmin: 404 },
  }),
  cookieEndpoint({
    name: 'the dashboard (counts only: no receipt number)',
    method: 'get',
    path: () => '/api/staff/dashboard',
    allowed: { chiyodaStaff: 200, yokohamaStaff: 200, chiyodaAdmin: 200 },
    showsApplication: { chiyodaStaff: false, yokohamaStaff: false, chiyodaAdmin: false },
  }),
  cookieEndpoint({
    name: 'start a bulk export',
    method: 'post',
    path: () => '/api/staff/exports',
    body: { status: ['withdrawn'] },
    allowed: { chiyodaStaff: 202, yokohamaStaff: 202, chiyodaAdmin: 202 },
  }),
  cookieEndpoint({
    name: 'read a bulk export (none of that id)',
    method: 'get',
    path: () => `/api/staff/exports/${randomUUID()}`,
    allowed: { chiyodaStaff: 404, yokohamaStaff: 404, chiyodaAdmin: 404 },
  }),
  cookieEndpoint({
    name: 'download a bulk export (none of that id)',
    method: 'get',
    path: () => `/api/staff/exports/${randomUUID()}/file`,
    allowed: { chiyodaStaff: 404, yokohamaStaff: 404, chiyodaAdmin: 404 },
  }),
  cookieEndpoint({
    name: 'fill an application at the counter (an empty body)',
    method: 'post',
    path: () => '/api/staff/counter/confirmations',
    body: {},
    allowed: { chiyodaStaff: 400, yokohamaStaff: 400, chiyodaAdmin: 400 },
  }),
  cookieEndpoint({
    name: 'a pending counter-assisted application',
    method: 'get',
    path: (f) => `/api/staff/counter/confirmations/${f.counterConfirmationId}`,
    allowed: { chiyodaStaff: 200, yokohamaStaff: 404, chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'a new counter confirmation link',
    method: 'post',
    path: (f) => `/api/staff/counter/confirmations/${f.counterConfirmationId}/link`,
    allowed: { chiyodaStaff: 200, yokohamaStaff: 404, chiyodaAdmin: 200 },
  }),
  cookieEndpoint({
    name: 'the counter’s list of counter-assisted applications',
    method: 'get',
    path: () => '/api/staff/counter/confirmations',
    allowed: { chiyodaStaff: 200, yokohamaStaff: 200, chiyodaAdmin: 200 },
    showsCounterConfirmation: { chiyodaStaff: true, yokohamaStaff: false, chiyodaAdmin: true },
  }),
  cookieEndpoint({
    name: 'print the 控え of a counter-assisted application (not confirmed yet)',
    method: 'get',
    path: (f) => `/api/staff/counter/confirmations/${f.counterConfirmationId}/receipt.pdf`,
    allowed: { chiyodaStaff: 409, yokohamaStaff: 404, chiyodaAdmin: 409 },
  }),
  cookieEndpoint({
    name: 'attach a file at the counter (not multipart)',
    method: 'post',
    path: () => '/api/staff/counter/attachments',
    body: {},
    allowed: { chiyodaStaff: 415, yokohamaStaff: 415, chiyodaAdmin: 415 },
  }),
  cookieEndpoint({
    name: 'remove a file attached at the counter (a resident’s file)',
    method: 'delete',
    path: (f) => `/api/staff/counter/attachments/${f.attachmentId}`,
    allowed: { chiyodaStaff: 404, yokohamaStaff: 404, chiyodaAdmin: 404 },
  }),
  cookieEndpoint({
    // Last of the counter rows: the fixture's confirmation is cancelled from here on.
    name: 'cancel a counter-assisted application',
    method: 'post',
    path: (f) => `/api/staff/counter/confirmations/${f.counterConfirmationId}/cancel`,
    allowed: { chiyodaStaff: 200, yokohamaStaff: 404, chiyodaAdmin: 200 },
  }),
  {
    // The link is the authority, not the session: nobody gets further with a token never issued.
    name: 'preview a counter link (a token never issued)',
    method: 'post',
    path: () => '/api/counter/confirmations/preview',
    body: { token: 'A'.repeat(22) },
    expected: {
      anonymous: 404,
      ...KEYS_ON_COOKIE_WRITE,
      residentA: 404,
      residentB: 404,
      chiyodaStaff: 404,
      yokohamaStaff: 404,
      chiyodaAdmin: 404,
    },
  },
  {
    name: 'a file attached at the counter, by its link (a token never issued)',
    method: 'post',
    path: () => '/api/counter/confirmations/attachment',
    body: { token: 'A'.repeat(22), attachmentId: '00000000-0000-4000-8000-000000000000' },
    expected: {
      anonymous: 404,
      ...KEYS_ON_COOKIE_WRITE,
      residentA: 404,
      residentB: 404,
      chiyodaStaff: 404,
      yokohamaStaff: 404,
      chiyodaAdmin: 404,
    },
  },
  {
    name: 'the 控え of a counter application by its link (a token never issued)',
    method: 'post',
    path: () => '/api/counter/confirmations/receipt',
    body: { token: 'A'.repeat(22) },
    expected: {
      anonymous: 404,
      ...KEYS_ON_COOKIE_WRITE,
      residentA: 404,
      residentB: 404,
      chiyodaStaff: 404,
      yokohamaStaff: 404,
      chiyodaAdmin: 404,
    },
  },
  {
    name: 'confirm a counter application (a token never issued)',
    method: 'post',
    path: () => '/api/counter/confirmations/confirm',
    body: { token: 'A'.repeat(22), via: 'qr' },
    expected: {
      anonymous: 404,
      ...KEYS_ON_COOKIE_WRITE,
      residentA: 404,
      residentB: 404,
      chiyodaStaff: 404,
      yokohamaStaff: 404,
      chiyodaAdmin: 404,
    },
  },
  {
    name: 'back-office list',
    method: 'get',
    path: () => '/api/back-office/applications',
    expected: { ...COOKIES_ON_BACK_OFFICE, chiyodaKey: 200, yokohamaKey: 200 },
    showsApplication: { chiyodaKey: true, yokohamaKey: false },
  },
  {
    name: 'back-office read',
    method: 'get',
    path: (f) => `/api/back-office/applications/${f.receiptNumber}`,
    expected: { ...COOKIES_ON_BACK_OFFICE, chiyodaKey: 200, yokohamaKey: 404 },
  },
  {
    name: 'back-office acknowledge',
    method: 'post',
    path: (f) => `/api/back-office/applications/${f.receiptNumber}/acknowledge`,
    expected: { ...COOKIES_ON_BACK_OFFICE, chiyodaKey: 200, yokohamaKey: 404 },
  },
];

describe('the authorization matrix', () => {
  let app: ApiTestApp;
  let storageDir: string;
  const fixture = {} as Fixture;
  const credentials = {} as Record<ActorName, { cookie?: string; bearer?: string }>;

  async function submit(
    cookie: string,
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; receiptNumber: string }> {
    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: { ...readSampleAnswers('pregnancy-notification'), ...extra },
      })
      .expect(201);
    return response.body as { id: string; receiptNumber: string };
  }

  async function storeKey(municipalityCode: string): Promise<string> {
    const secret = generateApiKey();
    await app.database.dataSource.query(
      `INSERT INTO api_keys (id, municipality_code, name, key_prefix, key_hash, scopes, created_by)
       VALUES ($1, $2, 'matrix', $3, $4, $5, 'test')`,
      [
        randomUUID(),
        municipalityCode,
        secret.keyPrefix,
        secret.keyHash,
        JSON.stringify(['applications:read', 'applications:acknowledge', 'personal-data']),
      ],
    );
    return secret.key;
  }

  function send(actor: ActorName, method: Method, path: string, body?: object) {
    const { cookie, bearer } = credentials[actor];
    let call = request(app.http)[method](path);
    if (cookie) {
      // A browser of the console or the resident app: the session cookie and the CSRF header.
      call = call.set('Cookie', cookie).set(CSRF);
    }
    if (bearer) {
      // A back-office system: the key only, as the API documents.
      call = call.set('Authorization', `Bearer ${bearer}`);
    }
    if (!cookie && !bearer && method !== 'get') {
      call = call.set(CSRF);
    }
    return body === undefined ? call : call.send(body);
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'madoguchi-matrix-'));
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: storageDir });
    const residentA = await app.signIn('resident-yamada-hanako');
    credentials.anonymous = {};
    credentials.residentA = { cookie: residentA };
    credentials.residentB = { cookie: await app.signIn('resident-suzuki-ichiro') };
    credentials.chiyodaStaff = {
      cookie: await app.signIn('staff-chiyoda-sato', { steppedUpAt: new Date().toISOString() }),
    };
    credentials.yokohamaStaff = { cookie: await app.signIn('staff-yokohama-tanaka') };
    credentials.chiyodaAdmin = { cookie: await app.signIn('staff-chiyoda-kobayashi') };
    credentials.chiyodaKey = { bearer: await storeKey(CHIYODA) };
    credentials.yokohamaKey = { bearer: await storeKey(YOKOHAMA) };

    const upload = await request(app.http)
      .post('/api/attachments')
      .set('Cookie', residentA)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', makePng(), { filename: '母子手帳.png' })
      .expect(201);
    fixture.attachmentId = upload.body.id as string;
    const application = await submit(residentA, { pregnancyProof: [fixture.attachmentId] });
    fixture.applicationId = application.id;
    // The submission does not link its attachments yet (the attachments module's
    // linkToApplication is not called from the submit use case): link it as it will.
    await app.database.dataSource.query(
      `UPDATE attachments SET application_id = $1 WHERE id = $2`,
      [application.id, fixture.attachmentId],
    );
    fixture.receiptNumber = application.receiptNumber;
    fixture.withdrawableId = (await submit(residentA)).id;
    const created = await request(app.http)
      .post('/api/staff/api-keys')
      .set('Cookie', credentials.chiyodaAdmin.cookie ?? '')
      .set(CSRF)
      .send({ name: '失効用' })
      .expect(201);
    fixture.revocableKeyId = created.body.apiKey.id as string;
    const counter = await request(app.http)
      .post('/api/staff/counter/confirmations')
      .set('Cookie', credentials.chiyodaStaff.cookie ?? '')
      .set(CSRF)
      .send({
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: readSampleAnswers('pregnancy-notification'),
        identityCheck: { method: 'my_number_card', note: '' },
      })
      .expect(201);
    fixture.counterConfirmationId = counter.body.id as string;
  });

  afterAll(async () => {
    await app.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  describe.each(ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s',
    (_name, endpoint) => {
      it.each(ACTORS.map((actor) => [actor, endpoint.expected[actor]] as const))(
        'answers %s with %i',
        async (actor, status) => {
          // Act
          const response = await send(
            actor,
            endpoint.method,
            endpoint.path(fixture),
            endpoint.body,
          );

          // Assert
          expect({ actor, status: response.status }).toEqual({ actor, status });
          if (status >= 400) {
            expect(response.body.error).toMatchObject({
              code: expect.any(String),
              message: { ja: expect.any(String), en: expect.any(String) },
            });
          }
          const shows = endpoint.showsApplication?.[actor];
          if (shows !== undefined) {
            expect(response.text.includes(fixture.receiptNumber)).toBe(shows);
          }
          const showsCounter = endpoint.showsCounterConfirmation?.[actor];
          if (showsCounter !== undefined) {
            expect(response.text.includes(fixture.counterConfirmationId)).toBe(showsCounter);
          }
        },
      );
    },
  );

  it('covers every actor for every endpoint', () => {
    // Assert
    for (const endpoint of ENDPOINTS) {
      expect(Object.keys(endpoint.expected).sort()).toEqual([...ACTORS].sort());
    }
  });

  describe('bad input is a 4xx with a code and ja/en messages, never a 5xx', () => {
    const cases: {
      name: string;
      actor: ActorName;
      method: Method;
      path: (f: Fixture) => string;
      raw?: string;
      body?: object;
    }[] = [
      {
        name: 'malformed JSON to assign',
        actor: 'chiyodaStaff',
        method: 'post',
        path: (f) => `/api/staff/applications/${f.applicationId}/assign`,
        raw: '{"assigneeId":',
      },
      {
        name: 'malformed JSON to a note',
        actor: 'chiyodaStaff',
        method: 'post',
        path: (f) => `/api/staff/applications/${f.applicationId}/notes`,
        raw: '{body:',
      },
      {
        name: 'malformed JSON to a key',
        actor: 'chiyodaAdmin',
        method: 'post',
        path: () => '/api/staff/api-keys',
        raw: '[',
      },
      {
        name: 'a note of the wrong type',
        actor: 'chiyodaStaff',
        method: 'post',
        path: (f) => `/api/staff/applications/${f.applicationId}/notes`,
        body: { body: ['x'] },
      },
      {
        name: 'an assignment with an unknown field',
        actor: 'chiyodaStaff',
        method: 'post',
        path: (f) => `/api/staff/applications/${f.applicationId}/assign`,
        body: { assigneeId: null, force: true },
      },
      {
        name: 'a key with an unknown scope',
        actor: 'chiyodaAdmin',
        method: 'post',
        path: () => '/api/staff/api-keys',
        body: { name: 'x', scopes: ['admin'] },
      },
      {
        name: 'a queue cursor that was never issued',
        actor: 'chiyodaStaff',
        method: 'get',
        path: () => '/api/staff/applications?cursor=eyJ4IjoxfQ',
      },
      {
        name: 'a back-office cursor that was never issued',
        actor: 'chiyodaKey',
        method: 'get',
        path: () => '/api/back-office/applications?cursor=WyJyZWNlaXZlZCIsIngiLCJ5Il0',
      },
      {
        name: 'a limit out of range',
        actor: 'chiyodaKey',
        method: 'get',
        path: () => '/api/back-office/applications?limit=-1',
      },
      {
        name: 'an export format',
        actor: 'chiyodaStaff',
        method: 'get',
        path: () => '/api/staff/applications/export?format=pdf',
      },
      {
        name: 'an id that is not a UUID',
        actor: 'chiyodaStaff',
        method: 'get',
        path: () => '/api/staff/applications/not-a-uuid/notes',
      },
      {
        name: 'a key id that is not a UUID',
        actor: 'chiyodaAdmin',
        method: 'delete',
        path: () => '/api/staff/api-keys/1',
      },
      {
        name: 'malformed JSON to a procedure switch',
        actor: 'chiyodaAdmin',
        method: 'post',
        path: () => '/api/staff/administration/procedures/pregnancy-notification/availability',
        raw: '{"isEnabled":',
      },
      {
        name: 'an audit cursor that was never issued',
        actor: 'chiyodaAdmin',
        method: 'get',
        path: () => '/api/staff/administration/audit-log?cursor=eyJ4IjoxfQ',
      },
      {
        name: 'a receipt number of the wrong shape',
        actor: 'chiyodaKey',
        method: 'get',
        path: () => '/api/back-office/applications/%F0%9F%98%80',
      },
    ];

    it.each(cases.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
      // Act
      let call = send(item.actor, item.method, item.path(fixture));
      if (item.raw !== undefined) {
        call = call.set('Content-Type', 'application/json').send(item.raw);
      } else if (item.body !== undefined) {
        call = call.send(item.body);
      }
      const response = await call;

      // Assert
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body.error).toMatchObject({
        code: expect.any(String),
        message: { ja: expect.any(String), en: expect.any(String) },
      });
    });
  });
});
