import { randomUUID } from 'node:crypto';

import request from 'supertest';

import { generateApiKey } from '../../src/back-office/api-key-secret.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, YOKOHAMA, readSampleAnswers } from '../support/samples.js';

type Summary = { id: string; receiptNumber: string; acknowledgedAt: string | null };
type Page = { items: Summary[]; nextCursor: string | null };

describe('the back-office pull API and its keys', () => {
  let app: ApiTestApp;
  let resident: string;
  let caseworker: string;
  let admin: string;
  const answers = readSampleAnswers('pregnancy-notification');
  const MY_NUMBER = answers.myNumber as string;

  async function submit(municipalityCode = CHIYODA): Promise<Summary> {
    const response = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({ municipalityCode, procedureId: 'pregnancy-notification', formVersion: 1, answers })
      .expect(201);
    return response.body as Summary;
  }

  async function createKey(
    body: object,
  ): Promise<{ key: string; apiKey: { id: string; keyPrefix: string; scopes: string[] } }> {
    const response = await request(app.http)
      .post('/api/staff/api-keys')
      .set('Cookie', admin)
      .set(CSRF)
      .send(body)
      .expect(201);
    return response.body as {
      key: string;
      apiKey: { id: string; keyPrefix: string; scopes: string[] };
    };
  }

  /** A key of another municipality, stored directly (the demo has no administrator there). */
  async function insertKey(municipalityCode: string, scopes: string[]): Promise<string> {
    const secret = generateApiKey();
    await app.database.dataSource.query(
      `INSERT INTO api_keys (id, municipality_code, name, key_prefix, key_hash, scopes, created_by)
       VALUES ($1, $2, 'test', $3, $4, $5, 'test')`,
      [randomUUID(), municipalityCode, secret.keyPrefix, secret.keyHash, JSON.stringify(scopes)],
    );
    return secret.key;
  }

  const list = (key: string, query: Record<string, string> = {}) =>
    request(app.http)
      .get('/api/back-office/applications')
      .query(query)
      .set('Authorization', `Bearer ${key}`);

  let readKey: string;
  let fullKey: string;
  let chiyodaApplication: Summary;
  let yokohamaApplication: Summary;

  beforeAll(async () => {
    app = await startApiTestApp();
    resident = await app.signIn('resident-yamada-hanako');
    caseworker = await app.signIn('staff-chiyoda-sato');
    admin = await app.signIn('staff-chiyoda-kobayashi');
    chiyodaApplication = await submit();
    yokohamaApplication = await submit(YOKOHAMA);
    readKey = (await createKey({ name: '住記システム連携', scopes: ['applications:read'] })).key;
    fullKey = (
      await createKey({
        name: '子育て基幹系',
        scopes: ['applications:read', 'applications:acknowledge', 'personal-data'],
      })
    ).key;
  });

  afterAll(async () => {
    await app.close();
  });

  describe('keys', () => {
    it('are created by an administrator, shown once, and listed without the key', async () => {
      // Act
      const created = await createKey({ name: '連携テスト' });
      const listed = await request(app.http)
        .get('/api/staff/api-keys')
        .set('Cookie', admin)
        .expect(200);

      // Assert
      expect(created.key).toMatch(/^mdg_bo_[A-Za-z0-9_-]{43}$/);
      expect(created.apiKey.scopes).toEqual(['applications:read', 'applications:acknowledge']);
      expect(created.key.startsWith(created.apiKey.keyPrefix)).toBe(true);
      expect(JSON.stringify(listed.body)).not.toContain(created.key);
      expect(listed.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: created.apiKey.id, lastUsedAt: null, revokedAt: null }),
        ]),
      );
      const [stored] = await app.database.dataSource.query(
        `SELECT key_hash FROM api_keys WHERE id = $1`,
        [created.apiKey.id],
      );
      expect(stored.key_hash).toMatch(/^[0-9a-f]{64}$/);
      const audit = await app.database.dataSource.query(
        `SELECT actor_id FROM audit_log WHERE action = 'api_key.create' AND target_id = $1`,
        [created.apiKey.id],
      );
      expect(audit).toEqual([{ actor_id: 'staff-chiyoda-kobayashi' }]);
    });

    it('cannot be managed by other staff, residents or anonymous callers', async () => {
      // Act
      const byCaseworker = await request(app.http)
        .post('/api/staff/api-keys')
        .set('Cookie', caseworker)
        .set(CSRF)
        .send({ name: 'x' })
        .expect(403);
      const listByCaseworker = await request(app.http)
        .get('/api/staff/api-keys')
        .set('Cookie', caseworker)
        .expect(403);
      const byResident = await request(app.http)
        .get('/api/staff/api-keys')
        .set('Cookie', resident)
        .expect(403);
      const anonymous = await request(app.http).get('/api/staff/api-keys').expect(401);

      // Assert
      expect([byCaseworker.body.error.code, listByCaseworker.body.error.code]).toEqual([
        'admin_only',
        'admin_only',
      ]);
      expect([byResident.body.error.code, anonymous.body.error.code]).toEqual([
        'forbidden',
        'unauthenticated',
      ]);
    });

    it.each([
      [{ name: '' }, 'invalid_request'],
      [{ name: 'x', scopes: ['everything'] }, 'invalid_request'],
      [{ name: 'x', scopes: [] }, 'invalid_request'],
      [{ name: 'x', admin: true }, 'invalid_request'],
      [{ name: 42 }, 'invalid_request'],
    ])('refuses the key request %j', async (body, code) => {
      // Act
      const response = await request(app.http)
        .post('/api/staff/api-keys')
        .set('Cookie', admin)
        .set(CSRF)
        .send(body)
        .expect(400);

      // Assert
      expect(response.body.error).toMatchObject({
        code,
        message: { ja: expect.any(String), en: expect.any(String) },
      });
    });

    it('stop working the moment they are revoked', async () => {
      // Arrange
      const { key, apiKey } = await createKey({ name: '失効テスト' });
      await list(key).expect(200);

      // Act
      await request(app.http)
        .delete(`/api/staff/api-keys/${apiKey.id}`)
        .set('Cookie', caseworker)
        .set(CSRF)
        .expect(403);
      await request(app.http)
        .delete(`/api/staff/api-keys/${apiKey.id}`)
        .set('Cookie', admin)
        .set(CSRF)
        .expect(204);
      await request(app.http)
        .delete(`/api/staff/api-keys/${apiKey.id}`)
        .set('Cookie', admin)
        .set(CSRF)
        .expect(204);
      await request(app.http)
        .delete(`/api/staff/api-keys/${randomUUID()}`)
        .set('Cookie', admin)
        .set(CSRF)
        .expect(404);
      const afterRevocation = await list(key).expect(401);

      // Assert
      expect(afterRevocation.body.error.code).toBe('invalid_api_key');
      expect(afterRevocation.headers['www-authenticate']).toContain('Bearer');
      const listed = await request(app.http)
        .get('/api/staff/api-keys')
        .set('Cookie', admin)
        .expect(200);
      const revoked = (
        listed.body as { id: string; revokedAt: string | null; lastUsedAt: string | null }[]
      ).find((item) => item.id === apiKey.id);
      expect(revoked?.revokedAt).not.toBeNull();
      expect(revoked?.lastUsedAt).not.toBeNull();
    });
  });

  describe('pull API', () => {
    it('needs a bearer key, not a session', async () => {
      // Act
      const none = await request(app.http).get('/api/back-office/applications').expect(401);
      const withCookie = await request(app.http)
        .get('/api/back-office/applications')
        .set('Cookie', admin)
        .expect(401);
      const garbage = await request(app.http)
        .get('/api/back-office/applications')
        .set('Authorization', 'Bearer nope')
        .expect(401);

      // Assert
      expect(none.body.error.code).toBe('api_key_required');
      expect(none.headers['www-authenticate']).toBe('Bearer realm="madoguchi-back-office"');
      expect(withCookie.body.error.code).toBe('api_key_required');
      expect(garbage.body.error.code).toBe('invalid_api_key');
    });

    it("lists the key's municipality only, in order of arrival, by cursor pages", async () => {
      // Arrange
      const more = [await submit(), await submit(), await submit()];
      const seen: string[] = [];
      let cursor: string | null = null;

      // Act
      do {
        const page = (
          await list(readKey, { limit: '2', ...(cursor ? { cursor } : {}) }).expect(200)
        ).body as Page;
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor !== null);

      // Assert
      expect(seen).toEqual([chiyodaApplication.id, ...more.map((item) => item.id)]);
      expect(seen).not.toContain(yokohamaApplication.id);
    });

    it('filters by receipt time', async () => {
      // Arrange
      const since = new Date(Date.now() + 60_000).toISOString();

      // Act
      const future = (await list(readKey, { since }).expect(200)).body as Page;
      const past = (await list(readKey, { since: '2000-01-01T00:00:00+09:00' }).expect(200))
        .body as Page;

      // Assert
      expect(future.items).toEqual([]);
      expect(past.items.map((item) => item.id)).toContain(chiyodaApplication.id);
    });

    it.each([
      [{ acknowledged: 'maybe' }, 'invalid_request'],
      [{ since: 'yesterday' }, 'invalid_request'],
      [{ limit: '1000' }, 'invalid_request'],
      [{ cursor: 'bad' }, 'invalid_cursor'],
      [{ page: '2' }, 'invalid_request'],
    ])('answers 400 to the query %j', async (query, code) => {
      // Act
      const response = await list(readKey, query).expect(400);

      // Assert
      expect(response.body.error).toMatchObject({
        code,
        message: { ja: expect.any(String), en: expect.any(String) },
      });
    });

    it('gives the application with sensitive answers masked to a key without the personal-data scope', async () => {
      // Act
      const response = await request(app.http)
        .get(
          `/api/back-office/applications/${chiyodaApplication.receiptNumber.replace('-', '').toLowerCase()}`,
        )
        .set('Authorization', `Bearer ${readKey}`)
        .expect(200);

      // Assert
      expect(response.body).toMatchObject({
        receiptNumber: chiyodaApplication.receiptNumber,
        hasPersonalData: false,
        applicantNameKana: expect.any(String),
        events: [expect.objectContaining({ toStatus: 'submitted' })],
        attachments: [],
      });
      expect(response.body.answers.myNumber).toBe(`********${MY_NUMBER.slice(-4)}`);
      expect(JSON.stringify(response.body)).not.toContain(MY_NUMBER);
    });

    it('opens sensitive answers for a key with the personal-data scope, and audits the read', async () => {
      // Act
      const response = await request(app.http)
        .get(`/api/back-office/applications/${chiyodaApplication.receiptNumber}`)
        .set('Authorization', `Bearer ${fullKey}`)
        .expect(200);

      // Assert
      expect(response.body.hasPersonalData).toBe(true);
      expect(response.body.answers.myNumber).toBe(MY_NUMBER);
      const audit = await app.database.dataSource.query(
        `SELECT actor_kind, actor_id, detail FROM audit_log WHERE action = 'personal_data.read' AND target_id = $1`,
        [chiyodaApplication.id],
      );
      expect(audit).toEqual([
        {
          actor_kind: 'system',
          actor_id: expect.stringMatching(/^api-key:/),
          detail: expect.objectContaining({ paths: ['myNumber'] }),
        },
      ]);
      expect(JSON.stringify(audit)).not.toContain(MY_NUMBER);
    });

    it('acknowledges once and idempotently, without a CSRF header, and then leaves it out of acknowledged=false', async () => {
      // Arrange
      const target = await submit();
      const acknowledge = (key: string) =>
        request(app.http)
          .post(`/api/back-office/applications/${target.receiptNumber}/acknowledge`)
          .set('Authorization', `Bearer ${key}`);

      // Act
      const first = await acknowledge(fullKey).expect(200);
      const second = await acknowledge(fullKey).expect(200);
      const withoutScope = await acknowledge(readKey).expect(403);
      const pending = (await list(readKey, { acknowledged: 'false', limit: '100' }).expect(200))
        .body as Page;
      const taken = (await list(readKey, { acknowledged: 'true', limit: '100' }).expect(200))
        .body as Page;

      // Assert
      expect(first.body).toEqual({
        receiptNumber: target.receiptNumber,
        acknowledgedAt: expect.any(String),
      });
      expect(second.body).toEqual(first.body);
      expect(withoutScope.body.error.code).toBe('insufficient_scope');
      expect(pending.items.map((item) => item.id)).not.toContain(target.id);
      expect(taken.items.map((item) => item.id)).toEqual([target.id]);
      const audit = await app.database.dataSource.query(
        `SELECT detail->>'isFirst' AS first FROM audit_log WHERE action = 'application.acknowledge' AND target_id = $1 ORDER BY id`,
        [target.id],
      );
      expect(audit).toEqual([{ first: 'true' }, { first: 'false' }]);
    });

    it("never shows or acknowledges another municipality's application", async () => {
      // Arrange
      const yokohamaKey = await insertKey(YOKOHAMA, [
        'applications:read',
        'applications:acknowledge',
        'personal-data',
      ]);

      // Act
      const listed = (await list(yokohamaKey).expect(200)).body as Page;
      const read = await request(app.http)
        .get(`/api/back-office/applications/${chiyodaApplication.receiptNumber}`)
        .set('Authorization', `Bearer ${yokohamaKey}`)
        .expect(404);
      await request(app.http)
        .post(`/api/back-office/applications/${chiyodaApplication.receiptNumber}/acknowledge`)
        .set('Authorization', `Bearer ${yokohamaKey}`)
        .expect(404);
      await request(app.http)
        .get(`/api/back-office/applications/${yokohamaApplication.receiptNumber}`)
        .set('Authorization', `Bearer ${readKey}`)
        .expect(404);

      // Assert
      expect(listed.items.map((item) => item.id)).toEqual([yokohamaApplication.id]);
      expect(read.body.error.code).toBe('application_not_found');
    });

    it('answers 404 to something that cannot be a receipt number', async () => {
      // Act
      const response = await request(app.http)
        .get('/api/back-office/applications/..%2F..%2Fetc')
        .set('Authorization', `Bearer ${readKey}`)
        .expect(404);

      // Assert
      expect(response.body.error.code).toBe('application_not_found');
    });

    it('is documented in OpenAPI with its tag and bearer authentication', async () => {
      // Act
      const response = await request(app.http).get('/api/openapi.json').expect(200);

      // Assert
      const document = response.body as {
        components: { securitySchemes: Record<string, unknown> };
        paths: Record<string, Record<string, { tags: string[]; security?: unknown[] }>>;
      };
      expect(document.components.securitySchemes['back-office-key']).toMatchObject({
        type: 'http',
        scheme: 'bearer',
      });
      const operation = document.paths['/api/back-office/applications']?.get;
      expect(operation?.tags).toEqual(['back-office pull API']);
      expect(operation?.security).toEqual([{ 'back-office-key': [] }]);
    });
  });
});
