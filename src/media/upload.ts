import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer, fileTypeFromFile, type FileTypeResult } from 'file-type';
import sharp from 'sharp';
import { audit } from '../accounts/audit.ts';
import type { MediaKind, MediaLimits } from '../config.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { findMediaBySha256, insertMedia, isUniqueViolation, type MediaFile } from './repo.ts';
import {
  type AcceptedType,
  acceptedTypes,
  cleanFilename,
  DEFAULT_MAX_IMAGE_PIXELS,
  DEFAULT_MEDIA_LIMITS,
  extensionOf,
  MediaContentError,
  MediaTooLargeError,
  MediaTypeError,
  MediaUploadError,
} from './schema.ts';
import { type MediaStore, mediaKey, putCommitted, sweepTemporaryKeys } from './storage/media-store.ts';

/** How much of the start of a file decides its type while it streams (what `file-type` needs). */
const headSize = 4100;

export interface UploadContext {
  scope: SiteScope;
  store: MediaStore;
  actorId: number | null;
  /** Local folder for the one staged copy (see `uploadStagingDir()`); created when missing. */
  stagingDir: string;
}

export interface UploadInput {
  /** The file's bytes, read once. Consumed or destroyed whatever the outcome. */
  stream: Readable;
  /** The uploader's file name, checked and cleaned here. */
  filename: string;
  /** What the browser claimed; never trusted, only recorded in the audit event. */
  declaredType?: string;
  /** Per-kind size limits in bytes; default `DEFAULT_MEDIA_LIMITS` (pass `config.mediaLimits`). */
  limits?: MediaLimits;
  /** Largest image in pixels; default `DEFAULT_MAX_IMAGE_PIXELS` (pass `config.mediaMaxImagePixels`). */
  maxImagePixels?: number;
}

export interface UploadResult {
  media: MediaFile;
  /** True when the site already had these exact bytes: nothing new was stored. */
  duplicate: boolean;
}

/**
 * Stores one uploaded file for the scope's site (ADR 10). The stream is read once, to a staged
 * local file, while it is counted (refused as soon as it passes its kind's limit), hashed
 * (SHA-256) and typed from its first bytes. Then the real type is checked against the allowlist
 * and the file name, images are checked with sharp (dimensions before decoding, then a full
 * decode that refuses truncation), and only then is the file written under a temporary key,
 * committed to `sites/<siteId>/<sha256>`, and its row inserted. A kill -9 at any moment leaves
 * either nothing visible or the complete item; leftovers are temporary and swept.
 *
 * Refusals are `MediaUploadError`s (400/413/415/422) naming the file.
 *
 * @example
 *   const { media, duplicate } = await storeUpload({ scope, store, actorId, stagingDir }, { stream, filename: 'wetland.jpg' });
 */
export async function storeUpload(context: UploadContext, input: UploadInput): Promise<UploadResult> {
  const { scope, store } = context;
  const staged = await stageUpload(context.stagingDir, input);
  const { filename, accepted, dimensions } = staged;
  try {
    const existing = await findMediaBySha256(scope, staged.sha256);
    if (existing) return { media: existing, duplicate: true };

    const finalKey = mediaKey(scope.siteId, staged.sha256);
    await putCommitted(store, finalKey, fs.createReadStream(staged.path), { contentType: accepted.mime });

    // The file is at its final key: only now may a row point at it.
    try {
      const media = await scope.transaction(async (trx) => {
        const row = await insertMedia(trx, {
          sha256: staged.sha256,
          kind: accepted.kind,
          contentType: accepted.mime,
          bytes: staged.bytes,
          filename,
          storageKey: finalKey,
          width: dimensions?.width ?? null,
          height: dimensions?.height ?? null,
          createdBy: context.actorId,
        });
        await audit(trx.db, {
          siteId: scope.siteId,
          userId: context.actorId,
          action: 'media.upload',
          subject: `media:${row.id}`,
          details: { filename, sha256: row.sha256, bytes: row.bytes, contentType: row.contentType, declaredType: input.declaredType ?? null },
        });
        return row;
      });
      return { media, duplicate: false };
    } catch (error) {
      // The same bytes were stored by a concurrent upload a moment earlier: same key, same content.
      if (!isUniqueViolation(error)) throw error;
      const winner = await findMediaBySha256(scope, staged.sha256);
      if (!winner) throw error;
      return { media: winner, duplicate: true };
    }
  } finally {
    await fsp.rm(staged.path, { force: true });
  }
}

