import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA } from '../support/samples.js';

describe('gzip of public catalog answers only (API)', () => {
  let app: ApiTestApp;

  beforeAll(async () => {
    app = await startApiTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('sends a form definition gzipped and marked public, revalidated each time', async () => {
    const response = await request(app.http)
      .get(`/api/municipalities/${CHIYODA}/procedures/pregnancy-notification/form`)
      .set('Accept-Encoding', 'gzip')
      .expect(200);

    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, no-cache');
    // supertest inflates it: the answer is still the form.
    expect((response.body as { procedureId: string }).procedureId).toBe('pregnancy-notification');
  });

  it('never compresses an answer not marked public (no-store, the default for personal data), however large', async () => {
    const response = await request(app.http)
      .get('/api/openapi.json')
      .set('Accept-Encoding', 'gzip')
      .expect(200);

    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.text.length).toBeGreaterThan(10_000);
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('leaves an answer uncompressed for a client that does not ask for gzip', async () => {
    const response = await request(app.http)
      .get(`/api/municipalities/${CHIYODA}/procedures/pregnancy-notification/form`)
      .set('Accept-Encoding', 'identity')
      .expect(200);

    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
