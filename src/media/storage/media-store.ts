import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { AppError } from '../../errors.ts';

/**
 * Where media bytes live (ADR 10). Two implementations: `DiskStore` (default, under
 * `DATA_DIR/media`) and `S3Store` (any S3-compatible bucket). Callers never choose a key's
 * text: keys come from `mediaKey()` / `variantKey()` / `newTemporaryKey()`, and every method
 * checks its key against `assertMediaKey()` so that nothing can name a path outside the store.
 *
 * Writing is two-step so a half-written file never sits at a final key: `put()` under a
 * `newTemporaryKey()`, then `commit(temporaryKey, finalKey)`; `putCommitted()` does both. An
 * interrupted write leaves only a temporary key, which `sweepTemporaryKeys()` removes later.
 *
 * @example
 *   await putCommitted(store, mediaKey(siteId, sha256), fs.createReadStream(file), { contentType: 'image/png' });
 */
export interface MediaStore {
  /** For logs and the CLI, e.g. `disk /srv/data/media` or `s3://bucket/prefix`; never a secret. */
  readonly description: string;
  /** Streams `body` to `key` (replacing what was there); resolves once it is durably written. */
  put(key: string, body: Readable, options: { contentType: string }): Promise<{ bytes: number }>;
  /**
   * Opens `key` for reading, whole or the inclusive byte range `start..end` (as in an HTTP
   * `Range` header; `end` is clamped to the last byte). `size` is always the whole object's size.
   * Throws `MediaObjectMissingError` when there is no such object.
   */
  get(key: string, range?: ByteRange): Promise<StoredObject>;
  exists(key: string): Promise<boolean>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Moves a fully written temporary key to its final key, replacing what was there, in one visible step. */
  commit(temporaryKey: string, finalKey: string): Promise<void>;
  /** Every object whose key starts with `prefix` (`''`, `tmp/`, `sites/<id>/`), in no set order. */
  list(prefix: string): AsyncIterable<StoredEntry>;
  /**
   * A cheap check that the store can be used, for the readiness probe (`/readyz`): disk, that its
   * folder exists and is writable; S3, that the bucket answers (HeadBucket). Throws if not.
   */
  check(): Promise<void>;
  /** Releases what the store holds open (S3: the client's sockets); the store is not used afterwards. */
  close?(): void;
}

/**
 * Writes `body` to `finalKey` the safe way: `put()` under a fresh temporary key, then `commit()`
 * to `finalKey`. If either step fails, the temporary key is deleted (best effort; the sweep
 * catches what a crash leaves) and the error is rethrown. Returns the bytes written.
 *
 * @example await putCommitted(store, variantKey(original, variant.fileName), Readable.from([bytes]), { contentType: 'image/webp' })
 */
export async function putCommitted(store: MediaStore, finalKey: string, body: Readable, options: { contentType: string }): Promise<{ bytes: number }> {
  const temporaryKey = newTemporaryKey();
  try {
    const written = await store.put(temporaryKey, body, options);
    await store.commit(temporaryKey, finalKey);
    return written;
  } catch (error) {
    await store.delete(temporaryKey).catch(() => undefined);
    throw error;
  }
}

export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredObject {
  body: Readable;
  /** Size of the whole object in bytes, also when a range was asked for. */
  size: number;
  contentType: string;
  /** The range actually returned (after clamping), when one was asked for. */
  range?: ByteRange;
}

export interface StoredEntry {
  key: string;
  bytes: number;
  lastModified: Date;
}

const siteId = '[1-9][0-9]{0,9}';
const sha256 = '[0-9a-f]{64}';
/** A variant's name: up to three dot-separated parts of lower-case letters, digits, `-`, `_` (e.g. `1024w.<16 hex>.avif`, ADR 11). No `/`, no `..`. */
const variantName = '[a-z0-9][a-z0-9_-]{0,31}(?:\\.[a-z0-9][a-z0-9_-]{0,31}){0,2}';
const keyPattern = new RegExp(`^(?:sites/${siteId}/${sha256}(?:\\.${variantName})?|tmp/[0-9a-f]{32})$`);
const prefixPattern = new RegExp(`^(?:|tmp/|sites/|sites/${siteId}/)$`);

/** A key (or listing prefix) that does not follow the store's grammar: a bug or an attack, never user input. */
export class InvalidMediaKeyError extends AppError {
  constructor(key: string, what = 'key') {
    super('media_key_invalid', 400, `Refused media ${what} ${JSON.stringify(key.slice(0, 200))}: it does not match the store's key pattern`);
  }
}

export class MediaObjectMissingError extends AppError {
  constructor(key: string) {
    super('media_object_missing', 404, `No stored media file at ${key}`);
  }
}

/** Refuses any key outside the grammar `sites/<siteId>/<sha256>[.<variant>]` or `tmp/<32 hex>`. */
export function assertMediaKey(key: string): void {
  if (typeof key !== 'string' || !keyPattern.test(key)) throw new InvalidMediaKeyError(String(key));
}

export function assertListPrefix(prefix: string): void {
  if (typeof prefix !== 'string' || !prefixPattern.test(prefix)) throw new InvalidMediaKeyError(String(prefix), 'listing prefix');
}

/** The final key of a site's original file: content-addressed, so the same bytes always land on the same key. */
export function mediaKey(site: number, hash: string): string {
  const key = `sites/${site}/${hash}`;
  assertMediaKey(key);
  return key;
}

/** The key of a derived file (image variant) of an original, e.g. `variantKey(original, 'w640.webp')`. */
export function variantKey(originalKey: string, name: string): string {
  const key = `${originalKey}.${name}`;
  assertMediaKey(key);
  if (!/^sites\/\d+\/[0-9a-f]{64}$/.test(originalKey)) throw new InvalidMediaKeyError(originalKey);
  return key;
}

/** A fresh, unguessable temporary key. */
export function newTemporaryKey(): string {
  return `tmp/${randomBytes(16).toString('hex')}`;
}

export function isTemporaryKey(key: string): boolean {
  return key.startsWith('tmp/');
}

/** Checks a requested range against an object's size; returns it clamped, or throws (HTTP 416 later). */
export function clampRange(range: ByteRange, size: number, key: string): ByteRange {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || start >= size) {
    throw new AppError('media_range_invalid', 416, `The byte range ${start}-${end} is outside ${key} (${size} bytes)`);
  }
  return { start, end: Math.min(end, size - 1) };
}

/**
 * Removes temporary keys older than `olderThanMs` (default one hour): what an upload interrupted
 * by a crash or kill -9 left behind. They were never visible: no media row points at them.
 * Returns how many it removed. Safe to run beside live uploads as long as the age exceeds the
 * longest upload. `sweepIncompleteUploads()` in `upload.ts` also clears the upload staging folder.
 */
export async function sweepTemporaryKeys(store: MediaStore, options: { olderThanMs?: number; now?: Date } = {}): Promise<number> {
  const cutoff = (options.now ?? new Date()).getTime() - (options.olderThanMs ?? 60 * 60 * 1000);
  let removed = 0;
  for await (const entry of store.list('tmp/')) {
    if (entry.lastModified.getTime() <= cutoff) {
      await store.delete(entry.key);
      removed++;
    }
  }
  return removed;
}
