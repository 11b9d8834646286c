import type { FormatValidator } from './inspection-failure.js';
import { InspectionFailure } from './inspection-failure.js';

const EOI = 0xd9;
const SOS = 0xda;

function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

type State =
  | 'soi0'
  | 'soi1'
  | 'marker-prefix'
  | 'marker'
  | 'length0'
  | 'length1'
  | 'segment'
  | 'entropy'
  | 'entropy-ff'
  | 'done';

/**
 * Checks the marker structure of a JPEG as it streams: SOI, length-prefixed segments, a valid
 * frame header (SOFn: precision, non-zero size, 1–4 components) before the first scan, entropy-coded
 * data with only stuffed bytes and restart markers inside, and an EOI. Bytes after the EOI are
 * allowed (cameras append MPF second images there). It does not run the Huffman decoder.
 */
export class JpegValidator implements FormatValidator {
  private state: State = 'soi0';
  private marker = 0;
  private segmentRemaining = 0;
  private readonly frameHeader: number[] = [];
  private frameLength = 0;
  private hasFrame = false;
  private hasScan = false;

  write(chunk: Buffer): void {
    let index = 0;
    while (index < chunk.length && this.state !== 'done') {
      if (this.state === 'entropy') {
        const next = chunk.indexOf(0xff, index);
        if (next === -1) {
          return;
        }
        this.state = 'entropy-ff';
        index = next + 1;
        continue;
      }
      if (this.state === 'segment') {
        const length = Math.min(this.segmentRemaining, chunk.length - index);
        if (isStartOfFrame(this.marker) && this.frameHeader.length < 6) {
          for (const byte of chunk.subarray(
            index,
            index + Math.min(length, 6 - this.frameHeader.length),
          )) {
            this.frameHeader.push(byte);
          }
        }
        index += length;
        this.segmentRemaining -= length;
        if (this.segmentRemaining === 0) {
          this.endSegment();
        }
        continue;
      }
      this.onByte(chunk[index]!);
      index += 1;
    }
  }

  end(): Promise<void> {
    return this.state === 'done'
      ? Promise.resolve()
      : Promise.reject(new InspectionFailure('file_corrupt'));
  }

  abort(): void {
    // Nothing held.
  }

  private onByte(byte: number): void {
    switch (this.state) {
      case 'soi0':
        this.expect(byte === 0xff, 'soi1');
        return;
      case 'soi1':
        this.expect(byte === 0xd8, 'marker-prefix');
        return;
      case 'marker-prefix':
        this.expect(byte === 0xff, 'marker');
        return;
      case 'marker':
        this.onMarker(byte);
        return;
      case 'length0':
        this.segmentRemaining = byte << 8;
        this.state = 'length1';
        return;
      case 'length1':
        this.startSegment(this.segmentRemaining + byte);
        return;
      case 'entropy-ff':
        if (byte === 0x00 || (byte >= 0xd0 && byte <= 0xd7)) {
          this.state = 'entropy';
        } else if (byte !== 0xff) {
          this.onMarker(byte);
        }
        return;
      case 'segment':
      case 'entropy':
      case 'done':
        return;
    }
  }

  private onMarker(marker: number): void {
    if (marker === 0xff) {
      return; // fill byte
    }
    if (marker === EOI) {
      this.expect(this.hasFrame && this.hasScan, 'done');
      return;
    }
    if (marker === 0x00 || marker === 0xd8) {
      throw new InspectionFailure('file_corrupt');
    }
    if (isStandalone(marker)) {
      this.state = 'marker-prefix';
      return;
    }
    if (marker === SOS && !this.hasFrame) {
      throw new InspectionFailure('file_corrupt');
    }
    this.marker = marker;
    this.state = 'length0';
  }

  private startSegment(length: number): void {
    if (length < 2) {
      throw new InspectionFailure('file_corrupt');
    }
    this.segmentRemaining = length - 2;
    if (isStartOfFrame(this.marker)) {
      if (this.hasFrame) {
        throw new InspectionFailure('file_corrupt');
      }
      this.frameHeader.length = 0;
      this.frameLength = length;
    }
    this.state = 'segment';
    if (this.segmentRemaining === 0) {
      this.endSegment();
    }
  }

  private endSegment(): void {
    if (isStartOfFrame(this.marker)) {
      const [precision, heightHigh, heightLow, widthHigh, widthLow, components] = this.frameHeader;
      const height = ((heightHigh ?? 0) << 8) | (heightLow ?? 0);
      const width = ((widthHigh ?? 0) << 8) | (widthLow ?? 0);
      const isValid =
        precision !== undefined &&
        precision >= 2 &&
        precision <= 16 &&
        height > 0 &&
        width > 0 &&
        components !== undefined &&
        components >= 1 &&
        components <= 4 &&
        this.frameLength === 8 + 3 * components;
      if (!isValid) {
        throw new InspectionFailure('file_corrupt');
      }
      this.hasFrame = true;
    }
    if (this.marker === SOS) {
      this.hasScan = true;
      this.state = 'entropy';
      return;
    }
    this.state = 'marker-prefix';
  }

  private expect(condition: boolean, next: State): void {
    if (!condition) {
      throw new InspectionFailure('file_corrupt');
    }
    this.state = next;
  }
}
