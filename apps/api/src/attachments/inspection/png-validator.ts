import { createInflate, crc32 } from 'node:zlib';

import type { FormatValidator } from './inspection-failure.js';
import { InspectionFailure } from './inspection-failure.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Decoded image data above this is refused (a decompression bomb, not a document photo). */
const MAX_DECODED_BYTES = 512 * 1024 * 1024;
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const BIT_DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};
// Adam7 passes: [x start, y start, x step, y step].
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

function corrupt(): InspectionFailure {
  return new InspectionFailure('file_corrupt');
}

/** Bytes of filtered scanlines the IDAT stream must inflate to, per the PNG specification §7–8. */
export function expectedPngDataBytes(
  width: number,
  height: number,
  bitsPerPixel: number,
  interlaced: boolean,
): number {
  const rowBytes = (columns: number) =>
    columns === 0 ? 0 : 1 + Math.ceil((columns * bitsPerPixel) / 8);
  if (!interlaced) {
    return height * rowBytes(width);
  }
  let total = 0;
  for (const [x0, y0, dx, dy] of ADAM7) {
    const columns = Math.ceil(Math.max(0, width - x0) / dx);
    const rows = Math.ceil(Math.max(0, height - y0) / dy);
    total += columns === 0 ? 0 : rows * rowBytes(columns);
  }
  return total;
}

type State = 'signature' | 'header' | 'data' | 'crc' | 'done';

/**
 * Checks that a PNG decodes: signature, IHDR first and valid, every chunk's CRC, no unknown
 * critical chunk, PLTE for palette images, IEND, and an IDAT stream that inflates to exactly the
 * size the header announces (streamed through zlib, never held in memory).
 */
export class PngValidator implements FormatValidator {
  private state: State = 'signature';
  private readonly field = Buffer.alloc(8);
  private fieldLength = 0;
  private chunkType = '';
  private chunkRemaining = 0;
  private chunkCrc = 0;
  private readonly ihdr: Buffer[] = [];
  private expectedBytes = 0;
  private inflatedBytes = 0;
  private hasPalette = false;
  private isPaletteImage = false;
  private chunkCount = 0;
  private inflateFailed = false;
  private readonly inflater = createInflate();
  private readonly inflated: Promise<void>;

  constructor() {
    this.inflated = new Promise((resolve) => {
      this.inflater.on('data', (data: Buffer) => {
        this.inflatedBytes += data.length;
        if (this.inflatedBytes > this.expectedBytes) {
          this.inflateFailed = true;
          this.inflater.destroy();
          resolve();
        }
      });
      this.inflater.on('error', () => {
        this.inflateFailed = true;
        resolve();
      });
      this.inflater.on('end', () => resolve());
      this.inflater.on('close', () => resolve());
    });
  }

  write(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length && this.state !== 'done') {
      if (this.state === 'data') {
        const length = Math.min(this.chunkRemaining, chunk.length - offset);
        this.onChunkData(chunk.subarray(offset, offset + length));
        offset += length;
        this.chunkRemaining -= length;
        if (this.chunkRemaining === 0) {
          this.state = 'crc';
        }
        continue;
      }
      const need = this.state === 'crc' ? 4 : 8;
      const length = Math.min(need - this.fieldLength, chunk.length - offset);
      chunk.copy(this.field, this.fieldLength, offset, offset + length);
      this.fieldLength += length;
      offset += length;
      if (this.fieldLength === need) {
        this.fieldLength = 0;
        this.onField();
      }
    }
  }

  async end(): Promise<void> {
    if (this.state !== 'done') {
      this.inflater.destroy();
      throw corrupt();
    }
    await this.inflated;
    if (this.inflateFailed || this.inflatedBytes !== this.expectedBytes) {
      throw corrupt();
    }
  }

  abort(): void {
    this.inflater.destroy();
  }

  private onField(): void {
    switch (this.state) {
      case 'signature':
        if (!this.field.equals(SIGNATURE)) {
          throw corrupt();
        }
        this.state = 'header';
        return;
      case 'header':
        this.startChunk(this.field.readUInt32BE(0), this.field.toString('latin1', 4, 8));
        return;
      case 'crc':
        if (this.field.readUInt32BE(0) !== this.chunkCrc) {
          throw corrupt();
        }
        this.finishChunk();
        return;
      case 'data':
      case 'done':
        return;
    }
  }

  private startChunk(length: number, type: string): void {
    if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff) {
      throw corrupt();
    }
    this.chunkCount += 1;
    if ((this.chunkCount === 1) !== (type === 'IHDR') || (type === 'IHDR' && length !== 13)) {
      throw corrupt();
    }
    const isCritical = type.charCodeAt(0) < 0x61;
    if (isCritical && !['IHDR', 'PLTE', 'IDAT', 'IEND'].includes(type)) {
      throw corrupt();
    }
    if (
      type === 'IDAT' &&
      (this.expectedBytes === 0 || (this.isPaletteImage && !this.hasPalette))
    ) {
      throw corrupt();
    }
    if (type === 'PLTE') {
      this.hasPalette = true;
    }
    this.chunkType = type;
    this.chunkRemaining = length;
    this.chunkCrc = crc32(this.field.subarray(4, 8));
    this.state = length === 0 ? 'crc' : 'data';
  }

  private onChunkData(data: Buffer): void {
    this.chunkCrc = crc32(data, this.chunkCrc);
    if (this.chunkType === 'IHDR') {
      this.ihdr.push(Buffer.from(data));
    } else if (this.chunkType === 'IDAT' && !this.inflateFailed) {
      this.inflater.write(data);
    }
  }

  private finishChunk(): void {
    if (this.chunkType === 'IHDR') {
      this.readHeader(Buffer.concat(this.ihdr));
    }
    if (this.chunkType === 'IEND') {
      this.inflater.end();
      this.state = 'done';
      return;
    }
    this.state = 'header';
  }

  private readHeader(header: Buffer): void {
    const width = header.readUInt32BE(0);
    const height = header.readUInt32BE(4);
    const [bitDepth, colorType, compression, filter, interlace] = header.subarray(8, 13);
    const channels = CHANNELS[colorType ?? -1];
    if (
      width === 0 ||
      height === 0 ||
      channels === undefined ||
      bitDepth === undefined ||
      !(BIT_DEPTHS[colorType ?? -1] ?? []).includes(bitDepth) ||
      compression !== 0 ||
      filter !== 0 ||
      (interlace !== 0 && interlace !== 1)
    ) {
      throw corrupt();
    }
    this.isPaletteImage = colorType === 3;
    this.expectedBytes = expectedPngDataBytes(width, height, channels * bitDepth, interlace === 1);
    if (this.expectedBytes > MAX_DECODED_BYTES) {
      throw corrupt();
    }
  }
}
