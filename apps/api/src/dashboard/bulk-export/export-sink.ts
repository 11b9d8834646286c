import { PassThrough } from 'node:stream';
import type { TransformCallback } from 'node:stream';

/**
 * What the queue's export use case writes to, in place of an HTTP response: the same stream
 * calls, the status and the headers it sets kept for the download. The export then goes to the
 * file storage instead of a client.
 */
export class ExportSink extends PassThrough {
  statusCode = 200;
  private readonly headers = new Map<string, string>();
  private hasWritten = false;

  get headersSent(): boolean {
    return this.hasWritten;
  }

  setHeader(name: string, value: string | number | readonly string[]): this {
    this.headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    return this;
  }

  getHeader(name: string): string | undefined {
    return this.headers.get(name.toLowerCase());
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hasWritten = true;
    callback(null, chunk);
  }
}
