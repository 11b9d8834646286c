import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { crc32 } from 'node:zlib';

import { wipeExifGps } from './exif-gps.js';
import type { HeifMetadataRegion } from './heif-metadata.js';
import { findMetaBox, findMetadataRegions, isHeif } from './heif-metadata.js';

/**
 * What was taken out of an uploaded image, kept on the attachment record: `exif-gps` the GPS
 * entries of its Exif data, `exif` a whole Exif block it could not edit in place (a PNG text
 * chunk holding hex-encoded Exif), `xmp` its XMP packet (which repeats the location and more).
 */
export type RemovedMetadata = 'exif-gps' | 'exif' | 'xmp';

const JPEG_SOI = Buffer.from([0xff, 0xd8]);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');
const XMP_HEADER = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1');
const XMP_EXTENSION_HEADER = Buffer.from('http://ns.adobe.com/xmp/extension/\0', 'latin1');
/** GUID (32), full length (4) and offset (4) of an extended-XMP segment before its data. */
const XMP_EXTENSION_FIELDS = 40;
const EMPTY_XMP_START = Buffer.from(
  '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/>',
  'utf8',
);
const EMPTY_XMP_END = Buffer.from('<?xpacket end="w"?>', 'latin1');
const PNG_TEXT_CHUNKS = new Set(['iTXt', 'tEXt', 'zTXt']);
/** Keywords of PNG text chunks that carry XMP, or Exif hex-encoded by ImageMagick and others. */
const PNG_XMP_KEYWORD = 'XML:com.adobe.xmp';
const PNG_RAW_PROFILE = /^Raw profile type (?:exif|app1|xmp)$/i;

type JpegState = 'soi' | 'marker' | 'entropy' | 'after-eoi';
type PngState = 'signature' | 'chunk-header' | 'chunk-pass' | 'chunk-held';
type HeifState = 'seek-meta' | 'patch';
type State =
  | { format: 'unknown' }
  | { format: 'pass' }
  | { format: 'jpeg'; at: JpegState }
  | { format: 'png'; at: PngState }
  | { format: 'heif'; at: HeifState };
/** Enough of a file's start to hold its `ftyp` box, which names a HEIF brand. */
const HEIF_DETECT_BYTES = 64;

function isRestartOrStuffing(byte: number): boolean {
  return byte === 0x00 || (byte >= 0xd0 && byte <= 0xd7);
}

/**
 * Takes the location out of JPEG and PNG images as they stream to storage, every other byte
 * untouched: a photo of a document taken at home would otherwise tell whoever opens the
 * attachment where the resident lives.
 *
 * - JPEG: the GPS IFD of the Exif APP1 segment is emptied in place (the orientation stays, so the
 *   photo still shows upright) and the XMP packet (and extended XMP) is replaced by an empty one
 *   padded with spaces to the same length, as the XMP specification allows. Segments keep their
 *   sizes, so the offsets of a multi-picture (MPF) index stay right; images appended after the
 *   first EOI (MPF previews) are cleaned the same way, and so are segments between progressive
 *   scans.
 * - PNG: the GPS IFD of an `eXIf` chunk is emptied in place (its CRC recomputed); `iTXt` / `tEXt`
 *   / `zTXt` chunks holding XMP or a raw Exif profile are dropped (PNG has no offsets to keep).
 *
 * - HEIF (HEIC, AVIF): the bytes before the `meta` box are held until it has arrived; the Exif
 *   item it places is cleaned as in a JPEG and an XMP item blanked, in place (`iloc` offsets
 *   stay right), as their bytes pass.
 *
 * Any other type passes through unchanged. The stream does not judge structure: that is the
 * content inspection's work, upstream of it.
 */
export class LocationMetadataStripper extends Transform {
  private state: State = { format: 'unknown' };
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of the current PNG chunk still to pass through (chunk-pass) or the held chunk's total size. */
  private remaining = 0;
  private readonly found = new Set<RemovedMetadata>();
  /** HEIF: the metadata items still ahead, and the file offset of `pending`'s first byte. */
  private heifRegions: HeifMetadataRegion[] = [];
  private heifOffset = 0;

  /** What was removed; complete once the stream has ended. */
  get removed(): RemovedMetadata[] {
    return [...this.found].sort();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.drain(false);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.drain(true);
    if (this.pending.length > 0) {
      this.push(this.pending);
      this.pending = Buffer.alloc(0);
    }
    callback();
  }

  /** Processes what `pending` allows; at the end (`isFinal`) a partial structure is let through as it is. */
  private drain(isFinal: boolean): void {
    for (;;) {
      const isProgress = this.step(isFinal);
      if (!isProgress || this.pending.length === 0) {
        return;
      }
    }
  }

