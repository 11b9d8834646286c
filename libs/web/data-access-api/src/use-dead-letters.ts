import type { DeadLetter } from '@madoguchi/notifications-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

/** 送信に失敗した通知: the deliveries of the staff member's municipality that failed for good. */
export function useDeadLetters() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.deadLetters,
    queryFn: () => client.listDeadLetters(),
    // The worker adds failures at any time: ask again whenever the page is opened.
    staleTime: 0,
  });
}

/**
 * Sends a failed delivery again. A retried delivery leaves the list at once; the list is asked
 * again either way, since a 404 means another staff member has retried it already.
 */
export function useRetryDeadLetter() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.retryDeadLetter(id),
    onSuccess: (_nothing, id) =>
      queryClient.setQueryData(apiQueryKeys.deadLetters, (letters: DeadLetter[] | undefined) =>
        letters?.filter((letter) => letter.id !== id),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiQueryKeys.deadLetters }),
  });
}
