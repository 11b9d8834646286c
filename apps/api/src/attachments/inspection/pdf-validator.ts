import { constants, inflateSync } from 'node:zlib';

import type { FormatValidator } from './inspection-failure.js';
import { InspectionFailure } from './inspection-failure.js';
import { PdfSyntaxScanner } from './pdf-syntax-scanner.js';

/**
 * Names that make a PDF run code, act on the reader's machine, reach out of the file or carry
 * other files. A PDF that names any of them is refused: municipal staff open attachments on LGWAN
 * desktops. `/OpenAction` alone is common and harmless (open at page 1); with JavaScript it also
 * names `/JavaScript` or `/JS`, which this list catches. The action types of ISO 32000 §12.6.4
 * that leave the document: `/GoToR` (another file, also on a UNC share), `/GoToE` (an embedded
 * file), `/URI` (a web address: a phishing link or a request to an internal host), `/Launch`
 * (a program) and `/SubmitForm` (sends the form's fields to an address).
 */
export const PDF_ACTIVE_CONTENT_NAMES: ReadonlySet<string> = new Set([
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'AA',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'URI',
]);

const ENDSTREAM = Buffer.from('endstream', 'latin1');
const STREAM_FILTERS = new Set([
  'ASCIIHexDecode',
  'ASCII85Decode',
  'LZWDecode',
  'FlateDecode',
  'RunLengthDecode',
  'CCITTFaxDecode',
  'JBIG2Decode',
  'DCTDecode',
  'JPXDecode',
  'Crypt',
  'AHx',
  'A85',
  'LZW',
  'Fl',
  'RL',
  'CCF',
  'DCT',
]);
/** Object streams are small; a larger one is not inspected (and the file is refused). */
const MAX_OBJECT_STREAM_BYTES = 16 * 1024 * 1024;
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const TRAILER_WINDOW = 2048;

type StreamPlan = 'skip' | 'scan-raw' | 'inflate' | 'uninspectable';

/**
 * Inspects a PDF as it streams. Refuses encrypted files (`/Encrypt` in the trailer or the
 * cross-reference stream dictionary), files with active content (see
 * {@link PDF_ACTIVE_CONTENT_NAMES}, also when hidden as `#xx` escapes or inside compressed
 * object streams, which are inflated and scanned), and files that are not a complete PDF (no
 * object, or no `%%EOF` near the end). Content and image streams are skipped, not decoded.
 */
export class PdfValidator implements FormatValidator {
  private readonly scanner: PdfSyntaxScanner;
  private inStream = false;
  private streamPlan: StreamPlan = 'skip';
  private streamTail = Buffer.alloc(0);
  private readonly streamParts: Buffer[] = [];
  private streamBytes = 0;
  private objectNames = new Set<string>();
  private trailer = Buffer.alloc(0);
  private inflatedBytes = 0;
  private objectCount = 0;
  private isEncrypted = false;
  private hasActiveContent = false;
  private isUninspectable = false;

  constructor() {
    this.scanner = new PdfSyntaxScanner({
      onName: (name) => this.onName(name),
      onKeyword: (keyword) => this.onKeyword(keyword),
    });
  }

  write(chunk: Buffer): void {
    this.keepTrailer(chunk);
    let offset = 0;
    while (offset < chunk.length) {
      offset = this.inStream ? this.readStream(chunk, offset) : this.scanner.write(chunk, offset);
    }
  }

  end(): Promise<void> {
    this.scanner.end();
    // Encryption first: an encrypted file's object streams cannot be read, which is not the point.
    if (this.isEncrypted) {
      return Promise.reject(new InspectionFailure('file_encrypted'));
    }
    if (this.hasActiveContent) {
      return Promise.reject(new InspectionFailure('file_active_content'));
    }
    const isComplete = this.objectCount > 0 && this.trailer.includes('%%EOF', 0, 'latin1');
    if (this.isUninspectable || !isComplete) {
      return Promise.reject(new InspectionFailure('file_corrupt'));
    }
    return Promise.resolve();
  }

  abort(): void {
    this.streamParts.length = 0;
  }

