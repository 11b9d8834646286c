import type { IncomingMessage, ServerResponse } from 'node:http';

// A TimeStampReq or an OCSPRequest for one certificate is a few hundred bytes at most.
const MAX_REQUEST_BYTES = 16 * 1024;

/**
 * A POST endpoint for a DER protocol over HTTP (RFC 3161 §3.4, RFC 6960 Appendix A): the body of
 * media type `requestType` goes to `respond`, whose DER answer is sent as `replyType` with 200
 * (protocol-level refusals are answers too). It reads the raw body itself, so mount it before
 * any body parser.
 */
export function createDerHttpHandler(
  requestType: string,
  replyType: string,
  respond: (requestDer: Uint8Array) => Promise<Uint8Array>,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    try {
      if (request.method !== 'POST') {
        response.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      const contentType = (request.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim()
        .toLowerCase();
      if (contentType !== requestType) {
        response.writeHead(415).end();
        return;
      }
      const body = await readBody(request);
      if (!body) {
        response.writeHead(413).end();
        return;
      }
      const reply = await respond(body);
      response
        .writeHead(200, { 'content-type': replyType, 'content-length': String(reply.byteLength) })
        .end(reply);
    } catch {
      // A client that went away mid-request, or a signing failure: nothing the client can fix,
      // and nothing about the request worth logging here (the caller's server logs the 500).
      if (!response.headersSent) {
        response.writeHead(500).end();
      }
    }
  };
}

// Reads the whole body but keeps at most MAX_REQUEST_BYTES of it: draining the rest (rather than
// destroying the request) leaves the socket able to carry the 413 answer.
async function readBody(request: IncomingMessage): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size <= MAX_REQUEST_BYTES) {
      chunks.push(buffer);
    }
  }
  return size > MAX_REQUEST_BYTES ? null : new Uint8Array(Buffer.concat(chunks));
}