/** An upload received and checked, staged in a local file, not yet in the store. */
export interface StagedUpload {
  /** The staged local copy; the caller removes it (`fsp.rm(path, { force: true })`) when done. */
  path: string;
  /** The uploader's file name, checked and cleaned. */
  filename: string;
  sha256: string;
  bytes: number;
  /** The type found in the bytes, from the allowlist. */
  accepted: AcceptedType;
  /** Pixels as displayed (after EXIF orientation), for images; null otherwise. */
  dimensions: { width: number; height: number } | null;
}

/**
 * The checking half of `storeUpload()`, for whatever stores the bytes differently (replacing a
 * file's bytes keeps its row): receives the stream to a staged file in `stagingDir` while counting
 * and hashing it, then checks its name, type, size for its kind, and (images) dimensions and a
 * full decode. Throws the same `MediaUploadError`s as `storeUpload()`; on a refusal nothing is
 * left behind.
 */
export async function stageUpload(stagingDir: string, input: UploadInput): Promise<StagedUpload> {
  const limits = input.limits ?? DEFAULT_MEDIA_LIMITS;
  let filename: string;
  try {
    filename = cleanFilename(input.filename);
  } catch (error) {
    input.stream.resume(); // let the request finish; none of it is kept
    throw error;
  }

  await fsp.mkdir(stagingDir, { recursive: true });
  const staged = path.join(stagingDir, `${randomBytes(16).toString('hex')}.upload`);
  try {
    const received = await receive(input.stream, staged, filename, limits);
    if (received.bytes === 0) throw new MediaContentError('media_empty', `"${filename}" is empty (0 bytes)`, filename);

    const accepted = classify(await fileTypeFromFile(staged), received.head, filename);
    if (received.bytes > limits[accepted.kind]) throw new MediaTooLargeError(filename, accepted.kind, limits[accepted.kind]);
    const dimensions = accepted.kind === 'image' ? await checkImage(staged, filename, input.maxImagePixels ?? DEFAULT_MAX_IMAGE_PIXELS) : null;
    return { path: staged, filename, sha256: received.sha256, bytes: received.bytes, accepted, dimensions };
  } catch (error) {
    await fsp.rm(staged, { force: true });
    throw error;
  }
}

interface Received {
  bytes: number;
  sha256: string;
  /** The first bytes (up to `headSize`), for the text and markup checks. */
  head: Buffer;
}

