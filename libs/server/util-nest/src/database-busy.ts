import { ApiException } from './api-exception.js';

/** node-postgres' messages when no connection came within `connectionTimeoutMillis`. */
const CONNECT_TIMEOUT =
  /timeout exceeded when trying to connect|connection terminated due to connection timeout/iu;
/** PostgreSQL's `query_canceled` (statement_timeout) and `idle_in_transaction_session_timeout`. */
const TIMEOUT_CODES = new Set(['57014', '25P03']);

/**
 * True for the errors of the database's limits (DATABASE_CONNECT_TIMEOUT_MS,
 * DATABASE_STATEMENT_TIMEOUT_MS, DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS): the server is busy,
 * the request may be retried; nothing of it was committed.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const sqlState = typeof code === 'string' ? code : driverError?.code;
  return (
    CONNECT_TIMEOUT.test(error.message) ||
    (typeof sqlState === 'string' && TIMEOUT_CODES.has(sqlState))
  );
}

/** 503 `service_busy`: retryable, in the three languages residents read. */
export function serviceBusyException(): ApiException {
  return new ApiException(503, 'service_busy', {
    ja: 'ただいま混み合っています。入力内容は保存されていません。しばらくしてからもう一度お試しください。',
    en: 'The service is busy right now and nothing was saved. Please try again shortly.',
    easyJa:
      '今、とても混んでいます。入力したことは保存されていません。少し待ってから、もう一度してください。',
  });
}
