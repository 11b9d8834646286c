import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import Provider, { interactionPolicy } from 'oidc-provider';

import type { DemoIdpEnv } from './config/env.js';
import type { DemoAccount } from './demo-accounts.js';
import {
  DEMO_ONE_TIME_CODE,
  STEP_UP_ACR,
  acrOf,
  claimsOf,
  loadDemoAccounts,
} from './demo-accounts.js';
import {
  renderAccountChooser,
  renderError,
  renderLogoutConfirmation,
  renderProviderHome,
  renderSignedOut,
} from './html-pages.js';
import { createMemoryAdapterFactory } from './memory-adapter.js';

export const CITIZEN_CLIENT_ID = 'madoguchi-citizen';
export const CONSOLE_CLIENT_ID = 'madoguchi-console';
const CLIENT_KINDS: Record<string, DemoAccount['kind']> = {
  [CITIZEN_CLIENT_ID]: 'resident',
  [CONSOLE_CLIENT_ID]: 'staff',
};
const SCOPES = ['openid', 'profile', 'madoguchi'];
const MAX_FORM_BYTES = 4096;
const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|abort))?$/;

export type DemoIdpLogger = { info(message: string): void; warn(message: string): void };

export type RunningDemoIdp = { issuer: string; server: Server; close(): Promise<void> };

function originsOf(uris: readonly string[]): string[] {
  return [...new Set(uris.map((uri) => `${new URL(uri).origin}/`))];
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    'content-security-policy': "frame-ancestors 'none'",
  });
  response.end(html);
}

function setHtmlBody(ctx: KoaContextWithOIDC, html: string): void {
  ctx.type = 'html';
  ctx.set('x-frame-options', 'DENY');
  ctx.body = html;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) {
      throw new Error('form too large');
    }
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function providerConfiguration(env: DemoIdpEnv, accounts: readonly DemoAccount[]): Configuration {
  // A fresh signing key and cookie key at every start: nothing of this provider outlives it.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomBytes(8).toString('hex'),
    use: 'sig',
    alg: 'RS256',
  };

  const policy = interactionPolicy.base();
  // Every login shows the account chooser, so signing out of the app and in again can switch accounts.
  policy
    .get('login')
    ?.checks.add(
      new interactionPolicy.Check(
        'demo_choose_account',
        'the demo provider asks for an account at every login',
        (ctx) =>
          ctx.oidc.result?.login
            ? interactionPolicy.Check.NO_NEED_TO_PROMPT
            : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );

  return {
    adapter: createMemoryAdapterFactory(),
    // Seconds: short, as a demo provider should be.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    clients: [
      {
        client_id: CITIZEN_CLIENT_ID,
        client_secret: env.DEMO_IDP_CITIZEN_CLIENT_SECRET,
        redirect_uris: env.DEMO_IDP_CITIZEN_REDIRECT_URIS,
        post_logout_redirect_uris: originsOf(env.DEMO_IDP_CITIZEN_REDIRECT_URIS),
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: CONSOLE_CLIENT_ID,
        client_secret: env.DEMO_IDP_CONSOLE_CLIENT_SECRET,
        redirect_uris: env.DEMO_IDP_CONSOLE_REDIRECT_URIS,
        post_logout_redirect_uris: originsOf(env.DEMO_IDP_CONSOLE_REDIRECT_URIS),
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: SCOPES,
    claims: {
      openid: ['sub'],
      profile: ['name'],
      // acr rides on the madoguchi scope: the API reads the identity level without a claims request.
      madoguchi: [
        'madoguchi_kind',
        'municipality_code',
        'staff_role',
        'platform_role',
        'mynumber_handler',
        'acr',
      ],
    },
    acrValues: [acrOf(1), acrOf(2), acrOf(3), STEP_UP_ACR],
    // The ID token carries the profile and madoguchi claims itself (one token, no UserInfo call).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    findAccount: (_ctx, id) => {
      const account = accounts.find((candidate) => candidate.id === id);
      return account ? { accountId: account.id, claims: () => claimsOf(account) } : undefined;
    },
    // First-party demo clients: consent is implied, the person only picks an account.
    loadExistingGrant: async (ctx) => {
      const { Grant } = ctx.oidc.provider;
      const { client, session } = ctx.oidc;
      const accountId = session?.accountId;
      if (!client || !session || !accountId) {
        return undefined;
      }
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await Grant.find(grantId) : undefined;
      const grant = existing ?? new Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope(SCOPES.join(' '));
      await grant.save();
      return grant;
    },
    interactions: {
      policy,
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => setHtmlBody(ctx, renderLogoutConfirmation(form)),
        postLogoutSuccessSource: (ctx) => setHtmlBody(ctx, renderSignedOut()),
      },
    },
    renderError: (ctx, out) =>
      setHtmlBody(
        ctx,
        renderError(
          String(out.error),
          out.error_description === undefined ? undefined : String(out.error_description),
        ),
      ),
  };
}

