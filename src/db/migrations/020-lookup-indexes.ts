import type { Kysely } from 'kysely';

/**
 * Two lookups that scanned a whole site (or the whole network) as sites grew:
 * - every change of an item replaces its search entries (`delete … where site_id = ? and
 *   item_id in …`), and the only index on `search_entries` starting with `site_id` was the
 *   listing one, so each save scanned the site's entries (most of a large import's time);
 * - upcoming events (a site's listing, the network portal's stream) are events of a site from a
 *   date on, which no index ordered by start.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('search_entries_site_item').on('search_entries').columns(['site_id', 'item_id']).execute();
  await db.schema.createIndex('items_site_type_start').on('items').columns(['site_id', 'type', 'starts_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('items_site_type_start').ifExists().execute();
  await db.schema.dropIndex('search_entries_site_item').ifExists().execute();
}
