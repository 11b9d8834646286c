import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import request from 'supertest';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import {
  extractPdfSignature,
  signatureTimestampOf,
} from '../../src/receipts/seal/seal-verification.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';
import type { TestSealTrust } from '../support/seal-trust.js';
import { startTestSealTrust } from '../support/seal-trust.js';

const run = promisify(execFile);

/** Runs a tool and returns its exit status and output, a failure included. */
async function tool(command: string, args: string[]): Promise<{ status: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args);
    return { status: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return {
      status: typeof failure.code === 'number' ? failure.code : 1,
      output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`,
    };
  }
}

function binary(
  response: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** One byte of `bytes` changed (at `offset`), as an editor or a careless copy would. */
function changeOneByte(bytes: Buffer, offset: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}

describe('the sealed, time-stamped 控え (PAdES B-T, CAdES-T)', () => {
  let app: ApiTestApp;
  let trust: TestSealTrust;
  let workDir: string;
  let resident: string;
  let otherResident: string;
  let caseworker: string;
  let approver: string;
  let otherStaff: string;

  function transition(cookie: string, id: string, body: Record<string, unknown>) {
    return request(app.http)
      .post(`/api/staff/applications/${id}/transitions`)
      .set('Cookie', cookie)
      .set(CSRF)
      .send(body);
  }

  async function submit(): Promise<{ id: string; receiptNumber: string }> {
    const target = {
      municipalityCode: CHIYODA,
      procedureId: 'pregnancy-notification',
      formVersion: 1,
    };
    const upload = await request(app.http)
      .post('/api/attachments')
      .set('Cookie', resident)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', makePng({ width: 6, height: 5 }), { filename: '証明.png' })
      .expect(201);
    const answers = {
      ...readSampleAnswers('pregnancy-notification'),
      pregnancyProof: [upload.body.id as string],
    };
    const submitted = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .set('Idempotency-Key', `sealed-${randomUUID()}`)
      .send({ ...target, answers })
      .expect(201);
    return {
      id: submitted.body.id as string,
      receiptNumber: submitted.body.receiptNumber as string,
    };
  }

  async function download(id: string, file: string, cookie = resident): Promise<Buffer> {
    const response = await request(app.http)
      .get(`/api/me/applications/${id}/${file}`)
      .set('Cookie', cookie)
      .buffer(true)
      .parse(binary)
      .expect(200);
    return response.body as Buffer;
  }

  async function save(name: string, bytes: Uint8Array): Promise<string> {
    const path = join(workDir, name);
    await writeFile(path, bytes);
    return path;
  }

  /** `openssl ts -verify` of a CMS's signature timestamp against the demo TSA's CA. */
  async function verifyTimestamp(cms: Uint8Array, name: string) {
    const stamp = signatureTimestampOf(cms);
    expect(stamp).not.toBeNull();
    const tokenPath = await save(`${name}.tst`, stamp?.token ?? new Uint8Array());
    const dataPath = await save(`${name}.sig`, stamp?.signatureValue ?? new Uint8Array());
    return tool('openssl', [
      'ts',
      '-verify',
      '-token_in',
      '-in',
      tokenPath,
      '-data',
      dataPath,
      '-CAfile',
      trust.paths.tsaCa,
      '-untrusted',
      trust.paths.tsaUnit,
    ]);
  }

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'madoguchi-sealed-receipt-'));
    trust = await startTestSealTrust(workDir);
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: workDir, ...trust.env });
    resident = await app.signIn('resident-yamada-hanako');
    otherResident = await app.signIn('resident-suzuki-ichiro');
    caseworker = await app.signIn('staff-chiyoda-sato');
    approver = await app.signIn('staff-chiyoda-takahashi');
    otherStaff = await app.signIn('staff-yokohama-yamamoto');
  });

  afterAll(async () => {
    await app.close();
    await trust.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('seals the PDF as PAdES (ETSI.CAdES.detached) by 千代田区長, which pdfsig finds valid, says so on the page, and serves the same bytes each time', async () => {
    // Arrange
    const { id, receiptNumber } = await submit();

    // Act
    const first = await download(id, 'receipt.pdf');
    const second = await download(id, 'receipt.pdf');
    const path = await save('receipt.pdf', first);
    const checked = await tool('pdfsig', [path]);
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);

    // Assert
    expect(second.equals(first)).toBe(true);
    expect(checked.output).toContain('Signature Type: ETSI.CAdES.detached');
    expect(checked.output).toContain('Signer Certificate Common Name: 千代田区長');
    expect(checked.output).toContain('Signature Validation: Signature is Valid.');
    expect(checked.output).toContain('Total document signed');
    expect(text).toContain(receiptNumber);
    expect(text.replace(/\s+/g, '')).toContain('千代田区長の電子印（eシール）');
  });

  it('stamps the PDF’s signature (B-T): openssl ts -verify accepts the embedded token, and refuses it for another signature', async () => {
    // Arrange
    const { id } = await submit();
    const pdf = await download(id, 'receipt.pdf');
    const signature = extractPdfSignature(pdf);

    // Act
    const verified = await verifyTimestamp(signature?.signature ?? new Uint8Array(), 'pdf');
    const stamp = signatureTimestampOf(signature?.signature ?? new Uint8Array());
    const changedPath = await save(
      'pdf-changed.sig',
      changeOneByte(Buffer.from(stamp?.signatureValue ?? new Uint8Array()), 10),
    );
    const refused = await tool('openssl', [
      'ts',
      '-verify',
      '-token_in',
      '-in',
      join(workDir, 'pdf.tst'),
      '-data',
      changedPath,
      '-CAfile',
      trust.paths.tsaCa,
      '-untrusted',
      trust.paths.tsaUnit,
    ]);

    // Assert
    expect(verified).toMatchObject({ status: 0 });
    expect(verified.output).toContain('Verification: OK');
    expect(refused.status).not.toBe(0);
  });

  it('seals the canonical receipt JSON (CAdES-T) so that openssl cms -verify and openssl ts -verify accept it; no name and no answer in it', async () => {
    // Arrange
    const { id, receiptNumber } = await submit();

    // Act
    const json = await download(id, 'receipt.json');
    const seal = await download(id, 'receipt.p7s');
    const again = await download(id, 'receipt.p7s');
    const jsonPath = await save('receipt.json', json);
    const sealPath = await save('receipt.p7s', seal);
    const cms = await tool('openssl', [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      sealPath,
      '-content',
      jsonPath,
      '-CAfile',
      trust.paths.municipalCa,
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]);
    const stamp = await verifyTimestamp(seal, 'receipt');
    const receipt = JSON.parse(json.toString('utf8')) as Record<string, unknown>;

    // Assert
    expect(again.equals(seal)).toBe(true);
    expect(cms.output).toContain('Verification successful');
    expect(stamp.output).toContain('Verification: OK');
    expect(receipt).toMatchObject({
      format: 'madoguchi.receipt/1',
      municipality: { code: CHIYODA, name: '東京都千代田区' },
      procedure: { id: 'pregnancy-notification' },
      receiptNumber,
      formVersion: 1,
    });
    expect(receipt['answersSha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt['submissionSha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt['attachments']).toEqual([
      { slot: 'pregnancyProof', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown },
    ]);
    expect(json.toString('utf8')).not.toContain('山田');
    expect(json.toString('utf8')).not.toContain('クリニック');
  });

  it('fails all three checks once one byte of the 控え, of the receipt JSON or of the seal changes', async () => {
    // Arrange
    const { id } = await submit();
    const pdf = await download(id, 'receipt.pdf');
    const json = await download(id, 'receipt.json');
    const seal = await download(id, 'receipt.p7s');
    const signature = extractPdfSignature(pdf);
    const changedPdf = changeOneByte(pdf, Math.floor((signature?.byteRange[1] ?? 400) / 2));
    const changedJson = Buffer.from(
      json.toString('utf8').replace('"formVersion":1', '"formVersion":2'),
    );
    const stamp = signatureTimestampOf(seal);

    // Act
    const pdfChecked = await tool('pdfsig', [await save('changed.pdf', changedPdf)]);
    const cmsChecked = await tool('openssl', [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      await save('seal.p7s', seal),
      '-content',
      await save('changed.json', changedJson),
      '-CAfile',
      trust.paths.municipalCa,
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]);
    const tsChecked = await tool('openssl', [
      'ts',
      '-verify',
      '-token_in',
      '-in',
      await save('seal.tst', stamp?.token ?? new Uint8Array()),
      '-data',
      await save('changed.sig', changeOneByte(Buffer.from(stamp?.signatureValue ?? []), 0)),
      '-CAfile',
      trust.paths.tsaCa,
      '-untrusted',
      trust.paths.tsaUnit,
    ]);

    // Assert
    expect(changedJson.length).toBe(json.length);
    expect(pdfChecked.output).not.toContain('Signature is Valid');
    expect(cmsChecked.status).not.toBe(0);
    expect(cmsChecked.output).not.toContain('Verification successful');
    expect(tsChecked.status).not.toBe(0);
  });

  it('keeps another resident out of the sealed receipt and its seal', async () => {
    // Arrange
    const { id } = await submit();

    // Act
    const json = await request(app.http)
      .get(`/api/me/applications/${id}/receipt.json`)
      .set('Cookie', otherResident);
    const seal = await request(app.http)
      .get(`/api/me/applications/${id}/receipt.p7s`)
      .set('Cookie', otherResident);

    // Assert
    expect(json.status).toBe(404);
    expect(json.body).toMatchObject({ error: { code: 'application_not_found' } });
    expect(seal.status).toBe(404);
  });

  it('gives staff of the municipality the same sealed 控え, the read on record, and nobody else’s staff', async () => {
    // Arrange
    const { id } = await submit();
    const residents = await download(id, 'receipt.pdf');

    // Act
    const staff = await request(app.http)
      .get(`/api/staff/applications/${id}/receipt.pdf`)
      .set('Cookie', caseworker)
      .buffer(true)
      .parse(binary);
    const elsewhere = await request(app.http)
      .get(`/api/staff/applications/${id}/receipt.pdf`)
      .set('Cookie', otherStaff);

    // Assert
    expect(staff.status).toBe(200);
    expect(staff.headers['cache-control']).toBe('no-store');
    expect((staff.body as Buffer).equals(residents)).toBe(true);
    expect(elsewhere.status).toBe(404);
    const audit = await app.database.dataSource.query<{ actor_id: string; detail: object }[]>(
      `SELECT actor_id, detail FROM audit_log WHERE target_id = $1 AND action = 'application.read'`,
      [id],
    );
    expect(audit).toEqual([
      { actor_id: 'staff-chiyoda-sato', detail: { document: 'receipt.pdf' } },
    ]);
  });

  it('seals a resubmission after a 補正依頼 anew, and keeps the first 控え as it was issued', async () => {
    // Arrange
    const { id } = await submit();
    const firstJson = await download(id, 'receipt.json');
    const firstPdf = await download(id, 'receipt.pdf');
    const answers = (
      await request(app.http).get(`/api/me/applications/${id}`).set('Cookie', resident).expect(200)
    ).body.answers as Record<string, unknown>;
    await transition(caseworker, id, { to: 'in_review' }).expect(200);
    await transition(caseworker, id, {
      to: 'correction_requested',
      fieldsToFix: ['phone'],
      messageToResident: '電話番号を確認してください。',
    }).expect(200);
    await request(app.http)
      .post(`/api/me/applications/${id}/resubmit`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ answers: { ...answers, phone: '03-3264-2111' } })
      .expect(200);

    // Act
    const secondJson = await download(id, 'receipt.json');
    const secondPdf = await download(id, 'receipt.pdf');
    const again = await download(id, 'receipt.pdf');
    const kept = await app.database.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM sealed_documents WHERE application_id = $1 AND kind = 'receipt'`,
      [id],
    );

    // Assert
    expect(secondJson.equals(firstJson)).toBe(false);
    expect(secondPdf.equals(firstPdf)).toBe(false);
    expect(again.equals(secondPdf)).toBe(true);
    expect(kept[0]?.count).toBe(2);
  });

  describe('the public verification', () => {
    it('says a downloaded 控え is unchanged, sealed by 千代田区長 at the timestamp’s time, and that one changed byte is a change', async () => {
      // Arrange
      const { id } = await submit();
      const pdf = await download(id, 'receipt.pdf');
      const signature = extractPdfSignature(pdf);
      const changed = changeOneByte(pdf, Math.floor((signature?.byteRange[1] ?? 400) / 2));

      // Act
      const valid = await request(app.http)
        .post('/api/verify/pdf')
        .set(CSRF)
        .set('Content-Type', 'application/pdf')
        .send(pdf)
        .expect(200);
      const modified = await request(app.http)
        .post('/api/verify/pdf')
        .set(CSRF)
        .set('Content-Type', 'application/pdf')
        .send(changed)
        .expect(200);
      const appended = await request(app.http)
        .post('/api/verify/pdf')
        .set(CSRF)
        .set('Content-Type', 'application/pdf')
        .send(Buffer.concat([pdf, Buffer.from('\n% added later\n')]))
        .expect(200);

      // Assert
      expect(valid.body).toMatchObject({
        verdict: 'valid',
        sealer: { municipality: '千代田区', office: '千代田区長' },
        receiptNumberMatches: null,
      });
      const sealedAt = Date.parse(valid.body.sealedAt as string);
      expect(Math.abs(Date.now() - sealedAt)).toBeLessThan(5 * 60_000);
      expect(modified.body).toMatchObject({ verdict: 'modified', sealer: null, sealedAt: null });
      expect(appended.body).toMatchObject({ verdict: 'modified' });
    });

    it('says an unsealed PDF is not sealed, and refuses a file that is no PDF or is too large with ja/en/やさしい日本語', async () => {
      // Arrange
      const unsealed = Buffer.from('%PDF-1.3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

      // Act
      const notSealed = await request(app.http)
        .post('/api/verify/pdf')
        .set(CSRF)
        .set('Content-Type', 'application/pdf')
        .send(unsealed)
        .expect(200);
      const notPdf = await request(app.http)
        .post('/api/verify/pdf')
        .set(CSRF)
        .set('Content-Type', 'application/pdf')
        .send(Buffer.from('GIF89a not a pdf'));
      const tooLarge = await request(app.http)
        .post('/api/verify/pdf')
        .set(CSRF)
        .set('Content-Type', 'application/pdf')
        .send(Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));

      // Assert
      expect(notSealed.body).toMatchObject({ verdict: 'not_sealed' });
      expect(notPdf.status).toBe(415);
      expect(notPdf.body).toMatchObject({ error: { code: 'pdf_required' } });
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body).toMatchObject({
        error: {
          code: 'file_too_large',
          message: {
            ja: expect.stringContaining('5MB') as unknown,
            en: expect.stringContaining('5 MB') as unknown,
            easyJa: expect.any(String) as unknown,
          },
        },
      });
    });

    it('checks a receipt JSON and its seal by 受付番号: valid with the right one, modified once a byte changes', async () => {
      // Arrange
      const { id, receiptNumber } = await submit();
      const json = (await download(id, 'receipt.json')).toString('utf8');
      const seal = (await download(id, 'receipt.p7s')).toString('base64');

      // Act
      const valid = await request(app.http)
        .post('/api/verify/receipt')
        .set(CSRF)
        .send({ receiptNumber, receipt: json, seal })
        .expect(200);
      const otherNumber = await request(app.http)
        .post('/api/verify/receipt')
        .set(CSRF)
        .send({ receiptNumber: 'R-0000-0000', receipt: json, seal })
        .expect(200);
      const modified = await request(app.http)
        .post('/api/verify/receipt')
        .set(CSRF)
        .send({
          receiptNumber,
          receipt: json.replace('"formVersion":1', '"formVersion":2'),
          seal,
        })
        .expect(200);

      // Assert
      expect(valid.body).toMatchObject({
        verdict: 'valid',
        sealer: { office: '千代田区長' },
        receiptNumberMatches: true,
      });
      expect(otherNumber.body).toMatchObject({ verdict: 'valid', receiptNumberMatches: false });
      expect(modified.body).toMatchObject({ verdict: 'modified' });
    });
  });

  describe('the 決定通知書', () => {
    it('is offered only once decided, then sealed by 千代田区長 with the decision and the message, the same bytes for the resident and the staff, and pdfsig finds it valid', async () => {
      // Arrange
      const { id, receiptNumber } = await submit();
      const before = await request(app.http)
        .get(`/api/me/applications/${id}/decision-notice.pdf`)
        .set('Cookie', resident);
      await transition(caseworker, id, { to: 'in_review' }).expect(200);
      await transition(caseworker, id, { to: 'awaiting_approval', decision: 'rejected' }).expect(
        200,
      );
      await transition(approver, id, {
        to: 'rejected',
        messageToResident: '対象となる期間を過ぎているため、受け付けることができません。',
      }).expect(200);

      // Act
      const forResident = await download(id, 'decision-notice.pdf');
      const forStaff = await request(app.http)
        .get(`/api/staff/applications/${id}/decision-notice.pdf`)
        .set('Cookie', approver)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const forOtherMunicipality = await request(app.http)
        .get(`/api/staff/applications/${id}/decision-notice.pdf`)
        .set('Cookie', otherStaff);
      const forOtherResident = await request(app.http)
        .get(`/api/me/applications/${id}/decision-notice.pdf`)
        .set('Cookie', otherResident);
      const path = await save('notice.pdf', forResident);
      const checked = await tool('pdfsig', [path]);
      const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
      const flat = text.replace(/\s+/g, '');
      const verified = await request(app.http)
        .post('/api/verify/pdf')
        .set(CSRF)
        .set('Content-Type', 'application/pdf')
        .send(forResident)
        .expect(200);

      // Assert
      expect(before.status).toBe(404);
      expect(before.body).toMatchObject({ error: { code: 'notice_not_issued' } });
      expect((forStaff.body as Buffer).equals(forResident)).toBe(true);
      expect(forOtherMunicipality.status).toBe(404);
      expect(forOtherResident.status).toBe(404);
      expect(checked.output).toContain('Signature Validation: Signature is Valid.');
      expect(checked.output).toContain('Signer Certificate Common Name: 千代田区長');
      expect(checked.output).toContain('Signature Type: ETSI.CAdES.detached');
      expect(flat).toContain('却下通知書');
      expect(flat).toContain(receiptNumber);
      expect(flat).toContain('妊娠の届出');
      expect(flat).toContain('対象となる期間を過ぎているため');
      expect(flat).toContain('千代田区長の電子印（eシール）');
      expect(verified.body).toMatchObject({ verdict: 'valid', sealer: { office: '千代田区長' } });
    });
  });
});
