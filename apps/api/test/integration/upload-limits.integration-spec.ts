import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import request from 'supertest';
import { DataSource } from 'typeorm';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA } from '../support/samples.js';

type SlowUpload = {
  /** Resolves with the status and body the API answered (or null if it hung up). */
  response: Promise<{
    status: number;
    body: { error?: { code: string; message: Record<string, string> } };
  } | null>;
  stop(): void;
};

/**
 * Starts a multipart upload that sends its fields, then the file one byte at a time every
 * `intervalMs`: a resident on a bad line, or someone holding connections on purpose.
 */
function startSlowUpload(port: number, cookie: string, intervalMs: number): SlowUpload {
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
  const head = `${fields}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.png"\r\nContent-Type: image/png\r\n\r\n`;
  const png = makePng({ width: 8, height: 8 });
  const outgoing = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/attachments',
    headers: {
      cookie,
      ...CSRF,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(head.length + png.length + boundary.length + 8),
    },
  });
  outgoing.on('error', () => undefined);
  const response = new Promise<Awaited<SlowUpload['response']>>((resolve) => {
    outgoing.on('response', (incoming: IncomingMessage) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
        }),
      );
      incoming.on('error', () => resolve(null));
    });
    outgoing.on('close', () => resolve(null));
  });
  outgoing.write(head);
  let sent = 0;
  const timer = setInterval(() => {
    if (sent < png.length && !outgoing.destroyed) {
      outgoing.write(png.subarray(sent, sent + 1));
      sent += 1;
    }
  }, intervalMs);
  return {
    response,
    stop() {
      clearInterval(timer);
      outgoing.destroy();
    },
  };
}

