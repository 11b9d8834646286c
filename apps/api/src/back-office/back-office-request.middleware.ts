import type { NestMiddleware } from '@nestjs/common';
import { Injectable } from '@nestjs/common';

import { CSRF_HEADER } from '../identity/csrf.guard.js';

type MiddlewareRequest = { headers: Record<string, unknown>; cookies?: Record<string, unknown> };

/**
 * The back-office API authenticates with a bearer key only. Cookies are dropped here, so no
 * session (ambient credential a forged cross-site request could ride on) ever applies to these
 * routes; and without an ambient credential there is nothing for the CSRF check to protect, so
 * the request is marked as carrying its header. A browser cannot send an Authorization header
 * cross-site without a CORS preflight either, which this API never grants.
 */
@Injectable()
export class BackOfficeRequestMiddleware implements NestMiddleware {
  use(request: MiddlewareRequest, _response: unknown, next: () => void): void {
    delete request.headers.cookie;
    request.cookies = {};
    request.headers[CSRF_HEADER] = 'bearer';
    next();
  }
}
