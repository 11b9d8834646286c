import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

/** The signed-in actor (`data` is null when nobody is signed in). */
export function useSession() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.session,
    queryFn: () => client.getSession(),
    staleTime: 60_000,
  });
}

export function useSignOut() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.signOut(),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queryClient.setQueryData(apiQueryKeys.session, null);
    },
  });
}