  private step(isFinal: boolean): boolean {
    switch (this.state.format) {
      case 'unknown':
        return this.detect(isFinal);
      case 'pass':
        this.forward(this.pending.length);
        return false;
      case 'jpeg':
        return this.stepJpeg(this.state.at, isFinal);
      case 'png':
        return this.stepPng(this.state.at);
      case 'heif':
        return this.stepHeif(this.state.at, isFinal);
    }
  }

  private detect(isFinal: boolean): boolean {
    if (this.pending.length < PNG_SIGNATURE.length && !isFinal) {
      return false;
    }
    const isFtyp = this.pending.toString('latin1', 4, 8) === 'ftyp';
    if (isFtyp && this.pending.length < HEIF_DETECT_BYTES && !isFinal) {
      return false;
    }
    if (isFtyp && isHeif(this.pending)) {
      this.state = { format: 'heif', at: 'seek-meta' };
    } else if (this.pending.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
      this.state = { format: 'png', at: 'signature' };
    } else if (this.pending.subarray(0, 2).equals(JPEG_SOI)) {
      this.state = { format: 'jpeg', at: 'soi' };
    } else {
      this.state = { format: 'pass' };
    }
    return true;
  }

  private forward(bytes: number, replacement?: Buffer): void {
    this.push(replacement ?? this.pending.subarray(0, bytes));
    this.pending = this.pending.subarray(bytes);
  }

  private skip(bytes: number): void {
    this.pending = this.pending.subarray(bytes);
  }

