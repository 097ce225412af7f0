import { sql } from 'kysely';
import type { SiteScope } from '../db/site-scope.ts';
import type { TranslationStatus } from '../content/item.ts';

/**
 * Which items use which media files (ADR 0012). An item's uses are rewritten with every save, from
 * its media fields and the `/media/<id>/…` addresses in its rich text, so they are never stale for
 * long enough to matter: "where is this file used?" and "is this file public?" both read them.
 */

/** One use of a file by the item being saved. */
export interface MediaReference {
  mediaId: number;
  /** The translation that uses it, or null for a field every translation shares. */
  language: string | null;
  /** The field's name, or `body` for the rich text. */
  field: string;
}

/** One item that uses a file, for the library's "used in" list. */
export interface MediaUse {
  itemId: number;
  type: string;
  /** Fields that hold the file, e.g. `['leadImage', 'body']`. */
  fields: string[];
  /** Each translation of the item: its title (to name the item) and whether it is live. */
  translations: { language: string; title: string; status: TranslationStatus }[];
  /** True while the item is in the trash (it would come back with its files if restored). */
  trashed: boolean;
}

/** `/media/<id>/` as the media URLs write it (`urls.ts`), in a `src` or `href` of stored rich text. */
const mediaAddress = /\b(?:src|href)="\/media\/([1-9][0-9]{0,9})\//g;

/** The ids of this site's media files that a stored rich text points at, in order, each once. */
export function mediaIdsInRichText(html: string): number[] {
  const ids = new Set<number>();
  for (const match of html.matchAll(mediaAddress)) ids.add(Number(match[1]));
  return [...ids];
}

/** Replaces an item's uses with `references` (call inside the save's transaction). */
export async function replaceItemMediaUsages(scope: SiteScope, itemId: number, references: readonly MediaReference[]): Promise<void> {
  await scope.deleteFrom('media_usages').where('item_id', '=', itemId).execute();
  const unique = new Map<string, MediaReference>();
  for (const ref of references) unique.set(`${ref.mediaId}|${ref.language ?? ''}|${ref.field}`, ref);
  if (unique.size === 0) return;
  await scope
    .insertInto(
      'media_usages',
      [...unique.values()].map((ref) => ({ media_id: ref.mediaId, item_id: itemId, language: ref.language, field: ref.field })),
    )
    .execute();
}

/** The items that use a file, in the trash or not, most recently changed first. */
export async function listMediaUses(scope: SiteScope, mediaId: number): Promise<MediaUse[]> {
  const rows = await scope
    .selectFrom('media_usages as u')
    .innerJoin('items as i', 'i.id', 'u.item_id')
    .innerJoin('item_translations as t', 't.item_id', 'u.item_id')
    .select(['u.item_id', 'u.field', 'i.type', 'i.deleted_at', 'i.updated_at', 't.language', 't.title', 't.status'])
    .where('u.media_id', '=', mediaId)
    .orderBy('i.updated_at', 'desc')
    .orderBy('u.item_id')
    .orderBy('t.language')
    .execute();
  const uses = new Map<number, MediaUse>();
  for (const row of rows) {
    const itemId = Number(row.item_id);
    let use = uses.get(itemId);
    if (!use) {
      use = { itemId, type: row.type, fields: [], translations: [], trashed: row.deleted_at !== null };
      uses.set(itemId, use);
    }
    if (!use.fields.includes(row.field)) use.fields.push(row.field);
    if (!use.translations.some((t) => t.language === row.language)) use.translations.push({ language: row.language, title: row.title, status: row.status });
  }
  return [...uses.values()];
}

/** How many items use each of `mediaIds` (absent ids: none). For the library's list. */
export async function countMediaUses(scope: SiteScope, mediaIds: readonly number[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (mediaIds.length === 0) return counts;
  const rows = await scope
    .selectFrom('media_usages')
    .select(['media_id', sql<number>`count(distinct item_id)`.as('items')])
    .where('media_id', 'in', [...mediaIds])
    .groupBy('media_id')
    .execute();
  for (const row of rows) counts.set(Number(row.media_id), Number(row.items));
  return counts;
}

/** The files a site's own settings use (not items): today its home page picture. */
export function siteSettingsMedia(site: { theme: { heroImageId?: number } }): number[] {
  return site.theme.heroImageId === undefined ? [] : [site.theme.heroImageId];
}

/**
 * Whether a file is public: the site's settings use it (the home page picture), or a translation
 * that is published (and due) of an item not in the trash does. A field shared by the translations
 * counts for each of them.
 */
export async function isUsedPublicly(scope: SiteScope, site: { theme: { heroImageId?: number } }, mediaId: number, now: string): Promise<boolean> {
  if (siteSettingsMedia(site).includes(mediaId)) return true;
  const row = await scope
    .selectFrom('media_usages as u')
    .innerJoin('items as i', 'i.id', 'u.item_id')
    .innerJoin('item_translations as t', 't.item_id', 'u.item_id')
    .select('u.id')
    .where('u.media_id', '=', mediaId)
    .where('i.deleted_at', 'is', null)
    .where('t.status', '=', 'published')
    .where('t.published_at', '<=', now)
    .where((eb) => eb.or([eb('u.language', 'is', null), eb('u.language', '=', eb.ref('t.language'))]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
