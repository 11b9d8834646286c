import { fileURLToPath } from 'node:url';

import * as oidc from 'openid-client';

import { loadDemoIdpEnv } from './config/env.js';
import type { RunningDemoIdp } from './demo-idp.server.js';
import { DEMO_ONE_TIME_CODE, STEP_UP_ACR } from './demo-accounts.js';
import { CITIZEN_CLIENT_ID, CONSOLE_CLIENT_ID, startDemoIdp } from './demo-idp.server.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url));
const CITIZEN_CALLBACK = 'http://127.0.0.1:5173/api/auth/callback';

/** Follows redirects by hand, keeping the provider's cookies, until one leaves the provider. */
async function browse(
  url: string,
  jar: Map<string, string>,
  init: RequestInit = {},
): Promise<Response> {
  const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie },
  });
  for (const header of response.headers.getSetCookie()) {
    const [pair = ''] = header.split(';');
    const separator = pair.indexOf('=');
    jar.set(pair.slice(0, separator), pair.slice(separator + 1));
  }
  return response;
}

async function signInAtProvider(
  idp: RunningDemoIdp,
  authorizationUrl: URL,
  accountId: string,
  form: Record<string, string> = {},
  onPage: (page: string) => void = () => undefined,
): Promise<URL> {
  const jar = new Map<string, string>();
  let response = await browse(authorizationUrl.href, jar);
  const interaction = new URL(response.headers.get('location') ?? '', idp.issuer);
  response = await browse(interaction.href, jar);
  const page = await response.text();
  expect(page).toContain('としてログイン');
  onPage(page);
  response = await browse(`${interaction.href}/login`, jar, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ accountId, ...form }).toString(),
  });
  if (response.status === 400) {
    throw new Error(`the provider refused the sign-in: ${await response.text()}`);
  }
  let location = new URL(response.headers.get('location') ?? '', idp.issuer);
  while (location.origin === new URL(idp.issuer).origin) {
    response = await browse(location.href, jar);
    location = new URL(response.headers.get('location') ?? '', idp.issuer);
  }
  return location;
}

describe(startDemoIdp.name, () => {
  let idp: RunningDemoIdp;

  beforeAll(async () => {
    idp = await startDemoIdp(
      loadDemoIdpEnv({
        NODE_ENV: 'test',
        DEMO_IDP_PORT: '0',
        SEEDS_DIR,
        DEMO_IDP_CITIZEN_REDIRECT_URIS: CITIZEN_CALLBACK,
      }),
    );
  });

  afterAll(async () => {
    await idp.close();
  });

  it('signs a demo resident in with the code flow and PKCE, with the level as acr', async () => {
    // Arrange
    const config = await oidc.discovery(
      new URL(idp.issuer),
      CITIZEN_CLIENT_ID,
      undefined,
      oidc.ClientSecretBasic('madoguchi-citizen-dev-secret'),
      {
        execute: [oidc.allowInsecureRequests],
      },
    );
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const authorizationUrl = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CITIZEN_CALLBACK,
      scope: 'openid profile madoguchi',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });

    // Act
    const callback = await signInAtProvider(idp, authorizationUrl, 'resident-nakamura-ren');
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });

    // Assert
    expect(callback.href.startsWith(CITIZEN_CALLBACK)).toBe(true);
    expect(tokens.claims()).toMatchObject({
      sub: 'resident-nakamura-ren',
      name: '中村 蓮',
      madoguchi_kind: 'resident',
      acr: 'urn:madoguchi:ial:1',
    });
  });

  describe('a staff step-up (acr_values and max_age)', () => {
    const CONSOLE_CALLBACK = 'http://127.0.0.1:5174/api/auth/callback';

    async function stepUpRequest() {
      const config = await oidc.discovery(
        new URL(idp.issuer),
        CONSOLE_CLIENT_ID,
        undefined,
        oidc.ClientSecretBasic('madoguchi-console-dev-secret'),
        {
          execute: [oidc.allowInsecureRequests],
        },
      );
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const authorizationUrl = oidc.buildAuthorizationUrl(config, {
        redirect_uri: CONSOLE_CALLBACK,
        scope: 'openid profile madoguchi',
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        acr_values: STEP_UP_ACR,
        max_age: '0',
      });
      return { config, verifier, state, nonce, authorizationUrl };
    }

    it('asks for the one-time code and asserts the step-up acr with a fresh auth_time', async () => {
      // Arrange
      const { config, verifier, state, nonce, authorizationUrl } = await stepUpRequest();
      let page = '';

      // Act
      const callback = await signInAtProvider(
        idp,
        authorizationUrl,
        'staff-chiyoda-sato',
        { oneTimeCode: DEMO_ONE_TIME_CODE },
        (html) => {
          page = html;
        },
      );
      const tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
        maxAge: 60,
        idTokenExpected: true,
      });

      // Assert
      expect(page).toContain('name="oneTimeCode"');
      const claims = tokens.claims();
      expect(claims).toMatchObject({
        sub: 'staff-chiyoda-sato',
        acr: STEP_UP_ACR,
        mynumber_handler: true,
      });
      expect(Math.abs(Number(claims?.auth_time) - Date.now() / 1000)).toBeLessThan(30);
    });

    it('refuses the step-up without the right one-time code', async () => {
      // Arrange
      const { authorizationUrl } = await stepUpRequest();

      // Act
      const attempt = signInAtProvider(idp, authorizationUrl, 'staff-chiyoda-sato', {
        oneTimeCode: '000000',
      });

      // Assert
      await expect(attempt).rejects.toThrow('確認コードが違います');
    });
  });

  it('answers its own address with a page that lists the demo accounts', async () => {
    // Act
    const response = await fetch(new URL('/', idp.issuer));

    // Assert
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('resident-yamada-hanako');
    expect(html).toContain('staff-chiyoda-sato');
  });

  it('refuses an authorization request without PKCE', async () => {
    // Arrange
    const url = new URL('/auth', idp.issuer);
    url.search = new URLSearchParams({
      client_id: CONSOLE_CLIENT_ID,
      response_type: 'code',
      scope: 'openid',
      redirect_uri: 'http://127.0.0.1:5174/api/auth/callback',
      state: 'x',
    }).toString();

    // Act
    const response = await fetch(url, { redirect: 'manual' });

    // Assert
    expect(response.headers.get('location')).toContain('error=invalid_request');
  });
});
