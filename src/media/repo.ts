import type { Selectable } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import type { MediaFilesTable, MediaKind, MediaTextsTable } from './media.table.ts';

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
