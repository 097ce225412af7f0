import type { Kysely } from 'kysely';
import type { Database, SiteTable } from '../db/schema.ts';
import { SiteScope } from '../db/site-scope.ts';
import type { MediaStore } from '../media/storage/media-store.ts';

/**
 * A whole site's rows, for the lifecycle operations that work on all of them at once (ADR 0021):
 * a training reset wipes the site's content, a delete removes every row. This is one of the few
 * modules that names tables of other modules; it only deletes, always through a `SiteScope`.
 */

/**
 * What a reset wipes before loading the seed again: the site's content and everything derived
 * from it, children before parents. Not wiped: memberships (the class's logins keep working),
 * the audit trail and the outbox (a record of what happened), and tables of other modules
 * (jobs, harvest selections…) that are not content.
 */
export const contentTables: readonly SiteTable[] = [
  'item_comments',
  'item_tags',
  'item_revisions',
  'media_usages',
  'search_entries',
  'search_words',
  'menu_entries',
  'redirects',
  'cbd_records',
  'cbd_site_syncs',
  'import_records',
  'quarantine',
  'import_runs',
  'item_translations',
  'items',
  'media_texts',
  'media_variants',
  'media_files',
  'site_vocabulary_terms',
  'site_vocabularies',
  'site_keywords',
];

/** Removes the site's content rows (see `contentTables`); call inside the reset's transaction. */
export async function wipeSiteContent(scope: SiteScope): Promise<void> {
  for (const table of contentTables) await scope.deleteFrom(table).execute();
}

/**
 * Every table with a `site_id` column, read from the database's catalogue rather than a list, so
 * that a table another module adds later is covered by a delete without anyone remembering to.
 */
export async function tablesWithSiteId(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.filter((t) => t.name !== 'sites' && t.columns.some((c) => c.name === 'site_id')).map((t) => t.name).sort();
}

/**
 * Deletes every row of the site, then the site itself: content tables first in their safe order,
 * then the registry row, whose deletion cascades to every table with a foreign key on `sites`
 * (memberships, domains, other modules' tables), then whatever the catalogue still shows with the
 * site's id (tables without such a key: audit events, outbox, sessions). Call in a transaction.
 */
export async function deleteAllSiteRows(db: Kysely<Database>, siteId: number): Promise<Record<string, number>> {
  const scope = new SiteScope(db, siteId);
  const counts: Record<string, number> = {};
  const remember = (table: string, result: readonly { numDeletedRows: bigint }[]) => {
    const n = result.reduce((sum, r) => sum + Number(r.numDeletedRows), 0);
    if (n) counts[table] = (counts[table] ?? 0) + n;
  };
  for (const table of contentTables) remember(table, await scope.deleteFrom(table).execute());
  const others = (await tablesWithSiteId(db)).filter((t) => !(contentTables as readonly string[]).includes(t));
  const before = new Map<string, number>();
  for (const table of others) before.set(table, await countRows(db, table, siteId));
  await db.deleteFrom('sites').where('id', '=', siteId).execute();
  for (const table of others) {
    // Names from the catalogue; `site_id` is the one column they all share.
    await (db as Kysely<any>).deleteFrom(table).where('site_id', '=', siteId).execute();
    if (before.get(table)) counts[table] = before.get(table)!;
  }
  return counts;
}

/** Rows of `table` (a name from the catalogue) that belong to the site. */
export async function countRows(db: Kysely<Database>, table: string, siteId: number): Promise<number> {
  const row = await (db as Kysely<any>).selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('site_id', '=', siteId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Removes media objects of the site that no row points at any more: what a reset or a delete left
 * behind. Run after the transaction commits, so a rolled-back reset never loses a file.
 */
export async function sweepUnreferencedMedia(db: Kysely<Database>, store: MediaStore, siteId: number): Promise<number> {
  const scope = new SiteScope(db, siteId);
  const [files, variants] = await Promise.all([
    scope.selectFrom('media_files').select('storage_key').execute(),
    scope.selectFrom('media_variants').select('storage_key').execute(),
  ]);
  const kept = new Set([...files, ...variants].map((r) => r.storage_key));
  let removed = 0;
  for await (const entry of store.list(`sites/${siteId}/`)) {
    if (kept.has(entry.key)) continue;
    await store.delete(entry.key);
    removed++;
  }
  return removed;
}
