import type {
  ApiKey,
  AuditLogQueryInput,
  CreateApiKeyRequest,
  ProcedureOffering,
} from '@madoguchi/procedures-contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';

/** The audit trail's filters (everything of the query but the page position). */
export type AuditLogFilters = Omit<AuditLogQueryInput, 'cursor'>;

/** The query keys of the administrator's console (all under `staff/administration`). */
export const administrationQueryKeys = {
  all: ['staff', 'administration'] as const,
  procedureOfferings: ['staff', 'administration', 'procedures'] as const,
  auditLog: (filters: AuditLogFilters) =>
    ['staff', 'administration', 'audit-log', filters] as const,
  apiKeys: ['staff', 'administration', 'api-keys'] as const,
  reminderRules: ['staff', 'administration', 'notification-rules'] as const,
};

/** The reminders the municipality sends (rules with its parameters), for the administrator. */
export function useReminderRules() {
  const client = useApiClient();
  return useQuery({
    queryKey: administrationQueryKeys.reminderRules,
    queryFn: () => client.listReminderRules(),
  });
}

/** Every standard procedure and whether the municipality accepts it online (administrators). */
export function useProcedureOfferings() {
  const client = useApiClient();
  return useQuery({
    queryKey: administrationQueryKeys.procedureOfferings,
    queryFn: () => client.listProcedureOfferings(),
    staleTime: 0,
  });
}

/**
 * Switches a procedure to 受付中 or 停止中. The answer replaces the row in the list; the list is
 * asked again either way (another administrator may have switched others).
 */
export function useSetProcedureAvailability() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ procedureId, isEnabled }: { procedureId: string; isEnabled: boolean }) =>
      client.setProcedureAvailability(procedureId, isEnabled),
    onSuccess: (offering) =>
      queryClient.setQueryData(
        administrationQueryKeys.procedureOfferings,
        (offerings: ProcedureOffering[] | undefined) =>
          offerings?.map((item) => (item.procedureId === offering.procedureId ? offering : item)),
      ),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: administrationQueryKeys.procedureOfferings }),
  });
}

/** The audit trail with its filters, page by page (newest first; `fetchNextPage()` for older). */
export function useAuditLog(filters: AuditLogFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: administrationQueryKeys.auditLog(filters),
    queryFn: ({ pageParam }) =>
      client.searchAuditLog({ ...filters, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    staleTime: 0,
  });
}

/** The municipality's back-office API keys, newest first. */
export function useApiKeys() {
  const client = useApiClient();
  return useQuery({
    queryKey: administrationQueryKeys.apiKeys,
    queryFn: () => client.listApiKeys(),
    staleTime: 0,
  });
}

/**
 * Creates a key. The key itself is in the mutation's `data` only (shown once, never cached
 * with the list); the list gets the new key's public part.
 */
export function useCreateApiKey() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiKeyRequest) => client.createApiKey(body),
    onSuccess: ({ apiKey }) =>
      queryClient.setQueryData(administrationQueryKeys.apiKeys, (keys: ApiKey[] | undefined) =>
        keys ? [apiKey, ...keys] : keys,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: administrationQueryKeys.apiKeys }),
  });
}

/** Revokes a key at once (the back-office system using it is refused from then on). */
export function useRevokeApiKey() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.revokeApiKey(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: administrationQueryKeys.apiKeys }),
  });
}
