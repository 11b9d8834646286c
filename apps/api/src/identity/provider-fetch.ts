import type { CustomFetch } from 'openid-client';

/** Why the API did not call a URL the provider's metadata named. */
export class ProviderOriginError extends Error {
  constructor(readonly origin: string) {
    super(`the OpenID provider's metadata names ${origin}, which is not one of its origins`);
    this.name = 'ProviderOriginError';
  }
}

/**
 * The fetch openid-client uses for one provider. The issuer is the operator's choice (it may sit
 * on a private or LGWAN address, so no address range is refused here), but every other URL comes
 * from the provider's metadata: a compromised or mistyped discovery document could send the
 * client secret, the code and the PKCE verifier to any host, internal ones included. Only the
 * issuer's origin and those the operator added (OIDC_PROVIDER_ORIGINS: a provider whose token or
 * key endpoint lives elsewhere) are called; redirects are not followed.
 */
export function providerFetch(issuerUrl: string, extraOrigins: readonly string[]): CustomFetch {
  const allowed = new Set([new URL(issuerUrl).origin, ...extraOrigins]);
  return (url, options) => {
    const { origin } = new URL(url);
    if (!allowed.has(origin)) {
      return Promise.reject(new ProviderOriginError(origin));
    }
    return fetch(url, { ...options, redirect: 'manual' });
  };
}
