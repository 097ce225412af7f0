/**
 * The media library of a site (issue 4): finding files, editing what describes them (texts per
 * language, licence, focal point, decorative), replacing a file's bytes under the same id, and
 * deleting a file nothing uses. Every query goes through the site's `SiteScope`; every change
 * writes an audit event with the site. Store objects are removed only after the transaction that
 * stops rows pointing at them has committed, so a crash leaves at worst an invisible object.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import { audit } from '../accounts/audit.ts';
import { type Actor, can, ForbiddenError } from '../accounts/policy.ts';
import type { MediaLimits } from '../config.ts';
import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { AppError, ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../errors.ts';
import type { MediaKind } from './media.table.ts';
import { canEditMediaTexts } from './policy.ts';
import { loadMediaEntries, type MediaEntry, thumbnailVariant } from './presenter.ts';
import { findMediaById, findMediaBySha256, isUniqueViolation, listMediaTexts, listVariantsOf, type MediaFile, type MediaText, type MediaVariant, saveMediaText } from './repo.ts';
import { type MediaStore, mediaKey, putCommitted } from './storage/media-store.ts';
import { stageUpload } from './upload.ts';
import { listMediaUses, countMediaUses, type MediaUse } from './usage.ts';

/** The kinds a library filter can ask for, in the order the filter offers them. */
export const mediaKinds: readonly MediaKind[] = ['image', 'document', 'audio', 'video'];

/** The licences an editor may choose (SPDX identifiers, plus "all rights reserved"); none is `null`. */
export const mediaLicences = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0', 'CC0-1.0', 'public-domain', 'all-rights-reserved'] as const;
export type MediaLicence = (typeof mediaLicences)[number];

/** Longest texts, in characters: alt text is read aloud, so it should be far shorter than this. */
export const mediaTextLimits = { altText: 1000, caption: 2000, credits: 500 } as const;

/** What the library list is narrowed to. */
export interface MediaLibraryFilters {
  kind?: MediaKind;
  /** Words looked for in the file name and in the alt text, caption and credits of any language. */
  text?: string;
  /** Only images that need alt text in the site's default language and have none. */
  missingAlt?: boolean;
}

/** One file as the library's list and the picker show it: the file with its variants and texts, and what the list adds. */
export interface MediaLibraryEntry extends MediaEntry {
  /** The smallest WebP (else JPEG) variant, for a thumbnail; null while the job has not made it. */
  thumbnail: MediaVariant | null;
  /** Alt text in the site's default language, '' when there is none. */
  altText: string;
  /** A non-decorative image without alt text in the default language. */
  missingAlt: boolean;
  /** How many items use the file. */
  useCount: number;
}

/** `%text%` for LIKE, lower-cased, with the text's own wildcard characters escaped. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A page of the site's files, newest first, with what the list shows of each, and how many
 * match in all.
 *
 * @example await searchMediaLibrary(scope, site.defaultLanguage, { kind: 'image', missingAlt: true }, { limit: 25, offset: 0 })
 */
