import { type Kysely, sql } from 'kysely';
import { audit } from '../accounts/audit.ts';
import { type Actor, can } from '../accounts/policy.ts';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { SiteScope } from '../db/site-scope.ts';
import { NotFoundError } from '../errors.ts';
import { indexItem } from '../search/service.ts';
import type { Item } from './item.ts';
import * as repo from './repo.ts';
import { type ContentContext, isLive, uniqueSlug } from './service.ts';

/**
 * The trash. Deleting an item marks it (`items.deleted_at`, `deleted_by`) instead of removing it;
 * `repo.loadItems` and every listing leave marked items out, so the item disappears from public
 * pages, listings, feeds, the API, the sitemap, counts and the admin lists at once, while its
 * translations, tags and revisions wait here to be restored. After `trashRetentionDays` the
 * periodic job calls `purgeExpiredTrash` and the item is gone for good.
 *
 * Slugs: a trashed translation keeps its slug in `trashed_slug` and its `slug` becomes a
 * placeholder that no real slug can equal (`~` is not a slug character), so a new item can take
 * the address at once. Restoring into an address taken meanwhile gives the restored translation a
 * suffixed slug (`wetlands-2`), the same rule as any save: the item that holds the address now
 * keeps it, because links to it may already be out in the world; the restored item's new address
 * is reported to the person restoring it.
 */
export const trashRetentionDays = 30;

const retentionMs = trashRetentionDays * 24 * 60 * 60 * 1000;

/** The moment after which an item trashed at `deletedAt` may be purged. */
function purgeDueAt(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + retentionMs).toISOString();
}

/**
 * Moves a live item to the trash and drops its search entries. Returns the item as it was.
 * @throws NotFoundError when the site has no such live item (already trashed, or another site's).
 */
export async function moveToTrash(context: Pick<ContentContext, 'scope' | 'actorId'>, itemId: number, now = nowIso()): Promise<Item> {
  return context.scope.transaction(async (scope) => {
    const item = await repo.findItem(scope, itemId);
    if (!item) throw new NotFoundError(`There is no item ${itemId} on this site`, 'item_not_found');
    const marked = await scope.updateTable('items').set({ deleted_at: now, deleted_by: context.actorId }).where('id', '=', itemId).where('deleted_at', 'is', null).executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1) throw new NotFoundError(`There is no item ${itemId} on this site`, 'item_not_found');
    await scope
      .updateTable('item_translations')
      .set({ trashed_slug: sql<string>`slug`, slug: sql<string>`'~trashed-' || cast(id as text)` })
      .where('item_id', '=', itemId)
      .execute();
    await scope.deleteFrom('search_entries').where('item_id', '=', itemId).execute();
    return item;
  });
}

/**
 * Moves an item to the trash on behalf of a person, if they may (`item.delete`, with the item's
 * author and publication taken into account), and records it in the activity log. The edit
 * page's button and the bulk action both come here. Returns false when it was not theirs to trash.
 */
export async function trashItemAs(context: Pick<ContentContext, 'scope' | 'site'> & { actor: Actor; actorId: number }, item: Item, details: Record<string, unknown> = {}): Promise<boolean> {
  const published = item.translations.some((t) => isLive(t, nowIso()));
  // A synced record goes when the CBD sync sees it gone at the source (ADR 0016).
  if (item.origin) return false;
  if (!can(context.actor, 'item.delete', { siteId: context.site.id, authorId: item.authorId, published })) return false;
  await moveToTrash(context, item.id);
  await audit(context.scope.db, { siteId: context.site.id, userId: context.actorId, action: 'item.trash', subject: `item:${item.id}`, details });
  return true;
}

export interface TrashedItem {
  id: number;
  type: string;
  title: string;
  deletedAt: string;
  deletedBy: { id: number; name: string } | null;
  purgeAt: string;
}

