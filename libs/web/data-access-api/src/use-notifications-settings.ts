import type {
  AcceptWatchInvitationRequest,
  CreateWatchInvitationRequest,
  NotificationContact,
  NotificationPreferences,
  PushSubscriptionRequest,
} from '@madoguchi/notifications-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

export function useNotificationPreferences() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.notificationPreferences,
    queryFn: () => client.getNotificationPreferences(),
  });
}

export function useSaveNotificationPreferences() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NotificationPreferences) =>
      client.saveNotificationPreferences(preferences),
    onSuccess: (saved) => {
      queryClient.setQueryData(apiQueryKeys.notificationPreferences, saved);
      // The upcoming reminders of the life records say which channels each would use.
      return queryClient.invalidateQueries({ queryKey: apiQueryKeys.myLifeRecords });
    },
  });
}

export function useNotificationContact() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.notificationContact,
    queryFn: () => client.getNotificationContact(),
  });
}

export function useSaveNotificationContact() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: NotificationContact) => client.saveNotificationContact(contact),
    onSuccess: (saved) => queryClient.setQueryData(apiQueryKeys.notificationContact, saved),
  });
}

/** Sends the pending address's confirmation mail again (the API limits how often: 429). */
export function useResendEmailConfirmation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.resendEmailConfirmation(),
    onSuccess: (saved) => queryClient.setQueryData(apiQueryKeys.notificationContact, saved),
  });
}

/** Confirms or declines the address a confirmation mail went to, with its link's token. */
export function useEmailConfirmation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { action: 'confirm' | 'decline'; token: string }) =>
      client.submitEmailConfirmation(input.action, input.token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKeys.notificationContact }),
  });
}

export function usePushPublicKey() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.pushPublicKey,
    queryFn: () => client.getPushPublicKey(),
    staleTime: Infinity,
  });
}

export function usePushSubscriptions() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.pushSubscriptions,
    queryFn: () => client.listPushSubscriptions(),
  });
}

/** Registers (or forgets) this browser's PushSubscription with the API. */
export function useSavePushSubscription() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { subscribe: PushSubscriptionRequest } | { unsubscribe: string }) =>
      'subscribe' in change
        ? client.subscribePush(change.subscribe).then(() => undefined)
        : client.unsubscribePush(change.unsubscribe),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKeys.pushSubscriptions }),
  });
}

export function useMyWatchers() {
  const client = useApiClient();
  return useQuery({ queryKey: apiQueryKeys.myWatchers, queryFn: () => client.listMyWatchers() });
}

export function useInviteWatcher() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: CreateWatchInvitationRequest) => client.inviteWatcher(invitation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKeys.myWatchers }),
  });
}

export function useAcceptWatchInvitation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (acceptance: AcceptWatchInvitationRequest) =>
      client.acceptWatchInvitation(acceptance),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKeys.myWatchers }),
  });
}

export function useEndWatch() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.endWatch(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKeys.myWatchers }),
  });
}
