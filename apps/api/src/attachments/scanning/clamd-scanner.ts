import { createConnection } from 'node:net';
import type { Socket } from 'node:net';

import type { MalwareScanner, ScanSession, ScanVerdict } from './malware-scanner.js';
import { ScannerUnavailableError } from './malware-scanner.js';

/** Where clamd listens: its local (unix) socket, or a TCP host and port. */
export type ClamdAddress = { socketPath: string } | { host: string; port: number };

export type ClamdScannerOptions = {
  address: ClamdAddress;
  /** No verdict within this long (from the first byte on) counts as the scanner being unavailable. */
  timeoutMs: number;
};

/** clamd reads INSTREAM chunks of up to its StreamMaxLength in total; smaller frames keep memory flat. */
const MAX_FRAME_BYTES = 64 * 1024;
const REPLY_LIMIT = 4096;

/**
 * ClamAV's daemon over its INSTREAM command (clamd(8)): `zINSTREAM\0`, then the file as frames of
 * a 4-byte big-endian length and the bytes, then a zero-length frame; clamd answers
 * `stream: OK`, `stream: <signature> FOUND` or `<reason> ERROR`, NUL-terminated. One connection per
 * file, so a scan in flight never waits for another. The bytes never touch the disk here; clamd's
 * StreamMaxLength must be at least the largest upload (UPLOAD_MAX_BYTES), or clamd answers with an
 * error, which refuses the upload as retryable.
 */
export class ClamdScanner implements MalwareScanner {
  readonly name = 'clamd';

  constructor(private readonly options: ClamdScannerOptions) {}

  open(): ScanSession {
    return new ClamdSession(this.options);
  }
}

class ClamdSession implements ScanSession {
  private readonly socket: Socket;
  private failure: ScannerUnavailableError | null = null;
  private readonly reply: Promise<string>;

  constructor(options: ClamdScannerOptions) {
    this.socket =
      'socketPath' in options.address
        ? createConnection({ path: options.address.socketPath })
        : createConnection({ host: options.address.host, port: options.address.port });
    this.socket.setTimeout(options.timeoutMs, () =>
      this.socket.destroy(new ScannerUnavailableError(`no answer within ${options.timeoutMs} ms`)),
    );
    this.reply = new Promise<string>((resolve, reject) => {
      const parts: Buffer[] = [];
      let length = 0;
      this.socket.on('data', (data: Buffer) => {
        parts.push(data);
        length += data.length;
        const text = Buffer.concat(parts).toString('utf8');
        if (text.includes('\0') || length > REPLY_LIMIT) {
          resolve(text.split('\0')[0] ?? '');
          this.socket.end();
        }
      });
      this.socket.on('end', () =>
        resolve(Buffer.concat(parts).toString('utf8').split('\0')[0] ?? ''),
      );
      this.socket.on('error', (error) => {
        this.failure ??= toUnavailable(error);
        reject(this.failure);
      });
      this.socket.on('close', () => {
        this.failure ??= new ScannerUnavailableError('clamd closed the connection');
        reject(this.failure);
      });
    });
    // A rejection nobody awaits yet (the upload is still streaming) must not crash the process.
    this.reply.catch(() => undefined);
    this.socket.write('zINSTREAM\0');
  }

  async write(chunk: Buffer): Promise<void> {
    for (let offset = 0; offset < chunk.length; offset += MAX_FRAME_BYTES) {
      const frame = chunk.subarray(offset, offset + MAX_FRAME_BYTES);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(frame.length);
      await this.send(Buffer.concat([length, frame]));
    }
  }

  async finish(): Promise<ScanVerdict> {
    await this.send(Buffer.alloc(4));
    return parseReply(await this.reply);
  }

  abort(): void {
    this.failure ??= new ScannerUnavailableError('the scan was abandoned');
    this.socket.destroy();
  }

  private send(data: Buffer): Promise<void> {
    if (this.failure) {
      return Promise.reject(this.failure);
    }
    return new Promise((resolve, reject) => {
      this.socket.write(data, (error) => {
        if (error) {
          this.failure ??= toUnavailable(error);
          reject(this.failure);
          return;
        }
        resolve();
      });
    });
  }
}

function toUnavailable(error: Error): ScannerUnavailableError {
  return error instanceof ScannerUnavailableError
    ? error
    : new ScannerUnavailableError(error.message);
}

/** `stream: OK` → clean; `stream: Eicar-Signature FOUND` → infected; anything else → no verdict. */
export function parseReply(reply: string): ScanVerdict {
  const text = reply.trim();
  if (text === 'stream: OK') {
    return { isClean: true };
  }
  const found = /^stream: (.+) FOUND$/u.exec(text);
  if (found?.[1]) {
    return { isClean: false, signature: found[1] };
  }
  throw new ScannerUnavailableError(text === '' ? 'empty answer' : text.slice(0, 200));
}
