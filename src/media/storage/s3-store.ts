import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertListPrefix,
  assertMediaKey,
  type ByteRange,
  clampRange,
  InvalidMediaKeyError,
  isTemporaryKey,
  type MediaStore,
  MediaObjectMissingError,
  type StoredEntry,
  type StoredObject,
} from './media-store.ts';

export interface S3StoreOptions {
  bucket: string;
  /** Folder inside the bucket, without leading or trailing `/`; `''` for the bucket's root. */
  prefix: string;
  /** A non-AWS endpoint (MinIO, Garage, Ceph, s3rver…): switches to path-style addressing. */
  endpoint: string | null;
  region: string;
  /** Both or neither: without them the SDK's default chain (environment, instance role…) is used. */
  accessKeyId: string | null;
  secretAccessKey: string | null;
}

/**
 * Media in any S3-compatible bucket. Uploads stream through `@aws-sdk/lib-storage` (multipart
 * above 5 MB, never the whole file in memory). S3 has no rename: `commit` copies the temporary
 * object to its final key (the copy appears whole or not at all) and then deletes the temporary.
 */
export class S3Store implements MediaStore {
  readonly client: S3Client;
  readonly description: string;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3StoreOptions, client?: S3Client) {
    this.bucket = options.bucket;
    this.prefix = options.prefix ? `${options.prefix.replace(/^\/+|\/+$/g, '')}/` : '';
    this.description = `s3://${options.bucket}/${this.prefix}`;
    const config: S3ClientConfig = {
      region: options.region,
      // Other S3-compatible servers do not all understand the SDK's newer default checksums
      // (aws-chunked trailers); integrity is ours anyway, through the content's SHA-256.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
    if (options.endpoint) {
      config.endpoint = options.endpoint;
      config.forcePathStyle = true;
    }
    if (options.accessKeyId && options.secretAccessKey) {
      config.credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey };
    }
    this.client = client ?? new S3Client(config);
  }

  private objectKey(key: string): string {
    assertMediaKey(key);
    return this.prefix + key;
  }

  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  async put(key: string, body: Readable, options: { contentType: string }): Promise<{ bytes: number }> {
    const objectKey = this.objectKey(key);
    let bytes = 0;
    const counted = new PassThrough();
    const feeding = pipeline(
      body,
      async function* count(source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          bytes += chunk.length;
          yield chunk;
        }
      },
      counted,
    );
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: objectKey, Body: counted, ContentType: options.contentType },
      queueSize: 2,
      leavePartsOnError: false,
    });
    try {
      await Promise.all([feeding, upload.done()]);
    } catch (error) {
      counted.destroy();
      await upload.abort().catch(() => undefined);
      throw error;
    }
    return { bytes };
  }

  async commit(temporaryKey: string, finalKey: string): Promise<void> {
    if (!isTemporaryKey(temporaryKey) || isTemporaryKey(finalKey)) throw new InvalidMediaKeyError(`${temporaryKey} -> ${finalKey}`);
    const from = this.objectKey(temporaryKey);
    const to = this.objectKey(finalKey);
    try {
      await this.client.send(
        new CopyObjectCommand({ Bucket: this.bucket, Key: to, CopySource: `${this.bucket}/${from.split('/').map(encodeURIComponent).join('/')}`, MetadataDirective: 'COPY' }),
      );
    } catch (error) {
      if (isNotFound(error)) throw new MediaObjectMissingError(temporaryKey);
      throw error;
    }
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: from }));
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject> {
    const objectKey = this.objectKey(key);
    let size: number | undefined;
    let clamped: ByteRange | undefined;
    if (range) {
      // The size is needed to clamp the range and answer 416 before asking for bytes that are not there.
      const head = await this.head(key);
      size = head.size;
      clamped = clampRange(range, size, key);
    }
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: objectKey, Range: clamped ? `bytes=${clamped.start}-${clamped.end}` : undefined }),
      );
      const body = result.Body as Readable;
      return {
        body,
        size: size ?? Number(result.ContentLength ?? 0),
        contentType: result.ContentType ?? 'application/octet-stream',
        ...(clamped ? { range: clamped } : {}),
      };
    } catch (error) {
      if (isNotFound(error)) throw new MediaObjectMissingError(key);
      throw error;
    }
  }

  private async head(key: string): Promise<{ size: number; contentType: string }> {
    try {
      const result = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { size: Number(result.ContentLength ?? 0), contentType: result.ContentType ?? 'application/octet-stream' };
    } catch (error) {
      if (isNotFound(error)) throw new MediaObjectMissingError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.head(key);
      return true;
    } catch (error) {
      if (error instanceof MediaObjectMissingError) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async *list(prefix: string): AsyncIterable<StoredEntry> {
    assertListPrefix(prefix);
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix + prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        if (!object.Key?.startsWith(this.prefix)) continue;
        yield { key: object.Key.slice(this.prefix.length), bytes: Number(object.Size ?? 0), lastModified: object.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Closes the client's sockets (tests, CLI commands that exit). */
  close(): void {
    this.client.destroy();
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
