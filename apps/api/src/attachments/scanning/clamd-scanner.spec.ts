import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { PrivateClamd } from '../testing/private-clamd.js';
import {
  TEST_MALWARE,
  TEST_MALWARE_SIGNATURE,
  startPrivateClamd,
} from '../testing/private-clamd.js';
import { makePdf, makePng } from '../testing/sample-files.js';
import { ClamdScanner, parseReply } from './clamd-scanner.js';
import { MalwareFoundError, ScannerUnavailableError } from './malware-scanner.js';
import { ScanningStream } from './scanning-stream.js';

async function scan(scanner: ClamdScanner, file: Buffer, chunkSize = 1000): Promise<Buffer> {
  const stream = new ScanningStream(scanner);
  const received: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk);
      callback();
    },
  });
  const chunks = Array.from({ length: Math.ceil(file.length / chunkSize) }, (_, index) =>
    file.subarray(index * chunkSize, (index + 1) * chunkSize),
  );
  await pipeline(Readable.from(chunks), stream, sink);
  return Buffer.concat(received);
}

describe(ClamdScanner.name, () => {
  let clamd: PrivateClamd;
  let scanner: ClamdScanner;
  const bodySignature = Buffer.from('a second sample, known by its whole body', 'utf8');

  beforeAll(async () => {
    clamd = await startPrivateClamd([{ name: 'Madoguchi.Test.Second', content: bodySignature }]);
    scanner = new ClamdScanner({ address: { socketPath: clamd.socketPath }, timeoutMs: 10_000 });
  });

  afterAll(async () => {
    await clamd.stop();
  });

  it('passes a clean file through unchanged once clamd says OK', async () => {
    const file = Buffer.concat([makePng({ padToBytes: 200_000 }), makePdf()]);

    const output = await scan(scanner, file, 7000);

    expect(output.equals(file)).toBe(true);
  });

  it('fails the stream with the signature clamd found', async () => {
    await expect(scan(scanner, TEST_MALWARE, 10)).rejects.toEqual(
      new MalwareFoundError(`${TEST_MALWARE_SIGNATURE}.UNOFFICIAL`),
    );
    await expect(scan(scanner, bodySignature)).rejects.toBeInstanceOf(MalwareFoundError);
  });

  it('scans many files at once, each on its own connection', async () => {
    const files = [TEST_MALWARE, makePng(), TEST_MALWARE, makePdf()];

    const results = await Promise.allSettled(files.map((file) => scan(scanner, file, 100)));

    expect(results.map((result) => result.status)).toEqual([
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
  });

  it('gives no verdict, never a clean one, when clamd is not there', async () => {
    const absent = new ClamdScanner({
      address: { socketPath: `${clamd.socketPath}.absent` },
      timeoutMs: 2000,
    });

    await expect(scan(absent, makePng())).rejects.toBeInstanceOf(ScannerUnavailableError);
  });

  it('gives no verdict when nothing listens on the TCP port', async () => {
    const absent = new ClamdScanner({ address: { host: '127.0.0.1', port: 1 }, timeoutMs: 2000 });

    await expect(scan(absent, makePng())).rejects.toBeInstanceOf(ScannerUnavailableError);
  });
});

describe(parseReply.name, () => {
  it.each([
    ['stream: OK', { isClean: true }],
    ['stream: Eicar-Signature FOUND', { isClean: false, signature: 'Eicar-Signature' }],
  ])('reads %j', (reply, verdict) => {
    expect(parseReply(reply)).toEqual(verdict);
  });

  it.each(['INSTREAM size limit exceeded. ERROR', '', 'stream: something else'])(
    'reads %j as no verdict',
    (reply) => {
      expect(() => parseReply(reply)).toThrow(ScannerUnavailableError);
    },
  );
});
