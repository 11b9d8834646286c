import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import exifr from 'exifr';
import request from 'supertest';

import type { PrivateClamd } from '../../src/attachments/testing/private-clamd.js';
import { TEST_MALWARE, startPrivateClamd } from '../../src/attachments/testing/private-clamd.js';
import {
  makeJpegWithLocation,
  makePngWithLocation,
} from '../../src/attachments/testing/sample-files.js';
import { loadEnv } from '../../src/config/env.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA } from '../support/samples.js';

describe('malware scan and location data of uploads (API, real clamd and PostgreSQL)', () => {
  let app: ApiTestApp;
  let clamd: PrivateClamd;
  let storageDir: string;
  let resident: string;

  function upload(file: Buffer, fileName: string) {
    return request(app.http)
      .post('/api/attachments')
      .set('Cookie', resident)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', file, fileName);
  }

  async function storedFiles(): Promise<string[]> {
    const entries = await readdir(storageDir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  }

  async function attachmentCount(): Promise<number> {
    const [row] = await app.database.dataSource.query(
      `SELECT count(*)::int AS count FROM attachments`,
    );
    return row.count as number;
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'madoguchi-upload-scanning-'));
    // A clamd of this file's own, so one test can stop it.
    clamd = await startPrivateClamd();
    app = await startApiTestApp({
      STORAGE_LOCAL_DIR: storageDir,
      MALWARE_SCANNER: 'clamd',
      CLAMD_SOCKET: clamd.socketPath,
      CLAMD_TIMEOUT_MS: '3000',
    });
    resident = await app.signIn('resident-yamada-hanako');
  });

  afterAll(async () => {
    await app.close();
    await clamd.stop();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('refuses a file the scanner knows as malware with file_infected, in three languages, keeping nothing', async () => {
    // Arrange
    const [filesBefore, rowsBefore] = [await storedFiles(), await attachmentCount()];

    // Act
    const response = await upload(TEST_MALWARE, 'scan.png');

    // Assert
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('file_infected');
    expect(response.body.error.message.ja).toContain('ウイルス');
    expect(response.body.error.message.en).toContain('virus');
    expect(response.body.error.message.easyJa).toMatch(/./u);
    expect(await storedFiles()).toEqual(filesBefore);
    expect(await attachmentCount()).toBe(rowsBefore);
  });

  it('stores a photo without its location, notes what was removed, and hashes the stored bytes', async () => {
    // Arrange: an independent reader finds the location in what the phone saved.
    const photo = makeJpegWithLocation(2);
    expect((await exifr.gps(photo)).latitude).toBeGreaterThan(35);

    // Act
    const response = await upload(photo, 'photo.jpg');

    // Assert
    expect(response.status).toBe(201);
    const download = await request(app.http)
      .get(`/api/attachments/${response.body.id}`)
      .set('Cookie', resident)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const stored = download.body as Buffer;
    expect(stored.equals(photo)).toBe(false);
    expect(await exifr.gps(stored)).toBeUndefined();
    expect(stored.includes('GPSLatitude')).toBe(false);
    expect(response.body.sha256).toBe(createHash('sha256').update(stored).digest('hex'));
    expect(response.body.bytes).toBe(stored.length);
    const [row] = await app.database.dataSource.query(
      `SELECT removed_metadata FROM attachments WHERE id = $1`,
      [response.body.id],
    );
    expect(row.removed_metadata).toEqual(['exif-gps', 'xmp']);
  });

  it('stores a PNG without its eXIf location or XMP chunk', async () => {
    const response = await upload(makePngWithLocation(), 'screen.png');

    expect(response.status).toBe(201);
    const [row] = await app.database.dataSource.query(
      `SELECT removed_metadata FROM attachments WHERE id = $1`,
      [response.body.id],
    );
    expect(row.removed_metadata).toEqual(['exif-gps', 'xmp']);
  });

  it('refuses every upload with the retryable scanner_unavailable while clamd is down, never accepting one unscanned', async () => {
    // Arrange
    await clamd.stop();
    const [filesBefore, rowsBefore] = [await storedFiles(), await attachmentCount()];

    // Act
    const clean = await upload(makePngWithLocation(), 'clean.png');

    // Assert
    expect(clean.status).toBe(503);
    expect(clean.body.error.code).toBe('scanner_unavailable');
    expect(clean.body.error.message.easyJa).toMatch(/./u);
    expect(await storedFiles()).toEqual(filesBefore);
    expect(await attachmentCount()).toBe(rowsBefore);
  });
});

describe('malware scanner settings', () => {
  it('refuses to start production without a scanner', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', MALWARE_SCANNER: 'none' })).toThrow(
      /MALWARE_SCANNER/u,
    );
  });

  it('lets development run with the announced no-op scanner', () => {
    expect(loadEnv({ NODE_ENV: 'development', MALWARE_SCANNER: 'none' }).MALWARE_SCANNER).toBe(
      'none',
    );
  });
});