  private stepJpeg(at: JpegState, isFinal: boolean): boolean {
    const data = this.pending;
    switch (at) {
      case 'soi':
        this.forward(2);
        this.state = { format: 'jpeg', at: 'marker' };
        return true;
      case 'marker': {
        if (data.length < 2) {
          return false;
        }
        if (data[0] !== 0xff) {
          // Not a marker where one must be: leave the rest alone (the inspection refuses it).
          this.state = { format: 'pass' };
          return true;
        }
        const marker = data[1]!;
        if (marker === 0xff) {
          this.forward(1); // a fill byte before the marker
          return true;
        }
        if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
          this.forward(2);
          return true;
        }
        if (marker === 0xd9) {
          this.forward(2);
          this.state = { format: 'jpeg', at: 'after-eoi' };
          return true;
        }
        if (data.length < 4) {
          return false;
        }
        const size = 2 + data.readUInt16BE(2);
        if (size < 4) {
          this.state = { format: 'pass' };
          return true;
        }
        if (data.length < size) {
          return false;
        }
        const segment =
          marker === 0xe1 ? this.cleanApp1(Buffer.from(data.subarray(0, size))) : undefined;
        this.forward(size, segment);
        this.state = { format: 'jpeg', at: marker === 0xda ? 'entropy' : 'marker' };
        return true;
      }
      case 'entropy': {
        const found = data.indexOf(0xff);
        if (found === -1) {
          this.forward(data.length);
          return false;
        }
        if (found > 0) {
          this.forward(found);
          return true;
        }
        if (data.length < 2) {
          return false;
        }
        if (isRestartOrStuffing(data[1]!)) {
          this.forward(2);
          return true;
        }
        // Another marker: EOI, or a table or scan header between progressive scans.
        this.state = { format: 'jpeg', at: 'marker' };
        return true;
      }
      case 'after-eoi': {
        // Multi-picture files append further JPEGs (previews, depth maps) with Exif of their own.
        const next = data.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
        if (next === -1) {
          const keep = isFinal ? 0 : 2;
          this.forward(Math.max(0, data.length - keep));
          return false;
        }
        this.forward(next + 2);
        this.state = { format: 'jpeg', at: 'marker' };
        return true;
      }
    }
  }

  /** An APP1 segment with its location taken out, the same length as before. */
  private cleanApp1(segment: Buffer): Buffer {
    const payload = segment.subarray(4);
    if (payload.subarray(0, EXIF_HEADER.length).equals(EXIF_HEADER)) {
      if (wipeExifGps(payload.subarray(EXIF_HEADER.length))) {
        this.found.add('exif-gps');
      }
    } else if (payload.subarray(0, XMP_HEADER.length).equals(XMP_HEADER)) {
      blankXmp(payload.subarray(XMP_HEADER.length));
      this.found.add('xmp');
    } else if (payload.subarray(0, XMP_EXTENSION_HEADER.length).equals(XMP_EXTENSION_HEADER)) {
      payload.subarray(XMP_EXTENSION_HEADER.length + XMP_EXTENSION_FIELDS).fill(0x20);
      this.found.add('xmp');
    }
    return segment;
  }

  private stepPng(at: PngState): boolean {
    const data = this.pending;
    switch (at) {
      case 'signature':
        this.forward(PNG_SIGNATURE.length);
        this.state = { format: 'png', at: 'chunk-header' };
        return true;
      case 'chunk-header': {
        if (data.length < 8) {
          return false;
        }
        const length = data.readUInt32BE(0);
        const type = data.subarray(4, 8).toString('latin1');
        if (type === 'eXIf' || PNG_TEXT_CHUNKS.has(type)) {
          this.remaining = 12 + length;
          this.state = { format: 'png', at: 'chunk-held' };
          return true;
        }
        this.forward(8);
        this.remaining = length + 4;
        this.state = { format: 'png', at: 'chunk-pass' };
        return true;
      }
      case 'chunk-pass': {
        const bytes = Math.min(this.remaining, data.length);
        this.forward(bytes);
        this.remaining -= bytes;
        if (this.remaining === 0) {
          this.state = { format: 'png', at: 'chunk-header' };
        }
        return true;
      }
      case 'chunk-held': {
        if (data.length < this.remaining) {
          return false;
        }
        const chunk = Buffer.from(data.subarray(0, this.remaining));
        const cleaned = this.cleanPngChunk(chunk);
        if (cleaned) {
          this.forward(chunk.length, cleaned);
        } else {
          this.skip(chunk.length);
        }
        this.state = { format: 'png', at: 'chunk-header' };
        return true;
      }
    }
  }

  private stepHeif(at: HeifState, isFinal: boolean): boolean {
    if (at === 'seek-meta') {
      const meta = findMetaBox(this.pending);
      if (meta === 'incomplete' && !isFinal) {
        return false;
      }
      if (meta === 'incomplete' || meta === 'absent') {
        this.state = { format: 'pass' };
        return true;
      }
      // Nothing has been passed on yet: offsets in the file are offsets in `pending`.
      this.heifRegions = findMetadataRegions(this.pending, meta);
      this.heifOffset = 0;
      this.state = { format: 'heif', at: 'patch' };
      return true;
    }
    const region = this.heifRegions[0];
    if (!region) {
      this.state = { format: 'pass' };
      return true;
    }
    const start = region.offset - this.heifOffset;
    if (start < 0) {
      // Overlaps an item already passed on: a malformed table, left as it is.
      this.heifRegions.shift();
      return true;
    }
    if (start > 0) {
      const bytes = Math.min(start, this.pending.length);
      this.forward(bytes);
      this.heifOffset += bytes;
      return bytes > 0;
    }
    if (this.pending.length < region.length) {
      if (isFinal) {
        this.state = { format: 'pass' };
        return true;
      }
      return false;
    }
    const item = Buffer.from(this.pending.subarray(0, region.length));
    this.cleanHeifItem(item, region.kind);
    this.forward(region.length, item);
    this.heifOffset += region.length;
    this.heifRegions.shift();
    return true;
  }

  /** An Exif item: a 4-byte offset to the TIFF header, then the Exif data (ISO/IEC 23008-12 §A.2.1). */
  private cleanHeifItem(item: Buffer, kind: HeifMetadataRegion['kind']): void {
    if (kind === 'xmp') {
      blankXmp(item);
      this.found.add('xmp');
      return;
    }
    if (item.length < 4) {
      return;
    }
    let tiff = item.subarray(4 + item.readUInt32BE(0));
    if (tiff.subarray(0, EXIF_HEADER.length).equals(EXIF_HEADER)) {
      tiff = tiff.subarray(EXIF_HEADER.length);
    }
    if (wipeExifGps(tiff)) {
      this.found.add('exif-gps');
    }
  }

  /** The chunk to write instead (its CRC recomputed), or null to drop it. */
  private cleanPngChunk(chunk: Buffer): Buffer | null {
    const type = chunk.subarray(4, 8);
    const body = chunk.subarray(8, chunk.length - 4);
    if (type.toString('latin1') === 'eXIf') {
      if (wipeExifGps(body)) {
        this.found.add('exif-gps');
        chunk.writeUInt32BE(crc32(body, crc32(type)), chunk.length - 4);
      }
      return chunk;
    }
    const keywordEnd = body.indexOf(0);
    const keyword = body
      .subarray(0, keywordEnd === -1 ? Math.min(body.length, 80) : keywordEnd)
      .toString('latin1');
    if (keyword === PNG_XMP_KEYWORD) {
      this.found.add('xmp');
      return null;
    }
    if (PNG_RAW_PROFILE.test(keyword)) {
      this.found.add(keyword.toLowerCase().endsWith('xmp') ? 'xmp' : 'exif');
      return null;
    }
    return chunk;
  }
}

/** Overwrites an XMP packet with an empty one padded with spaces to the same length. */
function blankXmp(packet: Buffer): void {
  if (packet.length < EMPTY_XMP_START.length + EMPTY_XMP_END.length) {
    packet.fill(0x20);
    return;
  }
  packet.fill(0x20);
  packet.set(EMPTY_XMP_START, 0);
  packet.set(EMPTY_XMP_END, packet.length - EMPTY_XMP_END.length);
}
