import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import request from 'supertest';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers, withUploadedAttachments } from '../support/samples.js';

const run = promisify(execFile);

/** The response body as bytes (supertest buffers only text and JSON by itself). */
function binary(
  response: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('the PDF 控え of an application', () => {
  let app: ApiTestApp;
  let workDir: string;
  let resident: string;
  let otherResident: string;
  let staff: string;
  const proof = makePng({ width: 6, height: 5 });
  const proofSha256 = createHash('sha256').update(proof).digest('hex');

  async function submitPregnancyNotification(): Promise<{ id: string; receiptNumber: string }> {
    const upload = await request(app.http)
      .post('/api/attachments')
      .set('Cookie', resident)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', proof, { filename: '妊娠届出書の証明.png' })
      .expect(201);
    const submitted = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .set('Idempotency-Key', `receipt-${randomUUID()}`)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: {
          ...readSampleAnswers('pregnancy-notification'),
          pregnancyProof: [upload.body.id as string],
        },
      })
      .expect(201);
    return {
      id: submitted.body.id as string,
      receiptNumber: submitted.body.receiptNumber as string,
    };
  }

  async function downloadPdf(
    id: string,
    name: string,
  ): Promise<{ path: string; response: request.Response }> {
    const response = await request(app.http)
      .get(`/api/me/applications/${id}/receipt.pdf`)
      .set('Cookie', resident)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const path = join(workDir, name);
    await writeFile(path, response.body as Buffer);
    return { path, response };
  }

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'madoguchi-receipt-pdf-'));
    app = await startApiTestApp({ STORAGE_LOCAL_DIR: workDir });
    resident = await app.signIn('resident-yamada-hanako');
    otherResident = await app.signIn('resident-suzuki-ichiro');
    staff = await app.signIn('staff-chiyoda-sato');
  });

  afterAll(async () => {
    await app.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('downloads as <受付番号>.pdf, never cached, with the 受付番号, the municipality, the answers, the file’s SHA-256 and an embedded Japanese font', async () => {
    // Arrange
    const { id, receiptNumber } = await submitPregnancyNotification();

    // Act
    const { path, response } = await downloadPdf(id, 'pregnancy.pdf');
    const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']);
    const { stdout: fonts } = await run('pdffonts', [path]);

    // Assert
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="${receiptNumber}.pdf"`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    expect((response.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain(receiptNumber);
    expect(text).toContain('千代田区');
    expect(text).toContain('妊娠届出');
    expect(text).toContain('小田原さくらレディースクリニック');
    // The sample's 出産予定日 is relative to today (`today+P6M`), written as a Japanese date.
    const [year, month, day] = String(
      readSampleAnswers('pregnancy-notification').expectedDeliveryDate,
    )
      .split('-')
      .map(Number);
    expect(text).toContain(`${year}年${month}月${day}日`);
    expect(text).toContain('妊娠届出書の証明.png');
    expect(text).toContain(proofSha256);
    // 個人番号 masked as on the confirmation page: the last four digits only.
    expect(text).not.toContain('314159265352');
    expect(text).toContain('5352');
    const fontRows = fonts.split('\n').filter((line) => line.includes('BIZUDPGothic'));
    expect(fontRows.length).toBeGreaterThan(0);
    // Columns of pdffonts: name, type, encoding, emb, sub, uni, object, id.
    expect(fontRows.every((line) => /\s(yes)\s+(yes)\s+(yes)\s+\d+\s+\d+\s*$/.test(line))).toBe(
      true,
    );
  });

  it('shows a repeating group item by item, with option labels, and puts the 受付番号 on every page', async () => {
    // Arrange: a form with children (a repeating group) and required attachments
    const answers = await withUploadedAttachments(
      app,
      resident,
      { municipalityCode: CHIYODA, procedureId: 'childcare-facility-application', formVersion: 1 },
      // Chiyoda's overlay adds one question to the standard form.
      { ...readSampleAnswers('childcare-facility-application'), localAcceptsMidYearOffer: true },
    );
    const submitted = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .set('Idempotency-Key', `receipt-${randomUUID()}`)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'childcare-facility-application',
        formVersion: 1,
        answers,
      })
      .expect(201);

    // Act
    const { path } = await downloadPdf(submitted.body.id as string, 'childcare.pdf');
    const { stdout: info } = await run('pdfinfo', [path]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const pageTexts = await Promise.all(
      Array.from({ length: pages }, (_, index) =>
        run('pdftotext', [
          '-f',
          String(index + 1),
          '-l',
          String(index + 1),
          '-enc',
          'UTF-8',
          path,
          '-',
        ]).then((result) => result.stdout),
      ),
    );

    // Assert
    expect(pages).toBeGreaterThan(1);
    pageTexts.forEach((pageText, index) => {
      expect(pageText).toContain(`受付番号 ${submitted.body.receiptNumber as string}`);
      expect(pageText).toContain(`${index + 1} / ${pages} ページ`);
    });
    const text = pageTexts.join('\n');
    expect(text).toContain('希望する施設 1');
    expect(text).toContain('世帯員 1');
    expect(text).toContain('港みらい物流株式会社');
    expect(text).toContain('年度途中の入所内定を受けますか');
    expect(text).not.toContain('121212121217');
  });

  it('is not found for another resident, an unknown id or a malformed one, and not open to staff', async () => {
    // Arrange
    const { id } = await submitPregnancyNotification();

    // Act
    const other = await request(app.http)
      .get(`/api/me/applications/${id}/receipt.pdf`)
      .set('Cookie', otherResident);
    const unknown = await request(app.http)
      .get(`/api/me/applications/${randomUUID()}/receipt.pdf`)
      .set('Cookie', resident);
    const malformed = await request(app.http)
      .get('/api/me/applications/not-an-id/receipt.pdf')
      .set('Cookie', resident);
    const byStaff = await request(app.http)
      .get(`/api/me/applications/${id}/receipt.pdf`)
      .set('Cookie', staff);
    const anonymous = await request(app.http).get(`/api/me/applications/${id}/receipt.pdf`);

    // Assert
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('application_not_found');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('application_not_found');
    expect(malformed.status).toBe(404);
    expect(byStaff.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });
});
