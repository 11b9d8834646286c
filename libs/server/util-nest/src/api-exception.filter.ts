import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, HttpException, Logger } from '@nestjs/common';

import type { ApiErrorBody, ErrorMessages } from './api-exception.js';
import { ApiException } from './api-exception.js';
import { isDatabaseBusy, serviceBusyException } from './database-busy.js';
import { isServiceUnavailable, serviceUnavailableException } from './service-unavailable.js';

type ResponseLike = { status(code: number): { json(body: unknown): void }; headersSent?: boolean };

/** Messages for the framework's own HTTP errors (unknown route, malformed JSON, oversize body, …). */
const HTTP_STATUS_ERRORS: Record<number, { code: string; message: ErrorMessages }> = {
  400: {
    code: 'bad_request',
    message: { ja: 'リクエストの形式が正しくありません。', en: 'The request is malformed.' },
  },
  401: {
    code: 'unauthenticated',
    message: { ja: 'ログインしてください。', en: 'Please sign in.' },
  },
  403: {
    code: 'forbidden',
    message: { ja: 'この操作は許可されていません。', en: 'You are not allowed to do this.' },
  },
  404: { code: 'not_found', message: { ja: '見つかりませんでした。', en: 'Not found.' } },
  405: {
    code: 'method_not_allowed',
    message: { ja: 'この操作はできません。', en: 'Method not allowed.' },
  },
  413: {
    code: 'payload_too_large',
    message: { ja: '送信データが大きすぎます。', en: 'The request is too large.' },
  },
  415: {
    code: 'unsupported_media_type',
    message: { ja: 'この形式は受け付けられません。', en: 'Unsupported media type.' },
  },
  429: {
    code: 'too_many_requests',
    message: {
      ja: 'しばらく待ってからもう一度お試しください。',
      en: 'Too many requests: please try again shortly.',
    },
  },
};

const INTERNAL_ERROR: ApiErrorBody = {
  error: {
    code: 'internal_error',
    message: {
      ja: 'システムで問題が起きました。入力内容は保存されています。しばらくしてからもう一度お試しください。',
      en: 'Something went wrong on our side. Nothing you entered was lost; please try again shortly.',
    },
    fields: [],
  },
};

/** Turns every error into the one error shape: `{ error: { code, message: { ja, en }, fields } }`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<ResponseLike>();
    const { status, body } = this.toResponse(exception);
    if (status >= 500) {
      // Only the error class and message: request bodies may hold personal data.
      this.logger.error(
        exception instanceof Error ? `${exception.name}: ${exception.message}` : 'non-error thrown',
      );
    }
    response.status(status).json(body);
  }

  private toResponse(exception: unknown): { status: number; body: ApiErrorBody } {
    if (exception instanceof ApiException) {
      return { status: exception.status, body: exception.toBody() };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const known = HTTP_STATUS_ERRORS[status];
      if (known) {
        return { status, body: { error: { ...known, fields: [] } } };
      }
      if (status < 500) {
        return { status, body: { error: { ...HTTP_STATUS_ERRORS[400]!, fields: [] } } };
      }
    }
    // body-parser errors (malformed JSON, too large) carry a status but are not HttpExceptions.
    if (
      exception instanceof Error &&
      'status' in exception &&
      typeof exception.status === 'number'
    ) {
      const status = exception.status;
      const known = HTTP_STATUS_ERRORS[status];
      if (status >= 400 && status < 500) {
        return { status, body: { error: { ...(known ?? HTTP_STATUS_ERRORS[400]!), fields: [] } } };
      }
    }
    // A pool with no free connection in time, or a statement past its timeout: busy, retryable.
    if (isDatabaseBusy(exception)) {
      const busy = serviceBusyException();
      return { status: busy.status, body: busy.toBody() };
    }
    // PostgreSQL or Redis down or restarting: unavailable, retryable (never a 500).
    if (isServiceUnavailable(exception)) {
      const unavailable = serviceUnavailableException();
      return { status: unavailable.status, body: unavailable.toBody() };
    }
    return { status: 500, body: INTERNAL_ERROR };
  }
}
