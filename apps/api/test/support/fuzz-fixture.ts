import { randomBytes, randomUUID } from 'node:crypto';

import { EMAIL_CONFIRMATION_TOKEN_TTL_HOURS } from '@madoguchi/notifications-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import request from 'supertest';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import { hashEmailConfirmationToken } from '../../src/notifications/email-confirmation.service.js';
import type { ApiTestApp } from './api-test-app.js';
import { CSRF } from './api-test-app.js';
import type { CookieJar } from './demo-idp.js';
import { chooseAccountAtProvider, cookieHeader, keepCookies } from './demo-idp.js';
import { CHIYODA, readSampleAnswers, withUploadedAttachments } from './samples.js';

const PREGNANCY = {
  municipalityCode: CHIYODA,
  procedureId: 'pregnancy-notification',
  formVersion: 1,
} as const;

export type SubmittedApplication = {
  id: string;
  receiptNumber: string;
  /** The answers as submitted (attachment ids of real uploads, the 個人番号 in clear). */
  answers: Record<string, unknown>;
  attachmentIds: string[];
};

/** The sessions the fixture acts with (Cookie header values). */
export type FixtureSessions = { resident: string; caseworker: string; administrator: string };

/**
 * The state the fuzzer needs to get a valid request through every operation, built through the
 * API wherever it can be (and directly in the database only where the worker would have written
 * it: inbox rows, a delivery that failed for good, the token a confirmation mail carried).
 *
 * Resources named `shared…` may be named by any operation (and so get withdrawn, deleted or
 * revoked along the way); the others are kept for one operation each, so that another
 * operation's fuzzing cannot use them up first.
 */
export type FuzzFixture = {
  sharedApplications: SubmittedApplication[];
  sharedDraftId: string;
  /** A draft of a form version its municipality has since replaced (施行日 today): it may migrate. */
  outdatedDraftId: string;
  /** An upload no application references: DELETE /api/attachments/{id} may remove it. */
  sharedAttachmentId: string;
  /** Sample answers with their attachments uploaded: each can be submitted once. */
  submittableAnswers: Record<string, unknown>[];
  backOfficeKey: string;
  /** A second key, which DELETE /api/staff/api-keys/{id} may revoke. */
  revocableApiKeyId: string;
  /** Submitted and never changed by another operation: reveal, attachment meta, back-office download. */
  readOnlyApplication: SubmittedApplication;
  /** 補正依頼 (correction_requested) naming `phone`, for the resident's resubmission. */
  correctionRequested: SubmittedApplication;
  /** For staff transitions: three 送信済 (submitted), one 処理中 (in_review). */
  transitionable: { id: string; status: ApplicationStatus }[];
  /** 処理完了 (completed): its sealed 決定通知書, for the resident and the staff. */
  decidedApplicationId: string;
  /** 送信済 and touched by no other operation: the resident may withdraw it. */
  withdrawableApplicationId: string;
  /** An unread お知らせ of the resident. */
  notificationId: string;
  /** A delivery of 千代田区 that failed for good (permanent_failure). */
  deadLetterId: string;
  /** Another resident's pending 見守り invitation, for the resident to accept. */
  invitationCode: string;
  /** An active watch in which the resident is the watcher, for the resident to end. */
  watchId: string;
  /** The tokens of two pending address confirmations (of residents the fuzzer never signs in as). */
  confirmationTokens: { confirm: string; decline: string };
  /** A resident whose address waits for confirmation and whose resend interval has passed. */
  pendingEmailCookie: string;
  /**
   * 書かない窓口: three applications filled at the counter by the case worker, waiting for the
   * resident: one for the staff reads and the new link, and the links of the other two (valid a
   * day here, not ten minutes, as the fuzz takes longer), one to preview and one to confirm.
   */
  counter: {
    confirmationId: string;
    previewToken: string;
    confirmToken: string;
    /** One of its own to cancel (the others must stay pending). */
    cancelId: string;
    /** One confirmed a moment ago, for staff's 控え and the link's 控え (its token). */
    confirmedId: string;
    receiptToken: string;
    /** A pending one with a file scanned at the counter: its link and the file. */
    attachmentToken: string;
    attachmentId: string;
    /** A file the case worker scanned at the counter that no application holds, to remove. */
    staffAttachmentId: string;
  };
  /** A finished bulk export of 千代田区 (its file is kept 24 h): the job's reads and its download. */
  bulkExportId: string;
  /** A finished bulk assignment of 千代田区 (of the withdrawn ones: it changes nothing): its reads. */
  bulkAssignmentId: string;
};

