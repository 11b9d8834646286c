import type { Env } from '../config/env.js';
import { SESSION_COOKIE } from './session.store.js';

export type CookieResponse = {
  cookie(name: string, value: string, options: Record<string, unknown>): void;
  clearCookie(name: string, options: Record<string, unknown>): void;
};

function cookieOptions(env: Env): Record<string, unknown> {
  return { httpOnly: true, secure: env.COOKIE_SECURE, sameSite: 'lax', path: '/' };
}

export function setSessionCookie(response: CookieResponse, env: Env, sessionId: string, ttlSeconds: number): void {
  response.cookie(SESSION_COOKIE, sessionId, { ...cookieOptions(env), maxAge: ttlSeconds * 1000 });
}

export function clearSessionCookie(response: CookieResponse, env: Env): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(env));
}
