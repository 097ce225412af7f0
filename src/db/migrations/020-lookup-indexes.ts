import type { Kysely } from 'kysely';

/**
 * Every change of an item replaces its search entries (`delete … where site_id = ? and item_id in …`).
 * The only index on `search_entries` starting with `site_id` was the listing one, so each save
 * scanned the whole site's entries: slower with every item a site holds, and most of a large
 * import's time. This index matches the lookup.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('search_entries_site_item').on('search_entries').columns(['site_id', 'item_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('search_entries_site_item').ifExists().execute();
}