/** Streams `stream` to `staged`, counting, hashing, and refusing early what the first bytes already condemn. */
async function receive(stream: Readable, staged: string, filename: string, limits: MediaLimits): Promise<Received> {
  const hash = createHash('sha256');
  let bytes = 0;
  const headChunks: Buffer[] = [];
  let headBytes = 0;
  let head: Buffer | null = null;
  // Until the type is known, the largest limit of any kind applies.
  let limit = Math.max(...Object.values(limits));
  let limitKind: MediaKind = (Object.keys(limits) as MediaKind[]).find((kind) => limits[kind] === limit) ?? 'video';

  const decide = async (): Promise<void> => {
    head = Buffer.concat(headChunks, headBytes).subarray(0, headSize);
    if (head.length === 0) return; // empty: refused as such once the stream ends
    const accepted = classify(await fileTypeFromBuffer(head), head, filename, { partial: true });
    if (accepted) {
      limit = limits[accepted.kind];
      limitKind = accepted.kind;
    }
  };

  await pipeline(
    stream,
    async function* inspect(source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        bytes += chunk.length;
        if (!head) {
          headChunks.push(chunk);
          headBytes += chunk.length;
          if (headBytes >= headSize) await decide();
        }
        if (bytes > limit) throw new MediaTooLargeError(filename, limitKind, limit);
        hash.update(chunk);
        yield chunk;
      }
      if (!head) await decide();
    },
    fs.createWriteStream(staged, { mode: 0o600 }),
  ).catch(async (error: unknown) => {
    await fsp.rm(staged, { force: true });
    throw error instanceof MediaUploadError ? error : new MediaUploadError('media_upload_incomplete', 400, `"${filename}" could not be received to the end; upload it again`, filename, { cause: error });
  });
  return { bytes, sha256: hash.digest('hex'), head: head ?? Buffer.alloc(0) };
}

/** Programs and installers: named as such in the refusal. */
const executables = new Set(['elf', 'exe', 'mach', 'macho', 'dll', 'class', 'wasm', 'msi', 'apk', 'deb', 'rpm', 'dex', 'cab', 'crx', 'swf', 'lnk', 'xpi', 'jar', 'dmg', 'pkg']);

/**
 * The accepted type of a file from what `file-type` found and its first bytes, or a refusal.
 * With `partial` (only the first bytes seen, while streaming) an inconclusive result returns
 * null instead of refusing: ZIP-based office files are only told apart once the file is whole.
 */
function classify(found: FileTypeResult | undefined, head: Buffer, filename: string, options: { partial: true }): AcceptedType | null;
function classify(found: FileTypeResult | undefined, head: Buffer, filename: string): AcceptedType;
function classify(found: FileTypeResult | undefined, head: Buffer, filename: string, options?: { partial: true }): AcceptedType | null {
  const ext = extensionOf(filename);
  const named = ext ? ` (named as .${ext})` : '';
  if (!found) {
    const markup = markupKind(head);
    if (markup === 'svg') throw svgRefused(filename);
    if (markup) throw new MediaTypeError('media_type_refused', `"${filename}" is an ${markup === 'html' ? 'HTML' : 'XML'} document${named}; web pages and markup are not accepted as media`, filename);
    if (!isUtf8Text(head)) {
      if (options?.partial) return null;
      throw new MediaTypeError('media_type_unknown', `The type of "${filename}" could not be recognised from its content; accepted are images (JPEG, PNG, WebP, AVIF, GIF), PDF, office documents, plain text, CSV, audio and video`, filename);
    }
    return checkName(ext === 'csv' ? acceptedTypes.csv! : acceptedTypes.txt!, filename);
  }
  if (found.ext === 'xml' || (found.ext as string) === 'svg') {
    if (markupKind(head) === 'svg' || (found.ext as string) === 'svg') throw svgRefused(filename);
    throw new MediaTypeError('media_type_refused', `"${filename}" is an XML document${named}; XML files are not accepted as media`, filename);
  }
  if (executables.has(found.ext)) {
    throw new MediaTypeError('media_type_refused', `"${filename}" is a program (${found.mime})${named}; executable files are never accepted`, filename);
  }
  const accepted = acceptedTypes[found.ext];
  if (!accepted) {
    if (options?.partial && found.ext === 'zip') return { kind: 'document', mime: found.mime, label: 'ZIP', extensions: [] };
    throw new MediaTypeError('media_type_refused', `"${filename}" is a ${found.ext.toUpperCase()} file (${found.mime})${named}; this type is not accepted`, filename);
  }
  return checkName(accepted, filename);
}

