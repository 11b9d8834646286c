import type { Server } from 'node:http';
import type { Socket } from 'node:net';

import type { ApiErrorBody } from './api-exception.js';

/**
 * Node's HTTP parser refuses some requests before any middleware runs (headers or URL over the
 * size limit, a malformed request line) and answers them with a bare status line. A resident's
 * browser or a back-office client then gets no reason; this answers them in the API's error shape.
 */
const PARSER_ERRORS: Record<string, { status: number; body: ApiErrorBody }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    body: {
      error: {
        code: 'request_headers_too_large',
        message: {
          ja: 'リクエストのアドレスまたはヘッダーが長すぎます。検索語を短くしてください。',
          en: 'The request address or headers are too long. Please shorten the search.',
        },
        fields: [],
      },
    },
  },
};

const MALFORMED: { status: number; body: ApiErrorBody } = {
  status: 400,
  body: {
    error: {
      code: 'bad_request',
      message: { ja: 'リクエストの形式が正しくありません。', en: 'The request is malformed.' },
      fields: [],
    },
  },
};

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  431: 'Request Header Fields Too Large',
};

export function answerClientErrorsInErrorShape(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // A reset or timed-out connection has nobody left to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, body } = PARSER_ERRORS[error.code ?? ''] ?? MALFORMED;
    const payload = JSON.stringify(body);
    socket.end(
      `HTTP/1.1 ${status} ${REASONS[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(payload)}\r\n` +
        'Cache-Control: no-store\r\n' +
        'Connection: close\r\n\r\n' +
        payload,
    );
  });
}
