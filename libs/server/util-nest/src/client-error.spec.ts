import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';

import { answerClientErrorsInErrorShape } from './client-error.js';

async function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('answerClientErrorsInErrorShape', () => {
  const server = createServer((_request, response) => response.end('ok'));
  let port = 0;

  beforeAll(async () => {
    answerClientErrorsInErrorShape(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers an address over the header limit with 431 in the error shape', async () => {
    const answer = await rawExchange(
      port,
      `GET /api/catalog?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as {
      error: { code: string; message: { ja: string; en: string }; fields: unknown[] };
    };
    expect(body.error.code).toBe('request_headers_too_large');
    expect(body.error.message.ja).toContain('長すぎます');
    expect(body.error.fields).toEqual([]);
  });

  it('answers a malformed request line with 400 in the error shape', async () => {
    const answer = await rawExchange(port, 'NOT A REQUEST\r\n\r\n');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(answer).toContain('"code":"bad_request"');
  });
});
