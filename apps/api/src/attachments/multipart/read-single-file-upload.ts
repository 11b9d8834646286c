import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';

import busboy from 'busboy';

import { attachmentsException } from '../attachments.exception.js';
import { InspectionFailure } from '../inspection/inspection-failure.js';

export type UploadedFile = { fileName: string; stream: Readable };

export type UploadLimits = {
  /** Ceiling of the file part whatever the slot allows (`UPLOAD_MAX_BYTES`). */
  maxFileBytes: number;
  /** The body must bring at least `minBytesPerSecond × rateWindowMs` bytes in every window… */
  minBytesPerSecond: number;
  rateWindowMs: number;
  /** … and end within this long after the request started. */
  deadlineMs: number;
};

/** Why the body of an upload was cut while it streamed. */
export type UploadCutCode = 'upload_too_slow' | 'upload_deadline_exceeded';

/** Ends the file stream of a cut upload, so the storage write fails and removes what it had written. */
export class UploadCut extends Error {
  constructor(readonly code: UploadCutCode) {
    super(code);
    this.name = 'UploadCut';
  }
}

/** How long a cut client may go on sending after its answer before the connection is closed. */
const CUT_GRACE_MS = 2000;

/** The form field that carries the file. */
export const FILE_FIELD = 'file';
const MAX_FIELDS = 8;
const MAX_FIELD_BYTES = 256;

/**
 * Reads a `multipart/form-data` request with text fields first and then exactly one file part,
 * and calls `handle` with the fields and the file as a stream as soon as the file part starts, so
 * the file is never buffered whole. Clients must append the fields before the file (browsers keep
 * the order of `FormData.append`). On any refusal the rest of the request is read and discarded,
 * so the client gets the error response instead of a reset connection. A body that trickles below
 * the floor rate or runs past the deadline is cut: a slow client must not hold the server's
 * resources (file handles, a scanner connection) for as long as it likes.
 */
export function readSingleFileUpload<T>(
  request: IncomingMessage,
  limits: UploadLimits,
  handle: (fields: Readonly<Record<string, string>>, file: UploadedFile) => Promise<T>,
  /** Undoes a handled file when the request turns out bad after it (a second file, a broken ending). */
  undo: (result: T) => Promise<void>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (!/^multipart\/form-data\s*;/i.test(request.headers['content-type'] ?? '')) {
      discard(request, limits);
      reject(attachmentsException('not_multipart'));
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        defParamCharset: 'utf8',
        limits: {
          files: 1,
          fields: MAX_FIELDS,
          parts: MAX_FIELDS + 1,
          fieldSize: MAX_FIELD_BYTES,
          fileSize: limits.maxFileBytes,
          headerPairs: 16,
        },
      });
    } catch {
      discard(request, limits);
      reject(attachmentsException('invalid_upload'));
      return;
    }

    const fields: Record<string, string> = {};
    let handling: Promise<T> | null = null;
    let currentFile: Readable | null = null;
    let isSettled = false;
    let cutCode: UploadCutCode | null = null;
    const fail = (error: Error): void => {
      stopWatching();
      if (isSettled) {
        return;
      }
      isSettled = true;
      request.unpipe(parser);
      discard(request, limits);
      // A cut upload answers with why it was cut, whatever the stages made of the ended stream.
      reject(cutCode ? attachmentsException(cutCode) : error);
      if (cutCode) {
        closeAfterAnswer(request);
      }
      handling?.then(undo).catch(() => undefined);
    };
    const cut = (code: UploadCutCode): void => {
      if (isSettled || request.complete || cutCode) {
        return;
      }
      cutCode = code;
      stopWatching();
      currentFile?.destroy(new UploadCut(code));
      // Answer once the handler has removed what it had stored, so nothing is left after the answer.
      if (handling) {
        const answer = (): void => fail(attachmentsException(code));
        handling.then(answer, answer);
      } else {
        fail(attachmentsException(code));
      }
    };
    let bytesInWindow = 0;
    const countBytes = (chunk: Buffer): void => {
      bytesInWindow += chunk.length;
    };
    request.on('data', countBytes);
    const rateCheck = setInterval(() => {
      if (bytesInWindow < (limits.minBytesPerSecond * limits.rateWindowMs) / 1000) {
        cut('upload_too_slow');
      }
      bytesInWindow = 0;
    }, limits.rateWindowMs);
    const deadline = setTimeout(() => cut('upload_deadline_exceeded'), limits.deadlineMs);
    function stopWatching(): void {
      clearInterval(rateCheck);
      clearTimeout(deadline);
      request.off('data', countBytes);
    }
    // Once the body is in, the rest (inspection, scan, storage) is the server's time, not the client's.
    request.on('end', stopWatching);

    parser.on('field', (name, value, info) => {
      if (handling) {
        return;
      }
      if (info.valueTruncated || info.nameTruncated) {
        fail(attachmentsException('invalid_upload'));
        return;
      }
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== FILE_FIELD || handling) {
        stream.resume();
        fail(attachmentsException(handling ? 'too_many_files' : 'invalid_upload'));
        return;
      }
      // busboy cuts the file at the ceiling and says so with 'limit': turn that into a refusal.
      stream.on('limit', () => stream.destroy(new InspectionFailure('file_too_large')));
      currentFile = stream;
      // A handler that throws before its first await still settles through the promise.
      handling = Promise.resolve().then(() =>
        handle(fields, { fileName: info.filename ?? '', stream }),
      );
      handling.catch((error: unknown) => fail(toError(error)));
    });
    parser.on('filesLimit', () => fail(attachmentsException('too_many_files')));
    parser.on('fieldsLimit', () => fail(attachmentsException('invalid_upload')));
    parser.on('partsLimit', () => fail(attachmentsException('invalid_upload')));
    parser.on('error', () =>
      fail(attachmentsException(handling ? 'upload_incomplete' : 'invalid_upload')),
    );
    parser.on('close', () => {
      if (!handling) {
        fail(attachmentsException('file_missing'));
        return;
      }
      handling.then(
        (result) => {
          stopWatching();
          if (!isSettled) {
            isSettled = true;
            resolve(result);
          }
        },
        (error: unknown) => fail(toError(error)),
      );
    });
    // A client that hangs up never ends the multipart body: end the file stream with an error so
    // the storage write fails and removes what it had written.
    request.on('close', () => {
      if (!request.complete) {
        currentFile?.destroy(new Error('The client closed the connection during the upload'));
        fail(attachmentsException('upload_incomplete'));
      }
    });
    request.pipe(parser);
  });
}

/** Lets the answer of a cut upload reach the client, then closes a connection still trickling. */
function closeAfterAnswer(request: IncomingMessage): void {
  const response = (request as IncomingMessage & { res?: ServerResponse }).res;
  const close = (): void => {
    setTimeout(() => {
      if (!request.complete) {
        request.destroy();
      }
    }, CUT_GRACE_MS).unref();
  };
  if (response && !response.writableFinished) {
    response.once('finish', close);
  } else {
    close();
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Reads and drops the rest of a refused request, up to twice the ceiling; past that, hangs up. */
export function discard(request: IncomingMessage, limits: UploadLimits): void {
  let discarded = 0;
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > 2 * limits.maxFileBytes) {
      request.destroy();
    }
  });
  request.resume();
}
