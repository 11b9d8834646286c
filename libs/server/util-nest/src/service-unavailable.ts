import { ApiException } from './api-exception.js';

/** The socket errors of a server that is down, restarting or unreachable. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * PostgreSQL's SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin_shutdown,
 * crash_shutdown, cannot_connect_now: a server shutting down, restarting or in recovery).
 */
const UNAVAILABLE_SQL_STATE = /^(08...|57P0[123])$/u;
/** node-postgres' and ioredis' messages for a connection lost or refused. */
const UNAVAILABLE_MESSAGE =
  /connection terminated unexpectedly|client has encountered a connection error|connection is closed|the database system is (starting up|shutting down|in recovery mode)|reached the max retries per request limit/iu;

/**
 * True when the database or Redis cannot be reached (down, restarting, refusing connections): the
 * request may be retried once it is back; a transaction cut this way is rolled back by the server.
 */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  // Not `instanceof Error`: a socket error comes from Node's own realm, which differs from the
  // code's under a VM-module test runner.
  if (typeof error !== 'object' || error === null || depth > 3) {
    return false;
  }
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (
    typeof code === 'string' &&
    (UNREACHABLE_CODES.has(code) || UNAVAILABLE_SQL_STATE.test(code))
  ) {
    return true;
  }
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) {
    return true;
  }
  // TypeORM wraps the driver's error; Node wraps a refused dual-stack connect in an AggregateError.
  const inners: unknown[] = Array.isArray(errors) ? (errors as unknown[]) : [];
  return [driverError, cause, ...inners].some((inner) => isServiceUnavailable(inner, depth + 1));
}

/** 503 `service_unavailable`: a backing service is down; retryable, in the three languages residents read. */
export function serviceUnavailableException(): ApiException {
  return new ApiException(503, 'service_unavailable', {
    ja: 'ただいまシステムを利用できません。入力内容は保存されていません。しばらくしてからもう一度お試しください。',
    en: 'The service is unavailable right now and nothing was saved. Please try again shortly.',
    easyJa:
      '今、システムが使えません。入力したことは保存されていません。少し待ってから、もう一度してください。',
  });
}
