import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

import { fileTypeFromBuffer } from 'file-type';

import type { FormatValidator } from './inspection-failure.js';
import { InspectionFailure } from './inspection-failure.js';
import { IsoBmffValidator } from './iso-bmff-validator.js';
import { JpegValidator } from './jpeg-validator.js';
import { PdfValidator } from './pdf-validator.js';
import { PngValidator } from './png-validator.js';

/** Enough for file-type to recognise every format it knows, including ZIP-based office files. */
const SNIFF_BYTES = 64 * 1024;

export type InspectionPolicy = {
  maxBytes: number;
  /** MIME types of the slot (`image/*` allowed as a wildcard). */
  accept: readonly string[];
};

export type DetectedType = { mimeType: string; extension: string };

const VALIDATORS: Record<string, (() => FormatValidator) | undefined> = {
  'image/png': () => new PngValidator(),
  'image/jpeg': () => new JpegValidator(),
  'application/pdf': () => new PdfValidator(),
  'image/heic': () => new IsoBmffValidator(),
  'image/heif': () => new IsoBmffValidator(),
  'image/avif': () => new IsoBmffValidator(),
};

export function isAccepted(mimeType: string, accept: readonly string[]): boolean {
  return accept.some((pattern) =>
    pattern.endsWith('/*') ? mimeType.startsWith(pattern.slice(0, -1)) : pattern === mimeType,
  );
}

/** The formats whose structure is checked; other accepted types are recognised by their magic bytes only. */
export const STRUCTURALLY_CHECKED_TYPES: readonly string[] = Object.keys(VALIDATORS);

/**
 * A pass-through stream placed between the upload and the file storage. It enforces the slot's
 * size limit as the bytes arrive, detects the type from the bytes (never from the name or the
 * client's Content-Type), refuses a type outside the slot's `accept` list, and runs the format's
 * structural check. Any refusal errors the stream with an {@link InspectionFailure}, which fails
 * the storage write so that nothing is kept.
 */
export class ContentInspector extends Transform {
  private bytes = 0;
  private readonly head: Buffer[] = [];
  private headBytes = 0;
  private detected: DetectedType | null = null;
  private validator: FormatValidator | null = null;

  constructor(private readonly policy: InspectionPolicy) {
    super();
  }

  /** The detected type; set once the stream has finished without error. */
  get detectedType(): DetectedType {
    if (!this.detected) {
      throw new Error('The content has not been inspected');
    }
    return this.detected;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.policy.maxBytes) {
      callback(new InspectionFailure('file_too_large'));
      return;
    }
    if (this.detected) {
      this.forward(chunk, callback);
      return;
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) {
      callback();
      return;
    }
    this.detectAndForwardHead().then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    const finish = async (): Promise<void> => {
      if (this.bytes === 0) {
        throw new InspectionFailure('file_empty');
      }
      if (!this.detected) {
        await this.detectAndForwardHead();
      }
      await this.validator?.end();
    };
    finish().then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.validator?.abort();
    callback(error);
  }

  private forward(chunk: Buffer, callback: TransformCallback): void {
    try {
      this.validator?.write(chunk);
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback(null, chunk);
  }

  private async detectAndForwardHead(): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head.length = 0;
    const type = await fileTypeFromBuffer(head);
    if (!type || !isAccepted(type.mime, this.policy.accept)) {
      throw new InspectionFailure('file_type_not_allowed');
    }
    this.detected = { mimeType: type.mime, extension: type.ext };
    this.validator = VALIDATORS[type.mime]?.() ?? null;
    this.validator?.write(head);
    this.push(head);
  }
}
