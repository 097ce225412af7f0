import type { Selectable } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import type { MediaFilesTable, MediaKind, MediaTextsTable, MediaVariantsTable } from './media.table.ts';

/** A stored media file as the rest of the code sees it (ADR 0003 mapping in one place). */
export interface MediaFile {
  id: number;
  siteId: number;
  sha256: string;
  kind: MediaKind;
  contentType: string;
  bytes: number;
  filename: string;
  storageKey: string;
  width: number | null;
  height: number | null;
  licence: string | null;
  focalPoint: { x: number; y: number } | null;
  decorative: boolean;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
  /** Set when the variants job could not read the image; it is then not tried again. */
  variantsFailedAt: string | null;
}

/** One stored variant of an image (ADR 0011). */
export interface MediaVariant {
  id: number;
  mediaId: number;
  format: MediaVariantsTable['format'];
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  storageKey: string;
  /** The name in its URL and the last part of its key, e.g. `1024w.3f9a1c2b7d4e5f60.avif`. */
  fileName: string;
}

export interface MediaText {
  language: string;
  altText: string;
  caption: string;
  credits: string;
}

/** What an upload knows of a file before it has a row. */
export type NewMediaFile = Pick<MediaFile, 'sha256' | 'kind' | 'contentType' | 'bytes' | 'filename' | 'storageKey' | 'width' | 'height' | 'createdBy'>;

function toMediaFile(row: Selectable<MediaFilesTable>): MediaFile {
  return {
    id: Number(row.id),
    siteId: Number(row.site_id),
    sha256: row.sha256,
    kind: row.kind,
    contentType: row.content_type,
    bytes: Number(row.bytes),
    filename: row.filename,
    storageKey: row.storage_key,
    width: row.width,
    height: row.height,
    licence: row.licence,
    focalPoint: row.focal_x === null || row.focal_y === null ? null : { x: Number(row.focal_x), y: Number(row.focal_y) },
    decorative: Number(row.decorative) === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    variantsFailedAt: row.variants_failed_at ?? null,
  };
}

function toMediaVariant(row: Selectable<MediaVariantsTable>): MediaVariant {
  return {
    id: Number(row.id),
    mediaId: Number(row.media_id),
    format: row.format,
    width: Number(row.width),
    height: Number(row.height),
    bytes: Number(row.bytes),
    sha256: row.sha256,
    storageKey: row.storage_key,
    // The original's key (`sites/<id>/<sha256>`) has no dot: the name is everything after the first one.
    fileName: row.storage_key.slice(row.storage_key.indexOf('.') + 1),
  };
}

function toMediaText(row: Selectable<MediaTextsTable>): MediaText {
  return { language: row.language, altText: row.alt_text, caption: row.caption, credits: row.credits };
}

export async function findMediaBySha256(scope: SiteScope, sha256: string): Promise<MediaFile | undefined> {
  const row = await scope.selectFrom('media_files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
  return row && toMediaFile(row);
}

export async function findMediaById(scope: SiteScope, id: number): Promise<MediaFile | undefined> {
  const row = await scope.selectFrom('media_files').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMediaFile(row);
}

/** The kind of each of `ids` that is a file of this site (others are absent from the map). */
export async function findMediaKinds(scope: SiteScope, ids: readonly number[]): Promise<Map<number, MediaKind>> {
  const kinds = new Map<number, MediaKind>();
  if (ids.length === 0) return kinds;
  const rows = await scope.selectFrom('media_files').select(['id', 'kind']).where('id', 'in', [...ids]).execute();
  for (const row of rows) kinds.set(Number(row.id), row.kind);
  return kinds;
}

/** The site's files among `ids` (missing ones, e.g. another site's, are absent). */
export async function findMediaByIds(scope: SiteScope, ids: readonly number[]): Promise<MediaFile[]> {
  if (ids.length === 0) return [];
  const rows = await scope.selectFrom('media_files').selectAll().where('id', 'in', [...ids]).execute();
  return rows.map(toMediaFile);
}

/** The variants of several files, by file id (for a page that shows several images). */
export async function listVariantsOf(scope: SiteScope, mediaIds: readonly number[]): Promise<Map<number, MediaVariant[]>> {
  const byFile = new Map<number, MediaVariant[]>();
  if (mediaIds.length === 0) return byFile;
  const rows = await scope.selectFrom('media_variants').selectAll().where('media_id', 'in', [...mediaIds]).orderBy('width').orderBy('id').execute();
  for (const row of rows) {
    const variant = toMediaVariant(row);
    byFile.set(variant.mediaId, [...(byFile.get(variant.mediaId) ?? []), variant]);
  }
  return byFile;
}

/** The texts of several files, by file id. */
export async function listTextsOf(scope: SiteScope, mediaIds: readonly number[]): Promise<Map<number, MediaText[]>> {
  const byFile = new Map<number, MediaText[]>();
  if (mediaIds.length === 0) return byFile;
  const rows = await scope.selectFrom('media_texts').selectAll().where('media_id', 'in', [...mediaIds]).orderBy('language').execute();
  for (const row of rows) {
    const id = Number(row.media_id);
    byFile.set(id, [...(byFile.get(id) ?? []), toMediaText(row)]);
  }
  return byFile;
}

/** The site's files, newest first. */
export async function listMedia(scope: SiteScope, options: { limit?: number; offset?: number } = {}): Promise<MediaFile[]> {
  const rows = await scope
    .selectFrom('media_files')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 100)
    .offset(options.offset ?? 0)
    .execute();
  return rows.map(toMediaFile);
}

