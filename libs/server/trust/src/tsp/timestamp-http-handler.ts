import type { IncomingMessage, ServerResponse } from 'node:http';

import type { TimestampAuthority } from './timestamp-authority.js';

// A TimeStampReq over SHA-256 is under 100 bytes; anything much larger is not one.
const MAX_REQUEST_BYTES = 16 * 1024;

/**
 * RFC 3161 §3.4 over HTTP: POST `application/timestamp-query`, answer 200
 * `application/timestamp-reply` (a rejection is a TimeStampResp too). Mountable on a bare
 * `node:http` server or Express (it reads the raw body itself, so mount it before body parsers).
 */
export function createTimestampHttpHandler(
  authority: TimestampAuthority,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/timestamp-query') {
      response.writeHead(415).end();
      return;
    }
    const body = await readBody(request);
    if (!body) {
      response.writeHead(413).end();
      return;
    }
    const reply = await authority.timestamp(body);
    response
      .writeHead(200, {
        'content-type': 'application/timestamp-reply',
        'content-length': String(reply.byteLength),
      })
      .end(reply);
  };
}

async function readBody(request: IncomingMessage): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > MAX_REQUEST_BYTES) {
      request.resume();
      return null;
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
