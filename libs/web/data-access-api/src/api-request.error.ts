import type { ApiError, ApiFieldError } from '@madoguchi/procedures-contracts';

/** Codes the client itself gives to failures that never got an API error body. */
export type ClientErrorCode = 'network_error' | 'invalid_response';

const CLIENT_ERRORS: Record<ClientErrorCode, ApiError['error']> = {
  network_error: {
    code: 'network_error',
    message: {
      ja: 'サーバーに接続できませんでした。通信環境を確認して、もう一度お試しください。',
      en: 'Could not reach the server. Check your connection and try again.',
      easyJa: 'つながりませんでした。もう一度試してください。',
    },
    fields: [],
  },
  invalid_response: {
    code: 'invalid_response',
    message: {
      ja: 'サーバーから予期しない応答がありました。時間をおいてもう一度お試しください。',
      en: 'The server sent an unexpected response. Please try again later.',
      easyJa: 'うまくいきませんでした。後でもう一度試してください。',
    },
    fields: [],
  },
};

/**
 * Thrown by the API client for every failed request: an HTTP error with the parsed API error
 * body, a network failure (status 0) or a response that does not match its contract.
 */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly apiError: ApiError['error'];

  constructor(status: number, apiError: ApiError['error']) {
    super(`${status} ${apiError.code}: ${apiError.message.en}`);
    this.name = 'ApiRequestError';
    this.status = status;
    this.apiError = apiError;
  }

  static fromClientError(code: ClientErrorCode, status = 0): ApiRequestError {
    return new ApiRequestError(status, CLIENT_ERRORS[code]);
  }

  get code(): string {
    return this.apiError.code;
  }

  /** Field errors (validation of answers), with react-hook-form dot paths. */
  get fields(): ApiFieldError[] {
    return this.apiError.fields;
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}
