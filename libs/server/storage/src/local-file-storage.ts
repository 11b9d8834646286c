import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { FileStorage, StoredObject } from './file-storage.js';
import { StorageObjectNotFoundError, assertStorageKey } from './file-storage.js';
import { MeasuringStream } from './measuring-stream.js';

// Duck-typed: errors from Node's fs may come from another realm (Jest's VM), failing `instanceof`.
function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/**
 * Files under one directory of the local disk (the default driver, for development and
 * single-server deployments). A write goes to a temporary file beside its target and is renamed
 * into place only once complete and flushed, so a reader never sees half a file and a failed
 * upload leaves nothing behind.
 */
export class LocalFileStorage implements FileStorage {
  private readonly root: string;

  constructor(rootDir: string) {
    this.root = resolve(rootDir);
  }

  async put(key: string, source: Readable): Promise<StoredObject> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    const temporary = join(
      dirname(target),
      `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`,
    );
    const measuring = new MeasuringStream();
    try {
      // `flush: true` fsyncs before close: the rename must not publish data still in the page cache.
      await pipeline(
        source,
        measuring,
        createWriteStream(temporary, { flags: 'wx', mode: 0o600, flush: true }),
      );
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return measuring.result();
  }

  async get(key: string): Promise<Readable> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if (isNotFound(error)) {
        throw new StorageObjectNotFoundError(key);
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isNotFound(error)) {
        return false;
      }
      throw error;
    }
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, ...key.split('/'));
  }
}
