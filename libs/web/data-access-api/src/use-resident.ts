import type {
  ResidentApplicationDetail,
  SubmitApplicationRequest,
  WithdrawApplicationRequest,
} from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

export type SubmitApplicationVariables = {
  request: SubmitApplicationRequest;
  idempotencyKey: string;
};

export function useSubmitApplication() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: SubmitApplicationVariables) =>
      client.submitApplication(request, idempotencyKey),
    onSuccess: (application) => {
      queryClient.setQueryData(apiQueryKeys.myApplication(application.id), application);
      return queryClient.invalidateQueries({ queryKey: apiQueryKeys.myApplications, exact: true });
    },
  });
}

/**
 * The office changes an application's status at any time, so a resident's applications are
 * never served from cache without asking again, and an open detail page keeps itself current.
 */
const APPLICATION_STATUS_POLL_MS = 30_000;

export function useMyApplications() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.myApplications,
    queryFn: () => client.listMyApplications(),
    staleTime: 0,
  });
}

export function useMyApplication(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.myApplication(id),
    queryFn: () => client.getMyApplication(id),
    staleTime: 0,
    refetchInterval: APPLICATION_STATUS_POLL_MS,
  });
}

function useUpdateMyApplication() {
  const queryClient = useQueryClient();
  return (application: ResidentApplicationDetail) => {
    queryClient.setQueryData(apiQueryKeys.myApplication(application.id), application);
    return queryClient.invalidateQueries({ queryKey: apiQueryKeys.myApplications, exact: true });
  };
}

/** Sends the corrected answers of an application in 補正依頼 (they are validated like a submission). */
export function useResubmitMyApplication(id: string) {
  const client = useApiClient();
  const update = useUpdateMyApplication();
  return useMutation({
    mutationFn: (answers: Record<string, unknown>) => client.resubmitMyApplication(id, answers),
    onSuccess: update,
  });
}

/** 取下げ: the resident withdraws an application before the decision. */
export function useWithdrawMyApplication(id: string) {
  const client = useApiClient();
  const update = useUpdateMyApplication();
  return useMutation({
    mutationFn: (body: WithdrawApplicationRequest) => client.withdrawMyApplication(id, body),
    onSuccess: update,
  });
}

export type UseMyNotificationsOptions = {
  /** Poll interval in ms (the inbox badge polls every ~5 s); off by default. */
  refetchInterval?: number;
  isEnabled?: boolean;
};

export function useMyNotifications({
  refetchInterval,
  isEnabled = true,
}: UseMyNotificationsOptions = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.myNotifications,
    queryFn: () => client.listMyNotifications(),
    refetchInterval,
    enabled: isEnabled,
  });
}

export function useMarkNotificationRead() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.markNotificationRead(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKeys.myNotifications }),
  });
}
