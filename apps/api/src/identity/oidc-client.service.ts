import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LoginAudience } from '@madoguchi/procedures-contracts';
import * as oidc from 'openid-client';

import { identityException } from './identity.exception.js';
import { requiredClaimNames } from './oidc-claims.mapper.js';
import { providerFetch } from './provider-fetch.js';
import type { AudienceSettings, OidcSettings } from './oidc-settings.js';
import { OIDC_SETTINGS } from './oidc-settings.js';

/** Seconds a discovery or token request may take before the login is reported unavailable. */
const PROVIDER_TIMEOUT_SECONDS = 10;

export type AuthorizationChecks = { state: string; nonce: string; codeVerifier: string };

/**
 * The relying party (openid-client): discovery, the authorization URL, the code exchange with
 * PKCE, state and nonce checks, and the end-session URL. Only the provider's public metadata is
 * cached in memory; everything about one login lives in PostgreSQL (any replica answers).
 */
@Injectable()
export class OidcClientService {
  private readonly logger = new Logger(OidcClientService.name);
  private readonly configurations = new Map<LoginAudience, Promise<oidc.Configuration>>();

  constructor(@Inject(OIDC_SETTINGS) private readonly settings: OidcSettings) {}

  audience(audience: LoginAudience): AudienceSettings {
    return this.settings.audiences[audience];
  }

  /**
   * `isStepUp`: ask for the step-up acr (`acr_values`) and a fresh authentication (`max_age=0`,
   * OpenID Connect Core §3.1.2.1), so the ID token's `auth_time` is now and its `acr` the higher one.
   */
  async authorizationUrl(
    audience: LoginAudience,
    checks: AuthorizationChecks,
    isStepUp = false,
  ): Promise<string> {
    const configuration = await this.configuration(audience);
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.audience(audience).redirectUri,
      scope: this.settings.scopes,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      ...(isStepUp ? { acr_values: this.settings.claims.stepUpAcr, max_age: '0' } : {}),
    });
    return url.href;
  }

  /**
   * Exchanges the code of the callback (`search`: its query string) and returns the verified ID
   * token claims, completed from UserInfo when the ID token lacks one the actor needs.
   * Throws what openid-client throws when a check fails (state, nonce, issuer, signature, PKCE).
   */
  async exchangeCode(
    audience: LoginAudience,
    search: string,
    checks: AuthorizationChecks,
  ): Promise<Record<string, unknown>> {
    const configuration = await this.configuration(audience);
    const callbackUrl = new URL(this.audience(audience).redirectUri);
    callbackUrl.search = search;
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idClaims: Record<string, unknown> = { ...tokens.claims() };
    const isComplete = requiredClaimNames(audience, this.settings.claims).every(
      (name) => idClaims[name] !== undefined,
    );
    if (isComplete) {
      return idClaims;
    }
    const subject = typeof idClaims['sub'] === 'string' ? idClaims['sub'] : oidc.skipSubjectCheck;
    const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, subject);
    // The ID token's own claims (sub, acr, nonce…) win over UserInfo's.
    return { ...userInfo, ...idClaims };
  }

  /** Where to end the provider's session too after signing out, or null when it has no such endpoint. */
  async endSessionUrl(audience: LoginAudience): Promise<string | null> {
    try {
      const configuration = await this.configuration(audience);
      if (configuration.serverMetadata().end_session_endpoint === undefined) {
        return null;
      }
      return oidc.buildEndSessionUrl(configuration, {
        post_logout_redirect_uri: this.audience(audience).postLogoutRedirectUri,
      }).href;
    } catch {
      return null;
    }
  }

  private configuration(audience: LoginAudience): Promise<oidc.Configuration> {
    const cached = this.configurations.get(audience);
    if (cached) {
      return cached;
    }
    const pending = this.discover(this.audience(audience));
    this.configurations.set(audience, pending);
    // A provider that was down is asked again on the next login, not remembered as down.
    pending.catch(() => this.configurations.delete(audience));
    return pending;
  }

  private async discover(settings: AudienceSettings): Promise<oidc.Configuration> {
    const issuer = new URL(settings.issuerUrl);
    const isInsecure = issuer.protocol === 'http:';
    if (isInsecure && !this.settings.allowsInsecureHttp) {
      throw identityException('login_provider_unavailable');
    }
    try {
      return await oidc.discovery(
        issuer,
        settings.clientId,
        undefined,
        oidc.ClientSecretBasic(settings.clientSecret),
        {
          timeout: PROVIDER_TIMEOUT_SECONDS,
          [oidc.customFetch]: providerFetch(settings.issuerUrl, this.settings.providerOrigins),
          ...(isInsecure ? { execute: [oidc.allowInsecureRequests] } : {}),
        },
      );
    } catch (error) {
      this.logger.warn(
        `OpenID provider discovery failed for ${settings.audience} at ${issuer.origin}: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
      throw identityException('login_provider_unavailable');
    }
  }
}
