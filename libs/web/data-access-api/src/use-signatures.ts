import type { StartSigningRequest } from '@madoguchi/procedures-contracts';
import { useMutation } from '@tanstack/react-query';

import { useApiClient } from './api-client-context.js';

/** Starts a card signature over the answers about to be submitted; answers the signer's page. */
export function useStartSigning() {
  const client = useApiClient();
  return useMutation({ mutationFn: (body: StartSigningRequest) => client.startSigning(body) });
}

/** After the resident confirmed on the signer: the API fetches and verifies the signature. */
export function useCompleteSigning() {
  const client = useApiClient();
  return useMutation({ mutationFn: (id: string) => client.completeSigning(id) });
}
