import { randomBytes } from 'node:crypto';

import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';

const METRICS_TOKEN = randomBytes(32).toString('base64url');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nothing listens on: login requests fail fast after the rate limit counted them. */
const NO_PROVIDER = 'http://127.0.0.1:9';

function cspOf(response: { headers: Record<string, string | undefined> }): Map<string, string> {
  const header = response.headers['content-security-policy'] ?? '';
  return new Map(
    header
      .split(';')
      .map((directive) => directive.trim())
      .filter((directive) => directive !== '')
      .map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1).join(' ')]),
  );
}

describe('security headers, CSRF, client addresses and metrics (API defaults: no trusted proxy)', () => {
  let app: ApiTestApp;
  let resident: string;
  let staff: string;

  beforeAll(async () => {
    app = await startApiTestApp({
      TRUSTED_PROXIES: '',
      METRICS_ALLOWED_NETWORKS: '',
      METRICS_TOKEN,
      LOGIN_RATE_LIMIT_PER_MINUTE: '2',
      OIDC_ISSUER_URL: NO_PROVIDER,
    });
    resident = await app.signIn('resident-yamada-hanako');
    staff = await app.signIn('staff-chiyoda-sato');
  });

  afterAll(async () => {
    await app.close();
  });

  it('sends a CSP that frames and loads nothing, HSTS and the helmet set on JSON answers', async () => {
    const response = await request(app.http).get('/api/health').expect(200);
    const csp = cspOf(response);

    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps Swagger UI working under its CSP: scripts from this origin only, no inline script', async () => {
    const page = await request(app.http).get('/api/docs/').redirects(1).expect(200);
    const csp = cspOf(page);
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];

    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="/);
      expect(body?.trim()).toBe('');
    }
    const init = await request(app.http).get('/api/docs/swagger-ui-init.js').expect(200);
    expect(init.text).toContain('"swaggerDoc"');
  });

  it.each([
    ['the session', '/api/session', 'resident'],
    ['a resident’s applications', '/api/me/applications', 'resident'],
    ['a resident’s drafts', '/api/me/drafts', 'resident'],
    ['a resident’s notifications', '/api/me/notifications', 'resident'],
    ['the staff queue', '/api/staff/applications', 'staff'],
    [
      'an attachment (even refused)',
      '/api/attachments/00000000-0000-4000-8000-000000000000',
      'resident',
    ],
    [
      'a receipt PDF (even refused)',
      '/api/me/applications/00000000-0000-4000-8000-000000000000/receipt.pdf',
      'resident',
    ],
    ['an anonymous refusal', '/api/me/applications', null],
  ])('answers %s with Cache-Control: no-store', async (_label, path, who) => {
    const call = request(app.http).get(path);
    const response = await (who === null
      ? call
      : call.set('Cookie', who === 'staff' ? staff : resident));

    expect(String(response.headers['cache-control']).split(/,\s*/)).toContain('no-store');
  });

  it('lets public catalog data keep its own cache header', async () => {
    const response = await request(app.http).get('/api/postal-codes/1000001');

    expect(response.headers['cache-control']).toBe('public, max-age=86400');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '  '],
  ])('refuses a state-changing request whose CSRF header is %s', async (_label, value) => {
    const call = request(app.http).post('/api/session/sign-out').set('Cookie', resident);
    const response = await (value === undefined ? call : call.set('x-madoguchi-csrf', value));

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_header_missing');
    await request(app.http).get('/api/session').set('Cookie', resident).expect(200);
  });

  it('counts the login rate limit by the socket address whatever X-Forwarded-For a client sends', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await request(app.http)
        .get('/api/auth/login')
        .query({ audience: 'resident' })
        .set('X-Forwarded-For', `198.51.100.${attempt + 1}`);
      statuses.push(response.status);
    }

    expect(statuses).toContain(429);
  });

  it('serves /api/metrics only with the scrape token', async () => {
    const anonymous = await request(app.http).get('/api/metrics');
    const wrong = await request(app.http)
      .get('/api/metrics')
      .set('Authorization', `Bearer ${'x'.repeat(43)}`);
    const spoofed = await request(app.http).get('/api/metrics').set('X-Forwarded-For', '127.0.0.1');
    const scraper = await request(app.http)
      .get('/api/metrics')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`);

    expect([anonymous.status, wrong.status, spoofed.status]).toEqual([401, 403, 401]);
    expect(anonymous.body.error).toMatchObject({
      code: 'metrics_credential_missing',
      message: { ja: expect.any(String), en: expect.any(String) },
    });
    expect(anonymous.text).not.toContain('madoguchi_http_request_duration_seconds');
    expect(scraper.status).toBe(200);
    expect(scraper.text).toContain('madoguchi_http_request_duration_seconds');
  });
});

describe('cookies, session idle timeout, trusted proxies and the operator network (Secure cookies)', () => {
  let app: ApiTestApp;

  /** The store's session id under the `__Host-` name the browser would send. */
  async function hostCookie(accountId: string): Promise<string> {
    return (await app.signIn(accountId)).replace(
      /^madoguchi_session=/,
      '__Host-madoguchi_session=',
    );
  }

  beforeAll(async () => {
    app = await startApiTestApp({
      COOKIE_SECURE: 'true',
      TRUSTED_PROXIES: 'loopback',
      METRICS_ALLOWED_NETWORKS: '10.20.0.0/16',
      SESSION_IDLE_TIMEOUT_SECONDS: '4',
      SESSION_TTL_SECONDS: '9',
      LOGIN_RATE_LIMIT_PER_MINUTE: '2',
      OIDC_ISSUER_URL: NO_PROVIDER,
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('reads the session from the __Host- cookie only, never from a plain cookie of the same name', async () => {
    const cookie = await hostCookie('resident-yamada-hanako');
    const plain = cookie.replace('__Host-madoguchi_session=', 'madoguchi_session=');

    await request(app.http).get('/api/session').set('Cookie', cookie).expect(200);
    await request(app.http).get('/api/session').set('Cookie', plain).expect(401);
  });

  it('clears the __Host- session cookie with Secure, Path=/ and no Domain at sign-out', async () => {
    const cookie = await hostCookie('resident-suzuki-ichiro');

    const response = await request(app.http)
      .post('/api/session/sign-out')
      .set('Cookie', cookie)
      .set(CSRF)
      .expect(200);

    const cleared = (response.headers['set-cookie'] as unknown as string[]).find((value) =>
      value.startsWith('__Host-madoguchi_session='),
    );
    expect(cleared).toMatch(/; Path=\/(;|$)/);
    expect(cleared).toMatch(/; Secure/);
    expect(cleared).not.toMatch(/Domain=/i);
    await request(app.http).get('/api/session').set('Cookie', cookie).expect(401);
  });

  it('sets the login cookie as __Host- (Secure, Path=/)', async () => {
    const response = await request(app.http)
      .get('/api/auth/login')
      .query({ audience: 'resident' })
      .set('X-Forwarded-For', '203.0.113.50');
    const cookies = (response.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
    const login = cookies.find((value) => value.startsWith('__Host-madoguchi_login='));

    // The provider is unreachable here: the answer is 503, and no plain-named cookie is ever set.
    expect(cookies.some((value) => value.startsWith('madoguchi_'))).toBe(false);
    if (login !== undefined) {
      expect(login).toMatch(/; Path=\/; .*Secure/);
    }
  });

  it('ends a session left idle past SESSION_IDLE_TIMEOUT_SECONDS, keeps a used one, and ends it at the absolute lifetime', async () => {
    const idle = await hostCookie('resident-watanabe-sakura');
    const used = await hostCookie('resident-nakamura-ren');

    for (let second = 0; second < 6; second += 2) {
      await request(app.http).get('/api/session').set('Cookie', used).expect(200);
      await sleep(2000);
    }
    await request(app.http).get('/api/session').set('Cookie', used).expect(200);
    await request(app.http).get('/api/session').set('Cookie', idle).expect(401);

    await sleep(3500);
    await request(app.http).get('/api/session').set('Cookie', used).expect(401);
  }, 30_000);

  it('believes X-Forwarded-For from a configured proxy, so each client has its own login count', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await request(app.http)
        .get('/api/auth/login')
        .query({ audience: 'resident' })
        .set('X-Forwarded-For', `192.0.2.${attempt + 1}`);
      statuses.push(response.status);
    }

    expect(statuses).not.toContain(429);
  });

  it('serves /api/metrics to the operator network without a token, to nobody else', async () => {
    const operatorNetwork = await request(app.http)
      .get('/api/metrics')
      .set('X-Forwarded-For', '10.20.3.4');
    const elsewhere = await request(app.http)
      .get('/api/metrics')
      .set('X-Forwarded-For', '203.0.113.9');

    expect(operatorNetwork.status).toBe(200);
    expect(elsewhere.status).toBe(401);
  });
});
