import type {
  Attachment,
  ConfirmCounterApplicationRequest,
  CounterConfirmation,
  CounterConfirmationList,
  CounterConfirmationPreview,
  CounterConfirmationResult,
  CreateCounterConfirmationRequestInput,
  IssuedCounterConfirmation,
  UploadAttachmentTarget,
} from '@madoguchi/procedures-contracts';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';
import type { UploadProgressOptions } from './send-attachment.js';

/** The client's `request` (api-client.ts), as the counter endpoints call it. */
type SendRequest = <K extends ResponseContractName>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; contract: K },
) => Promise<ResponseBody<K>>;

/** The client's file transfers, as the counter endpoints use them (api-client.ts). */
export type CounterFileTransfers = {
  /** A multipart upload with progress (sendAttachment) to an API path. */
  upload: (
    path: string,
    target: UploadAttachmentTarget,
    file: File,
    options: UploadProgressOptions,
  ) => Promise<Attachment>;
  /** A request whose answer is a file (a PDF, an image), as a Blob; an error body throws. */
  download: (path: string, init: { method: 'GET' | 'POST'; body?: unknown }) => Promise<Blob>;
};

/**
 * 書かない窓口: staff fill an application at the counter; the resident confirms it by a one-time
 * token, which always travels in a request body (never in a URL a server or proxy logs).
 */
export function counterEndpoints(request: SendRequest, files: CounterFileTransfers) {
  return {
    listCounterConfirmations: (): Promise<CounterConfirmationList> =>
      request('/api/staff/counter/confirmations', { contract: 'counterConfirmationList' }),
    cancelCounterConfirmation: (id: string): Promise<CounterConfirmation> =>
      request(`/api/staff/counter/confirmations/${encodeURIComponent(id)}/cancel`, {
        method: 'POST',
        contract: 'counterConfirmation',
      }),
    /** Staff: the PDF 控え of a confirmed one, to print for the resident. */
    downloadCounterReceipt: (id: string): Promise<Blob> =>
      files.download(`/api/staff/counter/confirmations/${encodeURIComponent(id)}/receipt.pdf`, {
        method: 'GET',
      }),
    /** Staff: a document scanned at the counter, for one slot of the form (as a resident's upload). */
    uploadCounterAttachment: (
      target: UploadAttachmentTarget,
      file: File,
      options: UploadProgressOptions = {},
    ): Promise<Attachment> => files.upload('/api/staff/counter/attachments', target, file, options),
    deleteCounterAttachment: (id: string): Promise<void> =>
      request(`/api/staff/counter/attachments/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        contract: 'noContent',
      }),
    /** The resident: one file staff attached, by the link's token (to preview an image). */
    downloadCounterConfirmationAttachment: (token: string, attachmentId: string): Promise<Blob> =>
      files.download('/api/counter/confirmations/attachment', {
        method: 'POST',
        body: { token, attachmentId },
      }),
    /** The resident: the PDF 控え by the link's token, for a while after confirming. */
    downloadCounterConfirmationReceipt: (token: string): Promise<Blob> =>
      files.download('/api/counter/confirmations/receipt', { method: 'POST', body: { token } }),
    createCounterConfirmation: (
      body: CreateCounterConfirmationRequestInput,
    ): Promise<IssuedCounterConfirmation> =>
      request('/api/staff/counter/confirmations', {
        method: 'POST',
        body,
        contract: 'issuedCounterConfirmation',
      }),
    getCounterConfirmation: (id: string): Promise<CounterConfirmation> =>
      request(`/api/staff/counter/confirmations/${encodeURIComponent(id)}`, {
        contract: 'counterConfirmation',
      }),
    reissueCounterLink: (id: string): Promise<IssuedCounterConfirmation> =>
      request(`/api/staff/counter/confirmations/${encodeURIComponent(id)}/link`, {
        method: 'POST',
        contract: 'issuedCounterConfirmation',
      }),
    previewCounterConfirmation: (token: string): Promise<CounterConfirmationPreview> =>
      request('/api/counter/confirmations/preview', {
        method: 'POST',
        body: { token },
        contract: 'counterConfirmationPreview',
      }),
    confirmCounterApplication: (
      body: ConfirmCounterApplicationRequest,
    ): Promise<CounterConfirmationResult> =>
      request('/api/counter/confirmations/confirm', {
        method: 'POST',
        body,
        contract: 'counterConfirmationResult',
      }),
  };
}
