import type { ServerResponse } from 'node:http';
import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * gzip for public catalog answers only (municipalities, procedures, form definitions, postal
 * codes: what a handler marks `Cache-Control: public`). A form definition is ≈ 19 KB of JSON on
 * the form page's critical path, ≈ 4 KB gzipped. Answers with personal data (`no-store`, the
 * default) stay uncompressed: compressing a secret next to text an attacker can put in the same
 * answer leaks it through the size (BREACH).
 */
export function compressPublicAnswers() {
  return compression({
    filter: (request: Request, response: Response) =>
      isPublic(response.getHeader('Cache-Control')) && compression.filter(request, response),
  });
}

function isPublic(cacheControl: ReturnType<ServerResponse['getHeader']>): boolean {
  return typeof cacheControl === 'string' && /(^|,)\s*public\s*(,|$)/.test(cacheControl);
}
