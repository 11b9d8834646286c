import type { ApiError } from '@madoguchi/procedures-contracts';
import { ApiRequestError } from './api-request.error.js';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';

type FindContractMismatch = (
  contract: ResponseContractName,
  payload: unknown,
) => string | undefined;

/**
 * Loads the contract check (zod and every response schema) as a chunk of its own. Passed to
 * `createApiClient({ contractCheck })` by development, tests and the console; a build that never
 * names it (the citizen app's production build) does not contain zod's response schemas at all.
 */
export type ContractCheckLoader = () => Promise<{ findContractMismatch: FindContractMismatch }>;

export const loadContractCheck: ContractCheckLoader = () => import('./response-contracts.js');

/** Turns a status and a JSON body into the contract's body, or throws the `ApiRequestError`. */
export type ResponseReader = <K extends ResponseContractName>(
  contract: K,
  status: number,
  payload: unknown,
) => Promise<ResponseBody<K>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The error of an API error body, read without zod: the code and the two messages the page shows
 * (the one error shape of the API's exception filter, which always sends `fields`).
 */
function readApiError(payload: unknown): ApiError['error'] | undefined {
  const error = isRecord(payload) ? payload['error'] : undefined;
  if (!isRecord(error) || typeof error['code'] !== 'string') {
    return undefined;
  }
  const message = error['message'];
  if (
    !isRecord(message) ||
    typeof message['ja'] !== 'string' ||
    typeof message['en'] !== 'string'
  ) {
    return undefined;
  }
  const fields = Array.isArray(error['fields'])
    ? (error['fields'] as ApiError['error']['fields'])
    : [];
  return { ...(error as ApiError['error']), fields };
}

/**
 * Reads response bodies; with `loadCheck`, checks each against its contract first.
 *
 * Why a body is trusted without a runtime parse when no check is given (the citizen app's
 * production build): the API and the client are built from the same contracts (libs/*\/contracts)
 * at the same commit, the API's answers are typed by them, and what the resident typed was
 * validated on the way in (the compiled form, the contracts' request schemas). A parse on the
 * phone would turn a contract drift into an "unexpected response" notice, at the price of zod and
 * of building every schema before the first page. The drift is caught before it ships instead:
 * the development server every browser journey runs on, the component and client tests and the
 * console check every body against its contract, and a mismatch fails as `invalid_response`.
 */
export function createResponseReader(loadCheck?: ContractCheckLoader): ResponseReader {
  let check: Promise<FindContractMismatch> | undefined;
  const loadedCheck = (load: ContractCheckLoader): Promise<FindContractMismatch> =>
    (check ??= load().then((module) => module.findContractMismatch));

  return async function readResponse<K extends ResponseContractName>(
    contract: K,
    status: number,
    payload: unknown,
  ): Promise<ResponseBody<K>> {
    const findMismatch = loadCheck ? await loadedCheck(loadCheck) : undefined;
    if (status < 200 || status >= 300) {
      // A body that is not the API's error shape (a gateway's 502 page) is no contract drift.
      const apiError =
        findMismatch?.('apiError', payload) === undefined ? readApiError(payload) : undefined;
      throw apiError
        ? new ApiRequestError(status, apiError)
        : ApiRequestError.fromClientError('invalid_response', status);
    }
    const mismatch = findMismatch?.(contract, payload);
    if (mismatch !== undefined) {
      // Development and tests only: which contract and where, for the one who broke it.
      // eslint-disable-next-line no-console -- the one place a contract drift is reported
      console.error(
        `The API's answer (${status}) does not match its contract "${contract}": ${mismatch}`,
      );
      throw ApiRequestError.fromClientError('invalid_response', status);
    }
    return payload as ResponseBody<K>;
  };
}
