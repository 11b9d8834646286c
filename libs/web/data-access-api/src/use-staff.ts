import type { TransitionRequest } from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

/** The work queue of the signed-in staff member's municipality, optionally by status. */
export function useStaffApplications(status?: ApplicationStatus) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.staffApplications(status),
    queryFn: () => client.listStaffApplications(status),
    // New submissions arrive all the time: the queue refreshes itself while it is open.
    staleTime: 0,
    refetchInterval: 30_000,
  });
}

export function useStaffApplication(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.staffApplication(id),
    queryFn: () => client.getStaffApplication(id),
    staleTime: 0,
  });
}

export function useTransitionApplication(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) => client.transitionApplication(id, body),
    onSuccess: (application) => {
      queryClient.setQueryData(apiQueryKeys.staffApplication(id), application);
      return queryClient.invalidateQueries({
        queryKey: apiQueryKeys.staffApplicationsAll,
        predicate: (query) => query.queryKey[2] === 'list',
      });
    },
  });
}