export async function searchMediaLibrary(
  scope: SiteScope,
  defaultLanguage: string,
  filters: MediaLibraryFilters,
  page: { limit: number; offset: number },
): Promise<{ entries: MediaLibraryEntry[]; total: number }> {
  const text = filters.text?.trim();
  const base = scope
    .selectFrom('media_files as f')
    .$if(filters.kind !== undefined, (qb) => qb.where('f.kind', '=', filters.kind!))
    .$if(!!text, (qb) =>
      qb.where((eb) => {
        const pattern = sql<string>`${likePattern(text!)} escape '\\'`;
        return eb.or([
          eb(sql<string>`lower(f.filename)`, 'like', pattern),
          eb.exists(
            eb
              .selectFrom('media_texts as x')
              .select('x.id')
              .whereRef('x.media_id', '=', 'f.id')
              .whereRef('x.site_id', '=', 'f.site_id')
              .where((w) => w.or([w(sql<string>`lower(x.alt_text)`, 'like', pattern), w(sql<string>`lower(x.caption)`, 'like', pattern), w(sql<string>`lower(x.credits)`, 'like', pattern)])),
          ),
        ]);
      }),
    )
    .$if(!!filters.missingAlt, (qb) =>
      qb
        .where('f.kind', '=', 'image')
        .where('f.decorative', '=', 0)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('media_texts as x')
                .select('x.id')
                .whereRef('x.media_id', '=', 'f.id')
                .whereRef('x.site_id', '=', 'f.site_id')
                .where('x.language', '=', defaultLanguage)
                .where(sql<string>`trim(x.alt_text)`, '<>', ''),
            ),
          ),
        ),
    );
  const [idRows, countRow] = await Promise.all([
    base.select('f.id').orderBy('f.created_at', 'desc').orderBy('f.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  const ids = idRows.map((row) => Number(row.id));
  return { entries: await libraryEntries(scope, defaultLanguage, ids), total: Number(countRow?.n ?? 0) };
}

/** The entries of `ids`, in that order, with thumbnails, default-language alt text and use counts. */
async function libraryEntries(scope: SiteScope, defaultLanguage: string, ids: number[]): Promise<MediaLibraryEntry[]> {
  if (ids.length === 0) return [];
  const [media, uses] = await Promise.all([loadMediaEntries(scope, ids), countMediaUses(scope, ids)]);
  return ids.flatMap((id) => {
    const entry = media.get(id);
    if (!entry) return [];
    const altText = entry.texts.find((text) => text.language === defaultLanguage)?.altText.trim() ?? '';
    return [{ ...entry, thumbnail: thumbnailVariant(entry.variants), altText, missingAlt: needsAltText(entry.file) && altText === '', useCount: uses.get(id) ?? 0 }];
  });
}

/** The variant a detail page's preview should load: the widest WebP (else JPEG) no wider than `maxWidth`. */
export function previewVariant(variants: readonly MediaVariant[], maxWidth = 1024): MediaVariant | null {
  const widest = (format: MediaVariant['format']) =>
    variants.filter((v) => v.format === format && v.width <= maxWidth).sort((a, b) => b.width - a.width)[0];
  return widest('webp') ?? widest('jpeg') ?? thumbnailVariant(variants);
}

/** Images must say what they show, unless they are marked decorative. */
export function needsAltText(file: Pick<MediaFile, 'kind' | 'decorative'>): boolean {
  return file.kind === 'image' && !file.decorative;
}

/** A file of the scope's site, or a 404 (another site's id is not found either). */
export async function requireMediaFile(scope: SiteScope, id: number): Promise<MediaFile> {
  const file = await findMediaById(scope, id);
  if (!file) throw new NotFoundError('There is no such file in this site’s media library', 'media_not_found');
  return file;
}

/** Who acts, where. */
export interface LibraryContext {
  scope: SiteScope;
  actor: Actor;
  /** The site's languages, default first. */
  languages: readonly string[];
  /** The files the site's settings use (`siteSettingsMedia`): never deleted from under them. */
  settingsMedia?: readonly number[];
}

/** What the metadata form sets. Texts are given per language; languages left out keep their texts. */
export interface MediaMetadataInput {
  licence: string | null;
  decorative: boolean;
  /** 0..1 from the left and the top; null is the centre. */
  focalPoint: { x: number; y: number } | null;
  texts: MediaText[];
  /** The file's `updatedAt` when the form was shown: a save over someone else's is refused. */
  expectedUpdatedAt?: string;
}

/**
 * Checks the metadata input against the file, returning problems with paths `licence`,
 * `focalPoint`, `alt.<lang>`, `caption.<lang>`, `credits.<lang>` and stable codes
 * (`alt_required`, `too_long`, `licence_unknown`, `focal_out_of_range`, `language_unknown`).
 */
export function metadataProblems(file: Pick<MediaFile, 'kind'>, input: MediaMetadataInput, languages: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.licence !== null && !(mediaLicences as readonly string[]).includes(input.licence)) {
    problems.push({ path: 'licence', message: `"${input.licence}" is not a licence offered here`, code: 'licence_unknown' });
  }
  const point = input.focalPoint;
  if (point && ![point.x, point.y].every((v) => Number.isFinite(v) && v >= 0 && v <= 1)) {
    problems.push({ path: 'focalPoint', message: 'The focal point must be between 0 and 100 % across and down', code: 'focal_out_of_range' });
  }
  for (const text of input.texts) {
    if (!languages.includes(text.language)) {
      problems.push({ path: `alt.${text.language}`, message: `"${text.language}" is not a language of this site`, code: 'language_unknown' });
      continue;
    }
    for (const [field, path] of [['altText', 'alt'], ['caption', 'caption'], ['credits', 'credits']] as const) {
      const max = mediaTextLimits[field];
      if ([...text[field]].length > max) problems.push({ path: `${path}.${text.language}`, message: `Longer than ${max} characters`, code: 'too_long', params: { max } });
    }
  }
  const defaultLanguage = languages[0]!;
  const defaultAlt = input.texts.find((text) => text.language === defaultLanguage)?.altText.trim() ?? '';
  if (needsAltText({ kind: file.kind, decorative: input.decorative }) && defaultAlt === '') {
    problems.push({ path: `alt.${defaultLanguage}`, message: `An image that is not decorative needs alt text in ${defaultLanguage}`, code: 'alt_required', params: { language: defaultLanguage } });
  }
  return problems;
}

/**
 * Saves a file's licence, focal point, decorative flag and texts (each language's only when it
 * changed). Refused: someone who may not edit this file (`canEditMediaTexts`), invalid values
 * (`ValidationError` with the problems of `metadataProblems`), and a form shown before someone
 * else's save (`ConflictError`, `media_edit_conflict`).
 */
export async function updateMediaMetadata(context: LibraryContext, id: number, input: MediaMetadataInput): Promise<MediaFile> {
  const { scope, actor } = context;
  const file = await requireMediaFile(scope, id);
  if (!canEditMediaTexts(actor, file)) throw new ForbiddenError('You may only edit the files you uploaded');
  const texts = input.texts.map((text) => ({ language: text.language, altText: text.altText.trim(), caption: text.caption.trim(), credits: text.credits.trim() }));
  const problems = metadataProblems(file, { ...input, texts }, context.languages);
  if (problems.length) throw new ValidationError('The file’s details could not be saved', problems);

  return scope.transaction(async (trx) => {
    const current = await requireMediaFile(trx, id);
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== current.updatedAt) {
      throw new ConflictError('Someone else changed this file’s details after you opened the form', 'media_edit_conflict');
    }
    const before = new Map((await listMediaTexts(trx, id)).map((text) => [text.language, text]));
    const changedLanguages: string[] = [];
    for (const text of texts) {
      const old = before.get(text.language);
      const same = old ? old.altText === text.altText && old.caption === text.caption && old.credits === text.credits : !text.altText && !text.caption && !text.credits;
      if (same) continue;
      await saveMediaText(trx, id, text);
      changedLanguages.push(text.language);
    }
    const updatedAt = nowIso();
    await trx
      .updateTable('media_files')
      .set({ licence: input.licence, decorative: input.decorative ? 1 : 0, focal_x: input.focalPoint?.x ?? null, focal_y: input.focalPoint?.y ?? null, updated_at: updatedAt })
      .where('id', '=', id)
      .execute();
    await audit(trx.db, {
      siteId: scope.siteId,
      userId: actor.userId,
      action: 'media.edit',
      subject: `media:${id}`,
      details: { licence: input.licence, decorative: input.decorative, focalPoint: input.focalPoint, languages: changedLanguages },
    });
    return { ...current, licence: input.licence, decorative: input.decorative, focalPoint: input.focalPoint, updatedAt };
  });
}

