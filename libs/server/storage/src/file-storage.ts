import type { Readable } from 'node:stream';

/** What `put` measured while it stored the bytes. */
export type StoredObject = { bytes: number; sha256: string };

/**
 * Where uploaded files live. Keys are chosen by the server (ids it generated), never taken from
 * a file name or any other user input, and are checked by {@link assertStorageKey}.
 */
export type FileStorage = {
  /**
   * Streams `source` to `key` and resolves with its size and SHA-256 once it is stored in full.
   * If `source` fails (for example because an inspecting stream refused the content), nothing is
   * left at `key` and the source's error is rethrown.
   */
  put(key: string, source: Readable): Promise<StoredObject>;
  /** Opens the object for reading; rejects with {@link StorageObjectNotFoundError} when absent. */
  get(key: string): Promise<Readable>;
  /** Removes the object; removing an absent key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
};

export class StorageObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object at ${key}`);
    this.name = 'StorageObjectNotFoundError';
  }
}

// Lower-case letters, digits, '-', '_' and '/' between segments: no '..', no leading '/',
// nothing a file system or an S3 console would interpret.
const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*){0,7}$/;

/** Throws unless `key` is a server-made key such as `attachments/2f1c…`. */
export function assertStorageKey(key: string): void {
  if (key.length > 256 || !KEY_PATTERN.test(key)) {
    throw new Error('Invalid storage key');
  }
}
