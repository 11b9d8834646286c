import type { Attachment, UploadAttachmentTarget } from '@madoguchi/procedures-contracts';
import { ApiRequestError } from './api-request.error.js';
import type { ResponseReader } from './read-response.js';

export type UploadProgressOptions = {
  /** Bytes of the request body sent so far, and its total, as the browser reports them. */
  onProgress?: (loaded: number, total: number) => void;
  /** Aborting it cancels the upload; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
};

function abortError(): DOMException {
  return new DOMException('The upload was cancelled', 'AbortError');
}

function parseJson(text: string): unknown {
  if (text === '') {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sends one file as `multipart/form-data` — the text fields first, as the API reads them before
 * it streams the `file` part — through XMLHttpRequest, the only browser API that reports upload
 * progress (fetch has no upload progress events).
 */
export function sendAttachment(
  url: string,
  headers: Readonly<Record<string, string>>,
  readResponse: ResponseReader,
  target: UploadAttachmentTarget,
  file: File,
  { onProgress, signal }: UploadProgressOptions = {},
): Promise<Attachment> {
  return new Promise<Attachment>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries({ accept: 'application/json', ...headers })) {
      xhr.setRequestHeader(name, value);
    }
    xhr.responseType = 'text';
    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => signal?.removeEventListener('abort', onAbort);
    xhr.upload.addEventListener('progress', (event) => {
      onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    });
    xhr.addEventListener('load', () => {
      settle();
      readResponse('attachment', xhr.status, parseJson(xhr.responseText)).then(resolve, reject);
    });
    const failNetwork = () => {
      settle();
      reject(ApiRequestError.fromClientError('network_error'));
    };
    xhr.addEventListener('error', failNetwork);
    xhr.addEventListener('timeout', failNetwork);
    xhr.addEventListener('abort', () => {
      settle();
      reject(abortError());
    });
    const body = new FormData();
    body.append('municipalityCode', target.municipalityCode);
    body.append('procedureId', target.procedureId);
    body.append('formVersion', String(target.formVersion));
    body.append('slotId', target.slotId);
    body.append('file', file, file.name);
    xhr.send(body);
  });
}
