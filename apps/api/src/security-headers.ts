import helmet from 'helmet';

import type { Env } from './config/env.js';

type Request = { path: string };
type Response = { setHeader(name: string, value: string): void };
type Next = (error?: unknown) => void;
type Middleware = (request: Request, response: Response, next: Next) => void;

/** Pages the API itself renders (Swagger UI, bull-board): scripts from this origin only, inline styles. */
const HTML_PAGE_PATHS = /^\/api\/(docs|staff\/queues)(\/|$)/;

/**
 * JSON answers: nothing may load or frame them. The two HTML pages the API serves load their own
 * scripts, styles and images from this origin; Swagger UI and bull-board set inline styles
 * (no inline script: bull-board's config block is `type="application/json"`, which never runs).
 */
const API_DIRECTIVES = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};
const HTML_PAGE_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

function helmetWith(env: Env, directives: Record<string, string[]>): Middleware {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    // HSTS is ignored over http and for IP addresses, so local development is unaffected.
    strictTransportSecurity: { maxAge: env.HSTS_MAX_AGE_SECONDS, includeSubDomains: true },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  }) as unknown as Middleware;
}

/**
 * helmet's headers with the CSP of each kind of answer, and `Cache-Control: no-store` on every
 * answer unless its handler says otherwise (only public catalog data does, e.g. postal codes):
 * answers under /api/me, /api/staff, attachments, 控え PDFs and the session hold personal data,
 * and a default that forgets no route is safer than a list of routes.
 */
export function securityHeaders(env: Env): Middleware {
  const forApi = helmetWith(env, API_DIRECTIVES);
  const forPages = helmetWith(env, HTML_PAGE_DIRECTIVES);
  return (request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    (HTML_PAGE_PATHS.test(request.path) ? forPages : forApi)(request, response, next);
  };
}