/** Why a replacement was refused: another kind (`media_replace_kind_mismatch`), the same bytes (`media_replace_identical`), or bytes another file already has (`media_replace_duplicate`, naming it). */
export class MediaReplaceError extends AppError {
  constructor(
    code: 'media_replace_kind_mismatch' | 'media_replace_identical' | 'media_replace_duplicate',
    message: string,
    readonly existing: { id: number; filename: string } | null = null,
  ) {
    super(code, code === 'media_replace_duplicate' ? 409 : 422, message);
  }
}

/** A file in use cannot be deleted: `uses` says where it is used. */
export class MediaInUseError extends AppError {
  constructor(readonly uses: readonly MediaUse[]) {
    super('media_in_use', 409, `The file is used by ${uses.length} item(s); remove it from them first`);
  }
}

/** A delete refused because the site's settings use the file (the home page picture). */
export class MediaUsedBySiteError extends AppError {
  constructor() {
    super('media_used_by_site', 409, 'The file is the home page picture; choose another in the site settings first');
  }
}

/** What replacing and deleting need beyond the scope and actor: the store and the upload limits. */
export interface LibraryStoreContext extends LibraryContext {
  store: MediaStore;
  stagingDir: string;
  limits?: MediaLimits;
  maxImagePixels?: number;
  log?: { warn(object: object, message: string): void };
}

