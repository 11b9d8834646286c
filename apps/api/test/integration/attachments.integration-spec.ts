import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';
import { DataSource } from 'typeorm';

import { AttachmentUsageService } from '../../src/attachments/attachment-usage.service.js';
import { runInTenantScope } from '../../src/tenancy/tenant-scope.js';
import {
  makeEncryptedPdf,
  makeExe,
  makeJavaScriptPdf,
  makeJpeg,
  makePdf,
  makePng,
  makeZip,
} from '../../src/attachments/testing/sample-files.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, SEEDS_DIR, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, YOKOHAMA, readSampleAnswers } from '../support/samples.js';

const TEST_PROCEDURE = 'attachment-test';
const NINE_MEGABYTES = 9 * 1024 * 1024;

type UploadFields = {
  municipalityCode?: string;
  procedureId?: string;
  formVersion?: string;
  slotId?: string;
};

/** A form version of its own with small, single-type slots, accepted by Chiyoda. */
async function publishTestForm(app: ApiTestApp): Promise<void> {
  const standard = JSON.parse(
    await readFile(join(SEEDS_DIR, 'forms', 'pregnancy-notification', 'v1.json'), 'utf8'),
  ) as {
    attachments: unknown[];
  };
  const label = { ja: 'テスト', en: 'Test', easyJa: 'テスト' };
  const definition = {
    ...standard,
    id: TEST_PROCEDURE,
    attachments: [
      ...standard.attachments,
      { id: 'pngOnly', label, guidance: label, accept: ['image/png'], maxBytes: 2048, maxFiles: 2 },
      { id: 'pdfOnly', label, guidance: label, accept: ['application/pdf'] },
      { id: 'documents', label, guidance: label },
    ],
  };
  await app.database.dataSource.query(
    `INSERT INTO form_versions (procedure_id, version, definition, checksum) VALUES ($1, 1, $2, $3)`,
    [TEST_PROCEDURE, JSON.stringify(definition), 'f'.repeat(64)],
  );
  await app.database.dataSource.query(
    `INSERT INTO effective_forms (municipality_code, procedure_id, version, base_version, definition) VALUES ($1, $2, 1, 1, $3)`,
    [CHIYODA, TEST_PROCEDURE, JSON.stringify(definition)],
  );
  await app.database.dataSource.query(
    `INSERT INTO procedures (municipality_code, procedure_id, title, summary, category, form_version, identity_level)
     VALUES ($1, $2, $3, $3, 'test', 1, 1)`,
    [CHIYODA, TEST_PROCEDURE, JSON.stringify(label)],
  );
}

