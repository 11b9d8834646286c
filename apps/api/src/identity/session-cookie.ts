import type { Env } from '../config/env.js';
import { SESSION_COOKIE } from './session.store.js';

/**
 * Binds a started login to the browser that started it (random value; the database keeps its hash).
 * It outlives one login on purpose: the same browser may be signing in to both apps at once.
 */
export const LOGIN_COOKIE = 'madoguchi_login';

/**
 * With Secure cookies (production) both cookies carry the `__Host-` prefix: the browser keeps
 * them only if Secure, Path=/ and without Domain, so a sibling host (another municipality's
 * site, a compromised subdomain) cannot plant or overwrite a session cookie (RFC 6265bis §4.1.3.2).
 * Local http development keeps the plain names, which browsers accept over http.
 */
const HOST_PREFIX = '__Host-';

export type CookieResponse = {
  cookie(name: string, value: string, options: Record<string, unknown>): void;
  clearCookie(name: string, options: Record<string, unknown>): void;
};

type CookieRequest = { cookies?: Record<string, string | undefined> };

/** The name a cookie has on the wire for these settings. */
export function cookieName(env: Env, name: typeof SESSION_COOKIE | typeof LOGIN_COOKIE): string {
  return env.COOKIE_SECURE ? `${HOST_PREFIX}${name}` : name;
}

/**
 * Runs after cookie-parser: with Secure cookies, the handlers' `cookies.madoguchi_session` is the
 * `__Host-` cookie's value and nothing else, so a plain cookie by that name (which any host of
 * the site may set) never opens a session.
 */
export function prefixedCookieReader(
  env: Env,
): (request: CookieRequest, response: unknown, next: () => void) => void {
  return (request, _response, next) => {
    if (env.COOKIE_SECURE && request.cookies) {
      for (const name of [SESSION_COOKIE, LOGIN_COOKIE]) {
        request.cookies[name] = request.cookies[`${HOST_PREFIX}${name}`];
      }
    }
    next();
  };
}

/**
 * SameSite=Lax: sent on the provider's top-level redirect back to the callback, never on
 * cross-site posts. Path=/ for both (the `__Host-` prefix requires it).
 */
function cookieOptions(env: Env): Record<string, unknown> {
  return { httpOnly: true, secure: env.COOKIE_SECURE, sameSite: 'lax', path: '/' };
}

export function setSessionCookie(
  response: CookieResponse,
  env: Env,
  sessionId: string,
  ttlSeconds: number,
): void {
  response.cookie(cookieName(env, SESSION_COOKIE), sessionId, {
    ...cookieOptions(env),
    maxAge: ttlSeconds * 1000,
  });
}

export function clearSessionCookie(response: CookieResponse, env: Env): void {
  response.clearCookie(cookieName(env, SESSION_COOKIE), cookieOptions(env));
}

export function setLoginCookie(
  response: CookieResponse,
  env: Env,
  browserId: string,
  ttlSeconds: number,
): void {
  response.cookie(cookieName(env, LOGIN_COOKIE), browserId, {
    ...cookieOptions(env),
    maxAge: ttlSeconds * 1000,
  });
}