/**
 * Replaces a file's bytes, keeping its id, texts and settings (so every item that uses it shows
 * the new version). The new bytes pass the same checks as an upload (`stageUpload`) and must be
 * of the same kind. The row gets the new hash, key, type, size, name and dimensions; the old
 * variants' rows go, and `variants_failed_at` is cleared so that the periodic job makes new ones.
 * The old original and variants are removed from the store once the change has committed.
 *
 * @example await replaceMediaFile({ scope, actor, languages, store, stagingDir }, 42, { stream, filename: 'wetland-v2.jpg' })
 */
export async function replaceMediaFile(context: LibraryStoreContext, id: number, input: { stream: Readable; filename: string }): Promise<MediaFile> {
  const { scope, actor, store } = context;
  if (!can(actor, 'media.manage', { siteId: scope.siteId })) {
    input.stream.resume();
    throw new ForbiddenError('Only editors and site managers may replace files');
  }
  const file = await requireMediaFile(scope, id).catch((error: unknown) => {
    input.stream.resume();
    throw error;
  });
  const staged = await stageUpload(context.stagingDir, { stream: input.stream, filename: input.filename, limits: context.limits, maxImagePixels: context.maxImagePixels });
  let oldKeys: string[] = [];
  let replaced: MediaFile;
  try {
    if (staged.accepted.kind !== file.kind) {
      throw new MediaReplaceError('media_replace_kind_mismatch', `"${staged.filename}" is a ${staged.accepted.label}; a ${file.kind} can only be replaced by another ${file.kind}`);
    }
    if (staged.sha256 === file.sha256) throw new MediaReplaceError('media_replace_identical', `"${staged.filename}" has exactly the bytes of the current file; nothing to replace`);
    const existing = await findMediaBySha256(scope, staged.sha256);
    if (existing) {
      throw new MediaReplaceError('media_replace_duplicate', `"${staged.filename}" is already in the library as "${existing.filename}" (#${existing.id})`, { id: existing.id, filename: existing.filename });
    }
    const newKey = mediaKey(scope.siteId, staged.sha256);
    await putCommitted(store, newKey, fs.createReadStream(staged.path), { contentType: staged.accepted.mime });
    try {
      replaced = await scope.transaction(async (trx) => {
        const current = await requireMediaFile(trx, id);
        const variants = await trx.selectFrom('media_variants').select('storage_key').where('media_id', '=', id).execute();
        oldKeys = [current.storageKey, ...variants.map((v) => v.storage_key)];
        await trx.deleteFrom('media_variants').where('media_id', '=', id).execute();
        const updatedAt = nowIso();
        await trx
          .updateTable('media_files')
          .set({
            sha256: staged.sha256,
            storage_key: newKey,
            content_type: staged.accepted.mime,
            bytes: staged.bytes,
            filename: staged.filename,
            width: staged.dimensions?.width ?? null,
            height: staged.dimensions?.height ?? null,
            variants_failed_at: null,
            updated_at: updatedAt,
          })
          .where('id', '=', id)
          .execute();
        await audit(trx.db, {
          siteId: scope.siteId,
          userId: actor.userId,
          action: 'media.replace',
          subject: `media:${id}`,
          details: { from: { filename: current.filename, sha256: current.sha256, bytes: current.bytes }, to: { filename: staged.filename, sha256: staged.sha256, bytes: staged.bytes } },
        });
        return {
          ...current,
          sha256: staged.sha256,
          storageKey: newKey,
          contentType: staged.accepted.mime,
          bytes: staged.bytes,
          filename: staged.filename,
          width: staged.dimensions?.width ?? null,
          height: staged.dimensions?.height ?? null,
          variantsFailedAt: null,
          updatedAt,
        };
      });
    } catch (error) {
      // Another upload stored the same bytes as a new file meanwhile: its row owns the object now.
      if (!isUniqueViolation(error)) {
        await store.delete(newKey).catch(() => undefined);
        throw error;
      }
      const winner = await findMediaBySha256(scope, staged.sha256);
      throw new MediaReplaceError('media_replace_duplicate', `"${staged.filename}" is already in the library as "${winner?.filename ?? '?'}" (#${winner?.id ?? '?'})`, winner ? { id: winner.id, filename: winner.filename } : null);
    }
  } finally {
    await fsp.rm(staged.path, { force: true });
  }
  // Committed: nothing points at the old objects any more, unless the old bytes came back meanwhile.
  if (!(await findMediaBySha256(scope, file.sha256))) await removeObjects(context, oldKeys);
  return replaced;
}

