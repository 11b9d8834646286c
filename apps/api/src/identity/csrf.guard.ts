import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable } from '@nestjs/common';

import { identityException } from './identity.exception.js';

export const CSRF_HEADER = 'x-madoguchi-csrf';
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a state-changing request carries the CSRF header with a value (an empty one is refused). */
export function hasCsrfHeader(headers: Record<string, unknown>): boolean {
  const value = headers[CSRF_HEADER];
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * A state-changing request must carry a custom header with a value. Browsers cannot add one to a cross-site
 * request without a CORS preflight, which this API never grants, so a forged form post fails.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context
      .switchToHttp()
      .getRequest<{ method: string; headers: Record<string, unknown> }>();
    if (SAFE_METHODS.has(request.method) || hasCsrfHeader(request.headers)) {
      return true;
    }
    throw identityException('csrf_header_missing');
  }
}
