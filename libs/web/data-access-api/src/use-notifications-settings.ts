import type {
  AcceptWatchInvitationRequest,
  CreateWatchInvitationRequest,
  MyWatchRelationships,
  NotificationContact,
  NotificationPreferences,
  PushPublicKey,
  PushSubscriptionRequest,
  PushSubscriptionView,
  WatchInvitation,
  WatchRelationshipView,
} from '@madoguchi/notifications-contracts';
import {
  myWatchRelationshipsSchema,
  notificationContactSchema,
  notificationPreferencesSchema,
  pushPublicKeySchema,
  pushSubscriptionSchema,
  watchInvitationSchema,
  watchRelationshipSchema,
} from '@madoguchi/notifications-contracts';
import { apiErrorSchema } from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, createElement, useContext } from 'react';
import type { ReactNode } from 'react';
import { z } from 'zod';
import type { FetchFunction } from './api-client.js';
import { CSRF_HEADER } from './api-client.js';
import { ApiRequestError } from './api-request.error.js';

/** Query keys of the notification settings (kept apart from `apiQueryKeys` until they merge). */
export const notificationsQueryKeys = {
  preferences: ['me', 'notification-preferences'] as const,
  contact: ['me', 'notification-contact'] as const,
  pushPublicKey: ['notifications', 'push-public-key'] as const,
  pushSubscriptions: ['me', 'push-subscriptions'] as const,
  watchers: ['me', 'watchers'] as const,
};

/**
 * The typed client of the notification-settings API (preferences, contact, Web Push, 見守り).
 * TODO(#6): move these methods into `createApiClient` so one client and one mock serve all.
 */
export function createNotificationsClient({ baseUrl = '', fetch: fetchFunction }: { baseUrl?: string; fetch?: FetchFunction } = {}) {
  const doFetch: FetchFunction = fetchFunction ?? ((input, init) => globalThis.fetch(input, init));

  async function request<S extends z.ZodType>(path: string, method: 'GET' | 'POST' | 'PUT', schema: S, body?: unknown): Promise<z.output<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method !== 'GET') {
      headers[CSRF_HEADER] = '1';
    }
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    let response: Awaited<ReturnType<FetchFunction>>;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        credentials: 'include',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw ApiRequestError.fromClientError('network_error');
    }
    const text = await response.text();
    let payload: unknown;
    try {
      payload = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      payload = text;
    }
    if (!response.ok) {
      const parsedError = apiErrorSchema.safeParse(payload);
      throw parsedError.success
        ? new ApiRequestError(response.status, parsedError.data.error)
        : ApiRequestError.fromClientError('invalid_response', response.status);
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw ApiRequestError.fromClientError('invalid_response', response.status);
    }
    return parsed.data;
  }

  return {
    getPreferences: (): Promise<NotificationPreferences> => request('/api/me/notification-preferences', 'GET', notificationPreferencesSchema),
    savePreferences: (preferences: NotificationPreferences): Promise<NotificationPreferences> =>
      request('/api/me/notification-preferences', 'PUT', notificationPreferencesSchema, preferences),
    getContact: (): Promise<NotificationContact> => request('/api/me/notification-contact', 'GET', notificationContactSchema),
    saveContact: (contact: NotificationContact): Promise<NotificationContact> =>
      request('/api/me/notification-contact', 'PUT', notificationContactSchema, contact),
    getPushPublicKey: (): Promise<PushPublicKey> => request('/api/notifications/push-public-key', 'GET', pushPublicKeySchema),
    listPushSubscriptions: (): Promise<PushSubscriptionView[]> => request('/api/me/push-subscriptions', 'GET', z.array(pushSubscriptionSchema)),
    subscribePush: (subscription: PushSubscriptionRequest): Promise<PushSubscriptionView> =>
      request('/api/me/push-subscriptions', 'POST', pushSubscriptionSchema, subscription),
    unsubscribePush: (endpoint: string): Promise<void> =>
      request('/api/me/push-subscriptions/unsubscribe', 'POST', z.undefined(), { endpoint }),
    listWatchers: (): Promise<MyWatchRelationships> => request('/api/me/watchers', 'GET', myWatchRelationshipsSchema),
    inviteWatcher: (invitation: CreateWatchInvitationRequest): Promise<WatchInvitation> =>
      request('/api/me/watchers/invitations', 'POST', watchInvitationSchema, invitation),
    acceptWatchInvitation: (acceptance: AcceptWatchInvitationRequest): Promise<WatchRelationshipView> =>
      request('/api/me/watchers/accept', 'POST', watchRelationshipSchema, acceptance),
    endWatch: (id: string): Promise<WatchRelationshipView> =>
      request(`/api/me/watchers/${encodeURIComponent(id)}/end`, 'POST', watchRelationshipSchema),
  };
}

