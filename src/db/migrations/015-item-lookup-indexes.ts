import { type Kysely } from 'kysely';

/**
 * An item's translations and tags are read by (site, item) on every save and every item page.
 * The only indexes starting with `site_id` were the listing ones, and SQLite, without statistics,
 * chose them for `where site_id = ? and item_id = ?`: a scan of the whole site's rows per item,
 * which made a 20,000-item import (and saves on large sites) slower with every item. These two
 * indexes match the lookup exactly.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('item_tags_site_item').on('item_tags').columns(['site_id', 'item_id']).execute();
  await db.schema.createIndex('item_translations_site_item').on('item_translations').columns(['site_id', 'item_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('item_translations_site_item').ifExists().execute();
  await db.schema.dropIndex('item_tags_site_item').ifExists().execute();
}
