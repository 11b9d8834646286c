import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { text } from 'node:stream/consumers';

import { StorageObjectNotFoundError } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function failingAfter(bytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > bytes ? new Error('refused by inspection') : null, chunk);
    },
  });
}

describe(LocalFileStorage.name, () => {
  let dir: string;
  let storage: LocalFileStorage;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'madoguchi-storage-'));
    storage = new LocalFileStorage(dir);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores a stream and reports its size and SHA-256', async () => {
    const content = Buffer.from('窓口 attachment content');

    const stored = await storage.put('attachments/abc', Readable.from([content]));

    expect(stored).toEqual({
      bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    expect(await storage.exists('attachments/abc')).toBe(true);
    expect(await text(await storage.get('attachments/abc'))).toBe('窓口 attachment content');
  });

  it('streams many chunks without needing them all at once', async () => {
    const chunks = Array.from({ length: 64 }, (_, index) => Buffer.alloc(16 * 1024, index));

    const stored = await storage.put('big', Readable.from(chunks));

    expect(stored.bytes).toBe(64 * 16 * 1024);
  });

  it('leaves nothing behind when the source fails midway', async () => {
    const source = Readable.from([Buffer.alloc(1000), Buffer.alloc(1000), Buffer.alloc(1000)]).pipe(
      failingAfter(1500),
    );

    await expect(storage.put('attachments/refused', source)).rejects.toThrow(
      'refused by inspection',
    );

    expect(await storage.exists('attachments/refused')).toBe(false);
    expect(await listFiles(dir)).toEqual([]);
  });

  it('deletes an object, and deleting an absent one is not an error', async () => {
    await storage.put('attachments/gone', Readable.from([Buffer.from('x')]));

    await storage.delete('attachments/gone');
    await storage.delete('attachments/never-there');

    expect(await storage.exists('attachments/gone')).toBe(false);
  });

  it('rejects a read of an absent key with StorageObjectNotFoundError', async () => {
    await expect(storage.get('attachments/missing')).rejects.toBeInstanceOf(
      StorageObjectNotFoundError,
    );
  });

  it.each([
    '../escape',
    '/absolute',
    'Upper/case',
    'a//b',
    'attachments/../../etc/passwd',
    'name.pdf',
    '',
  ])('refuses the key %j, which a server-made key never looks like', async (key) => {
    await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toThrow(
      'Invalid storage key',
    );
    await expect(storage.exists(key)).rejects.toThrow('Invalid storage key');
  });
});