/**
 * Deletes a file nothing uses: its row, texts and variants' rows, then (once committed) its
 * original and variants in the store. A file in use is refused with `MediaInUseError`, which
 * lists the items; trashed items count, since restoring them would bring the file back.
 */
export async function deleteMediaFile(context: LibraryStoreContext, id: number): Promise<{ file: MediaFile; removedKeys: string[] }> {
  const { scope, actor } = context;
  if (!can(actor, 'media.manage', { siteId: scope.siteId })) throw new ForbiddenError('Only editors and site managers may delete files');
  const { file, keys } = await scope.transaction(async (trx) => {
    const current = await requireMediaFile(trx, id);
    if (context.settingsMedia?.includes(id)) throw new MediaUsedBySiteError();
    const uses = await listMediaUses(trx, id);
    if (uses.length) throw new MediaInUseError(uses);
    const variants = await trx.selectFrom('media_variants').select('storage_key').where('media_id', '=', id).execute();
    await trx.deleteFrom('media_variants').where('media_id', '=', id).execute();
    await trx.deleteFrom('media_texts').where('media_id', '=', id).execute();
    await trx.deleteFrom('media_files').where('id', '=', id).execute();
    await audit(trx.db, {
      siteId: scope.siteId,
      userId: actor.userId,
      action: 'media.delete',
      subject: `media:${id}`,
      details: { filename: current.filename, sha256: current.sha256, bytes: current.bytes, kind: current.kind },
    });
    return { file: current, keys: [current.storageKey, ...variants.map((v) => v.storage_key)] };
  });
  await removeObjects(context, keys);
  return { file, removedKeys: keys };
}

/** Removes store objects no row points at any more; a failure is logged, not thrown: the change itself is done. */
async function removeObjects(context: LibraryStoreContext, keys: readonly string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => context.store.delete(key)));
  results.forEach((result, i) => {
    if (result.status === 'rejected') context.log?.warn({ key: keys[i], err: String(result.reason) }, 'a media object could not be removed from the store; it is no longer used');
  });
}

/** One file's page in the library: the file, its texts by language, variants and uses. */
export async function mediaDetail(scope: SiteScope, id: number): Promise<{ file: MediaFile; texts: Map<string, MediaText>; variants: MediaVariant[]; uses: MediaUse[]; uploader: string | null }> {
  const file = await requireMediaFile(scope, id);
  const [texts, variants, uses, uploader] = await Promise.all([
    listMediaTexts(scope, id),
    listVariantsOf(scope, [id]).then((byFile) => byFile.get(id) ?? []),
    listMediaUses(scope, id),
    file.createdBy === null ? Promise.resolve(undefined) : scope.db.selectFrom('users').select('display_name').where('id', '=', file.createdBy).executeTakeFirst(),
  ]);
  return { file, texts: new Map(texts.map((text) => [text.language, text])), variants, uses, uploader: uploader?.display_name ?? null };
}
