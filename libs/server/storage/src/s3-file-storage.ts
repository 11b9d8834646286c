import { pipeline } from 'node:stream';
import { Readable } from 'node:stream';

import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';

import type { FileStorage, StoredObject } from './file-storage.js';
import { StorageObjectNotFoundError, assertStorageKey } from './file-storage.js';
import { MeasuringStream } from './measuring-stream.js';

export type S3StorageConfig = {
  /** Absent for AWS itself; set for S3-compatible services (MinIO, Ceph, a municipal cloud). */
  endpoint?: string;
  bucket: string;
  region: string;
  /** Both or neither: without them the SDK's default credential chain applies. */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Most S3-compatible services need path-style URLs (`https://host/bucket/key`). */
  forcePathStyle: boolean;
};

function isNotFound(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || status === 404;
}

/**
 * Objects in an S3-compatible bucket, streamed with `@aws-sdk/lib-storage` (multipart above
 * 5 MiB, so memory stays at a few parts whatever the file size).
 *
 * No unit test runs against it: there is no S3 service on the development and CI machines and
 * the project downloads nothing at test time. It is type-checked with the rest of the library,
 * and behaves like {@link LocalFileStorage} through the same {@link FileStorage} contract.
 */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly config: S3StorageConfig) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      // S3-compatible services do not all support the SDK's default CRC checksums on upload.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, source: Readable): Promise<StoredObject> {
    assertStorageKey(key);
    const measuring = new MeasuringStream();
    let sourceError: unknown = null;
    // The callback form destroys `measuring` with the source's error, which fails the upload.
    pipeline(source, measuring, (error) => {
      sourceError = error ?? null;
    });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.config.bucket, Key: key, Body: measuring },
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      await this.delete(key).catch(() => undefined);
      throw sourceError ?? error;
    }
    return measuring.result();
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.config.bucket, Key: key }),
      );
      if (!(response.Body instanceof Readable)) {
        throw new Error('The S3 client returned a body that is not a Node.js stream');
      }
      return response.Body;
    } catch (error) {
      if (isNotFound(error)) {
        throw new StorageObjectNotFoundError(key);
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) {
        return false;
      }
      throw error;
    }
  }
}
