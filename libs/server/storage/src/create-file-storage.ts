import type { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import type { S3StorageConfig } from './s3-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

export type FileStorageConfig =
  { driver: 'local'; localDir: string } | { driver: 's3'; s3: S3StorageConfig };

/** The storage driver chosen by configuration (`STORAGE_DRIVER=local|s3`). */
export function createFileStorage(config: FileStorageConfig): FileStorage {
  switch (config.driver) {
    case 'local':
      return new LocalFileStorage(config.localDir);
    case 's3':
      return new S3FileStorage(config.s3);
  }
}