async function post(
  app: ApiTestApp,
  cookie: string,
  path: string,
  body: object,
  expected: number,
): Promise<request.Response> {
  const response = await request(app.http).post(path).set('Cookie', cookie).set(CSRF).send(body);
  if (response.status !== expected) {
    throw new Error(
      `fixture: POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }
  return response;
}

/** A bulk export of the staff member's municipality, started and waited for: its id. */
async function finishedBulkExport(app: ApiTestApp, staff: string): Promise<string> {
  const started = await post(app, staff, '/api/staff/exports', {}, 202);
  const id = (started.body as { id: string }).id;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const job = await request(app.http).get(`/api/staff/exports/${id}`).set('Cookie', staff);
    if ((job.body as { state?: string }).state === 'completed') {
      return id;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`fixture: the bulk export ${id} did not finish`);
}

/** A bulk assignment of the staff member's municipality, started and waited for: its id. */
async function finishedBulkAssignment(app: ApiTestApp, staff: string): Promise<string> {
  const started = await post(
    app,
    staff,
    '/api/staff/assignments',
    { assigneeId: null, filter: { status: ['withdrawn'] } },
    202,
  );
  const id = (started.body as { id: string }).id;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const job = await request(app.http).get(`/api/staff/assignments/${id}`).set('Cookie', staff);
    if ((job.body as { state?: string }).state === 'completed') {
      return id;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`fixture: the bulk assignment ${id} did not finish`);
}

/** An application filled at the counter by a staff member, its link valid for a day: id and token. */
async function fillAtCounter(
  app: ApiTestApp,
  staff: string,
  attachmentIds: string[] = [],
): Promise<{ id: string; token: string }> {
  const response = await post(
    app,
    staff,
    '/api/staff/counter/confirmations',
    {
      procedureId: 'pregnancy-notification',
      formVersion: 1,
      answers: { ...readSampleAnswers('pregnancy-notification'), pregnancyProof: attachmentIds },
      identityCheck: { method: 'my_number_card', note: '' },
    },
    201,
  );
  const { id, token } = response.body as { id: string; token: string };
  await app.database.dataSource.query(
    `UPDATE counter_confirmations SET token_expires_at = now() + interval '1 day' WHERE id = $1`,
    [id],
  );
  return { id, token };
}

/** A PNG the staff member scanned at the counter into the 妊娠の届出's proof slot: its id. */
async function scanAtCounter(app: ApiTestApp, staff: string): Promise<string> {
  const response = await request(app.http)
    .post('/api/staff/counter/attachments')
    .set('Cookie', staff)
    .set(CSRF)
    .field('municipalityCode', CHIYODA)
    .field('procedureId', 'pregnancy-notification')
    .field('formVersion', '1')
    .field('slotId', 'pregnancyProof')
    .attach('file', makePng(), { filename: 'scan.png' });
  if (response.status !== 201) {
    throw new Error(`fixture: the counter upload answered ${response.status}`);
  }
  return (response.body as { id: string }).id;
}

/** A PNG uploaded to the 妊娠の届出's proof slot by the resident: its attachment id. */
async function uploadProof(app: ApiTestApp, resident: string): Promise<string> {
  const response = await request(app.http)
    .post('/api/attachments')
    .set('Cookie', resident)
    .set(CSRF)
    .field('municipalityCode', CHIYODA)
    .field('procedureId', 'pregnancy-notification')
    .field('formVersion', '1')
    .field('slotId', 'pregnancyProof')
    .attach('file', makePng(), { filename: 'proof.png' });
  if (response.status !== 201) {
    throw new Error(`fixture: the upload answered ${response.status}`);
  }
  return (response.body as { id: string }).id;
}

/** The sample 妊娠の届出 with one uploaded proof (the sample itself attaches none). */
async function submitPregnancyNotification(
  app: ApiTestApp,
  resident: string,
): Promise<SubmittedApplication> {
  const answers = {
    ...(await withUploadedAttachments(
      app,
      resident,
      PREGNANCY,
      readSampleAnswers('pregnancy-notification'),
    )),
    pregnancyProof: [await uploadProof(app, resident)],
  };
  const response = await post(app, resident, '/api/applications', { ...PREGNANCY, answers }, 201);
  const { id, receiptNumber } = response.body as { id: string; receiptNumber: string };
  const attachments: { id: string }[] = await app.database.dataSource.query(
    `SELECT id FROM attachments WHERE application_id = $1 ORDER BY id`,
    [id],
  );
  return { id, receiptNumber, answers, attachmentIds: attachments.map((row) => row.id) };
}

/**
 * A pending confirmation of a new address, and the token its mail would carry: the worker draws
 * the token when it sends the mail and stores only its hash, so the fixture does the same.
 */
async function pendingConfirmationToken(
  app: ApiTestApp,
  cookie: string,
  ownerId: string,
  email: string,
): Promise<string> {
  const saved = await request(app.http)
    .put('/api/me/notification-contact')
    .set('Cookie', cookie)
    .set(CSRF)
    .send({ email });
  if (saved.status !== 200) {
    throw new Error(`fixture: the address of ${ownerId} was not saved: ${saved.status}`);
  }
  const token = randomBytes(32).toString('base64url');
  await app.database.dataSource.query(
    `UPDATE email_confirmations SET token_hash = $2, token_expires_at = $3
      WHERE owner_id = $1 AND superseded_at IS NULL AND confirmed_at IS NULL AND declined_at IS NULL`,
    [
      ownerId,
      hashEmailConfirmationToken(token),
      new Date(Date.now() + EMAIL_CONFIRMATION_TOKEN_TTL_HOURS * 3600_000),
    ],
  );
  return token;
}

/** A 見守り invitation of `inviter` (consented), its one-time code. */
async function inviteWatcher(app: ApiTestApp, inviter: string): Promise<string> {
  const response = await post(
    app,
    inviter,
    '/api/me/watchers/invitations',
    { inviteeLabel: '長男', relationship: 'family', hasConsented: true },
    201,
  );
  return (response.body as { invitationCode: string }).invitationCode;
}

/**
 * A draft of 千代田区's 保育施設等の利用申込 on version 1, after the administrator published
 * version 2 (the overlay editor, 施行日 today): the draft is outdated and may migrate.
 */
async function draftOfReplacedVersion(
  app: ApiTestApp,
  resident: string,
  administrator: string,
): Promise<string> {
  const procedure = { municipalityCode: CHIYODA, procedureId: 'childcare-facility-application' };
  const draft = await post(
    app,
    resident,
    '/api/me/drafts',
    { ...procedure, formVersion: 1, answers: {} },
    201,
  );
  const editor = `/api/staff/overlay-editor/procedures/${procedure.procedureId}`;
  const state = await request(app.http).get(editor).set('Cookie', administrator).expect(200);
  const overlay = { ...(state.body as { overlay: object }).overlay, standardProcessingDays: 35 };
  await request(app.http)
    .put(`${editor}/draft`)
    .set('Cookie', administrator)
    .set(CSRF)
    .send({ overlay })
    .expect(200);
  await post(app, administrator, `${editor}/publish`, {}, 201);
  return (draft.body as { id: string }).id;
}

export async function buildFuzzFixture(
  app: ApiTestApp,
  sessions: FixtureSessions,
): Promise<FuzzFixture> {
  const { resident, caseworker, administrator } = sessions;
  const dataSource = app.database.dataSource;

  const sharedApplications: SubmittedApplication[] = [];
  for (let index = 0; index < 3; index += 1) {
    sharedApplications.push(await submitPregnancyNotification(app, resident));
  }
  const submittableAnswers: Record<string, unknown>[] = [];
  for (let index = 0; index < 5; index += 1) {
    submittableAnswers.push(
      await withUploadedAttachments(
        app,
        resident,
        PREGNANCY,
        readSampleAnswers('pregnancy-notification'),
      ),
    );
  }
  const draft = await post(app, resident, '/api/me/drafts', { ...PREGNANCY, answers: {} }, 201);
  const sharedAttachmentId = await uploadProof(app, resident);
  const outdatedDraftId = await draftOfReplacedVersion(app, resident, administrator);
  const keyForAuth = await post(
    app,
    administrator,
    '/api/staff/api-keys',
    { name: 'fuzz', scopes: ['applications:read', 'applications:acknowledge'] },
    201,
  );
  const keyToRevoke = await post(
    app,
    administrator,
    '/api/staff/api-keys',
    { name: 'fuzz-revocable', scopes: ['applications:read'] },
    201,
  );

  // The workflow: 送信済 → 処理中 → 補正依頼, through the staff's own transitions.
  const readOnlyApplication = await submitPregnancyNotification(app, resident);
  const correctionRequested = await submitPregnancyNotification(app, resident);
  const transition = (id: string, body: object) =>
    post(app, caseworker, `/api/staff/applications/${id}/transitions`, body, 200);
  await transition(correctionRequested.id, { to: 'in_review' });
  await transition(correctionRequested.id, {
    to: 'correction_requested',
    messageToResident: '日中に連絡がとれる電話番号を確認してください。',
    fieldsToFix: [{ path: 'phone', message: 'この番号につながりません。' }],
  });
  const transitionable: FuzzFixture['transitionable'] = [];
  for (const status of ['submitted', 'submitted', 'submitted', 'in_review'] as const) {
    const { id } = await submitPregnancyNotification(app, resident);
    if (status === 'in_review') {
      await transition(id, { to: 'in_review' });
    }
    transitionable.push({ id, status });
  }
  // Drafted by the case worker, approved by the 係長 (nobody approves their own draft).
  const decided = await submitPregnancyNotification(app, resident);
  await transition(decided.id, { to: 'in_review' });
  await transition(decided.id, { to: 'awaiting_approval', decision: 'completed' });
  await post(
    app,
    await app.signIn('staff-chiyoda-takahashi'),
    `/api/staff/applications/${decided.id}/transitions`,
    { to: 'completed', messageToResident: '受理しました。' },
    200,
  );
  const withdrawable = await submitPregnancyNotification(app, resident);

  // What the worker writes: an inbox row for the resident, a delivery that failed for good.
  const notificationId = randomUUID();
  await dataSource.query(
    `INSERT INTO notifications (id, municipality_code, recipient_id, dedupe_key, title, body, application_id, category, url)
     VALUES ($1, $2, 'resident-yamada-hanako', $3, $4, $5, $6, 'application', $7)`,
    [
      notificationId,
      CHIYODA,
      `fuzz:${notificationId}`,
      JSON.stringify({ ja: '受け付けました', en: 'Received', easyJa: 'うけつけました' }),
      JSON.stringify({
        ja: '妊娠の届出を受け付けました。',
        en: 'Your pregnancy notification was received.',
        easyJa: 'にんしんの とどけでを うけつけました。',
      }),
      readOnlyApplication.id,
      `/applications/${readOnlyApplication.id}`,
    ],
  );
  const deadLetterId = randomUUID();
  await dataSource.query(
    `INSERT INTO notification_deliveries (id, municipality_code, recipient_id, category, channel, target, dedupe_key, payload, status, attempts, last_error, not_before, failed_at)
     VALUES ($1, $2, 'resident-yamada-hanako', 'childcare', 'email', 'hanako@example.jp', $3, '{"title":"3〜4か月児健診","body":"…","url":"/"}',
             'permanent_failure', 5, 'smtp_550', now(), now())`,
    [deadLetterId, CHIYODA, `fuzz:${deadLetterId}`],
  );

  // 見守り: 鈴木 一郎 invites (the resident accepts while fuzzed); 渡辺 さくら's watch is active.
  const ichiro = await app.signIn('resident-suzuki-ichiro');
  const sakura = await app.signIn('resident-watanabe-sakura');
  const invitationCode = await inviteWatcher(app, ichiro);
  const accepted = await post(
    app,
    resident,
    '/api/me/watchers/accept',
    { invitationCode: await inviteWatcher(app, sakura) },
    201,
  );

  // Double opt-in: two addresses waiting for their links, one whose mail may be sent again.
  const confirmationTokens = {
    confirm: await pendingConfirmationToken(
      app,
      ichiro,
      'resident-suzuki-ichiro',
      'ichiro@example.jp',
    ),
    decline: await pendingConfirmationToken(
      app,
      sakura,
      'resident-watanabe-sakura',
      'sakura@example.jp',
    ),
  };
  // A resident the identity provider vouches for who has no demo account of their own.
  const pendingEmailId = 'resident-fuzz-resend';
  const pendingEmailCookie = await app.signIn('resident-watanabe-sakura', {
    id: pendingEmailId,
    displayName: '再送 太郎',
  });
  await pendingConfirmationToken(app, pendingEmailCookie, pendingEmailId, 'resend@example.jp');
  // The once-a-minute resend interval has passed (as in email-confirmation.integration-spec.ts).
  await dataSource.query(
    `UPDATE email_confirmations SET last_requested_at = now() - interval '2 minutes' WHERE owner_id = $1`,
    [pendingEmailId],
  );

  // After every application it could hold, so that its file has rows.
  const bulkExportId = await finishedBulkExport(app, caseworker);
  const bulkAssignmentId = await finishedBulkAssignment(app, caseworker);

  const confirmedAtCounter = await fillAtCounter(app, caseworker);
  await post(
    app,
    '',
    '/api/counter/confirmations/confirm',
    { token: confirmedAtCounter.token, via: 'counter_screen' },
    200,
  );
  const attachmentId = await scanAtCounter(app, caseworker);
  const counter = {
    confirmationId: (await fillAtCounter(app, caseworker)).id,
    previewToken: (await fillAtCounter(app, caseworker)).token,
    confirmToken: (await fillAtCounter(app, caseworker)).token,
    cancelId: (await fillAtCounter(app, caseworker)).id,
    confirmedId: confirmedAtCounter.id,
    receiptToken: confirmedAtCounter.token,
    attachmentToken: (await fillAtCounter(app, caseworker, [attachmentId])).token,
    attachmentId,
    staffAttachmentId: await scanAtCounter(app, caseworker),
  };

  return {
    sharedApplications,
    sharedDraftId: (draft.body as { id: string }).id,
    outdatedDraftId,
    sharedAttachmentId,
    submittableAnswers,
    backOfficeKey: (keyForAuth.body as { key: string }).key,
    revocableApiKeyId: (keyToRevoke.body as { apiKey: { id: string } }).apiKey.id,
    readOnlyApplication,
    correctionRequested,
    transitionable,
    decidedApplicationId: decided.id,
    withdrawableApplicationId: withdrawable.id,
    notificationId,
    deadLetterId,
    invitationCode,
    watchId: (accepted.body as { id: string }).id,
    confirmationTokens,
    pendingEmailCookie,
    counter,
    bulkExportId,
    bulkAssignmentId,
  };
}

/** One way back from the identity provider: the callback's query and the browser's cookies. */
export type ProviderReturn = { search: string; cookie: string; clientAddress: string };

/**
 * Logins started through the API and finished at the demo provider, up to the redirect back
 * (the provider's code lives 60 s: call this right before the callback is fuzzed). Each comes
 * from a client address of its own, so the login rate limit counts them apart from the fuzz.
 */
export async function startProviderReturns(app: ApiTestApp): Promise<ProviderReturn[]> {
  const logins: { audience: 'resident' | 'staff'; accountId: string | null; returnTo: string }[] = [
    { audience: 'resident', accountId: 'resident-yamada-hanako', returnTo: '/applications' },
    { audience: 'staff', accountId: 'staff-chiyoda-takahashi', returnTo: '/' },
    // Cancelled at the provider: back to the app's sign-in page, below 400 too.
    { audience: 'resident', accountId: null, returnTo: '/applications' },
  ];
  const returns: ProviderReturn[] = [];
  for (const [index, login] of logins.entries()) {
    const jar: CookieJar = new Map();
    const clientAddress = `198.51.100.${index + 1}`;
    const started = await request(app.http)
      .get('/api/auth/login')
      .query({ audience: login.audience, returnTo: login.returnTo })
      .set('X-Forwarded-For', clientAddress);
    if (started.status !== 302) {
      throw new Error(`fixture: GET /api/auth/login answered ${started.status}`);
    }
    keepCookies(jar, (started.headers['set-cookie'] as unknown as string[] | undefined) ?? []);
    const back = await chooseAccountAtProvider(
      started.headers['location'] as string,
      login.accountId,
    );
    returns.push({ search: back.search, cookie: cookieHeader(jar), clientAddress });
  }
  return returns;
}