/**
 * The demo OpenID provider (development and tests only): the citizen app's and the console's
 * clients, authorization code flow with PKCE, and a page of its own listing the demo accounts of
 * `seeds/demo/accounts.json`. Port 0 binds a free port; the issuer names the port bound.
 */
export async function startDemoIdp(
  env: DemoIdpEnv,
  logger?: DemoIdpLogger,
): Promise<RunningDemoIdp> {
  const accounts = loadDemoAccounts(env.SEEDS_DIR);
  let handle: (request: IncomingMessage, response: ServerResponse) => void = (
    _request,
    response,
  ) => {
    response.writeHead(503).end();
  };
  const server = createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.DEMO_IDP_PORT, env.DEMO_IDP_HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = env.DEMO_IDP_ISSUER ?? `http://${env.DEMO_IDP_HOST}:${port}`;

  const provider = new Provider(issuer, providerConfiguration(env, accounts));
  provider.on('server_error', (_ctx, error) =>
    logger?.warn(`demo provider error: ${error.message}`),
  );
  const providerCallback = provider.callback();

  async function interact(
    request: IncomingMessage,
    response: ServerResponse,
    action: string | undefined,
  ): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    const clientId = details.params['client_id'];
    const kind = typeof clientId === 'string' ? CLIENT_KINDS[clientId] : undefined;
    if (typeof clientId !== 'string' || kind === undefined) {
      sendHtml(response, 400, renderError('invalid_client', undefined));
      return;
    }
    // A staff step-up (acr_values names the step-up acr): the page asks for the second factor too.
    const acrValues = details.params['acr_values'];
    const isStepUp =
      kind === 'staff' &&
      typeof acrValues === 'string' &&
      acrValues.split(' ').includes(STEP_UP_ACR);
    if (request.method === 'GET' && action === undefined) {
      sendHtml(
        response,
        200,
        renderAccountChooser({
          uid: details.uid,
          kind,
          accounts,
          ...(isStepUp ? { oneTimeCode: DEMO_ONE_TIME_CODE } : {}),
        }),
      );
      return;
    }
    if (request.method === 'POST' && action === 'abort') {
      await provider.interactionFinished(request, response, {
        error: 'access_denied',
        error_description: 'the person cancelled the sign-in',
      });
      return;
    }
    if (request.method === 'POST' && action === 'login') {
      const form = await readForm(request);
      const accountId = form.get('accountId');
      const account = accounts.find(
        (candidate) => candidate.id === accountId && candidate.kind === kind,
      );
      if (!account) {
        sendHtml(response, 400, renderError('unknown_account', undefined));
        return;
      }
      if (isStepUp && form.get('oneTimeCode')?.trim() !== DEMO_ONE_TIME_CODE) {
        sendHtml(
          response,
          400,
          renderAccountChooser({
            uid: details.uid,
            kind,
            accounts,
            oneTimeCode: DEMO_ONE_TIME_CODE,
            isCodeWrong: true,
          }),
        );
        return;
      }
      const acr = isStepUp ? STEP_UP_ACR : acrOf(account.identityLevel);
      const amr = isStepUp
        ? ['pwd', 'otp', 'mfa']
        : account.identityLevel === 3
          ? ['hwk', 'pin']
          : ['pwd'];
      logger?.info(`demo sign-in: ${account.id} (${clientId}, ${acr})`);
      await provider.interactionFinished(
        request,
        response,
        { login: { accountId: account.id, acr, amr } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    sendHtml(response, 405, renderError('method_not_allowed', undefined));
  }

  const homePage = renderProviderHome({
    issuer,
    accounts,
    appOrigins: {
      citizen: originsOf(env.DEMO_IDP_CITIZEN_REDIRECT_URIS),
      console: originsOf(env.DEMO_IDP_CONSOLE_REDIRECT_URIS),
    },
  });

  handle = (request, response) => {
    const { pathname } = new URL(request.url ?? '/', issuer);
    if (pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
      sendHtml(response, 200, homePage);
      return;
    }
    const match = INTERACTION_PATH.exec(pathname);
    if (!match) {
      void providerCallback(request, response);
      return;
    }
    interact(request, response, match[2]).catch((error: unknown) => {
      logger?.warn(
        `demo interaction failed: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
      if (!response.headersSent) {
        sendHtml(response, 400, renderError('interaction_failed', 'start again from the app'));
      }
    });
  };

  return {
    issuer,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
