import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable } from '@nestjs/common';

import { identityException } from './identity.exception.js';

export const CSRF_HEADER = 'x-madoguchi-csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request must carry a custom header. Browsers cannot add one to a cross-site
 * request without a CORS preflight, which this API never grants, so a forged form post fails.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ method: string; headers: Record<string, unknown> }>();
    if (SAFE_METHODS.has(request.method) || request.headers[CSRF_HEADER] !== undefined) {
      return true;
    }
    throw identityException('csrf_header_missing');
  }
}
