import type { SaveDraftRequest, UpdateDraftRequest } from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

/** The resident's drafts (一時保存), newest first. */
export function useMyDrafts() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.myDrafts,
    queryFn: () => client.listMyDrafts(),
    staleTime: 0,
  });
}

export function useMyDraft(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.myDraft(id ?? ''),
    queryFn: () => client.getMyDraft(id ?? ''),
    enabled: id !== undefined,
    staleTime: 0,
  });
}

/** Saves a draft: creates it the first time, then updates the same one. */
export function useSaveDraft() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      create,
      update,
    }: {
      id?: string;
      create: SaveDraftRequest;
      update: UpdateDraftRequest;
    }) => (id === undefined ? client.createDraft(create) : client.updateDraft(id, update)),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: apiQueryKeys.myDrafts, exact: true }),
  });
}

export function useDeleteDraft() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.deleteMyDraft(id),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: apiQueryKeys.myDrafts, exact: true }),
  });
}