describe('uploads off the transaction (API, real PostgreSQL with a pool of 2)', () => {
  let app: ApiTestApp;
  let server: Server;
  let port: number;
  let storageDir: string;
  let residents: string[];
  const uploads: SlowUpload[] = [];

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'madoguchi-upload-limits-'));
    app = await startApiTestApp({
      STORAGE_LOCAL_DIR: storageDir,
      DATABASE_POOL_SIZE: '2',
      UPLOAD_MAX_CONCURRENT_PER_RESIDENT: '2',
      UPLOAD_MIN_BYTES_PER_SECOND: '1',
      UPLOAD_RATE_WINDOW_SECONDS: '2',
      UPLOAD_DEADLINE_SECONDS: '6',
    });
    server = (app.http as Server).listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
    residents = await Promise.all(
      ['resident-yamada-hanako', 'resident-suzuki-ichiro', 'resident-watanabe-sakura'].map((id) =>
        app.signIn(id),
      ),
    );
  });

  afterEach(() => {
    for (const upload of uploads.splice(0)) {
      upload.stop();
    }
  });

  afterAll(async () => {
    server.close();
    await app.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  async function storedCount(): Promise<number> {
    const [row] = await app.database.dataSource.query(
      `SELECT count(*)::int AS count FROM attachments`,
    );
    return row.count as number;
  }

  it('answers another request while more slow uploads are in flight than the pool has connections', async () => {
    // Arrange: three uploads at 5 bytes a second (above the floor), two residents, a pool of 2.
    const [yamada, suzuki, watanabe] = residents as [string, string, string];
    uploads.push(
      startSlowUpload(port, yamada, 200),
      startSlowUpload(port, yamada, 200),
      startSlowUpload(port, suzuki, 200),
    );
    await sleep(700);

    // Act: a request that needs a tenant transaction, as a third resident.
    const started = Date.now();
    const answer = await request(app.http)
      .get('/api/me/applications')
      .set('Cookie', watanabe)
      .timeout(4000);

    // Assert
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2000);
    const [row] = await app.database.dataSource.query(
      `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
    );
    expect(row.count).toBe(0);
  });

  it('refuses a resident a third concurrent upload with 429 and too_many_uploads', async () => {
    // Arrange
    const [yamada] = residents as [string];
    uploads.push(startSlowUpload(port, yamada, 200), startSlowUpload(port, yamada, 200));
    await sleep(500);

    // Act
    const third = await request(app.http)
      .post('/api/attachments')
      .set('Cookie', yamada)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', makePng(), 'a.png');

    // Assert
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('too_many_uploads');
    expect(third.body.error.message.ja).toMatch(/./u);
    expect(third.body.error.message.en).toMatch(/./u);
    expect(third.body.error.message.easyJa).toMatch(/./u);
  });

  it('lets the resident upload again once the slow uploads are gone', async () => {
    // Arrange
    const [yamada] = residents as [string];
    const slow = [startSlowUpload(port, yamada, 200), startSlowUpload(port, yamada, 200)];
    await sleep(300);
    for (const upload of slow) {
      upload.stop();
    }
    await sleep(300);

    // Act
    const answer = await request(app.http)
      .post('/api/attachments')
      .set('Cookie', yamada)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', 'pregnancy-notification')
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', makePng(), 'a.png');

    // Assert
    expect(answer.status).toBe(201);
  });

  it('cuts an upload that trickles below the floor rate with upload_too_slow, keeping nothing', async () => {
    // Arrange: one byte every 3 s is below 1 byte/s over a 2 s window.
    const before = await storedCount();
    const [, suzuki] = residents as [string, string];
    const upload = startSlowUpload(port, suzuki, 3000);
    uploads.push(upload);

    // Act
    const answer = await upload.response;

    // Assert
    expect(answer?.status).toBe(408);
    expect(answer?.body.error?.code).toBe('upload_too_slow');
    expect(answer?.body.error?.message.easyJa).toMatch(/./u);
    expect(await storedCount()).toBe(before);
  });

  it('cuts an upload still running at the total deadline with upload_deadline_exceeded, keeping nothing', async () => {
    // Arrange: 5 bytes a second stays above the floor but never finishes within 6 s.
    const before = await storedCount();
    const [yamada] = residents as [string];
    const upload = startSlowUpload(port, yamada, 200);
    uploads.push(upload);

    // Act
    const answer = await upload.response;

    // Assert
    expect(answer?.status).toBe(408);
    expect(answer?.body.error?.code).toBe('upload_deadline_exceeded');
    expect(await storedCount()).toBe(before);
    const files = await readdir(storageDir, { recursive: true });
    expect(files.filter((name) => name.toString().endsWith('.partial'))).toEqual([]);
  });
});

describe('a database at its configured limits (API, real PostgreSQL with a pool of 1)', () => {
  let app: ApiTestApp;
  let resident: string;

  beforeAll(async () => {
    app = await startApiTestApp({
      DATABASE_POOL_SIZE: '1',
      DATABASE_CONNECT_TIMEOUT_MS: '300',
      DATABASE_STATEMENT_TIMEOUT_MS: '1000',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '4000',
    });
    resident = await app.signIn('resident-yamada-hanako');
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers 503 service_busy, not 500, when no connection frees up within the connect timeout', async () => {
    // Arrange: the API's only connection is busy for 0.9 s.
    const held = app.app.get(DataSource).query('SELECT pg_sleep(0.9)');

    // Act
    const started = Date.now();
    const busy = await request(app.http).get('/api/me/applications').set('Cookie', resident);
    await held;
    const after = await request(app.http).get('/api/me/applications').set('Cookie', resident);

    // Assert
    expect(busy.status).toBe(503);
    expect(busy.body.error.code).toBe('service_busy');
    expect(busy.body.error.message.easyJa).toMatch(/./u);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(after.status).toBe(200);
  });

  it('has PostgreSQL cancel a statement past the statement timeout and end idle transactions', async () => {
    const dataSource = app.app.get(DataSource);

    await expect(dataSource.query('SELECT pg_sleep(3)')).rejects.toMatchObject({
      driverError: { code: '57014' },
    });
    const [row] = await dataSource.query(
      `SELECT current_setting('idle_in_transaction_session_timeout') AS value`,
    );
    expect(row.value).toBe('4s');
  });
});
