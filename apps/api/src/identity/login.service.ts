import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LoginAudience } from '@madoguchi/procedures-contracts';
import { LOGIN_AUDIENCES } from '@madoguchi/procedures-contracts';
import { ApiException } from '@madoguchi/server-util-nest';
import * as oidc from 'openid-client';
import { z } from 'zod';

import { identityException } from './identity.exception.js';
import { LoginTransactionRepository } from './login-transaction.repository.js';
import { actorFromClaims } from './oidc-claims.mapper.js';
import { OidcClientService } from './oidc-client.service.js';
import type { AudienceSettings, OidcSettings } from './oidc-settings.js';
import { OIDC_SETTINGS } from './oidc-settings.js';
import { parseReturnTo } from './return-to.js';
import { SessionStore } from './session.store.js';

/** Why the app's sign-in page was shown again (its `error` parameter). */
export type LoginFailure =
  'login_cancelled' | 'login_failed' | 'account_not_allowed' | 'login_unavailable';

export type StartedLogin = { redirectUrl: string; browserId: string };
export type FinishedLogin =
  | { isSignedIn: true; redirectUrl: string; sessionId: string; sessionTtlSeconds: number }
  | { isSignedIn: false; redirectUrl: string };

const loginQuerySchema = z.object({
  audience: z.enum(LOGIN_AUDIENCES),
  returnTo: z.string().optional(),
  /** `stepUp=1` (staff only): sign in again now, at the step-up acr, before a 個人番号 reveal. */
  stepUp: z.literal('1').optional(),
});

const RANDOM_ID = /^[A-Za-z0-9_-]{43}$/;

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function isRandomId(value: string | undefined): value is string {
  return value !== undefined && RANDOM_ID.test(value);
}

function signInPageUrl(app: AudienceSettings, failure: LoginFailure, returnTo: string): string {
  const url = new URL('/sign-in', app.appOrigin);
  url.searchParams.set('error', failure);
  url.searchParams.set('returnTo', returnTo);
  return url.href;
}

/**
 * The OpenID Connect authorization code flow with PKCE. `start` keeps state, nonce and the code
 * verifier in PostgreSQL under a hash of the state, bound to a browser cookie; `finish` takes
 * that row once, lets openid-client check the response, maps the claims and opens a new session.
 */
@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);

  constructor(
    private readonly oidcClient: OidcClientService,
    private readonly transactions: LoginTransactionRepository,
    private readonly sessions: SessionStore,
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings,
  ) {}

  async start(query: unknown, browserId: string | undefined): Promise<StartedLogin> {
    const parsed = loginQuerySchema.safeParse(query);
    if (!parsed.success) {
      throw identityException('login_invalid_request');
    }
    const { audience } = parsed.data;
    const returnTo = parseReturnTo(
      parsed.data.returnTo,
      this.oidcClient.audience(audience).appOrigin,
    );
    if (returnTo === null || (parsed.data.stepUp !== undefined && audience !== 'staff')) {
      throw identityException('login_invalid_request');
    }
    // One browser may start logins in both apps at once: it keeps its binding, each login its state.
    const browser = isRandomId(browserId) ? browserId : randomBytes(32).toString('base64url');
    const checks = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    let redirectUrl: string;
    try {
      redirectUrl = await this.oidcClient.authorizationUrl(
        audience,
        checks,
        parsed.data.stepUp !== undefined,
      );
    } catch (error) {
      // A browser followed a link here: back to the app's sign-in page with the reason, not a JSON error.
      if (error instanceof ApiException && error.code === 'login_provider_unavailable') {
        return {
          redirectUrl: signInPageUrl(
            this.oidcClient.audience(audience),
            'login_unavailable',
            returnTo,
          ),
          browserId: browser,
        };
      }
      throw error;
    }
    await this.transactions.insert({
      stateHash: sha256(checks.state),
      browserHash: sha256(browser),
      audience,
      codeVerifier: checks.codeVerifier,
      nonce: checks.nonce,
      returnTo,
      expiresAt: new Date(Date.now() + this.settings.loginTtlSeconds * 1000),
    });
    return { redirectUrl, browserId: browser };
  }

  /** `search`: the callback's query string; `previousSessionId`: the session cookie the browser still had. */
  async finish(
    search: string,
    browserId: string | undefined,
    previousSessionId: string | undefined,
  ): Promise<FinishedLogin> {
    const params = new URLSearchParams(search);
    const state = params.get('state');
    if (state === null || !isRandomId(browserId)) {
      throw identityException('login_state_invalid');
    }
    const transaction = await this.transactions.take(sha256(state));
    if (
      !transaction ||
      transaction.browserHash !== sha256(browserId) ||
      transaction.expiresAt.getTime() <= Date.now()
    ) {
      throw identityException('login_state_invalid');
    }
    const audience: LoginAudience = transaction.audience;
    const app = this.oidcClient.audience(audience);
    if (params.has('error')) {
      const failure = params.get('error') === 'access_denied' ? 'login_cancelled' : 'login_failed';
      return { isSignedIn: false, redirectUrl: signInPageUrl(app, failure, transaction.returnTo) };
    }

    let claims: Record<string, unknown>;
    try {
      claims = await this.oidcClient.exchangeCode(audience, search, {
        state,
        nonce: transaction.nonce,
        codeVerifier: transaction.codeVerifier,
      });
    } catch (error) {
      if (error instanceof ApiException) {
        throw error;
      }
      // openid-client's messages name the failed check (nonce, issuer, signature…), never a token.
      this.logger.warn(
        `${audience} login refused: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
      return {
        isSignedIn: false,
        redirectUrl: signInPageUrl(app, 'login_failed', transaction.returnTo),
      };
    }
    const mapping = actorFromClaims(audience, claims, this.settings.claims);
    if (!mapping.isAccepted) {
      this.logger.warn(`${audience} login refused: ${mapping.reason}`);
      return {
        isSignedIn: false,
        redirectUrl: signInPageUrl(app, 'account_not_allowed', transaction.returnTo),
      };
    }
    const sessionId = await this.sessions.rotate(previousSessionId, mapping.actor);
    return {
      isSignedIn: true,
      redirectUrl: new URL(transaction.returnTo, app.appOrigin).href,
      sessionId,
      sessionTtlSeconds: this.sessions.ttlFor(mapping.actor),
    };
  }
}
