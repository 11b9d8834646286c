import type {
  AssignApplicationRequest,
  RevealPersonalDataRequest,
  TransitionRequest,
  WorkQueueQueryInput,
} from '@madoguchi/procedures-contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

/** The work queue's filters and sort (everything of the query but the page position). */
export type WorkQueueFilters = Omit<WorkQueueQueryInput, 'cursor'>;

/**
 * The work queue of the signed-in staff member's municipality, page by page (cursor pagination):
 * `data.pages` holds the pages loaded so far, `fetchNextPage()` loads the next one.
 */
export function useStaffApplications(filters: WorkQueueFilters = {}) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: apiQueryKeys.staffApplications(filters),
    queryFn: ({ pageParam }) =>
      client.listStaffApplications({ ...filters, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
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

function invalidateQueueLists(queryClient: ReturnType<typeof useQueryClient>) {
  return queryClient.invalidateQueries({
    queryKey: apiQueryKeys.staffApplicationsAll,
    predicate: (query) => query.queryKey[2] === 'list',
  });
}

export function useTransitionApplication(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) => client.transitionApplication(id, body),
    onSuccess: (application) => {
      queryClient.setQueryData(apiQueryKeys.staffApplication(id), application);
      return invalidateQueueLists(queryClient);
    },
  });
}

/** Sets or clears the assignee (担当); refreshes the application and the queue. */
export function useAssignApplication(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignApplicationRequest) => client.assignApplication(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: apiQueryKeys.staffApplication(id) }),
        invalidateQueueLists(queryClient),
      ]),
  });
}

/**
 * Reveals one 個人番号 of an application. Nothing is cached: the value lives only in the
 * component that asked for it, and every reveal goes to the API (and its audit log) again.
 */
export function useRevealPersonalData(id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: RevealPersonalDataRequest) => client.revealPersonalData(id, body),
  });
}

/** Staff members of the municipality who have signed in: the possible assignees. */
export function useStaffMembers() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.staffMembers,
    queryFn: () => client.listStaffMembers(),
  });
}

/** Internal notes (内部メモ) of an application, oldest first. */
export function useApplicationNotes(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.staffApplicationNotes(id),
    queryFn: () => client.listApplicationNotes(id),
    staleTime: 0,
  });
}

export function useAddApplicationNote(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => client.addApplicationNote(id, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: apiQueryKeys.staffApplicationNotes(id) }),
  });
}

/**
 * Fetches one attachment's bytes with the staff session (the API audits the download), to
 * preview it inline or save it: a mutation, as each press is one audited download.
 */
export function useDownloadAttachment() {
  const client = useApiClient();
  return useMutation({ mutationFn: (id: string) => client.downloadAttachment(id) });
}
