import type { Selectable } from 'kysely';
import { nowIso } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import type { MenuEntriesTable, MenuName } from './menus.table.ts';

/** Menu SQL. Every query goes through the site scope, so a menu only ever sees its own site's rows. */

export interface MenuEntryRow {
  id: number;
  menu: MenuName;
  language: string;
  parentId: number | null;
  position: number;
  label: string;
  itemId: number | null;
  url: string | null;
}

/** What a menu needs to know about the item an entry points to: one row per translation. */
export interface TargetTranslationRow {
  entryId: number;
  itemType: string;
  deleted: boolean;
  language: string;
  title: string;
  slug: string;
  status: string;
  publishedAt: string | null;
}

function toEntry(row: Pick<Selectable<MenuEntriesTable>, 'id' | 'menu' | 'language' | 'parent_id' | 'position' | 'label' | 'item_id' | 'url'>): MenuEntryRow {
  return { id: row.id, menu: row.menu, language: row.language, parentId: row.parent_id, position: row.position, label: row.label, itemId: row.item_id, url: row.url };
}

const entryColumns = ['e.id', 'e.menu', 'e.language', 'e.parent_id', 'e.position', 'e.label', 'e.item_id', 'e.url'] as const;

/**
 * The entries of one site and language (one menu, or both), each with the translations of the
 * item it points to, in ONE query: every public page reads its menus, so this must stay a single
 * round trip. It reads the content tables directly (ADR 0006): a call into the content module per
 * entry would be the N+1 this avoids. Items of another site cannot join: both joins carry the
 * site id.
 */
export async function menuRowsWithTargets(scope: SiteScope, language: string, menu?: MenuName): Promise<{ entries: MenuEntryRow[]; targets: TargetTranslationRow[] }> {
  const rows = await scope
    .selectFrom('menu_entries as e')
    .leftJoin('items as i', (join) => join.onRef('i.id', '=', 'e.item_id').on('i.site_id', '=', scope.siteId))
    .leftJoin('item_translations as t', (join) => join.onRef('t.item_id', '=', 'i.id').on('t.site_id', '=', scope.siteId))
    .select([...entryColumns, 'i.id as target_id', 'i.type as item_type', 'i.deleted_at', 't.language as t_language', 't.title', 't.slug', 't.status', 't.published_at'])
    .where('e.language', '=', language)
    .$if(menu !== undefined, (qb) => qb.where('e.menu', '=', menu!))
    .orderBy('e.menu')
    .orderBy('e.position')
    .orderBy('e.id')
    .execute();
  const entries = new Map<number, MenuEntryRow>();
  const targets: TargetTranslationRow[] = [];
  for (const row of rows) {
    if (!entries.has(row.id)) entries.set(row.id, toEntry(row));
    if (row.target_id !== null && row.t_language !== null) {
      targets.push({
        entryId: row.id,
        itemType: row.item_type!,
        deleted: row.deleted_at !== null,
        language: row.t_language,
        title: row.title!,
        slug: row.slug!,
        status: row.status!,
        publishedAt: row.published_at,
      });
    }
  }
  return { entries: [...entries.values()], targets };
}

/** The bare entries of one menu, for reordering and nesting. */
export async function menuEntries(scope: SiteScope, menu: MenuName, language: string): Promise<MenuEntryRow[]> {
  const rows = await scope
    .selectFrom('menu_entries as e')
    .select([...entryColumns])
    .where('e.menu', '=', menu)
    .where('e.language', '=', language)
    .orderBy('e.position')
    .orderBy('e.id')
    .execute();
  return rows.map(toEntry);
}

export async function findMenuEntry(scope: SiteScope, id: number): Promise<MenuEntryRow | undefined> {
  const row = await scope.selectFrom('menu_entries as e').select([...entryColumns]).where('e.id', '=', id).executeTakeFirst();
  return row ? toEntry(row) : undefined;
}

/** Whether `itemId` names an item of this site that is not in the trash. */
export async function itemExists(scope: SiteScope, itemId: number): Promise<boolean> {
  const row = await scope.selectFrom('items').select('id').where('id', '=', itemId).where('deleted_at', 'is', null).executeTakeFirst();
  return row !== undefined;
}

export async function insertMenuEntry(
  scope: SiteScope,
  entry: { menu: MenuName; language: string; parentId: number | null; position: number; label: string; itemId: number | null; url: string | null },
): Promise<number> {
  const now = nowIso();
  const row = await scope
    .insertInto('menu_entries', { menu: entry.menu, language: entry.language, parent_id: entry.parentId, position: entry.position, label: entry.label, item_id: entry.itemId, url: entry.url, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateMenuEntry(scope: SiteScope, id: number, values: Partial<{ parentId: number | null; position: number; label: string; itemId: number | null; url: string | null }>): Promise<void> {
  await scope
    .updateTable('menu_entries')
    .set({
      ...(values.parentId !== undefined ? { parent_id: values.parentId } : {}),
      ...(values.position !== undefined ? { position: values.position } : {}),
      ...(values.label !== undefined ? { label: values.label } : {}),
      ...(values.itemId !== undefined ? { item_id: values.itemId } : {}),
      ...(values.url !== undefined ? { url: values.url } : {}),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteMenuEntry(scope: SiteScope, id: number): Promise<void> {
  await scope.deleteFrom('menu_entries').where('id', '=', id).execute();
}

/** Items an entry can point to: those with a translation in `language` (else in the default one), by type and title. */
export async function linkableItems(scope: SiteScope, language: string, fallbackLanguage: string, limit: number) {
  return scope
    .selectFrom('item_translations as t')
    .innerJoin('items as i', (join) => join.onRef('i.id', '=', 't.item_id').on('i.site_id', '=', scope.siteId))
    .select(['t.item_id as itemId', 't.type', 't.language', 't.title', 't.status'])
    .where('i.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('t.language', '=', language),
        eb.and([
          eb('t.language', '=', fallbackLanguage),
          eb.not(eb.exists(eb.selectFrom('item_translations as own').select('own.id').whereRef('own.item_id', '=', 't.item_id').where('own.language', '=', language))),
        ]),
      ]),
    )
    .orderBy('t.type')
    .orderBy('t.title')
    .limit(limit)
    .execute();
}
