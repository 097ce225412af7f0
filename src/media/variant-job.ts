/**
 * The background half of image variants (ADR 0011): an uploaded image gets its AVIF, WebP and
 * JPEG copies from the periodic task `media-variants`, never in the upload request (a 12-MP photo
 * takes about 2 s of both cores).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { AppError, NotFoundError } from '../errors.ts';
import { findMediaById, hasMediaVariants, insertMediaVariants, markVariantsFailed, type NewMediaVariant } from './repo.ts';
import { type MediaStore, MediaObjectMissingError, putCommitted, variantKey } from './storage/media-store.ts';
import { ImageTooLargeError, makeImageVariants, UnsupportedImageError } from './variants.ts';

export interface VariantJobContext {
  scope: SiteScope;
  store: MediaStore;
  /** Local folder for the one copy of the original that sharp reads (see `uploadStagingDir()`). */
  stagingDir: string;
  /** Largest image accepted, in pixels (`config.mediaMaxImagePixels`); default `DEFAULT_MAX_IMAGE_PIXELS`. */
  maxInputPixels?: number;
}

export interface VariantJobResult {
  /** Rows added: 0 when the image already had its variants. */
  created: number;
}

/**
 * Makes and records every variant of one image of the scope's site. The original is streamed from
 * the store to a local file (never held whole in memory) and decoded once; each variant is `put`
 * under a temporary key and committed to `variantKey(original, fileName)`, and only once all are
 * committed are the rows inserted, in one transaction. Safe to run again after a crash or beside
 * another process: names are content hashes (a second write puts the same bytes at the same key)
 * and rows that already exist are kept (`insertMediaVariants`). A run interrupted before the rows
 * leaves committed files no row points at, invisible and overwritten by the next run.
 *
 * @throws UnsupportedImageError / ImageTooLargeError when the image cannot be read (the caller marks it failed)
 * @example await makeVariantsFor({ scope, store, stagingDir }, media.id)
 */
export async function makeVariantsFor(context: VariantJobContext, mediaId: number): Promise<VariantJobResult> {
  const { scope, store } = context;
  const file = await findMediaById(scope, mediaId);
  if (!file) throw new NotFoundError(`No media file ${mediaId} on this site`, 'media_not_found');
  if (file.kind !== 'image') return { created: 0 };
  if (await hasMediaVariants(scope, mediaId)) return { created: 0 };

  await fsp.mkdir(context.stagingDir, { recursive: true });
  // `.upload` so that `sweepIncompleteUploads()` also clears what a crash here leaves behind.
  const local = path.join(context.stagingDir, `variants-${randomBytes(16).toString('hex')}.upload`);
  try {
    const original = await store.get(file.storageKey);
    await pipeline(original.body, fs.createWriteStream(local, { mode: 0o600 }));
    const { variants } = await makeImageVariants(local, { maxInputPixels: context.maxInputPixels });

    const rows: NewMediaVariant[] = [];
    for (const variant of variants) {
      const finalKey = variantKey(file.storageKey, variant.fileName);
      await putCommitted(store, finalKey, Readable.from([variant.bytes]), { contentType: variant.mimeType });
      rows.push({ format: variant.format, width: variant.width, height: variant.height, bytes: variant.size, sha256: variant.hash, storageKey: finalKey });
    }
    return { created: await insertMediaVariants(scope, mediaId, rows) };
  } finally {
    await fsp.rm(local, { force: true });
  }
}

/** True for a failure that another attempt cannot fix: the image is unreadable, too large, or its file is gone. */
export function isPermanentVariantFailure(error: unknown): boolean {
  return error instanceof UnsupportedImageError || error instanceof ImageTooLargeError || error instanceof MediaObjectMissingError;
}

/**
 * Images of any site still waiting for their variants, oldest first: not yet failed, and without a
 * single `media_variants` row. This is the media domain's one cross-site read (ADR 0002): it
 * returns only ids, and the work itself goes through each site's `SiteScope`.
 */
export async function imagesAwaitingVariants(db: Kysely<Database>, limit: number): Promise<{ id: number; siteId: number }[]> {
  const rows = await db
    .selectFrom('media_files')
    .select(['media_files.id', 'media_files.site_id'])
    .where('media_files.kind', '=', 'image')
    .where('media_files.variants_failed_at', 'is', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('media_variants').select('media_variants.id').whereRef('media_variants.media_id', '=', 'media_files.id'))))
    .orderBy('media_files.created_at')
    .orderBy('media_files.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: Number(row.id), siteId: Number(row.site_id) }));
}

export interface VariantLog {
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/**
 * One tick's worth of variants: up to `limit` images (default 3, about 6 s of both cores for
 * 12-MP photos), one after the other. An unreadable image is logged and marked failed, so it is
 * never tried again; any other error (the store unreachable) is logged and the image is tried again
 * at the next tick, without holding up the others.
 */
export async function makePendingVariants(
  context: { db: Kysely<Database>; store: MediaStore; stagingDir: string; maxInputPixels?: number; scopeFor: (siteId: number) => SiteScope; log: VariantLog },
  limit = 3,
): Promise<{ made: number; failed: number; retry: number }> {
  const counts = { made: 0, failed: 0, retry: 0 };
  for (const image of await imagesAwaitingVariants(context.db, limit)) {
    const scope = context.scopeFor(image.siteId);
    try {
      await makeVariantsFor({ scope, store: context.store, stagingDir: context.stagingDir, maxInputPixels: context.maxInputPixels }, image.id);
      counts.made++;
    } catch (error) {
      const detail = { mediaId: image.id, siteId: image.siteId, code: error instanceof AppError ? error.code : undefined, err: (error as Error)?.message ?? String(error) };
      if (isPermanentVariantFailure(error)) {
        await markVariantsFailed(scope, image.id);
        context.log.warn(detail, 'image variants could not be made; the image is marked failed and will not be tried again');
        counts.failed++;
      } else {
        context.log.error(detail, 'image variants failed; they will be tried again at the next tick');
        counts.retry++;
      }
    }
  }
  return counts;
}
