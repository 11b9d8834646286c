import type { PublishOverlayRequest } from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

/** The overlay editor's query keys (kept apart from `apiQueryKeys`, which other features share). */
export const overlayEditorQueryKeys = {
  all: ['staff', 'overlay-editor'] as const,
  procedures: ['staff', 'overlay-editor', 'procedures'] as const,
  procedure: (procedureId: string) =>
    ['staff', 'overlay-editor', 'procedures', procedureId] as const,
};

/** The municipality's procedures with the version in force, a scheduled one and whether a draft is saved. */
export function useOverlayProcedures() {
  const client = useApiClient();
  return useQuery({
    queryKey: overlayEditorQueryKeys.procedures,
    queryFn: () => client.listOverlayProcedures(),
    staleTime: 0,
  });
}

/** The overlay of one procedure as the editor opens it (the draft, else the one published). */
export function useOverlayEditor(procedureId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: overlayEditorQueryKeys.procedure(procedureId),
    queryFn: () => client.getOverlayEditor(procedureId),
    staleTime: 0,
  });
}

/** Saves the overlay draft; the API checks it with the same engine and answers per path. */
export function useSaveOverlayDraft(procedureId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (overlay: Record<string, unknown>) => client.saveOverlayDraft(procedureId, overlay),
    onSuccess: (state) => {
      queryClient.setQueryData(overlayEditorQueryKeys.procedure(procedureId), state);
      return queryClient.invalidateQueries({ queryKey: overlayEditorQueryKeys.procedures });
    },
  });
}

/** The effective form an overlay gives, computed by the API (the console also compiles it itself). */
export function usePreviewOverlay(procedureId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (overlay: Record<string, unknown>) => client.previewOverlay(procedureId, overlay),
  });
}

/** Publishes the saved draft as the next form version from its 施行日. */
export function usePublishOverlay(procedureId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishOverlayRequest) => client.publishOverlay(procedureId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: overlayEditorQueryKeys.all }),
  });
}

/** Moves the resident's draft to the form version in force (the API migrates the answers). */
export function useMigrateDraft() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.migrateMyDraft(id),
    onSuccess: async (draft) => {
      queryClient.setQueryData(apiQueryKeys.myDraft(draft.id), draft);
      await queryClient.invalidateQueries({ queryKey: apiQueryKeys.myDrafts, exact: true });
    },
  });
}
