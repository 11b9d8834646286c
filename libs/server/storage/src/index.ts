export type { FileStorage, StoredObject } from './file-storage.js';
export { StorageObjectNotFoundError, assertStorageKey } from './file-storage.js';
export { LocalFileStorage } from './local-file-storage.js';
export { S3FileStorage } from './s3-file-storage.js';
export type { S3StorageConfig } from './s3-file-storage.js';
export { createFileStorage } from './create-file-storage.js';
export type { FileStorageConfig } from './create-file-storage.js';
export { MeasuringStream } from './measuring-stream.js';
