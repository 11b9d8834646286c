import type { Provider } from '@nestjs/common';
import type { FileStorage } from '@madoguchi/server-storage';
import { createFileStorage } from '@madoguchi/server-storage';

import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** The storage driver chosen by `STORAGE_DRIVER` (local directory by default, or S3). */
export const fileStorageProvider: Provider<FileStorage> = {
  provide: FILE_STORAGE,
  inject: [ENV],
  useFactory: (env: Env): FileStorage => fileStorageFromEnv(env),
};

/** The same storage outside Nest (the maintenance commands). */
export function fileStorageFromEnv(env: Env): FileStorage {
  return env.STORAGE_DRIVER === 's3'
    ? createFileStorage({
        driver: 's3',
        s3: {
          endpoint: env.S3_ENDPOINT,
          // env.ts refuses STORAGE_DRIVER=s3 without a bucket.
          bucket: env.S3_BUCKET ?? '',
          region: env.S3_REGION,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
        },
      })
    : createFileStorage({ driver: 'local', localDir: env.STORAGE_LOCAL_DIR });
}
