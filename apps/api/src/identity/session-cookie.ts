import type { Env } from '../config/env.js';
import { SESSION_COOKIE } from './session.store.js';

/**
 * Binds a started login to the browser that started it (random value; the database keeps its hash).
 * It outlives one login on purpose: the same browser may be signing in to both apps at once.
 */
export const LOGIN_COOKIE = 'madoguchi_login';

export type CookieResponse = {
  cookie(name: string, value: string, options: Record<string, unknown>): void;
  clearCookie(name: string, options: Record<string, unknown>): void;
};

/** SameSite=Lax: sent on the provider's top-level redirect back to the callback, never on cross-site posts. */
function cookieOptions(env: Env, path: string): Record<string, unknown> {
  return { httpOnly: true, secure: env.COOKIE_SECURE, sameSite: 'lax', path };
}

export function setSessionCookie(response: CookieResponse, env: Env, sessionId: string, ttlSeconds: number): void {
  response.cookie(SESSION_COOKIE, sessionId, { ...cookieOptions(env, '/'), maxAge: ttlSeconds * 1000 });
}

export function clearSessionCookie(response: CookieResponse, env: Env): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(env, '/'));
}

export function setLoginCookie(response: CookieResponse, env: Env, browserId: string, ttlSeconds: number): void {
  response.cookie(LOGIN_COOKIE, browserId, { ...cookieOptions(env, '/api/auth'), maxAge: ttlSeconds * 1000 });
}
