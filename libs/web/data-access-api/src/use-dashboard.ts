import type { BulkExportJob, CreateBulkExportRequestInput } from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from './api-client-context.js';

/** How often the progress of a running bulk export is asked for. */
const BULK_EXPORT_POLL_MS = 1000;

export const dashboardQueryKeys = {
  dashboard: ['staff', 'dashboard'] as const,
  bulkExport: (id: string) => ['staff', 'exports', id] as const,
};

function isFinished(job: BulkExportJob | undefined): boolean {
  return job?.state === 'completed' || job?.state === 'failed';
}

/** 業務の状況: the municipality's counts of the last 30 days. */
export function useDashboard() {
  const client = useApiClient();
  return useQuery({
    queryKey: dashboardQueryKeys.dashboard,
    queryFn: () => client.getDashboard(),
    staleTime: 60_000,
  });
}

/** Starts a bulk export; its first state goes in the cache that `useBulkExport` polls. */
export function useStartBulkExport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBulkExportRequestInput) => client.startBulkExport(body),
    onSuccess: (job) => queryClient.setQueryData(dashboardQueryKeys.bulkExport(job.id), job),
  });
}

/** A bulk export, asked again every second until it is completed or failed. */
export function useBulkExport(id: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: dashboardQueryKeys.bulkExport(id ?? ''),
    queryFn: () => client.getBulkExport(id ?? ''),
    enabled: id !== null,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : BULK_EXPORT_POLL_MS),
  });
}

/** The download link of a completed bulk export. */
export function useBulkExportFileUrl(id: string): string {
  return useApiClient().bulkExportFileUrl(id);
}
