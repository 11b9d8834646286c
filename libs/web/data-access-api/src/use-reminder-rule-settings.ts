import type { UpdateReminderRuleSettingsRequest } from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';
import { administrationQueryKeys } from './use-administration.js';

/** The query key of the editable reminder-rule parameters (under `staff/administration`). */
export const reminderRuleSettingsQueryKey = ['staff', 'administration', 'reminder-rules'] as const;

/** The municipality's reminder rules with their editable parameters and version (administrators). */
export function useReminderRuleSettings() {
  const client = useApiClient();
  return useQuery({
    queryKey: reminderRuleSettingsQueryKey,
    queryFn: () => client.getReminderRuleSettings(),
    staleTime: 0,
  });
}

/**
 * Saves the parameters (optimistic concurrency: a 409 when another administrator saved first).
 * The answer replaces the cached settings; the read-only rule list is asked again.
 */
export function useUpdateReminderRuleSettings() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateReminderRuleSettingsRequest) =>
      client.updateReminderRuleSettings(body),
    onSuccess: (settings) => {
      queryClient.setQueryData(reminderRuleSettingsQueryKey, settings);
      return queryClient.invalidateQueries({ queryKey: administrationQueryKeys.reminderRules });
    },
  });
}
