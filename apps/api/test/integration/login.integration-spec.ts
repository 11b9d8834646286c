import request from 'supertest';

import { freePort } from '../support/api-process.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import type { CookieJar, DemoIdp } from '../support/demo-idp.js';
import {
  CITIZEN_APP,
  CONSOLE_APP,
  chooseAccountAtProvider,
  cookieHeader,
  keepCookies as keepProviderCookies,
  startDemoIdp,
} from '../support/demo-idp.js';
import { CHIYODA, readSampleAnswers, withUploadedAttachments } from '../support/samples.js';

const RATE_LIMIT = 8;

/** A browser's cookies, by name. */
type Jar = CookieJar;

/** supertest gives Set-Cookie as a list, one string or nothing. */
function keepCookies(jar: Jar, setCookie: string[] | string | undefined): void {
  keepProviderCookies(jar, Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []);
}

describe('OpenID Connect login against the demo provider', () => {
  let app: ApiTestApp;
  let idp: DemoIdp;
  let nextAddress = 1;

  /** Each test comes from its own client address, so the rate limit counts them apart. */
  const newAddress = (): string => `198.51.100.${nextAddress++}`;

  /** GET /api/auth/login as a browser with `jar`; returns the provider URL it was sent to. */
  async function startLogin(
    jar: Jar,
    address: string,
    query: Record<string, string>,
  ): Promise<string> {
    const response = await request(app.http)
      .get('/api/auth/login')
      .query(query)
      .set('X-Forwarded-For', address)
      .set('Cookie', cookieHeader(jar))
      .expect(302);
    keepCookies(jar, response.headers['set-cookie']);
    return response.headers['location'] as string;
  }

  /** The provider's redirect back, sent to the API as the app origin's proxy would. */
  async function callback(jar: Jar, address: string, callbackUrl: URL): Promise<request.Response> {
    const response = await request(app.http)
      .get(`/api/auth/callback${callbackUrl.search}`)
      .set('X-Forwarded-For', address)
      .set('Cookie', cookieHeader(jar));
    keepCookies(jar, response.headers['set-cookie']);
    return response;
  }

  async function signIn(
    jar: Jar,
    accountId: string,
    audience: 'resident' | 'staff' = 'resident',
    returnTo = '/applications',
  ) {
    const address = newAddress();
    const providerUrl = await startLogin(jar, address, { audience, returnTo });
    const callbackUrl = await chooseAccountAtProvider(providerUrl, accountId);
    return callback(jar, address, callbackUrl);
  }

  beforeAll(async () => {
    idp = await startDemoIdp(await freePort());
    app = await startApiTestApp({
      OIDC_ISSUER_URL: idp.issuer,
      CITIZEN_APP_URL: CITIZEN_APP,
      CONSOLE_APP_URL: CONSOLE_APP,
      LOGIN_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    });
  });

  afterAll(async () => {
    await app?.close();
    idp?.child.kill();
  });

  it('signs a resident in: provider → callback → HTTP-only session cookie → GET /api/session', async () => {
    // Arrange
    const jar: Jar = new Map();
    const address = newAddress();

    // Act
    const providerUrl = await startLogin(jar, address, {
      audience: 'resident',
      returnTo: '/applications',
    });
    const callbackUrl = await chooseAccountAtProvider(providerUrl, 'resident-yamada-hanako');
    const response = await callback(jar, address, callbackUrl);
    const session = await request(app.http)
      .get('/api/session')
      .set('Cookie', cookieHeader(jar))
      .expect(200);

    // Assert
    const authorization = new URL(providerUrl);
    expect(authorization.origin).toBe(idp.issuer);
    expect(authorization.searchParams.get('client_id')).toBe('madoguchi-citizen');
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('redirect_uri')).toBe(`${CITIZEN_APP}/api/auth/callback`);
    expect(callbackUrl.origin + callbackUrl.pathname).toBe(`${CITIZEN_APP}/api/auth/callback`);
    expect(response.status).toBe(302);
    expect(response.headers['location']).toBe(`${CITIZEN_APP}/applications`);
    const sessionCookie = (response.headers['set-cookie'] as unknown as string[]).find((cookie) =>
      cookie.startsWith('madoguchi_session='),
    );
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    expect(sessionCookie).toMatch(/Path=\//);
    expect(session.body).toEqual({
      kind: 'resident',
      id: 'resident-yamada-hanako',
      displayName: '山田 花子',
      municipalityCode: null,
      staffRole: null,
      identityLevel: 3,
    });
  });

  it('signs staff in through the console client and back to the console, with a shorter session', async () => {
    // Arrange
    const jar: Jar = new Map();

    // Act
    const response = await signIn(jar, 'staff-chiyoda-takahashi', 'staff', '/');
    const session = await request(app.http)
      .get('/api/session')
      .set('Cookie', cookieHeader(jar))
      .expect(200);
    const residentOnly = await request(app.http)
      .get('/api/me/applications')
      .set('Cookie', cookieHeader(jar));

    // Assert
    expect(response.headers['location']).toBe(`${CONSOLE_APP}/`);
    expect(session.body).toMatchObject({
      kind: 'staff',
      municipalityCode: CHIYODA,
      staffRole: 'approver',
    });
    const sessionCookie = (response.headers['set-cookie'] as unknown as string[]).find((cookie) =>
      cookie.startsWith('madoguchi_session='),
    );
    expect(sessionCookie).toMatch(`Max-Age=${app.env.STAFF_SESSION_TTL_SECONDS}`);
    expect(residentOnly.status).toBe(403);
  });

  it('signs the platform operator in from the provider’s platform_role claim: the queue dashboard, no municipality', async () => {
    // Arrange
    const jar: Jar = new Map();

    // Act
    await signIn(jar, 'operator-madoguchi-kato', 'staff', '/');
    const session = await request(app.http)
      .get('/api/session')
      .set('Cookie', cookieHeader(jar))
      .expect(200);
    const dashboard = await request(app.http)
      .get('/api/staff/queues/api/queues')
      .set('Cookie', cookieHeader(jar));
    const staffQueue = await request(app.http)
      .get('/api/staff/applications')
      .set('Cookie', cookieHeader(jar));

    // Assert
    expect(session.body).toMatchObject({
      kind: 'staff',
      platformRole: 'operator',
      municipalityCode: null,
      staffRole: null,
    });
    expect(dashboard.status).toBe(200);
    expect(staffQueue.status).toBe(403);
  });

  it('steps a 事務取扱担当者 up (acr_values, max_age=0, a one-time code) and returns to the application, which may then reveal a 個人番号', async () => {
    // Arrange
    const resident = await app.signIn('resident-yamada-hanako');
    const submitted = await request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({
        municipalityCode: CHIYODA,
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: readSampleAnswers('pregnancy-notification'),
      })
      .expect(201);
    const applicationId = submitted.body.id as string;
    const reveal = (jar: Jar) =>
      request(app.http)
        .post(`/api/staff/applications/${applicationId}/personal-data/reveal`)
        .set('Cookie', cookieHeader(jar))
        .set(CSRF)
        .send({ path: 'myNumber', reason: '住民基本台帳との照合のため' });
    const jar: Jar = new Map();
    await signIn(jar, 'staff-chiyoda-sato', 'staff', '/');
    const beforeStepUp = await reveal(jar);
    const address = newAddress();

    // Act
    const providerUrl = await startLogin(jar, address, {
      audience: 'staff',
      stepUp: '1',
      returnTo: `/applications/${applicationId}`,
    });
    const callbackUrl = await chooseAccountAtProvider(providerUrl, 'staff-chiyoda-sato', {
      oneTimeCode: '246810',
    });
    const response = await callback(jar, address, callbackUrl);
    const session = await request(app.http)
      .get('/api/session')
      .set('Cookie', cookieHeader(jar))
      .expect(200);
    const afterStepUp = await reveal(jar);

    // Assert
    expect(beforeStepUp.status).toBe(403);
    expect(beforeStepUp.body.error.code).toBe('step_up_required');
    const authorization = new URL(providerUrl);
    expect(authorization.searchParams.get('acr_values')).toBe('urn:madoguchi:aal:2');
    expect(authorization.searchParams.get('max_age')).toBe('0');
    expect(response.headers['location']).toBe(`${CONSOLE_APP}/applications/${applicationId}`);
    expect(session.body).toMatchObject({
      id: 'staff-chiyoda-sato',
      isPersonalNumberHandler: true,
      identityLevel: 2,
    });
    expect(Date.now() - Date.parse(session.body.steppedUpAt as string)).toBeLessThan(60_000);
    expect(afterStepUp.status).toBe(200);
    expect(afterStepUp.body.value).toBe(readSampleAnswers('pregnancy-notification').myNumber);
  });

  it('refuses a step-up for a resident login', async () => {
    const response = await request(app.http)
      .get('/api/auth/login')
      .query({ audience: 'resident', stepUp: '1' })
      .set('X-Forwarded-For', newAddress())
      .expect(400);

    expect(response.body.error.code).toBe('login_invalid_request');
  });

  it('refuses a callback whose state does not match, or that comes from another browser', async () => {
    // Arrange
    const jar: Jar = new Map();
    const address = newAddress();
    const providerUrl = await startLogin(jar, address, { audience: 'resident' });
    const callbackUrl = await chooseAccountAtProvider(providerUrl, 'resident-yamada-hanako');
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'x'.repeat(43));

    // Act
    const wrongState = await callback(new Map(jar), address, forged);
    const otherBrowser = await callback(new Map(), address, callbackUrl);

    // Assert
    for (const response of [wrongState, otherBrowser]) {
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('login_state_invalid');
      expect(String(response.headers['set-cookie'] ?? '')).not.toContain('madoguchi_session=');
    }
  });

  it('refuses an ID token whose nonce is not the one sent, and a code used twice', async () => {
    // Arrange
    const jar: Jar = new Map();
    const address = newAddress();
    const providerUrl = await startLogin(jar, address, { audience: 'resident' });
    await app.database.dataSource.query(
      `UPDATE login_transactions SET nonce = 'not-the-nonce-sent-to-the-provider'`,
    );
    const callbackUrl = await chooseAccountAtProvider(providerUrl, 'resident-yamada-hanako');

    // Act
    const response = await callback(jar, address, callbackUrl);
    const replay = await callback(jar, address, callbackUrl);

    // Assert
    expect(response.status).toBe(302);
    expect(response.headers['location']).toBe(
      `${CITIZEN_APP}/sign-in?error=login_failed&returnTo=%2F`,
    );
    expect(String(response.headers['set-cookie'] ?? '')).not.toContain('madoguchi_session=');
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe('login_state_invalid');
  });

  it.each([
    ['another origin', { audience: 'resident', returnTo: 'https://evil.example/' }],
    ['a protocol-relative URL', { audience: 'resident', returnTo: '//evil.example/applications' }],
    ['a backslash trick', { audience: 'resident', returnTo: '/\\evil.example' }],
    ['an unknown audience', { audience: 'admin', returnTo: '/' }],
  ])('refuses a login that would return to %s', async (_case, query) => {
    // Act
    const response = await request(app.http)
      .get('/api/auth/login')
      .query(query)
      .set('X-Forwarded-For', newAddress());

    // Assert
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('login_invalid_request');
    expect(response.headers['location']).toBeUndefined();
  });

  it('opens a new session at every login and ends the one the browser had', async () => {
    // Arrange
    const jar: Jar = new Map();
    await signIn(jar, 'resident-yamada-hanako');
    const firstCookie = cookieHeader(
      new Map([['madoguchi_session', jar.get('madoguchi_session') ?? '']]),
    );

    // Act
    await signIn(jar, 'resident-suzuki-ichiro');
    const secondCookie = cookieHeader(
      new Map([['madoguchi_session', jar.get('madoguchi_session') ?? '']]),
    );
    const withFirst = await request(app.http).get('/api/session').set('Cookie', firstCookie);
    const withSecond = await request(app.http).get('/api/session').set('Cookie', secondCookie);

    // Assert
    expect(secondCookie).not.toBe(firstCookie);
    expect(withFirst.status).toBe(401);
    expect(withSecond.status).toBe(200);
    expect(withSecond.body.id).toBe('resident-suzuki-ichiro');
  });

  it('signs out: the session ends and the provider’s end-session URL is offered', async () => {
    // Arrange
    const jar: Jar = new Map();
    await signIn(jar, 'resident-yamada-hanako');
    const cookie = cookieHeader(jar);

    // Act
    const response = await request(app.http)
      .post('/api/session/sign-out')
      .set('Cookie', cookie)
      .set(CSRF)
      .expect(200);
    const after = await request(app.http).get('/api/session').set('Cookie', cookie);

    // Assert
    const endSession = new URL(response.body.endSessionUrl as string);
    expect(endSession.origin).toBe(idp.issuer);
    expect(endSession.searchParams.get('client_id')).toBe('madoguchi-citizen');
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${CITIZEN_APP}/`);
    expect(after.status).toBe(401);
  });

  it('answers 429 with the error shape past the per-address login limit', async () => {
    // Arrange: stay inside one fixed one-minute window of the counter.
    const secondsLeft = 60 - new Date().getSeconds();
    if (secondsLeft < 5) {
      await new Promise((resolve) => setTimeout(resolve, secondsLeft * 1000 + 200));
    }
    const address = newAddress();
    const login = () =>
      request(app.http)
        .get('/api/auth/login')
        .query({ audience: 'resident' })
        .set('X-Forwarded-For', address);

    // Act
    const statuses: number[] = [];
    for (let attempt = 0; attempt < RATE_LIMIT; attempt += 1) {
      statuses.push((await login()).status);
    }
    const refused = await login();
    const otherAddress = await request(app.http)
      .get('/api/auth/login')
      .query({ audience: 'resident' })
      .set('X-Forwarded-For', newAddress());

    // Assert
    expect(statuses.every((status) => status === 302)).toBe(true);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: 'login_rate_limited',
      message: { ja: expect.any(String), en: expect.any(String) },
    });
    expect(otherAddress.status).toBe(302);
  });

  describe('identity assurance', () => {
    it('refuses a level-1 resident a procedure that needs level 3, telling them to use the My Number Card', async () => {
      // Arrange
      const jar: Jar = new Map();
      await signIn(jar, 'resident-nakamura-ren');

      // Act
      const session = await request(app.http)
        .get('/api/session')
        .set('Cookie', cookieHeader(jar))
        .expect(200);
      const response = await request(app.http)
        .post('/api/applications')
        .set('Cookie', cookieHeader(jar))
        .set(CSRF)
        .send({
          municipalityCode: CHIYODA,
          procedureId: 'pregnancy-notification',
          formVersion: 1,
          answers: readSampleAnswers('pregnancy-notification'),
        });

      // Assert
      expect(session.body.identityLevel).toBe(1);
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('identity_level_insufficient');
      expect(response.body.error.message.ja).toContain('マイナンバーカード');
      expect(response.body.error.message.en).toContain('My Number Card');
    });

    it('lets a level-2 resident submit a procedure that needs level 2', async () => {
      // Arrange
      const jar: Jar = new Map();
      await signIn(jar, 'resident-watanabe-sakura');

      const target = {
        municipalityCode: CHIYODA,
        procedureId: 'care-insurance-card-reissue',
        formVersion: 1,
      };
      const answers = await withUploadedAttachments(
        app,
        cookieHeader(jar),
        target,
        readSampleAnswers(target.procedureId),
      );

      // Act
      const response = await request(app.http)
        .post('/api/applications')
        .set('Cookie', cookieHeader(jar))
        .set(CSRF)
        .send({ ...target, answers });

      // Assert
      expect(response.body.error?.code).toBeUndefined();
      expect(response.status).toBe(201);
    });

    it('lets a level-3 resident submit the level-3 procedure', async () => {
      // Arrange
      const jar: Jar = new Map();
      await signIn(jar, 'resident-yamada-hanako');

      // Act
      const response = await request(app.http)
        .post('/api/applications')
        .set('Cookie', cookieHeader(jar))
        .set(CSRF)
        .send({
          municipalityCode: CHIYODA,
          procedureId: 'pregnancy-notification',
          formVersion: 1,
          answers: readSampleAnswers('pregnancy-notification'),
        });

      // Assert
      expect(response.status).toBe(201);
    });
  });

  describe('when the identity provider cannot be reached', () => {
    let offline: ApiTestApp;

    beforeAll(async () => {
      offline = await startApiTestApp({
        OIDC_ISSUER_URL: `http://127.0.0.1:${await freePort()}`,
        CITIZEN_APP_URL: CITIZEN_APP,
      });
    });

    afterAll(async () => {
      await offline?.close();
    });

    it('sends the browser back to the sign-in page with the reason instead of an error page', async () => {
      // Act
      const response = await request(offline.http)
        .get('/api/auth/login')
        .query({ audience: 'resident', returnTo: '/applications' })
        .set('X-Forwarded-For', newAddress());

      // Assert
      expect(response.status).toBe(302);
      expect(response.headers['location']).toBe(
        `${CITIZEN_APP}/sign-in?error=login_unavailable&returnTo=%2Fapplications`,
      );
      expect(await offline.database.dataSource.query('SELECT 1 FROM login_transactions')).toEqual(
        [],
      );
    });
  });
});
