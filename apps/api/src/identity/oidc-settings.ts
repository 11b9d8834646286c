import type { IdentityLevel, LoginAudience } from '@madoguchi/procedures-contracts';

import type { Env } from '../config/env.js';

export const OIDC_SETTINGS = Symbol('OIDC_SETTINGS');

/** One OpenID Connect client: residents use the citizen app's, staff the console's. */
export type AudienceSettings = {
  audience: LoginAudience;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** Origin of the web app: the callback is on it (its dev server or gateway proxies /api). */
  appOrigin: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
};

/** Which claims carry what; configurable so production can point at any provider. */
export type ClaimSettings = {
  name: string;
  /** '' when the provider has no such claim: the client (audience) alone decides the kind. */
  kind: string;
  municipalityCode: string;
  staffRole: string;
  /** Claim naming a platform role (`operator`); only the platform's own provider should assert it. */
  platformRole: string;
  /** The one issuer whose platform-role claim counts (a municipality's staff directory cannot make operators). */
  platformRoleIssuer: string;
  /** Claim that is `true` for a designated 事務取扱担当者. */
  personalNumberHandler: string;
  /** The acr of a staff step-up: a session signed in with it records its `auth_time`. */
  stepUpAcr: string;
  acrLevels: ReadonlyMap<string, IdentityLevel>;
};

export type OidcSettings = {
  audiences: Record<LoginAudience, AudienceSettings>;
  scopes: string;
  claims: ClaimSettings;
  /** Origins besides each issuer's that the provider's metadata may send the API to. */
  providerOrigins: readonly string[];
  /** Plain-http providers (the demo one) are allowed outside production only. */
  allowsInsecureHttp: boolean;
  loginTtlSeconds: number;
  rateLimitPerMinute: number;
  /** A step-up login's `max_age` and how long it opens 個人番号 reveals. */
  stepUpMaxAgeSeconds: number;
};

/** How long a started login may take at the provider before its callback is refused. */
const LOGIN_TTL_SECONDS = 10 * 60;

function audienceSettings(
  audience: LoginAudience,
  issuerUrl: string,
  clientId: string,
  clientSecret: string,
  appUrl: string,
): AudienceSettings {
  const appOrigin = new URL(appUrl).origin;
  return {
    audience,
    issuerUrl,
    clientId,
    clientSecret,
    appOrigin,
    redirectUri: `${appOrigin}/api/auth/callback`,
    postLogoutRedirectUri: `${appOrigin}/`,
  };
}

export function oidcSettingsFrom(env: Env): OidcSettings {
  const scopes = new Set([
    'openid',
    ...env.OIDC_SCOPES.split(/\s+/).filter((scope) => scope !== ''),
  ]);
  return {
    audiences: {
      resident: audienceSettings(
        'resident',
        env.OIDC_ISSUER_URL,
        env.OIDC_RESIDENT_CLIENT_ID,
        env.OIDC_RESIDENT_CLIENT_SECRET,
        env.CITIZEN_APP_URL,
      ),
      staff: audienceSettings(
        'staff',
        env.OIDC_STAFF_ISSUER_URL ?? env.OIDC_ISSUER_URL,
        env.OIDC_STAFF_CLIENT_ID,
        env.OIDC_STAFF_CLIENT_SECRET,
        env.CONSOLE_APP_URL,
      ),
    },
    scopes: [...scopes].join(' '),
    claims: {
      name: env.OIDC_CLAIM_NAME,
      kind: env.OIDC_CLAIM_KIND,
      municipalityCode: env.OIDC_CLAIM_MUNICIPALITY_CODE,
      staffRole: env.OIDC_CLAIM_STAFF_ROLE,
      platformRole: env.OIDC_CLAIM_PLATFORM_ROLE,
      platformRoleIssuer: env.OIDC_PLATFORM_ROLE_ISSUER_URL ?? env.OIDC_ISSUER_URL,
      personalNumberHandler: env.OIDC_CLAIM_PERSONAL_NUMBER_HANDLER,
      stepUpAcr: env.OIDC_STEP_UP_ACR,
      acrLevels: env.OIDC_ACR_LEVELS,
    },
    providerOrigins: env.OIDC_PROVIDER_ORIGINS,
    allowsInsecureHttp: env.NODE_ENV !== 'production',
    loginTtlSeconds: LOGIN_TTL_SECONDS,
    rateLimitPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
    stepUpMaxAgeSeconds: env.PERSONAL_NUMBER_STEP_UP_MAX_AGE_SECONDS,
  };
}
