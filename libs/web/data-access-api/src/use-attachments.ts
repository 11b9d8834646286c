import type { AttachmentFile, UploadAttachmentTarget } from '@madoguchi/procedures-contracts';
import { useQueries } from '@tanstack/react-query';
import { useCallback } from 'react';

import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';
import type { UploadProgressOptions } from './send-attachment.js';

/** The form an upload belongs to: every file is stored for one slot of one form version. */
export type AttachmentFormTarget = Omit<UploadAttachmentTarget, 'slotId'>;

/** A stored file as the form renderer keeps it (`size` in bytes). */
export type UploadedAttachmentFile = { id: string; fileName: string; size: number };

/**
 * The upload and removal of the resident's files for one form (`POST` / `DELETE
 * /api/attachments`), shaped as the form renderer's `uploadAttachment` / `removeAttachment`.
 * Failures reject with an `ApiRequestError` carrying the API's code and message.
 */
export function useAttachmentUploads({
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
      const stored = await client.uploadAttachment(
        { municipalityCode, procedureId, formVersion, slotId },
        file,
        options,
      );
      return { id: stored.id, fileName: stored.fileName, size: stored.bytes };
    },
    [client, municipalityCode, procedureId, formVersion],
  );
  const removeAttachment = useCallback((id: string) => client.deleteAttachment(id), [client]);
  return { uploadAttachment, removeAttachment };
}

/**
 * The names and sizes of the resident's own files (`GET /api/attachments/:id/meta`), e.g. those an
 * application under correction names. `isPending` until each has answered; a file that is gone
 * is left out.
 */
export function useAttachmentFiles(ids: readonly string[]): {
  files: UploadedAttachmentFile[];
  isPending: boolean;
} {
  const client = useApiClient();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: apiQueryKeys.attachmentFile(id),
      queryFn: () => client.getAttachmentFile(id),
      retry: false,
    })),
    combine: (results) => ({
      files: results.flatMap((result) => (result.data ? [toUploadedFile(result.data)] : [])),
      isPending: results.some((result) => result.isPending),
    }),
  });
}

export function toUploadedFile(file: AttachmentFile): UploadedAttachmentFile {
  return { id: file.id, fileName: file.fileName, size: file.bytes };
}
