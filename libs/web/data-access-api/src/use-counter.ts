import type {
  ConfirmCounterApplicationRequest,
  CounterConfirmation,
  CreateCounterConfirmationRequestInput,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from './api-client-context.js';

/** How often the counter's screen asks whether the resident has confirmed yet. */
const COUNTER_STATUS_POLL_MS = 3000;

export const counterQueryKeys = {
  confirmation: (id: string) => ['staff', 'counter', 'confirmations', id] as const,
  preview: (token: string) => ['counter', 'preview', token] as const,
};

/** The status part of an issued one: the link stays with the page that shows it, not in the cache. */
function withoutLink(issued: IssuedCounterConfirmation): CounterConfirmation {
  const {
    token: _token,
    confirmUrl: _confirmUrl,
    counterScreenUrl: _counterScreenUrl,
    ...confirmation
  } = issued;
  return confirmation;
}

/** Staff: stores what was filled at the counter; the answer holds the one-time link's token. */
export function useCreateCounterConfirmation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCounterConfirmationRequestInput) =>
      client.createCounterConfirmation(body),
    onSuccess: (issued: IssuedCounterConfirmation) => {
      queryClient.setQueryData(counterQueryKeys.confirmation(issued.id), withoutLink(issued));
    },
  });
}

/** Staff: the pending one, asked again every few seconds until the resident has confirmed. */
export function useCounterConfirmation(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: counterQueryKeys.confirmation(id),
    queryFn: () => client.getCounterConfirmation(id),
    refetchInterval: (query) =>
      query.state.data?.status === 'confirmed' ? false : COUNTER_STATUS_POLL_MS,
  });
}

/** Staff: a new ten-minute link (the previous one stops working). */
export function useReissueCounterLink() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.reissueCounterLink(id),
    onSuccess: (issued: IssuedCounterConfirmation) => {
      queryClient.setQueryData(counterQueryKeys.confirmation(issued.id), withoutLink(issued));
    },
  });
}

/** The resident: what staff filled, by the link's token (never retried: a refusal is final). */
export function useCounterConfirmationPreview(token: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: counterQueryKeys.preview(token ?? ''),
    queryFn: () => client.previewCounterConfirmation(token ?? ''),
    enabled: token !== null && token !== '',
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** The resident confirms: the application is submitted and the 受付番号 comes back. */
export function useConfirmCounterApplication() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: ConfirmCounterApplicationRequest) => client.confirmCounterApplication(body),
  });
}
