import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/**
 * Passes a CSV through and counts its records as they go by: line feeds outside quoted cells
 * (RFC 4180: a quoted cell may hold a line break; `""` toggles twice and changes nothing). Works
 * on bytes, for UTF-8 and Shift_JIS alike: neither uses 0x22 or 0x0A inside a multi-byte
 * character. The first record is the header line.
 */
export class CsvRowCounter extends Transform {
  private lines = 0;
  private isQuoted = false;

  /** Data records seen so far (the header line not counted). */
  get rows(): number {
    return Math.max(0, this.lines - 1);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    for (const byte of chunk) {
      if (byte === QUOTE) {
        this.isQuoted = !this.isQuoted;
      } else if (byte === LINE_FEED && !this.isQuoted) {
        this.lines += 1;
      }
    }
    callback(null, chunk);
  }
}
