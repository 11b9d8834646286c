import type {
  BulkAssignmentJob,
  CreateBulkAssignmentRequestInput,
  WorkQueueFiltersInput,
} from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

/** How often the progress of a running bulk assignment is asked for. */
const BULK_ASSIGNMENT_POLL_MS = 500;

export const bulkAssignmentQueryKeys = {
  bulkAssignment: (id: string) => ['staff', 'assignments', id] as const,
  /** Under the queue's key: whatever refreshes the queue refreshes its count too. */
  staffApplicationsCount: (filters: WorkQueueFiltersInput) =>
    ['staff', 'applications', 'count', filters] as const,
};

function isFinished(job: BulkAssignmentJob | undefined): boolean {
  return job?.state === 'completed' || job?.state === 'failed';
}

/** How many applications the queue's filters match (for "all N matching the filter"). */
export function useStaffApplicationsCount(filters: WorkQueueFiltersInput, isEnabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: bulkAssignmentQueryKeys.staffApplicationsCount(filters),
    queryFn: () => client.countStaffApplications(filters),
    enabled: isEnabled,
    staleTime: 0,
  });
}

/** Starts a bulk assignment; its first state goes in the cache that `useBulkAssignment` polls. */
export function useStartBulkAssignment() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBulkAssignmentRequestInput) => client.startBulkAssignment(body),
    onSuccess: (job) =>
      queryClient.setQueryData(bulkAssignmentQueryKeys.bulkAssignment(job.id), job),
  });
}

/**
 * A bulk assignment, asked again twice a second until it is completed or failed; when it ends,
 * the work queue (its pages and counts) is loaded again to show the new 担当.
 */
export function useBulkAssignment(id: string | null) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const key = bulkAssignmentQueryKeys.bulkAssignment(id ?? '');
  return useQuery({
    queryKey: key,
    queryFn: async () => {
      const wasFinished = isFinished(queryClient.getQueryData<BulkAssignmentJob>(key));
      const job = await client.getBulkAssignment(id ?? '');
      if (isFinished(job) && !wasFinished) {
        await queryClient.invalidateQueries({ queryKey: apiQueryKeys.staffApplicationsAll });
      }
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : BULK_ASSIGNMENT_POLL_MS),
  });
}
