import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

import type { MalwareScanner, ScanSession } from './malware-scanner.js';
import { MalwareFoundError } from './malware-scanner.js';

/**
 * A pass-through stream that feeds every byte to the scanner and holds back the end of the file
 * until the verdict: the storage write completes only for a clean file, and fails (keeping
 * nothing) with {@link MalwareFoundError} or the scanner's error otherwise. No verdict means no
 * upload: the file is never accepted unscanned.
 */
export class ScanningStream extends Transform {
  private readonly session: ScanSession;
  private hasVerdict = false;

  constructor(scanner: MalwareScanner) {
    super();
    this.session = scanner.open();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.session.write(chunk).then(
      () => callback(null, chunk),
      (error: unknown) => callback(error as Error),
    );
  }

  override _flush(callback: TransformCallback): void {
    this.session.finish().then(
      (verdict) => {
        this.hasVerdict = true;
        callback(verdict.isClean ? null : new MalwareFoundError(verdict.signature));
      },
      (error: unknown) => callback(error as Error),
    );
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (!this.hasVerdict) {
      this.session.abort();
    }
    callback(error);
  }
}