/** A name whose extension says another type than the bytes is refused, naming both. */
function checkName(accepted: AcceptedType, filename: string): AcceptedType {
  const ext = extensionOf(filename);
  if (ext && !accepted.extensions.includes(ext)) {
    throw new MediaTypeError(
      'media_extension_mismatch',
      `"${filename}" is named as .${ext} but its content is a ${accepted.label}; rename it to .${accepted.extensions[0]} or upload the intended file`,
      filename,
    );
  }
  return accepted;
}

function svgRefused(filename: string): MediaTypeError {
  return new MediaTypeError('media_svg_refused', `"${filename}" is an SVG image; SVG files are not accepted because they can carry scripts; upload a PNG or WebP export instead`, filename);
}

/** `html`, `svg` or `xml` when the text starts (after a BOM and blanks) like markup; null otherwise. */
function markupKind(head: Buffer): 'html' | 'svg' | 'xml' | null {
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().slice(0, 4096).toLowerCase();
  if (!text.startsWith('<')) return null;
  if (/<svg[\s>/]/.test(text)) return 'svg';
  if (/<(?:!doctype\s+html|html|head|body|script|iframe|meta|title|div|a\s|img|style|object|embed)[\s>/]/.test(text)) return 'html';
  if (text.startsWith('<?xml') || text.startsWith('<!doctype') || /^<[a-z]/.test(text)) return 'xml';
  return null;
}

/** Valid UTF-8 (an incomplete last character is fine: the head may cut one) and no NUL bytes. */
function isUtf8Text(head: Buffer): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads an image's size from its header and refuses one over `maxPixels` before anything is
 * decoded (a "pixel bomb" is small on disk and huge in memory); then decodes it fully, so a
 * truncated or corrupt image is refused now rather than failing later in the variants.
 */
async function checkImage(file: string, filename: string, maxPixels: number): Promise<{ width: number; height: number }> {
  const options = { limitInputPixels: maxPixels, failOn: 'truncated' as const, sequentialRead: true };
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    metadata = await sharp(file, { ...options, limitInputPixels: false }).metadata();
  } catch (error) {
    throw new MediaContentError('media_image_unreadable', `"${filename}" is not a readable image (${(error as Error).message})`, filename, { cause: error });
  }
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (!width || !height) throw new MediaContentError('media_image_unreadable', `"${filename}" is an image without dimensions`, filename);
  if (width * height > maxPixels) {
    throw new MediaContentError(
      'media_image_too_large',
      `"${filename}" is ${width} × ${height} pixels, more than the limit of ${Math.round(maxPixels / 1_000_000)} megapixels`,
      filename,
    );
  }
  try {
    // stats() pulls every pixel through libvips in strips: a full decode without holding the image.
    await sharp(file, options).stats();
  } catch (error) {
    throw new MediaContentError('media_image_unreadable', `"${filename}" is damaged or incomplete and cannot be decoded (${(error as Error).message})`, filename, { cause: error });
  }
  // Width and height as displayed, after the EXIF orientation.
  return { width: metadata.autoOrient?.width ?? width, height: metadata.autoOrient?.height ?? height };
}

/**
 * Removes what interrupted uploads left: temporary keys in the store and staged files, older than
 * `olderThanMs` (default one hour). Returns how many it removed. Run it from a periodic job.
 */
export async function sweepIncompleteUploads(store: MediaStore, options: { stagingDir?: string; olderThanMs?: number; now?: Date } = {}): Promise<number> {
  let removed = await sweepTemporaryKeys(store, options);
  if (options.stagingDir) {
    const cutoff = (options.now ?? new Date()).getTime() - (options.olderThanMs ?? 60 * 60 * 1000);
    const names = await fsp.readdir(options.stagingDir).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.endsWith('.upload')) continue;
      const file = path.join(options.stagingDir, name);
      const stat = await fsp.stat(file).catch(() => null);
      if (stat && stat.mtimeMs <= cutoff) {
        await fsp.rm(file, { force: true });
        removed++;
      }
    }
  }
  return removed;
}
