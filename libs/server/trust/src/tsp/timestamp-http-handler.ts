import type { IncomingMessage, ServerResponse } from 'node:http';

import { createDerHttpHandler } from '../der-http-handler.js';
import type { TimestampAuthority } from './timestamp-authority.js';

/**
 * RFC 3161 §3.4 over HTTP: POST `application/timestamp-query`, answer 200
 * `application/timestamp-reply` (a rejection is a TimeStampResp too). Mountable on a bare
 * `node:http` server or Express, before any body parser.
 */
export function createTimestampHttpHandler(
  authority: TimestampAuthority,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return createDerHttpHandler('application/timestamp-query', 'application/timestamp-reply', (der) =>
    authority.timestamp(der),
  );
}