/** Inserts a file's row; throws the driver's unique-violation error when the site already has these bytes. */
export async function insertMedia(scope: SiteScope, file: NewMediaFile): Promise<MediaFile> {
  const now = nowIso();
  const row = await scope
    .insertInto('media_files', {
      sha256: file.sha256,
      kind: file.kind,
      content_type: file.contentType,
      bytes: file.bytes,
      filename: file.filename,
      storage_key: file.storageKey,
      width: file.width,
      height: file.height,
      licence: null,
      focal_x: null,
      focal_y: null,
      decorative: 0,
      created_by: file.createdBy,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMediaFile(row);
}

/** A file's variants, narrowest first, then in `VARIANT_FORMATS` order of insertion. */
export async function listMediaVariants(scope: SiteScope, mediaId: number): Promise<MediaVariant[]> {
  const rows = await scope.selectFrom('media_variants').selectAll().where('media_id', '=', mediaId).orderBy('width').orderBy('id').execute();
  return rows.map(toMediaVariant);
}

/** Whether a file has at least one variant recorded (reads one id, not the rows). */
export async function hasMediaVariants(scope: SiteScope, mediaId: number): Promise<boolean> {
  const row = await scope.selectFrom('media_variants').select('id').where('media_id', '=', mediaId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The variant stored at `storageKey` of one file, if any. */
export async function findMediaVariant(scope: SiteScope, mediaId: number, storageKey: string): Promise<MediaVariant | undefined> {
  const row = await scope.selectFrom('media_variants').selectAll().where('media_id', '=', mediaId).where('storage_key', '=', storageKey).executeTakeFirst();
  return row && toMediaVariant(row);
}

export type NewMediaVariant = Omit<MediaVariant, 'id' | 'mediaId' | 'fileName'>;

/**
 * Records a file's variants in one transaction. A variant already recorded (same format and
 * width, e.g. by a concurrent run of the job) is left as it is: its row points at a file that
 * was committed before it, so either set is whole. Returns how many rows were added.
 */
export async function insertMediaVariants(scope: SiteScope, mediaId: number, variants: readonly NewMediaVariant[]): Promise<number> {
  if (variants.length === 0) return 0;
  const now = nowIso();
  return scope.transaction(async (trx) => {
    let added = 0;
    for (const v of variants) {
      const result = await trx
        .insertInto('media_variants', { media_id: mediaId, format: v.format, width: v.width, height: v.height, bytes: v.bytes, sha256: v.sha256, storage_key: v.storageKey, created_at: now })
        .onConflict((oc) => oc.columns(['media_id', 'format', 'width']).doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  });
}

/** Marks an image the variants job could not read, so that it is not tried at every tick. */
export async function markVariantsFailed(scope: SiteScope, mediaId: number): Promise<void> {
  await scope.updateTable('media_files').set({ variants_failed_at: nowIso() }).where('id', '=', mediaId).execute();
}

export async function listMediaTexts(scope: SiteScope, mediaId: number): Promise<MediaText[]> {
  const rows = await scope.selectFrom('media_texts').selectAll().where('media_id', '=', mediaId).orderBy('language').execute();
  return rows.map(toMediaText);
}

/** Sets a file's texts in one language (insert or replace). A file of another site is not found. */
export async function saveMediaText(scope: SiteScope, mediaId: number, text: MediaText): Promise<void> {
  const now = nowIso();
  await scope.transaction(async (trx) => {
    if (!(await findMediaById(trx, mediaId))) throw new NotFoundError(`No media file ${mediaId} on this site`, 'media_not_found');
    const updated = await trx
      .updateTable('media_texts')
      .set({ alt_text: text.altText, caption: text.caption, credits: text.credits, updated_at: now })
      .where('media_id', '=', mediaId)
      .where('language', '=', text.language)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0) return;
    await trx
      .insertInto('media_texts', { media_id: mediaId, language: text.language, alt_text: text.altText, caption: text.caption, credits: text.credits, created_at: now, updated_at: now })
      .execute();
  });
}

/** True for the error a unique index raises, in either database. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}
