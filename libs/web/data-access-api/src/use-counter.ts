import type {
  ConfirmCounterApplicationRequest,
  CounterConfirmation,
  CreateCounterConfirmationRequestInput,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { useApiClient } from './api-client-context.js';
import type { AttachmentFormTarget, UploadedAttachmentFile } from './use-attachments.js';
import type { UploadProgressOptions } from './send-attachment.js';

/** How often the counter's screen asks whether the resident has confirmed yet. */
const COUNTER_STATUS_POLL_MS = 3000;

/** How often the counter's list is asked again (residents confirm meanwhile). */
const COUNTER_LIST_POLL_MS = 5000;

export const counterQueryKeys = {
  list: () => ['staff', 'counter', 'confirmations'] as const,
  confirmation: (id: string) => ['staff', 'counter', 'confirmations', id] as const,
  preview: (token: string) => ['counter', 'preview', token] as const,
  attachment: (token: string, attachmentId: string) =>
    ['counter', 'attachment', token, attachmentId] as const,
};

/** The status part of an issued one: the link stays with the page that shows it, not in the cache. */
function withoutLink(issued: IssuedCounterConfirmation): CounterConfirmation {
  const {
    token: _token,
    confirmUrl: _confirmUrl,
    counterScreenUrl: _counterScreenUrl,
    ...confirmation
  } = issued;
  return confirmation;
}

/** Staff: stores what was filled at the counter; the answer holds the one-time link's token. */
export function useCreateCounterConfirmation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCounterConfirmationRequestInput) =>
      client.createCounterConfirmation(body),
    onSuccess: (issued: IssuedCounterConfirmation) => {
      queryClient.setQueryData(counterQueryKeys.confirmation(issued.id), withoutLink(issued));
    },
  });
}

/** Staff: the pending one, asked again every few seconds until it is confirmed or cancelled. */
export function useCounterConfirmation(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: counterQueryKeys.confirmation(id),
    queryFn: () => client.getCounterConfirmation(id),
    refetchInterval: (query) =>
      query.state.data === undefined || query.state.data.status === 'pending'
        ? COUNTER_STATUS_POLL_MS
        : false,
  });
}

/** Staff: a new ten-minute link (the previous one stops working). */
export function useReissueCounterLink() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.reissueCounterLink(id),
    onSuccess: (issued: IssuedCounterConfirmation) => {
      queryClient.setQueryData(counterQueryKeys.confirmation(issued.id), withoutLink(issued));
    },
  });
}

/** The resident: what staff filled, by the link's token (never retried: a refusal is final). */
export function useCounterConfirmationPreview(token: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: counterQueryKeys.preview(token ?? ''),
    queryFn: () => client.previewCounterConfirmation(token ?? ''),
    enabled: token !== null && token !== '',
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** The resident confirms: the application is submitted and the 受付番号 comes back. */
export function useConfirmCounterApplication() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: ConfirmCounterApplicationRequest) => client.confirmCounterApplication(body),
  });
}

/** Staff: the municipality's counter applications of the last day and every pending one. */
export function useCounterConfirmations() {
  const client = useApiClient();
  return useQuery({
    queryKey: counterQueryKeys.list(),
    queryFn: () => client.listCounterConfirmations(),
    refetchInterval: COUNTER_LIST_POLL_MS,
  });
}

/** Staff: cancels one the resident will not confirm (its link stops working). */
export function useCancelCounterConfirmation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.cancelCounterConfirmation(id),
    onSuccess: (confirmation: CounterConfirmation) => {
      queryClient.setQueryData(counterQueryKeys.confirmation(confirmation.id), confirmation);
      void queryClient.invalidateQueries({ queryKey: counterQueryKeys.list(), exact: true });
    },
  });
}

/**
 * Staff: the upload and removal of the documents scanned at the counter for one form, shaped as
 * the form renderer's `uploadAttachment` / `removeAttachment` (as `useAttachmentUploads`).
 */
export function useCounterAttachmentUploads({
  municipalityCode,
  procedureId,
  formVersion,
}: AttachmentFormTarget) {
  const client = useApiClient();
  const uploadAttachment = useCallback(
    async (
      file: File,
      slotId: string,
      options: Required<UploadProgressOptions>,
    ): Promise<UploadedAttachmentFile> => {
      const stored = await client.uploadCounterAttachment(
        { municipalityCode, procedureId, formVersion, slotId },
        file,
        options,
      );
      return { id: stored.id, fileName: stored.fileName, size: stored.bytes };
    },
    [client, municipalityCode, procedureId, formVersion],
  );
  const removeAttachment = useCallback(
    (id: string) => client.deleteCounterAttachment(id),
    [client],
  );
  return { uploadAttachment, removeAttachment };
}

/** Staff: the PDF 控え of a confirmed one (to print it for the resident). */
export function useDownloadCounterReceipt() {
  const client = useApiClient();
  return useMutation({ mutationFn: (id: string) => client.downloadCounterReceipt(id) });
}

/** The resident: the PDF 控え by the link's token, shortly after confirming. */
export function useCounterConfirmationReceipt() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (token: string) => client.downloadCounterConfirmationReceipt(token),
  });
}

/** The resident: an image staff attached, to show it before confirming (not retried). */
export function useCounterConfirmationAttachment(
  token: string,
  attachmentId: string,
  isEnabled: boolean,
) {
  const client = useApiClient();
  return useQuery({
    queryKey: counterQueryKeys.attachment(token, attachmentId),
    queryFn: () => client.downloadCounterConfirmationAttachment(token, attachmentId),
    enabled: isEnabled,
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
