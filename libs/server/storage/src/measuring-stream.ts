import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

import type { StoredObject } from './file-storage.js';

/** A pass-through stream that counts the bytes and hashes them with SHA-256 on the way. */
export class MeasuringStream extends Transform {
  private readonly hash = createHash('sha256');
  private bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** Valid once the stream has ended. */
  result(): StoredObject {
    return { bytes: this.bytes, sha256: this.hash.copy().digest('hex') };
  }
}