describe('attachments (API)', () => {
  let app: ApiTestApp;
  /** The service called directly, as a request of 山田花子 calls it: inside her row-level scope. */
  const asResident = <T>(work: () => Promise<T>): Promise<T> =>
    runInTenantScope(
      app.app.get(DataSource),
      { municipalityCode: null, residentId: 'resident-yamada-hanako' },
      work,
    );
  let storageDir: string;
  let resident: string;
  let otherResident: string;
  let staff: string;
  let otherStaff: string;

  function upload(
    cookie: string,
    file: Buffer,
    fileName: string,
    fields: UploadFields = {},
    contentType?: string,
  ) {
    const all = {
      municipalityCode: CHIYODA,
      procedureId: 'pregnancy-notification',
      formVersion: '1',
      slotId: 'pregnancyProof',
      ...fields,
    };
    let call = request(app.http).post('/api/attachments').set('Cookie', cookie).set(CSRF);
    for (const [name, value] of Object.entries(all)) {
      call = call.field(name, value);
    }
    return call.attach(
      'file',
      file,
      contentType ? { filename: fileName, contentType } : { filename: fileName },
    );
  }

  async function storedFiles(): Promise<string[]> {
    const entries = await readdir(storageDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  }

  async function attachmentCount(): Promise<number> {
    const [row] = await app.database.dataSource.query(
      `SELECT count(*)::int AS count FROM attachments`,
    );
    return row.count as number;
  }

  async function submitApplication(cookie: string): Promise<string> {
    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: readSampleAnswers('pregnancy-notification'),
      })
      .expect(201);
    return response.body.id as string;
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'madoguchi-attachments-'));
    // This test's uploads go to a temporary directory.
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: storageDir });
    await publishTestForm(app);
    resident = await app.signIn('resident-yamada-hanako');
    otherResident = await app.signIn('resident-suzuki-ichiro');
    staff = await app.signIn('staff-chiyoda-sato');
    otherStaff = await app.signIn('staff-yokohama-tanaka');
  });

  afterAll(async () => {
    await app.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('stores a real PNG and answers with its id, name, detected type, size and SHA-256', async () => {
    const png = makePng({ width: 16, height: 16 });

    const response = await upload(resident, png, '母子手帳.png').expect(201);

    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: '母子手帳.png',
      mimeType: 'image/png',
      bytes: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
    });
    const [row] = await app.database.dataSource.query(`SELECT * FROM attachments WHERE id = $1`, [
      response.body.id,
    ]);
    expect(row).toMatchObject({
      resident_id: 'resident-yamada-hanako',
      municipality_code: CHIYODA,
      procedure_id: 'pregnancy-notification',
      form_version: 1,
      slot_id: 'pregnancyProof',
      application_id: null,
      file_name: '母子手帳.png',
      mime_type: 'image/png',
    });
    expect(await readFile(join(storageDir, 'attachments', response.body.id as string))).toEqual(
      png,
    );
  });

  it('stores a PDF and a JPEG', async () => {
    const pdf = await upload(resident, makePdf(), '診断書.pdf').expect(201);
    const jpeg = await upload(resident, makeJpeg(4), 'photo.jpg').expect(201);

    expect(pdf.body.mimeType).toBe('application/pdf');
    expect(jpeg.body.mimeType).toBe('image/jpeg');
  });

  it('sanitises the file name (no path, no control or bidi characters, NFC)', async () => {
    const response = await upload(resident, makePng(), 'C:\\fakepath\\e\u0301\u202Ecod.png').expect(
      201,
    );

    expect(response.body.fileName).toBe('\u00e9cod.png');
  });

  it('accepts PNG bytes named .pdf for a slot that accepts PNG, and records them as a PNG', async () => {
    const response = await upload(
      resident,
      makePng(),
      'scan.pdf',
      { procedureId: TEST_PROCEDURE, slotId: 'documents' },
      'application/pdf',
    ).expect(201);

    expect(response.body.mimeType).toBe('image/png');
    const download = await request(app.http)
      .get(`/api/attachments/${response.body.id}`)
      .set('Cookie', resident)
      .expect(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''scan.png`);
  });

  describe('refusals leave nothing behind', () => {
    let before: { rows: number; files: string[] };

    beforeEach(async () => {
      before = { rows: await attachmentCount(), files: await storedFiles() };
    });

    afterEach(async () => {
      expect(await attachmentCount()).toBe(before.rows);
      expect(await storedFiles()).toEqual(before.files);
    });

    it.each([
      [
        'PNG bytes named .pdf for a PDF-only slot',
        () => makePng(),
        'scan.pdf',
        'pdfOnly',
        415,
        'file_type_not_allowed',
      ],
      [
        'an EXE named .jpg',
        () => makeExe(),
        'photo.jpg',
        'documents',
        415,
        'file_type_not_allowed',
      ],
      ['a ZIP named .jpg', () => makeZip(), 'photo.jpg', 'documents', 415, 'file_type_not_allowed'],
      [
        'an encrypted PDF',
        () => makeEncryptedPdf(),
        'locked.pdf',
        'documents',
        422,
        'file_encrypted',
      ],
      [
        'a PDF with JavaScript',
        () => makeJavaScriptPdf(),
        'form.pdf',
        'documents',
        422,
        'file_active_content',
      ],
      [
        'a truncated PNG',
        () => makePng().subarray(0, 40),
        'cut.png',
        'documents',
        422,
        'file_corrupt',
      ],
      ['an empty file', () => Buffer.alloc(0), 'empty.png', 'documents', 422, 'file_empty'],
      [
        'a PNG over the slot limit',
        () => makePng({ padToBytes: 4096 }),
        'big.png',
        'pngOnly',
        413,
        'file_too_large',
      ],
    ])(
      'refuses %s with a 4xx and a message in ja, en and やさしい日本語',
      async (_name, file, fileName, slotId, status, code) => {
        const response = await upload(resident, file(), fileName, {
          procedureId: TEST_PROCEDURE,
          slotId,
        }).expect(status);

        expect(response.body.error).toEqual({
          code,
          message: { ja: expect.any(String), en: expect.any(String), easyJa: expect.any(String) },
          fields: [],
        });
      },
    );

    it('refuses a file over the 9 MB default limit of a seed form slot while it streams', async () => {
      const response = await upload(
        resident,
        makePng({ padToBytes: NINE_MEGABYTES + 1 }),
        'huge.png',
      ).expect(413);

      expect(response.body.error.code).toBe('file_too_large');
    });

    it('refuses an unknown slot, a procedure the municipality does not offer, and malformed fields', async () => {
      const unknownSlot = await upload(resident, makePng(), 'a.png', {
        slotId: 'noSuchSlot',
      }).expect(404);
      const otherMunicipality = await upload(resident, makePng(), 'a.png', {
        municipalityCode: YOKOHAMA,
        procedureId: TEST_PROCEDURE,
        slotId: 'documents',
      }).expect(404);
      const malformed = await upload(resident, makePng(), 'a.png', { formVersion: 'one' }).expect(
        400,
      );

      expect(unknownSlot.body.error.code).toBe('slot_not_found');
      expect(otherMunicipality.body.error.code).toBe('procedure_not_found');
      expect(malformed.body.error).toMatchObject({
        code: 'invalid_upload',
        fields: [expect.objectContaining({ path: 'formVersion' })],
      });
    });

    it('refuses fields sent after the file, a request without a file, and a JSON body', async () => {
      const fieldsLast = await request(app.http)
        .post('/api/attachments')
        .set('Cookie', resident)
        .set(CSRF)
        .attach('file', makePng(), 'a.png')
        .field('municipalityCode', CHIYODA)
        .expect(400);
      const noFile = await request(app.http)
        .post('/api/attachments')
        .set('Cookie', resident)
        .set(CSRF)
        .field('municipalityCode', CHIYODA)
        .expect(400);
      const json = await request(app.http)
        .post('/api/attachments')
        .set('Cookie', resident)
        .set(CSRF)
        .send({})
        .expect(415);

      expect(fieldsLast.body.error.code).toBe('invalid_upload');
      expect(noFile.body.error.code).toBe('file_missing');
      expect(json.body.error.code).toBe('not_multipart');
    });

    it('keeps nothing when the client hangs up in the middle of the file', async () => {
      const server = (app.http as Server).listen(0, '127.0.0.1');
      await once(server, 'listening');
      const boundary = `----madoguchi${randomBytes(8).toString('hex')}`;
      const fields = Object.entries({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: '1',
        slotId: 'pregnancyProof',
      })
        .map(
          ([name, value]) =>
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        )
        .join('');
      const head = `${fields}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`;
      const png = makePng({ padToBytes: 2 * 1024 * 1024 });
      const outgoing = httpRequest({
        host: '127.0.0.1',
        port: (server.address() as AddressInfo).port,
        method: 'POST',
        path: '/api/attachments',
        headers: {
          cookie: resident,
          ...CSRF,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + png.length + 100),
        },
      });
      outgoing.on('error', () => undefined);

      outgoing.write(head);
      outgoing.write(png.subarray(0, 1024 * 1024));
      await sleep(300);
      outgoing.destroy();

      for (
        let attempt = 0;
        attempt < 50 && (await storedFiles()).length !== before.files.length;
        attempt += 1
      ) {
        await sleep(100);
      }
      server.close();
      // afterEach checks that neither a row nor a (partial) file is left.
    });

    it('refuses an upload without a session, by staff, and without the CSRF header', async () => {
      await request(app.http)
        .post('/api/attachments')
        .set(CSRF)
        .attach('file', makePng(), 'a.png')
        .expect(401);
      await upload(staff, makePng(), 'a.png').expect(403);
      await request(app.http)
        .post('/api/attachments')
        .set('Cookie', resident)
        .attach('file', makePng(), 'a.png')
        .expect(403);
    });
  });

  describe('downloads and deletion', () => {
    it('lets the owner download the exact bytes with safe headers', async () => {
      const png = makePng({ width: 8, height: 8 });
      const { body } = await upload(resident, png, '写真 (1).png').expect(201);

      const response = await request(app.http)
        .get(`/api/attachments/${body.id}`)
        .set('Cookie', resident)
        .buffer(true)
        .parse((res, callback) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);

      expect(response.body).toEqual(png);
      expect(response.headers['content-type']).toBe('image/png');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="__ (1).png"; filename*=UTF-8''%E5%86%99%E7%9C%9F%20%281%29.png`,
      );
      expect(response.headers['cache-control']).toBe('private, no-store');
    });

    it('answers 404 to another resident, to staff before submission, and without a session 401', async () => {
      const { body } = await upload(resident, makePng(), 'a.png').expect(201);

      await request(app.http)
        .get(`/api/attachments/${body.id}`)
        .set('Cookie', otherResident)
        .expect(404);
      await request(app.http).get(`/api/attachments/${body.id}`).set('Cookie', staff).expect(404);
      await request(app.http).get(`/api/attachments/${body.id}`).expect(401);
      await request(app.http)
        .get('/api/attachments/not-a-uuid')
        .set('Cookie', resident)
        .expect(404);
    });

    it('lets staff of the municipality download once a submitted application references it, audited; others get 404', async () => {
      const { body } = await upload(resident, makePdf(), 'proof.pdf').expect(201);
      const applicationId = await submitApplication(resident);
      const usage = app.app.get(AttachmentUsageService);
      await asResident(() =>
        usage.assertAttachmentsUsable(
          'resident-yamada-hanako',
          CHIYODA,
          'pregnancy-notification',
          1,
          [{ slotId: 'pregnancyProof', ids: [body.id] }],
        ),
      );
      await app.database.dataSource.transaction((manager) =>
        usage.linkToApplication(manager, applicationId, [body.id]),
      );

      const response = await request(app.http)
        .get(`/api/attachments/${body.id}`)
        .set('Cookie', staff)
        .expect(200);
      await request(app.http)
        .get(`/api/attachments/${body.id}`)
        .set('Cookie', otherStaff)
        .expect(404);
      await request(app.http)
        .get(`/api/attachments/${body.id}`)
        .set('Cookie', otherResident)
        .expect(404);
      await request(app.http)
        .get(`/api/attachments/${body.id}`)
        .set('Cookie', resident)
        .expect(200);

      expect(response.headers['content-type']).toBe('application/pdf');
      const audit = await app.database.dataSource.query(
        `SELECT actor_id, action, municipality_code FROM audit_log WHERE target_type = 'attachment' AND target_id = $1`,
        [body.id],
      );
      expect(audit).toEqual([
        {
          actor_id: 'staff-chiyoda-sato',
          action: 'attachment.download',
          municipality_code: CHIYODA,
        },
      ]);
      const deletion = await request(app.http)
        .delete(`/api/attachments/${body.id}`)
        .set('Cookie', resident)
        .set(CSRF)
        .expect(409);
      expect(deletion.body.error.code).toBe('attachment_in_use');
    });

    it('lets the owner delete an attachment not yet submitted, removing the row and the file', async () => {
      const { body } = await upload(resident, makePng(), 'a.png').expect(201);

      await request(app.http)
        .delete(`/api/attachments/${body.id}`)
        .set('Cookie', otherResident)
        .set(CSRF)
        .expect(404);
      await request(app.http)
        .delete(`/api/attachments/${body.id}`)
        .set('Cookie', resident)
        .set(CSRF)
        .expect(204);

      await request(app.http)
        .get(`/api/attachments/${body.id}`)
        .set('Cookie', resident)
        .expect(404);
      expect(await storedFiles()).not.toContain(join(storageDir, 'attachments', body.id as string));
    });
  });

  describe(AttachmentUsageService.name, () => {
    it('reports unknown, foreign, wrong-slot and too many attachments with field paths', async () => {
      const usage = app.app.get(AttachmentUsageService);
      const own = await upload(resident, makePng(), 'a.png').expect(201);
      const own2 = await upload(resident, makePng(), 'b.png').expect(201);
      const own3 = await upload(resident, makePng(), 'c.png').expect(201);
      const foreign = await upload(otherResident, makePng(), 'x.png').expect(201);
      const proxyLetter = await upload(resident, makePdf(), 'letter.pdf', {
        slotId: 'letterOfAttorney',
      }).expect(201);

      const error = await asResident(() =>
        usage.assertAttachmentsUsable(
          'resident-yamada-hanako',
          CHIYODA,
          'pregnancy-notification',
          1,
          [
            { slotId: 'pregnancyProof', ids: [own.body.id, own2.body.id, own3.body.id] },
            {
              slotId: 'letterOfAttorney',
              ids: ['8f1d1c3e-0000-4000-8000-000000000000', foreign.body.id, own.body.id],
            },
          ],
        ),
      ).catch((caught: unknown) => caught);

      expect(error).toMatchObject({ status: 422, code: 'invalid_attachments' });
      expect(
        (error as { fields: { path: string; code: string }[] }).fields.map(({ path, code }) => ({
          path,
          code,
        })),
      ).toEqual([
        { path: 'pregnancyProof', code: 'too_many_files' },
        { path: 'proxy.letterOfAttorney.0', code: 'attachment_unknown' },
        { path: 'proxy.letterOfAttorney.1', code: 'attachment_unknown' },
        { path: 'proxy.letterOfAttorney.2', code: 'attachment_wrong_slot' },
        { path: 'proxy.letterOfAttorney', code: 'too_many_files' },
      ]);
      await expect(
        asResident(() =>
          usage.assertAttachmentsUsable(
            'resident-yamada-hanako',
            CHIYODA,
            'pregnancy-notification',
            1,
            [{ slotId: 'letterOfAttorney', ids: [proxyLetter.body.id] }],
          ),
        ),
        // usable, and still to be linked
      ).resolves.toEqual([proxyLetter.body.id]);
    });

    it('refuses to link an attachment twice, rolling the transaction back', async () => {
      const usage = app.app.get(AttachmentUsageService);
      const { body } = await upload(resident, makePng(), 'a.png').expect(201);
      const first = await submitApplication(resident);
      const second = await submitApplication(resident);
      await app.database.dataSource.transaction((manager) =>
        usage.linkToApplication(manager, first, [body.id]),
      );

      await expect(
        app.database.dataSource.transaction((manager) =>
          usage.linkToApplication(manager, second, [body.id]),
        ),
      ).rejects.toMatchObject({ code: 'invalid_attachments' });
      await expect(
        asResident(() =>
          usage.assertAttachmentsUsable(
            'resident-yamada-hanako',
            CHIYODA,
            'pregnancy-notification',
            1,
            [{ slotId: 'pregnancyProof', ids: [body.id] }],
          ),
        ),
      ).rejects.toMatchObject({
        fields: [expect.objectContaining({ code: 'attachment_already_used' })],
      });
    });
  });
});