  private onName(name: string): void {
    this.objectNames.add(name);
    if (name === 'Encrypt') {
      this.isEncrypted = true;
    }
    if (PDF_ACTIVE_CONTENT_NAMES.has(name)) {
      this.hasActiveContent = true;
    }
  }

  private onKeyword(keyword: string): boolean {
    if (keyword === 'obj') {
      this.objectCount += 1;
      this.objectNames = new Set();
      return false;
    }
    if (keyword !== 'stream') {
      return false;
    }
    this.inStream = true;
    this.streamTail = Buffer.alloc(0);
    this.streamParts.length = 0;
    this.streamBytes = 0;
    this.streamPlan = this.planStream();
    return true;
  }

  /** Only object streams hold objects (and so dictionaries with actions); the rest is page content and images. */
  private planStream(): StreamPlan {
    if (!this.objectNames.has('ObjStm')) {
      return 'skip';
    }
    const filters = [...this.objectNames].filter((name) => STREAM_FILTERS.has(name));
    if (filters.length === 0) {
      return 'scan-raw';
    }
    return filters.every((name) => name === 'FlateDecode' || name === 'Fl')
      ? 'inflate'
      : 'uninspectable';
  }

  /** Consumes stream data up to `endstream`; returns where object syntax resumes. */
  private readStream(chunk: Buffer, offset: number): number {
    const segment = chunk.subarray(offset);
    const combined =
      this.streamTail.length > 0 ? Buffer.concat([this.streamTail, segment]) : segment;
    const found = combined.indexOf(ENDSTREAM);
    if (found === -1) {
      this.collect(segment);
      this.streamTail = Buffer.from(
        combined.subarray(Math.max(0, combined.length - ENDSTREAM.length + 1)),
      );
      return chunk.length;
    }
    const endInSegment = found - this.streamTail.length;
    if (endInSegment >= 0) {
      this.collect(segment.subarray(0, endInSegment));
    } else {
      this.streamBytes += endInSegment; // `endstream` began in the tail, already collected
    }
    this.finishStream();
    return offset + endInSegment + ENDSTREAM.length;
  }

  private collect(data: Buffer): void {
    if (this.streamPlan === 'skip' || this.streamPlan === 'uninspectable') {
      return;
    }
    if (this.streamBytes + data.length > MAX_OBJECT_STREAM_BYTES) {
      this.streamPlan = 'uninspectable';
      this.streamParts.length = 0;
      return;
    }
    this.streamParts.push(Buffer.from(data));
    this.streamBytes += data.length;
  }

  private finishStream(): void {
    this.inStream = false;
    const plan = this.streamPlan;
    if (plan === 'uninspectable') {
      this.isUninspectable = true;
    }
    if (plan !== 'inflate' && plan !== 'scan-raw') {
      return;
    }
    const raw = Buffer.concat(this.streamParts).subarray(0, Math.max(0, this.streamBytes));
    this.streamParts.length = 0;
    const data = raw.subarray(
      raw[0] === 0x0d && raw[1] === 0x0a ? 2 : raw[0] === 0x0a || raw[0] === 0x0d ? 1 : 0,
    );
    const objects = plan === 'inflate' ? this.inflate(data) : data;
    if (objects === null) {
      this.isUninspectable = true;
      return;
    }
    // Objects inside an object stream never contain streams themselves.
    const nested = new PdfSyntaxScanner({
      onName: (name) => this.onName(name),
      onKeyword: () => false,
    });
    nested.write(objects);
    nested.end();
  }

  private inflate(data: Buffer): Buffer | null {
    try {
      const inflated = inflateSync(data, {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: Math.max(1, MAX_INFLATED_BYTES - this.inflatedBytes),
      });
      this.inflatedBytes += inflated.length;
      return inflated;
    } catch {
      return null;
    }
  }

  private keepTrailer(chunk: Buffer): void {
    this.trailer =
      chunk.length >= TRAILER_WINDOW
        ? Buffer.from(chunk.subarray(chunk.length - TRAILER_WINDOW))
        : Buffer.concat([this.trailer, chunk]).subarray(-TRAILER_WINDOW);
  }
}