export type NotificationsClient = ReturnType<typeof createNotificationsClient>;

const NotificationsClientContext = createContext<NotificationsClient | null>(null);
let defaultClient: NotificationsClient | null = null;

/** Gives the hooks below another client (tests: a mock fetch). Without it: same-origin `/api`. */
export function NotificationsClientProvider({ client, children }: { client: NotificationsClient; children: ReactNode }) {
  return createElement(NotificationsClientContext, { value: client }, children);
}

export function useNotificationsClient(): NotificationsClient {
  const client = useContext(NotificationsClientContext);
  if (client) {
    return client;
  }
  defaultClient ??= createNotificationsClient();
  return defaultClient;
}

export function useNotificationPreferences() {
  const client = useNotificationsClient();
  return useQuery({ queryKey: notificationsQueryKeys.preferences, queryFn: () => client.getPreferences() });
}

export function useSaveNotificationPreferences() {
  const client = useNotificationsClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NotificationPreferences) => client.savePreferences(preferences),
    onSuccess: (saved) => queryClient.setQueryData(notificationsQueryKeys.preferences, saved),
  });
}

export function useNotificationContact() {
  const client = useNotificationsClient();
  return useQuery({ queryKey: notificationsQueryKeys.contact, queryFn: () => client.getContact() });
}

export function useSaveNotificationContact() {
  const client = useNotificationsClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: NotificationContact) => client.saveContact(contact),
    onSuccess: (saved) => queryClient.setQueryData(notificationsQueryKeys.contact, saved),
  });
}

export function usePushPublicKey() {
  const client = useNotificationsClient();
  return useQuery({ queryKey: notificationsQueryKeys.pushPublicKey, queryFn: () => client.getPushPublicKey(), staleTime: Infinity });
}

export function usePushSubscriptions() {
  const client = useNotificationsClient();
  return useQuery({ queryKey: notificationsQueryKeys.pushSubscriptions, queryFn: () => client.listPushSubscriptions() });
}

/** Registers (or forgets) this browser's PushSubscription with the API. */
export function useSavePushSubscription() {
  const client = useNotificationsClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { subscribe: PushSubscriptionRequest } | { unsubscribe: string }) =>
      'subscribe' in change ? client.subscribePush(change.subscribe).then(() => undefined) : client.unsubscribePush(change.unsubscribe),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKeys.pushSubscriptions }),
  });
}

export function useMyWatchers() {
  const client = useNotificationsClient();
  return useQuery({ queryKey: notificationsQueryKeys.watchers, queryFn: () => client.listWatchers() });
}

export function useInviteWatcher() {
  const client = useNotificationsClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: CreateWatchInvitationRequest) => client.inviteWatcher(invitation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKeys.watchers }),
  });
}

export function useAcceptWatchInvitation() {
  const client = useNotificationsClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (acceptance: AcceptWatchInvitationRequest) => client.acceptWatchInvitation(acceptance),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKeys.watchers }),
  });
}

export function useEndWatch() {
  const client = useNotificationsClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.endWatch(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKeys.watchers }),
  });
}
