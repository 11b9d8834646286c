import type { FormatValidator } from './inspection-failure.js';
import { InspectionFailure } from './inspection-failure.js';

type State = 'header' | 'large-size' | 'body' | 'to-end';

/**
 * Checks the box structure of an ISO base media file (HEIC/HEIF, AVIF): `ftyp` first, every
 * top-level box with a printable type and a size that ends inside the file, a `meta` box, and the
 * last box ending exactly at the end of the file. It does not decode the image codec (HEVC), which
 * no library on the server can do without a patent-encumbered native decoder.
 */
export class IsoBmffValidator implements FormatValidator {
  private state: State = 'header';
  private readonly field = Buffer.alloc(8);
  private fieldLength = 0;
  private boxRemaining = 0;
  private boxType = '';
  private boxCount = 0;
  private hasMeta = false;

  write(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.state === 'to-end') {
        return;
      }
      if (this.state === 'body') {
        const length = Math.min(this.boxRemaining, chunk.length - offset);
        offset += length;
        this.boxRemaining -= length;
        if (this.boxRemaining === 0) {
          this.state = 'header';
        }
        continue;
      }
      const length = Math.min(8 - this.fieldLength, chunk.length - offset);
      chunk.copy(this.field, this.fieldLength, offset, offset + length);
      this.fieldLength += length;
      offset += length;
      if (this.fieldLength === 8) {
        this.fieldLength = 0;
        this.onField();
      }
    }
  }

  end(): Promise<void> {
    const isComplete =
      (this.state === 'header' && this.fieldLength === 0) || this.state === 'to-end';
    return isComplete && this.hasMeta
      ? Promise.resolve()
      : Promise.reject(new InspectionFailure('file_corrupt'));
  }

  abort(): void {
    // Nothing held.
  }

  private onField(): void {
    if (this.state === 'large-size') {
      const size = this.field.readBigUInt64BE(0);
      if (size < 16n || size > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new InspectionFailure('file_corrupt');
      }
      this.startBody(Number(size) - 16);
      return;
    }
    const size = this.field.readUInt32BE(0);
    this.boxType = this.field.toString('latin1', 4, 8);
    this.boxCount += 1;
    if (
      !/^[\x20-\x7e]{4}$/.test(this.boxType) ||
      (this.boxCount === 1 && this.boxType !== 'ftyp')
    ) {
      throw new InspectionFailure('file_corrupt');
    }
    if (this.boxType === 'meta') {
      this.hasMeta = true;
    }
    if (size === 1) {
      this.state = 'large-size';
    } else if (size === 0) {
      this.state = 'to-end';
    } else if (size < 8) {
      throw new InspectionFailure('file_corrupt');
    } else {
      this.startBody(size - 8);
    }
  }

  private startBody(length: number): void {
    this.boxRemaining = length;
    this.state = length === 0 ? 'header' : 'body';
  }
}
