import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import { fileStorageFromEnv } from '../../src/attachments/file-storage.provider.js';
import { sweepOrphanAttachments } from '../../src/attachments/orphan-attachment-sweep.js';
import { makePng } from '../../src/attachments/testing/sample-files.js';
import { loadEnv } from '../../src/config/env.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { postPregnancyDraft } from '../support/resident-requests.js';
import { CHIYODA } from '../support/samples.js';

/**
 * A slot of one file chosen again: the browser stores the new file, puts it in the draft in place
 * of the old one, then asks to delete the old one and ignores a failure (the attachment field
 * never blocks the form on it). The old file must then still go with the orphan sweep.
 */
describe('a replaced file whose delete failed', () => {
  let app: ApiTestApp;
  let storageDir: string;
  let resident: string;

  async function upload(fileName: string): Promise<string> {
    const response = await request(app.http)
      .post('/api/attachments')
      .set('Cookie', resident)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', makePng(), { filename: fileName })
      .expect(201);
    return response.body.id as string;
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'madoguchi-replaced-attachment-'));
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: storageDir });
    resident = await app.signIn('resident-yamada-hanako');
  });

  afterAll(async () => {
    await app.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('is deleted by the orphan sweep, row and stored object, while the file that replaced it stays', async () => {
    // Arrange: the first file saved in a draft, then replaced there by a second; the delete of
    // the first never reached the API (the state a failed DELETE leaves). Both are three days old.
    const replaced = await upload('boshi-techo-blurred.png');
    const draft = await postPregnancyDraft(app, resident, { pregnancyProof: [replaced] }).expect(
      201,
    );
    const replacement = await upload('boshi-techo.png');
    await request(app.http)
      .put(`/api/me/drafts/${draft.body.id as string}`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ answers: { pregnancyProof: [replacement] } })
      .expect(200);
    const { dataSource } = app.database;
    await dataSource.query(
      `UPDATE attachments SET created_at = now() - interval '3 days' WHERE id = ANY($1::uuid[])`,
      [[replaced, replacement]],
    );
    const keys: { storage_key: string }[] = await dataSource.query(
      'SELECT storage_key FROM attachments WHERE id = $1',
      [replaced],
    );
    const replacedKey = keys[0]?.storage_key ?? '';
    expect(replacedKey).not.toBe('');
    const storage = fileStorageFromEnv(loadEnv({ STORAGE_LOCAL_DIR: storageDir }));
    await expect(storage.get(replacedKey)).resolves.toBeDefined();

    // Act
    const report = await sweepOrphanAttachments(dataSource, storage, {
      uploadedBefore: new Date(Date.now() - 48 * 3600_000),
    });

    // Assert
    expect(report).toEqual({ deleted: 1, objectsNotDeleted: 0 });
    const left: { id: string }[] = await dataSource.query(
      'SELECT id FROM attachments WHERE id = ANY($1::uuid[])',
      [[replaced, replacement]],
    );
    expect(left).toEqual([{ id: replacement }]);
    await expect(storage.get(replacedKey)).rejects.toThrow();
    await request(app.http).get(`/api/attachments/${replaced}`).set('Cookie', resident).expect(404);
    await request(app.http)
      .get(`/api/attachments/${replacement}`)
      .set('Cookie', resident)
      .expect(200);
  });
});
