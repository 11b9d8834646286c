import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA } from '../support/samples.js';

/** A resident's files come back with a draft (reload, another device) and one by one, their own only. */
describe('attachments named by a draft', () => {
  let app: ApiTestApp;
  let storageDir: string;
  let resident: string;
  let otherResident: string;
  let staff: string;

  function upload(cookie: string, file: Buffer, fileName: string) {
    return request(app.http)
      .post('/api/attachments')
      .set('Cookie', cookie)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', file, { filename: fileName });
  }

  function createDraft(cookie: string, answers: Record<string, unknown>) {
    return request(app.http)
      .post('/api/me/drafts')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers,
        stepId: 'notifier',
      })
      .expect(201);
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'madoguchi-draft-attachments-'));
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: storageDir });
    resident = await app.signIn('resident-yamada-hanako');
    otherResident = await app.signIn('resident-suzuki-ichiro');
    staff = await app.signIn('staff-chiyoda-sato');
  });

  afterAll(async () => {
    await app.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('gives a draft back with the names and sizes of the own files its answers name, and no one else’s', async () => {
    // Arrange
    const own = (await upload(resident, makePng(), '母子手帳.png').expect(201)).body as {
      id: string;
      bytes: number;
    };
    const foreign = (await upload(otherResident, makePng(), 'other.png').expect(201)).body as {
      id: string;
    };
    const draft = await createDraft(resident, {
      pregnancyProof: [own.id, foreign.id, 'not-a-uuid', randomUUID()],
    });

    // Act
    const resumed = await request(app.http)
      .get(`/api/me/drafts/${draft.body.id}`)
      .set('Cookie', resident)
      .expect(200);

    // Assert
    expect(draft.body.attachments).toEqual([
      { id: own.id, fileName: '母子手帳.png', bytes: own.bytes },
    ]);
    expect(resumed.body.attachments).toEqual([
      { id: own.id, fileName: '母子手帳.png', bytes: own.bytes },
    ]);
    expect(resumed.body.answers.pregnancyProof).toEqual([
      own.id,
      foreign.id,
      'not-a-uuid',
      expect.any(String),
    ]);
  });

  it('answers the name and size of an own file, and 404 to anyone else as for a download', async () => {
    // Arrange
    const own = (await upload(resident, makePng(), 'scan.png').expect(201)).body as {
      id: string;
      bytes: number;
    };

    // Act
    const meta = await request(app.http)
      .get(`/api/attachments/${own.id}/meta`)
      .set('Cookie', resident)
      .expect(200);

    // Assert
    expect(meta.body).toEqual({ id: own.id, fileName: 'scan.png', bytes: own.bytes });
    const other = await request(app.http)
      .get(`/api/attachments/${own.id}/meta`)
      .set('Cookie', otherResident)
      .expect(404);
    expect(other.body.error.code).toBe('attachment_not_found');
    await request(app.http)
      .get(`/api/attachments/${randomUUID()}/meta`)
      .set('Cookie', resident)
      .expect(404);
    await request(app.http)
      .get('/api/attachments/not-a-uuid/meta')
      .set('Cookie', resident)
      .expect(404);
    await request(app.http).get(`/api/attachments/${own.id}/meta`).set('Cookie', staff).expect(403);
    await request(app.http).get(`/api/attachments/${own.id}/meta`).expect(401);
  });

  it('leaves the draft and its other answers untouched when a file is refused', async () => {
    // Arrange
    const own = (await upload(resident, makePng(), 'first.png').expect(201)).body as { id: string };
    const draft = await createDraft(resident, {
      notifierKind: 'self',
      phone: '03-1234-5678',
      pregnancyProof: [own.id],
    });

    // Act: an executable renamed .png is refused by the content inspection
    const refused = await upload(
      resident,
      Buffer.from('MZ\x90\x00not really an image'),
      'virus.png',
    );

    // Assert
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(refused.body.error.message).toEqual({
      ja: expect.any(String),
      en: expect.any(String),
      easyJa: expect.any(String),
    });
    const resumed = await request(app.http)
      .get(`/api/me/drafts/${draft.body.id}`)
      .set('Cookie', resident)
      .expect(200);
    expect(resumed.body.answers).toEqual({
      notifierKind: 'self',
      phone: '03-1234-5678',
      pregnancyProof: [own.id],
    });
    expect(resumed.body.attachments.map((file: { id: string }) => file.id)).toEqual([own.id]);
    expect(resumed.body.updatedAt).toBe(draft.body.updatedAt);
  });
});
