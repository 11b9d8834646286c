import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import { fileStorageFromEnv } from '../../src/attachments/file-storage.provider.js';
import { sweepOrphanAttachments } from '../../src/attachments/orphan-attachment-sweep.js';
import { TEST_MALWARE } from '../../src/attachments/testing/private-clamd.js';
import { makePng } from '../../src/attachments/testing/sample-files.js';
import { loadEnv } from '../../src/config/env.js';
import { COUNTER_RATE_LIMITS } from '../../src/counter/counter-rate-limit.guard.js';
import { sweepStaleCounterConfirmations } from '../../src/counter/stale-counter-sweep.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

const PROCEDURE = 'pregnancy-notification';

/** supertest's parser for a binary body (a PDF or an image) into a Buffer. */
const binaryParser = (
  response: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('書かない窓口 (counter-assisted applications)', () => {
  let app: ApiTestApp;
  let chiyodaStaff: string;
  let yokohamaStaff: string;
  let resident: string;
  let otherChiyodaStaff: string;
  let storageDir: string;
  const sample = readSampleAnswers(PROCEDURE);

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'madoguchi-counter-'));
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: storageDir });
    otherChiyodaStaff = await app.signIn('staff-chiyoda-kobayashi');
    chiyodaStaff = await app.signIn('staff-chiyoda-sato');
    yokohamaStaff = await app.signIn('staff-yokohama-tanaka');
    resident = await app.signIn('resident-yamada-hanako');
  });

  afterAll(async () => {
    await app.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  /** The clerk scans a document into the form's slot at the counter. */
  function attachAtCounter(
    cookie: string,
    file: Buffer = makePng(),
    fileName = '母子健康手帳.png',
    municipalityCode: string = CHIYODA,
  ) {
    return request(app.http)
      .post('/api/staff/counter/attachments')
      .set('Cookie', cookie)
      .set(CSRF)
      .field('municipalityCode', municipalityCode)
      .field('procedureId', PROCEDURE)
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', file, { filename: fileName });
  }

  function receiptByLink(token: string) {
    return request(app.http)
      .post('/api/counter/confirmations/receipt')
      .set(CSRF)
      .buffer(true)
      .parse(binaryParser)
      .send({ token });
  }

  function fill(
    cookie: string,
    answers: Record<string, unknown> = sample,
    identityCheck: Record<string, unknown> = { method: 'my_number_card', note: '' },
  ) {
    return request(app.http)
      .post('/api/staff/counter/confirmations')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ procedureId: PROCEDURE, formVersion: 1, answers, identityCheck });
  }

  function preview(token: string, cookie?: string) {
    const call = request(app.http).post('/api/counter/confirmations/preview').set(CSRF);
    return (cookie ? call.set('Cookie', cookie) : call).send({ token });
  }

  function confirm(token: string, via: 'qr' | 'counter_screen' = 'qr', cookie?: string) {
    const call = request(app.http).post('/api/counter/confirmations/confirm').set(CSRF);
    return (cookie ? call.set('Cookie', cookie) : call).send({ token, via });
  }

  async function auditActions(targetId: string): Promise<string[]> {
    const rows: { action: string }[] = await app.database.dataSource.query(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [targetId],
    );
    return rows.map((row) => row.action);
  }

  it('keeps what staff filled pending, sealed and out of the queue until the resident confirms by the QR link', async () => {
    const filled = await fill(chiyodaStaff).expect(201);
    const { id, token } = filled.body as { id: string; token: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(filled.body).toMatchObject({
      status: 'pending',
      procedureId: PROCEDURE,
      applicantName: '小田原 花子',
      identityCheck: { method: 'my_number_card', note: '' },
      filledBy: { staffId: 'staff-chiyoda-sato' },
      applicationId: null,
      receiptNumber: null,
    });
    expect(Date.parse(filled.body.tokenExpiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(Date.parse(filled.body.tokenExpiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);

    const [row] = await app.database.dataSource.query(
      `SELECT answers, token_hash, application_id FROM counter_confirmations WHERE id = $1`,
      [id],
    );
    expect(JSON.stringify(row.answers)).not.toContain(String(sample.myNumber));
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    const applicationId = row.application_id as string;
    await request(app.http)
      .get(`/api/staff/applications/${applicationId}`)
      .set('Cookie', chiyodaStaff)
      .expect(404);
    expect(await auditActions(id)).toEqual(['counter.fill']);

    const shown = await preview(token).expect(200);
    expect(shown.body).toMatchObject({
      municipalityCode: CHIYODA,
      procedureId: PROCEDURE,
      formVersion: 1,
      identityMethod: 'my_number_card',
      answers: { myNumber: '********5352', phone: '09012345678', birthDate: sample.birthDate },
    });
    expect(JSON.stringify(shown.body)).not.toContain(String(sample.myNumber));
    expect(await auditActions(id)).toEqual(['counter.fill', 'counter.preview']);

    const confirmed = await confirm(token, 'qr').expect(200);
    expect(confirmed.body).toMatchObject({
      receiptNumber: expect.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/),
      applicationId: null,
      procedureTitle: { ja: expect.any(String) },
    });

    const status = await request(app.http)
      .get(`/api/staff/counter/confirmations/${id}`)
      .set('Cookie', chiyodaStaff)
      .expect(200);
    expect(status.body).toMatchObject({
      status: 'confirmed',
      confirmedVia: 'qr',
      applicationId,
      receiptNumber: confirmed.body.receiptNumber,
    });

    const detail = await request(app.http)
      .get(`/api/staff/applications/${applicationId}`)
      .set('Cookie', chiyodaStaff)
      .expect(200);
    expect(detail.body).toMatchObject({
      status: 'submitted',
      receiptNumber: confirmed.body.receiptNumber,
      applicantName: '小田原 花子',
      answers: { myNumber: '********5352' },
      counterAssisted: {
        filledBy: {
          staffId: 'staff-chiyoda-sato',
          displayName: expect.stringContaining('佐藤 美咲'),
        },
        identityCheck: { method: 'my_number_card' },
        confirmedVia: 'qr',
        confirmedAt: status.body.confirmedAt,
        isLinkedToAccount: false,
      },
    });
    expect(detail.body.events).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'submitted', actorKind: 'resident' }),
    ]);

    const [stored] = await app.database.dataSource.query(
      `SELECT resident_id, filled_by_staff_id, confirmed_via, confirmed_at, counter_identity_check, answers
         FROM applications WHERE id = $1`,
      [applicationId],
    );
    expect(stored).toMatchObject({
      resident_id: `counter:${id}`,
      filled_by_staff_id: 'staff-chiyoda-sato',
      confirmed_via: 'qr',
      counter_identity_check: { method: 'my_number_card', note: '' },
    });
    expect(JSON.stringify(stored.answers)).not.toContain(String(sample.myNumber));
    expect(await auditActions(applicationId)).toEqual(
      expect.arrayContaining(['application.submit', 'counter.confirm']),
    );
    const [outbox] = await app.database.dataSource.query(
      `SELECT payload FROM outbox WHERE payload ->> 'applicationId' = $1`,
      [applicationId],
    );
    expect(outbox.payload).toMatchObject({
      toStatus: 'submitted',
      receiptNumber: confirmed.body.receiptNumber,
    });
  });

  it('works once: a reused link is refused in Japanese and English, and so is a second confirmation racing the first', async () => {
    const { token } = (await fill(chiyodaStaff).expect(201)).body as { token: string };

    const [first, second] = await Promise.all([confirm(token), confirm(token)]);

    expect([first.status, second.status].sort()).toEqual([200, 410]);
    const reused = await confirm(token).expect(410);
    expect(reused.body.error).toMatchObject({
      code: 'counter_token_used',
      message: {
        ja: expect.stringContaining('すでに使われました'),
        en: expect.stringContaining('already been used'),
      },
    });
    expect((await preview(token).expect(410)).body.error.code).toBe('counter_token_used');
  });

  it('refuses an expired link with a clear error, and a new link from staff replaces it', async () => {
    const { id, token } = (await fill(chiyodaStaff).expect(201)).body as {
      id: string;
      token: string;
    };
    await app.database.dataSource.query(
      `UPDATE counter_confirmations SET token_expires_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );

    const expired = await confirm(token).expect(410);
    expect(expired.body.error).toMatchObject({
      code: 'counter_token_expired',
      message: {
        ja: expect.stringContaining('有効期限が切れました'),
        en: expect.stringContaining('expired'),
      },
    });
    expect((await preview(token).expect(410)).body.error.code).toBe('counter_token_expired');

    const reissued = await request(app.http)
      .post(`/api/staff/counter/confirmations/${id}/link`)
      .set('Cookie', chiyodaStaff)
      .set(CSRF)
      .expect(200);
    expect(reissued.body.token).not.toBe(token);
    expect((await confirm(token).expect(404)).body.error.code).toBe('counter_token_invalid');
    await confirm(reissued.body.token as string, 'counter_screen').expect(200);
    expect(await auditActions(id)).toEqual(['counter.fill', 'counter.link_issued']);

    const again = await request(app.http)
      .post(`/api/staff/counter/confirmations/${id}/link`)
      .set('Cookie', chiyodaStaff)
      .set(CSRF)
      .expect(409);
    expect(again.body.error.code).toBe('counter_already_confirmed');
  });

  it('validates with the same form engine as a submission: field errors, and the identity check’s note for その他', async () => {
    const invalid = await fill(chiyodaStaff, { ...sample, myNumber: '314159265353' }).expect(422);
    expect(invalid.body.error.code).toBe('invalid_answers');
    expect(invalid.body.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'myNumber' })]),
    );

    const noNote = await fill(chiyodaStaff, sample, { method: 'other', note: '' }).expect(400);
    expect(JSON.stringify(noNote.body.error.fields)).toContain('identityCheck.note');
    const unknownMethod = await fill(chiyodaStaff, sample, { method: 'passport' }).expect(400);
    expect(unknownMethod.body.error.code).toBeDefined();
    await fill(chiyodaStaff, sample, { method: 'other', note: '健康保険証と年金手帳' }).expect(201);
    const count = await app.database.dataSource.query(
      `SELECT count(*)::int AS n FROM counter_confirmations WHERE identity_check ->> 'method' = 'other'`,
    );
    expect(count[0].n).toBe(1);
  });

  it('shows a pending one only to staff of its municipality, and staff routes to no resident', async () => {
    const { id } = (await fill(chiyodaStaff).expect(201)).body as { id: string };

    const other = await request(app.http)
      .get(`/api/staff/counter/confirmations/${id}`)
      .set('Cookie', yokohamaStaff)
      .expect(404);
    expect(other.body.error.code).toBe('counter_confirmation_not_found');
    await request(app.http)
      .post(`/api/staff/counter/confirmations/${id}/link`)
      .set('Cookie', yokohamaStaff)
      .set(CSRF)
      .expect(404);
    await request(app.http)
      .get(`/api/staff/counter/confirmations/${id}`)
      .set('Cookie', resident)
      .expect(403);
    await request(app.http).get(`/api/staff/counter/confirmations/${id}`).expect(401);
    await fill(resident).expect(403);
    // Row-level security as the second wall: Yokohama's tenant sees no Chiyoda row at all.
    const seen = await app.database.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('role', 'madoguchi_app', true), set_config('app.municipality_code', '141003', true)`,
      );
      return manager.query(`SELECT id FROM counter_confirmations WHERE id = $1`, [id]);
    });
    expect(seen).toEqual([]);
  });

  it('links the application to the resident’s account when they confirm signed in on their phone', async () => {
    const { id, token } = (await fill(chiyodaStaff).expect(201)).body as {
      id: string;
      token: string;
    };

    const confirmed = await confirm(token, 'qr', resident).expect(200);

    expect(confirmed.body.applicationId).toEqual(expect.any(String));
    const mine = await request(app.http)
      .get(`/api/me/applications/${confirmed.body.applicationId}`)
      .set('Cookie', resident)
      .expect(200);
    expect(mine.body).toMatchObject({
      status: 'submitted',
      receiptNumber: confirmed.body.receiptNumber,
    });
    expect(mine.body.counterAssisted).toBeUndefined();
    const detail = await request(app.http)
      .get(`/api/staff/applications/${confirmed.body.applicationId}`)
      .set('Cookie', chiyodaStaff)
      .expect(200);
    expect(detail.body.counterAssisted).toMatchObject({
      isLinkedToAccount: true,
      confirmedVia: 'qr',
    });
    const [row] = await app.database.dataSource.query(
      `SELECT confirmed_by_resident_id FROM counter_confirmations WHERE id = $1`,
      [id],
    );
    expect(row.confirmed_by_resident_id).toBe('resident-yamada-hanako');
  });

  it('sweeps what the resident never confirmed once its link is long expired, and what staff cancelled long ago, and keeps the confirmed', async () => {
    const stale = (await fill(chiyodaStaff).expect(201)).body as { id: string };
    const fresh = (await fill(chiyodaStaff).expect(201)).body as { id: string };
    const confirmed = (await fill(chiyodaStaff).expect(201)).body as { id: string; token: string };
    const cancelled = (await fill(chiyodaStaff).expect(201)).body as { id: string };
    await confirm(confirmed.token).expect(200);
    await request(app.http)
      .post(`/api/staff/counter/confirmations/${cancelled.id}/cancel`)
      .set('Cookie', chiyodaStaff)
      .set(CSRF)
      .expect(200);
    await app.database.dataSource.query(
      `UPDATE counter_confirmations SET token_expires_at = now() - interval '2 days' WHERE id = ANY($1)`,
      [[stale.id, confirmed.id, cancelled.id]],
    );

    const deleted = await sweepStaleCounterConfirmations(app.database.dataSource, {
      expiredBefore: new Date(Date.now() - 86_400_000),
    });

    expect(deleted).toBe(2);
    const left: { id: string }[] = await app.database.dataSource.query(
      `SELECT id FROM counter_confirmations WHERE id = ANY($1)`,
      [[stale.id, fresh.id, confirmed.id, cancelled.id]],
    );
    expect(left.map((row) => row.id).sort()).toEqual([fresh.id, confirmed.id].sort());
  });

  it('refuses a malformed or unknown token, and a confirmation without the CSRF header', async () => {
    expect((await confirm('not-a-token').expect(404)).body.error).toMatchObject({
      code: 'counter_token_invalid',
      message: { ja: expect.any(String), en: expect.any(String) },
    });
    expect((await preview('A'.repeat(22)).expect(404)).body.error.code).toBe(
      'counter_token_invalid',
    );
    await request(app.http)
      .post('/api/counter/confirmations/confirm')
      .send({ token: 'A'.repeat(22), via: 'qr' })
      .expect(403);
    const wrongVia = await request(app.http)
      .post('/api/counter/confirmations/confirm')
      .set(CSRF)
      .send({ token: 'A'.repeat(22), via: 'email' })
      .expect(400);
    expect(wrongVia.body.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'via' })]),
    );
  });

  it('takes the files the clerk scans at the counter, shows them to the resident, and links them to the application', async () => {
    const scanned = await attachAtCounter(chiyodaStaff).expect(201);
    const attachmentId = scanned.body.id as string;
    expect(scanned.body).toMatchObject({ fileName: '母子健康手帳.png', mimeType: 'image/png' });

    const filled = await fill(chiyodaStaff, { ...sample, pregnancyProof: [attachmentId] }).expect(
      201,
    );
    const { id, token } = filled.body as { id: string; token: string };
    expect(filled.body.attachmentCount).toBe(1);
    const [held] = await app.database.dataSource.query(
      `SELECT resident_id, application_id FROM attachments WHERE id = $1`,
      [attachmentId],
    );
    expect(held).toEqual({ resident_id: `counter:${id}`, application_id: null });

    const shown = await preview(token).expect(200);
    expect(shown.body.attachments).toEqual([
      {
        id: attachmentId,
        slotId: 'pregnancyProof',
        fileName: '母子健康手帳.png',
        mimeType: 'image/png',
        bytes: makePng().length,
      },
    ]);
    const image = await request(app.http)
      .post('/api/counter/confirmations/attachment')
      .set(CSRF)
      .buffer(true)
      .parse(binaryParser)
      .send({ token, attachmentId })
      .expect(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toContain('no-store');
    expect(Buffer.compare(image.body as Buffer, makePng())).toBe(0);

    const confirmed = await confirm(token, 'counter_screen').expect(200);
    expect(Date.parse(confirmed.body.receiptAvailableUntil) - Date.now()).toBeGreaterThan(
      29 * 60_000,
    );
    // Once confirmed, the link shows no file any more: it only downloads the 控え for a while.
    await request(app.http)
      .post('/api/counter/confirmations/attachment')
      .set(CSRF)
      .send({ token, attachmentId })
      .expect(410);

    const status = await request(app.http)
      .get(`/api/staff/counter/confirmations/${id}`)
      .set('Cookie', chiyodaStaff)
      .expect(200);
    const detail = await request(app.http)
      .get(`/api/staff/applications/${status.body.applicationId as string}`)
      .set('Cookie', chiyodaStaff)
      .expect(200);
    expect(detail.body.attachments).toEqual([
      expect.objectContaining({
        id: attachmentId,
        slotId: 'pregnancyProof',
        mimeType: 'image/png',
      }),
    ]);
    await request(app.http)
      .get(`/api/attachments/${attachmentId}`)
      .set('Cookie', chiyodaStaff)
      .expect(200);
    await request(app.http)
      .get(`/api/attachments/${attachmentId}`)
      .set('Cookie', yokohamaStaff)
      .expect(404);

    const receipt = await receiptByLink(token).expect(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(receipt.headers['cache-control']).toBe('no-store');
    expect(receipt.headers['content-disposition']).toContain(
      `${confirmed.body.receiptNumber as string}.pdf`,
    );
    expect((receipt.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const printed = await request(app.http)
      .get(`/api/staff/counter/confirmations/${id}/receipt.pdf`)
      .set('Cookie', chiyodaStaff)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect((printed.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await request(app.http)
      .get(`/api/staff/counter/confirmations/${id}/receipt.pdf`)
      .set('Cookie', yokohamaStaff)
      .expect(404);
    expect(await auditActions(id)).toEqual([
      'counter.fill',
      'counter.preview',
      'counter.attachment_view',
      'counter.receipt',
      'counter.receipt',
    ]);
  });

  it('gives the files to the resident’s account when they confirm signed in', async () => {
    const attachmentId = (await attachAtCounter(chiyodaStaff).expect(201)).body.id as string;
    const { token } = (
      await fill(chiyodaStaff, { ...sample, pregnancyProof: [attachmentId] }).expect(201)
    ).body as { token: string };

    const confirmed = await confirm(token, 'qr', resident).expect(200);

    const [row] = await app.database.dataSource.query(
      `SELECT resident_id, application_id FROM attachments WHERE id = $1`,
      [attachmentId],
    );
    expect(row).toEqual({
      resident_id: 'resident-yamada-hanako',
      application_id: confirmed.body.applicationId,
    });
    await request(app.http)
      .get(`/api/attachments/${attachmentId}`)
      .set('Cookie', resident)
      .expect(200);
  });

  it('refuses a file scanned by another clerk, a resident’s upload, another municipality and malware', async () => {
    const othersScan = (await attachAtCounter(otherChiyodaStaff).expect(201)).body.id as string;
    const residentsUpload = (
      await request(app.http)
        .post('/api/attachments')
        .set('Cookie', resident)
        .set(CSRF)
        .field('municipalityCode', CHIYODA)
        .field('procedureId', PROCEDURE)
        .field('formVersion', '1')
        .field('slotId', 'pregnancyProof')
        .attach('file', makePng(), { filename: 'mine.png' })
        .expect(201)
    ).body.id as string;

    for (const foreign of [othersScan, residentsUpload]) {
      const refused = await fill(chiyodaStaff, { ...sample, pregnancyProof: [foreign] }).expect(
        422,
      );
      expect(refused.body.error.code).toBe('invalid_attachments');
      expect(refused.body.error.fields[0].path).toMatch(/^pregnancyProof/);
    }
    const elsewhere = await attachAtCounter(chiyodaStaff, makePng(), 'a.png', '141003').expect(400);
    expect(elsewhere.body.error.code).toBe('invalid_upload');
    const infected = await attachAtCounter(chiyodaStaff, TEST_MALWARE, 'scan.png').expect(422);
    expect(infected.body.error).toMatchObject({
      code: 'file_infected',
      message: { ja: expect.any(String), en: expect.any(String) },
    });
    const [rows] = await app.database.dataSource.query(
      `SELECT count(*)::int AS n FROM attachments WHERE resident_id = 'counter-staff:staff-chiyoda-sato' AND file_name = 'scan.png'`,
    );
    expect(rows.n).toBe(0);

    // Used once, a scan is the counter application's: the next fill cannot take it again.
    const scan = (await attachAtCounter(chiyodaStaff).expect(201)).body.id as string;
    await fill(chiyodaStaff, { ...sample, pregnancyProof: [scan] }).expect(201);
    await fill(chiyodaStaff, { ...sample, pregnancyProof: [scan] }).expect(422);
    // …and the clerk can no longer remove it; an unused one they can.
    await request(app.http)
      .delete(`/api/staff/counter/attachments/${scan}`)
      .set('Cookie', chiyodaStaff)
      .set(CSRF)
      .expect(404);
    const unused = (await attachAtCounter(chiyodaStaff).expect(201)).body.id as string;
    await request(app.http)
      .delete(`/api/staff/counter/attachments/${unused}`)
      .set('Cookie', otherChiyodaStaff)
      .set(CSRF)
      .expect(404);
    await request(app.http)
      .delete(`/api/staff/counter/attachments/${unused}`)
      .set('Cookie', chiyodaStaff)
      .set(CSRF)
      .expect(204);
  });

  it('keeps the files of a pending counter application from the orphan sweep', async () => {
    const attachmentId = (await attachAtCounter(chiyodaStaff).expect(201)).body.id as string;
    await fill(chiyodaStaff, { ...sample, pregnancyProof: [attachmentId] }).expect(201);

    await sweepOrphanAttachments(
      app.database.dataSource,
      fileStorageFromEnv(loadEnv({ STORAGE_LOCAL_DIR: storageDir })),
      { uploadedBefore: new Date(Date.now() + 60_000) },
    );

    const left = await app.database.dataSource.query(`SELECT id FROM attachments WHERE id = $1`, [
      attachmentId,
    ]);
    expect(left).toHaveLength(1);
  });

  it('lists the municipality’s counter applications with their state, and cancels a pending one', async () => {
    const awaiting = (await fill(chiyodaStaff).expect(201)).body as { id: string };
    const expired = (await fill(chiyodaStaff).expect(201)).body as { id: string };
    const toCancel = (await fill(chiyodaStaff).expect(201)).body as { id: string; token: string };
    const done = (await fill(chiyodaStaff).expect(201)).body as { id: string; token: string };
    await confirm(done.token).expect(200);
    await app.database.dataSource.query(
      `UPDATE counter_confirmations SET token_expires_at = now() - interval '1 second' WHERE id = $1`,
      [expired.id],
    );

    const cancelled = await request(app.http)
      .post(`/api/staff/counter/confirmations/${toCancel.id}/cancel`)
      .set('Cookie', chiyodaStaff)
      .set(CSRF)
      .expect(200);

    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      state: 'cancelled',
      cancelledAt: expect.any(String),
    });
    const list = await request(app.http)
      .get('/api/staff/counter/confirmations')
      .set('Cookie', chiyodaStaff)
      .expect(200);
    const stateOf = (id: string) =>
      (list.body.items as { id: string; state: string }[]).find((item) => item.id === id)?.state;
    expect(stateOf(awaiting.id)).toBe('awaiting');
    expect(stateOf(expired.id)).toBe('expired');
    expect(stateOf(toCancel.id)).toBe('cancelled');
    expect(stateOf(done.id)).toBe('confirmed');
    const first = list.body.items[0] as { filledBy: { staffId: string }; createdAt: string };
    expect(first.filledBy.staffId).toBe('staff-chiyoda-sato');
    const times = (list.body.items as { createdAt: string }[]).map((item) => item.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const theirs = await request(app.http)
      .get('/api/staff/counter/confirmations')
      .set('Cookie', yokohamaStaff)
      .expect(200);
    expect(JSON.stringify(theirs.body)).not.toContain(awaiting.id);

    const refused = await preview(toCancel.token).expect(410);
    expect(refused.body.error).toMatchObject({
      code: 'counter_cancelled',
      message: { ja: expect.stringContaining('取り消しました'), en: expect.any(String) },
    });
    await confirm(toCancel.token).expect(410);
    const [row] = await app.database.dataSource.query(
      `SELECT answers, cancelled_by_staff_id FROM counter_confirmations WHERE id = $1`,
      [toCancel.id],
    );
    expect(row).toEqual({ answers: {}, cancelled_by_staff_id: 'staff-chiyoda-sato' });
    expect(await auditActions(toCancel.id)).toEqual(['counter.fill', 'counter.cancel']);
    await request(app.http)
      .post(`/api/staff/counter/confirmations/${toCancel.id}/link`)
      .set('Cookie', chiyodaStaff)
      .set(CSRF)
      .expect(410);
    const confirmedOne = await request(app.http)
      .post(`/api/staff/counter/confirmations/${done.id}/cancel`)
      .set('Cookie', chiyodaStaff)
      .set(CSRF)
      .expect(409);
    expect(confirmedOne.body.error.code).toBe('counter_already_confirmed');
    await request(app.http)
      .post(`/api/staff/counter/confirmations/${awaiting.id}/cancel`)
      .set('Cookie', yokohamaStaff)
      .set(CSRF)
      .expect(404);
  });

  it('downloads the 控え by the link only for a while after confirming, and not before', async () => {
    const { id, token } = (await fill(chiyodaStaff).expect(201)).body as {
      id: string;
      token: string;
    };
    const early = await receiptByLink(token).expect(409);
    expect(JSON.parse((early.body as Buffer).toString('utf8')).error.code).toBe(
      'counter_not_confirmed',
    );
    await confirm(token).expect(200);
    await receiptByLink(token).expect(200);

    await app.database.dataSource.query(
      `UPDATE counter_confirmations SET confirmed_at = now() - interval '31 minutes' WHERE id = $1`,
      [id],
    );

    const late = await receiptByLink(token).expect(410);
    expect(JSON.parse((late.body as Buffer).toString('utf8')).error).toMatchObject({
      code: 'counter_receipt_unavailable',
      message: { ja: expect.stringContaining('控え'), en: expect.stringContaining('receipt') },
    });
    // Staff still print it for the resident.
    await request(app.http)
      .get(`/api/staff/counter/confirmations/${id}/receipt.pdf`)
      .set('Cookie', chiyodaStaff)
      .expect(200);
  });

  it('limits the requests one link can make in a minute', async () => {
    // The count is per minute: start well inside one.
    const second = new Date().getSeconds();
    if (second > 45) {
      await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    }
    const { token } = (await fill(chiyodaStaff).expect(201)).body as { token: string };

    const statuses: number[] = [];
    for (let attempt = 0; attempt <= COUNTER_RATE_LIMITS.perToken; attempt += 1) {
      statuses.push((await preview(token)).status);
    }

    expect(statuses.slice(0, COUNTER_RATE_LIMITS.perToken).every((status) => status === 200)).toBe(
      true,
    );
    const limited = await preview(token).expect(429);
    expect(limited.body.error).toMatchObject({
      code: 'counter_rate_limited',
      message: { ja: expect.any(String), en: expect.any(String) },
    });
    expect(statuses.at(-1)).toBe(429);
  });
});
