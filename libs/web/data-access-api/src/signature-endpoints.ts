import type {
  SigningRequestStarted,
  SigningResult,
  StartSigningRequest,
} from '@madoguchi/procedures-contracts';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';

/** The client's `request` (api-client.ts), as the signature endpoints call it. */
type SendRequest = <K extends ResponseContractName>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; contract: K },
) => Promise<ResponseBody<K>>;

/** マイナンバーカードで署名: start signing what is about to be submitted, then complete it. */
export function signatureEndpoints(request: SendRequest) {
  return {
    startSigning: (body: StartSigningRequest): Promise<SigningRequestStarted> =>
      request('/api/me/signature-requests', {
        method: 'POST',
        body,
        contract: 'signingRequestStarted',
      }),
    completeSigning: (id: string): Promise<SigningResult> =>
      request(`/api/me/signature-requests/${encodeURIComponent(id)}/complete`, {
        method: 'POST',
        contract: 'signingResult',
      }),
  };
}
