import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import { fileStorageFromEnv } from '../../src/attachments/file-storage.provider.js';
import { sweepOrphanAttachments } from '../../src/attachments/orphan-attachment-sweep.js';
import { generateApiKey } from '../../src/back-office/api-key-secret.js';
import { makePng } from '../../src/attachments/testing/sample-files.js';
import { loadEnv } from '../../src/config/env.js';
import { sweepStaleDrafts } from '../../src/drafts/stale-draft-sweep.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

describe('a submission with attachments', () => {
  let app: ApiTestApp;
  let storageDir: string;
  let resident: string;
  let otherResident: string;
  let staff: string;

  async function upload(cookie: string): Promise<string> {
    const response = await request(app.http)
      .post('/api/attachments')
      .set('Cookie', cookie)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', makePng(), { filename: 'boshi-techo.png' })
      .expect(201);
    return response.body.id as string;
  }

  function submit(cookie: string, attachmentIds: string[], idempotencyKey: string) {
    return request(app.http)
      .post('/api/applications')
      .set('Cookie', cookie)
      .set(CSRF)
      .set('Idempotency-Key', idempotencyKey)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: { ...readSampleAnswers('pregnancy-notification'), pregnancyProof: attachmentIds },
      });
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'madoguchi-submission-attachments-'));
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: storageDir });
    resident = await app.signIn('resident-yamada-hanako');
    otherResident = await app.signIn('resident-suzuki-ichiro');
    staff = await app.signIn('staff-chiyoda-sato');
  });

  afterAll(async () => {
    await app.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('links the uploaded file to the application, where staff of the municipality can read it', async () => {
    const attachmentId = await upload(resident);

    const submitted = await submit(resident, [attachmentId], 'with-attachment-1').expect(201);

    const [row] = await app.database.dataSource.query(
      'SELECT application_id FROM attachments WHERE id = $1',
      [attachmentId],
    );
    expect(row.application_id).toBe(submitted.body.id);
    await request(app.http)
      .get(`/api/attachments/${attachmentId}`)
      .set('Cookie', staff)
      .expect(200);
    const detail = await request(app.http)
      .get(`/api/staff/applications/${submitted.body.id as string}`)
      .set('Cookie', staff)
      .expect(200);
    expect(detail.body.attachments).toEqual([
      {
        id: attachmentId,
        slotId: 'pregnancyProof',
        fileName: 'boshi-techo.png',
        mimeType: 'image/png',
        bytes: makePng().length,
        removedMetadata: [],
      },
    ]);
    const [procedure] = await app.database.dataSource.query(
      `SELECT identity_level FROM procedures WHERE municipality_code = $1 AND procedure_id = 'pregnancy-notification'`,
      [CHIYODA],
    );
    expect(detail.body.identityLevel).toBe(procedure.identity_level);
    // 山田 花子 signs in with the マイナンバーカード (level 3): the application keeps it.
    expect(detail.body.submitterIdentityLevel).toBe(3);
  });

  it('answers a retry with the same application, although its file is now in use', async () => {
    const attachmentId = await upload(resident);
    const first = await submit(resident, [attachmentId], 'with-attachment-2').expect(201);

    const retry = await submit(resident, [attachmentId], 'with-attachment-2').expect(201);

    expect(retry.body.id).toBe(first.body.id);
  });

  it('refuses someone else’s file, or a file already used, with the field path, and stores nothing', async () => {
    const othersFile = await upload(otherResident);
    const [before] = await app.database.dataSource.query(
      'SELECT count(*)::int AS count FROM applications',
    );

    const foreign = await submit(resident, [othersFile], 'with-attachment-3').expect(422);
    const used = await submit(resident, [await upload(resident)], 'with-attachment-4').expect(201);
    const again = await submit(
      resident,
      used.body.answers.pregnancyProof as string[],
      'with-attachment-5',
    ).expect(422);

    expect(foreign.body.error.code).toBe('invalid_attachments');
    expect(foreign.body.error.fields[0].path).toMatch(/^pregnancyProof/);
    expect(again.body.error.code).toBe('invalid_attachments');
    const [after] = await app.database.dataSource.query(
      'SELECT count(*)::int AS count FROM applications',
    );
    expect(after.count).toBe(before.count + 1);
  });

  it('takes a replaced file with a resubmission after a 補正依頼, keeps the old one on record, and refuses another application’s file', async () => {
    // Arrange: submitted with a file, then asked to correct it
    const original = await upload(resident);
    const submitted = await submit(resident, [original], 'with-attachment-resubmit').expect(201);
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
      fieldsToFix: ['pregnancyProof'],
      messageToResident: '写真が読めません。撮り直してください。',
    });
    const elsewhere = await upload(resident);
    await submit(resident, [elsewhere], 'with-attachment-elsewhere').expect(201);
    const replacement = await upload(resident);
    const resubmit = (files: string[]) =>
      request(app.http)
        .post(`/api/me/applications/${id}/resubmit`)
        .set('Cookie', resident)
        .set(CSRF)
        .send({
          answers: { ...readSampleAnswers('pregnancy-notification'), pregnancyProof: files },
        });

    // Act + Assert: another application's file is refused, nothing changes
    const refused = await resubmit([elsewhere]).expect(422);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'pregnancyProof.0', code: 'attachment_already_used' }),
    ]);
    const [stillOpen] = await app.database.dataSource.query(
      'SELECT status FROM applications WHERE id = $1',
      [id],
    );
    expect(stillOpen.status).toBe('correction_requested');

    // Act + Assert: the new photo is taken, linked in the same transaction, readable by staff
    const resubmitted = await resubmit([replacement]).expect(200);
    expect(resubmitted.body.status).toBe('resubmitted');
    const rows: { id: string; application_id: string }[] = await app.database.dataSource.query(
      'SELECT id, application_id FROM attachments WHERE id = ANY($1::uuid[]) ORDER BY id',
      [[original, replacement]],
    );
    expect(rows.every((row) => row.application_id === id)).toBe(true);
    expect(resubmitted.body.answers.pregnancyProof).toEqual([replacement]);
    await request(app.http).get(`/api/attachments/${replacement}`).set('Cookie', staff).expect(200);
    const detail = await request(app.http)
      .get(`/api/staff/applications/${id}`)
      .set('Cookie', staff)
      .expect(200);
    expect(detail.body.attachments.map((file: { id: string }) => file.id)).toEqual([replacement]);
  });

  it('sweeps drafts left for months and uploads nobody submitted, and keeps what a live draft or an application holds', async () => {
    // Arrange: a live draft and a stale one, each with a file; a submitted file; an abandoned
    // upload; a fresh one. The files are three days old.
    const abandoned = await upload(resident);
    const inDraft = await upload(resident);
    const inStaleDraft = await upload(resident);
    const submittedFile = await upload(resident);
    const fresh = await upload(resident);
    await submit(resident, [submittedFile], 'sweep-submitted').expect(201);
    const saveDraft = async (file: string): Promise<string> => {
      const response = await request(app.http)
        .post('/api/me/drafts')
        .set('Cookie', resident)
        .set(CSRF)
        .send({
          municipalityCode: CHIYODA,
          procedureId: 'pregnancy-notification',
          formVersion: 1,
          answers: { pregnancyProof: [file] },
        })
        .expect(201);
      return response.body.id as string;
    };
    const liveDraft = await saveDraft(inDraft);
    const staleDraft = await saveDraft(inStaleDraft);
    await app.database.dataSource.query(
      `UPDATE drafts SET updated_at = now() - interval '200 days' WHERE id = $1`,
      [staleDraft],
    );
    await app.database.dataSource.query(
      `UPDATE attachments SET created_at = now() - interval '3 days' WHERE id = ANY($1::uuid[])`,
      [[abandoned, inDraft, inStaleDraft, submittedFile]],
    );
    const storage = fileStorageFromEnv(loadEnv({ STORAGE_LOCAL_DIR: storageDir }));
    const [{ storage_key: abandonedKey }] = await app.database.dataSource.query(
      'SELECT storage_key FROM attachments WHERE id = $1',
      [abandoned],
    );

    // Act: as the retention sweep runs them, drafts first
    const drafts = await sweepStaleDrafts(app.database.dataSource, {
      updatedBefore: new Date(Date.now() - 180 * 86_400_000),
    });
    const report = await sweepOrphanAttachments(app.database.dataSource, storage, {
      uploadedBefore: new Date(Date.now() - 48 * 3600_000),
    });

    // Assert
    expect(drafts).toBe(1);
    const draftsLeft: { id: string }[] = await app.database.dataSource.query(
      'SELECT id FROM drafts WHERE id = ANY($1::uuid[])',
      [[liveDraft, staleDraft]],
    );
    expect(draftsLeft).toEqual([{ id: liveDraft }]);
    expect(report).toEqual({ deleted: 2, objectsNotDeleted: 0 });
    const left: { id: string }[] = await app.database.dataSource.query(
      'SELECT id FROM attachments WHERE id = ANY($1::uuid[])',
      [[abandoned, inDraft, inStaleDraft, submittedFile, fresh]],
    );
    expect(left.map((row) => row.id).sort()).toEqual([inDraft, submittedFile, fresh].sort());
    await expect(storage.get(abandonedKey)).rejects.toThrow();
    await request(app.http).get(`/api/attachments/${inDraft}`).set('Cookie', resident).expect(200);
  });

  it('lets the municipality’s back-office system download a file of an application it reads, audited; not another municipality’s', async () => {
    // Arrange
    const attachmentId = await upload(resident);
    const submitted = await submit(resident, [attachmentId], 'back-office-download').expect(201);
    const keyOf = async (municipalityCode: string): Promise<string> => {
      const secret = generateApiKey();
      await app.database.dataSource.query(
        `INSERT INTO api_keys (id, municipality_code, name, key_prefix, key_hash, scopes, created_by)
         VALUES ($1, $2, 'test', $3, $4, '["applications:read"]', 'test')`,
        [randomUUID(), municipalityCode, secret.keyPrefix, secret.keyHash],
      );
      return secret.key;
    };
    const chiyodaKey = await keyOf(CHIYODA);
    const yokohamaKey = await keyOf('141003');
    const path = `/api/back-office/applications/${submitted.body.receiptNumber as string}/attachments/${attachmentId}`;

    // Act
    const downloaded = await request(app.http)
      .get(path)
      .set('Authorization', `Bearer ${chiyodaKey}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

    // Assert
    expect(downloaded.headers['content-type']).toBe('image/png');
    expect(downloaded.headers['x-content-type-options']).toBe('nosniff');
    expect((downloaded.body as Buffer).equals(makePng())).toBe(true);
    const audit = await app.database.dataSource.query(
      `SELECT actor_kind, detail FROM audit_log WHERE action = 'attachment.download' AND target_id = $1`,
      [submitted.body.id],
    );
    expect(audit).toEqual([
      {
        actor_kind: 'system',
        detail: expect.objectContaining({ attachmentId, slotId: 'pregnancyProof' }),
      },
    ]);
    await request(app.http).get(path).set('Authorization', `Bearer ${yokohamaKey}`).expect(404);
    await request(app.http)
      .get(
        `/api/back-office/applications/${submitted.body.receiptNumber as string}/attachments/${randomUUID()}`,
      )
      .set('Authorization', `Bearer ${chiyodaKey}`)
      .expect(404);
  });
});
