import type {
  ConfirmCounterApplicationRequest,
  CounterConfirmation,
  CounterConfirmationPreview,
  CounterConfirmationResult,
  CreateCounterConfirmationRequestInput,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';

/** The client's `request` (api-client.ts), as the counter endpoints call it. */
type SendRequest = <K extends ResponseContractName>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; contract: K },
) => Promise<ResponseBody<K>>;

/**
 * 書かない窓口: staff fill an application at the counter; the resident confirms it by a one-time
 * token, which always travels in a request body (never in a URL a server or proxy logs).
 */
export function counterEndpoints(request: SendRequest) {
  return {
    createCounterConfirmation: (
      body: CreateCounterConfirmationRequestInput,
    ): Promise<IssuedCounterConfirmation> =>
      request('/api/staff/counter/confirmations', {
        method: 'POST',
        body,
        contract: 'issuedCounterConfirmation',
      }),
    getCounterConfirmation: (id: string): Promise<CounterConfirmation> =>
      request(`/api/staff/counter/confirmations/${encodeURIComponent(id)}`, {
        contract: 'counterConfirmation',
      }),
    reissueCounterLink: (id: string): Promise<IssuedCounterConfirmation> =>
      request(`/api/staff/counter/confirmations/${encodeURIComponent(id)}/link`, {
        method: 'POST',
        contract: 'issuedCounterConfirmation',
      }),
    previewCounterConfirmation: (token: string): Promise<CounterConfirmationPreview> =>
      request('/api/counter/confirmations/preview', {
        method: 'POST',
        body: { token },
        contract: 'counterConfirmationPreview',
      }),
    confirmCounterApplication: (
      body: ConfirmCounterApplicationRequest,
    ): Promise<CounterConfirmationResult> =>
      request('/api/counter/confirmations/confirm', {
        method: 'POST',
        body,
        contract: 'counterConfirmationResult',
      }),
  };
}