/** What the trash holds on this site (or the one item `id`), most recently trashed first, each with its title in `language` (or any). */
export async function listTrash(scope: SiteScope, language: string, options: { id?: number } = {}): Promise<TrashedItem[]> {
  const rows = await scope
    .selectFrom('items as i')
    .leftJoin('users as u', 'u.id', 'i.deleted_by')
    .select(['i.id', 'i.type', 'i.deleted_at', 'i.deleted_by', 'u.display_name'])
    .where('i.deleted_at', 'is not', null)
    .$if(options.id !== undefined, (qb) => qb.where('i.id', '=', options.id!))
    .orderBy('i.deleted_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(500)
    .execute();
  const ids = rows.map((r) => r.id);
  const titles = ids.length ? await scope.selectFrom('item_translations').select(['item_id', 'language', 'title']).where('item_id', 'in', ids).orderBy('id').execute() : [];
  return rows.map((r) => {
    const own = titles.filter((t) => t.item_id === r.id);
    return {
      id: r.id,
      type: r.type,
      title: (own.find((t) => t.language === language) ?? own[0])?.title ?? `#${r.id}`,
      deletedAt: r.deleted_at!,
      deletedBy: r.deleted_by !== null ? { id: r.deleted_by, name: r.display_name ?? `#${r.deleted_by}` } : null,
      purgeAt: purgeDueAt(r.deleted_at!),
    };
  });
}

export interface RestoreResult {
  item: Item;
  /** Translations that came back under another slug, because theirs was taken meanwhile. */
  renamed: { language: string; from: string; to: string }[];
}

/**
 * Takes an item out of the trash: its slugs come back (suffixed where taken meanwhile, see
 * above) and it is indexed for search again.
 * @throws NotFoundError when this site's trash has no such item.
 */
export async function restoreFromTrash(context: ContentContext, itemId: number): Promise<RestoreResult> {
  return context.scope.transaction(async (scope) => {
    const row = await scope.selectFrom('items').select(['id', 'type']).where('id', '=', itemId).where('deleted_at', 'is not', null).executeTakeFirst();
    if (!row) throw new NotFoundError(`There is no item ${itemId} in this site's trash`, 'item_not_in_trash');
    const translations = await scope.selectFrom('item_translations').select(['id', 'language', 'slug', 'trashed_slug']).where('item_id', '=', itemId).execute();
    const renamed: RestoreResult['renamed'] = [];
    for (const t of translations) {
      const wanted = t.trashed_slug ?? t.slug;
      const slug = await uniqueSlug(scope, row.type, t.language, wanted, itemId);
      if (slug !== wanted) renamed.push({ language: t.language, from: wanted, to: slug });
      await scope.updateTable('item_translations').set({ slug, trashed_slug: null }).where('id', '=', t.id).execute();
    }
    await scope.updateTable('items').set({ deleted_at: null, deleted_by: null }).where('id', '=', itemId).execute();
    const item = (await repo.findItem(scope, itemId))!;
    await indexItem(scope, item, context.vocabularies);
    return { item, renamed };
  });
}

/**
 * Deletes an item another system keeps in step (`origin`, ADR 0016) when its record is gone at the
 * source. Such items never pass through the trash: the source decides, and a record that comes
 * back comes back through the sync. Items written on the site are never touched here.
 */
export async function purgeSyncedItem(scope: SiteScope, itemId: number, now = nowIso()): Promise<boolean> {
  return scope.transaction(async (trx) => {
    const marked = await trx.updateTable('items').set({ deleted_at: now }).where('id', '=', itemId).where('origin', 'is not', null).executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1) return false;
    await purgeItem(trx, itemId);
    return true;
  });
}

/** Removes an item and everything that hangs from it. Only for items already in the trash. */
async function purgeItem(scope: SiteScope, itemId: number): Promise<void> {
  // Child rows are deleted explicitly rather than trusting ON DELETE CASCADE, which SQLite only
  // honours with its foreign_keys pragma on.
  await scope.deleteFrom('search_entries').where('item_id', '=', itemId).execute();
  await scope.deleteFrom('item_tags').where('item_id', '=', itemId).execute();
  await scope.deleteFrom('media_usages').where('item_id', '=', itemId).execute();
  await scope.deleteFrom('item_revisions').where('item_id', '=', itemId).execute();
  await scope.deleteFrom('item_translations').where('item_id', '=', itemId).execute();
  await scope.deleteFrom('items').where('id', '=', itemId).where('deleted_at', 'is not', null).execute();
}

/**
 * Deletes an item in this site's trash for good (site managers, from the trash page).
 * @throws NotFoundError when this site's trash has no such item.
 */
export async function deletePermanently(scope: SiteScope, itemId: number): Promise<{ id: number; type: string }> {
  return scope.transaction(async (trx) => {
    const row = await trx.selectFrom('items').select(['id', 'type']).where('id', '=', itemId).where('deleted_at', 'is not', null).executeTakeFirst();
    if (!row) throw new NotFoundError(`There is no item ${itemId} in this site's trash`, 'item_not_in_trash');
    await purgeItem(trx, itemId);
    return row;
  });
}

/**
 * Deletes for good every item, on every site, that has been in the trash for more than
 * `trashRetentionDays` at `now`, and returns how many. For the periodic job runner; it writes one
 * audit event per item (by the system) on the item's site.
 *
 * The one cross-site step is finding which items are due (a read of `items` by deletion date);
 * each deletion then goes through that item's own `SiteScope`.
 *
 * @example
 *   const purged = await purgeExpiredTrash(services.db.kysely, new Date());
 */
export async function purgeExpiredTrash(db: Kysely<Database>, now: Date | string = new Date()): Promise<number> {
  const cutoff = new Date(Date.parse(typeof now === 'string' ? now : now.toISOString()) - retentionMs).toISOString();
  const due = await db.selectFrom('items').select(['id', 'site_id', 'type', 'deleted_at']).where('deleted_at', 'is not', null).where('deleted_at', '<', cutoff).orderBy('id').execute();
  let purged = 0;
  for (const row of due) {
    const scope = new SiteScope(db, row.site_id);
    await scope.transaction(async (trx) => {
      await purgeItem(trx, row.id);
      await audit(trx.db, { siteId: row.site_id, userId: null, action: 'item.purge', subject: `item:${row.id}`, details: { type: row.type, deletedAt: row.deleted_at, reason: 'expired' } });
    });
    purged++;
  }
  return purged;
}
