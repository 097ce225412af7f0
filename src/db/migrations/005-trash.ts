import { type Kysely } from 'kysely';

/**
 * The trash: deleting an item only marks it (`deleted_at`, `deleted_by`) so that it can be
 * restored for 30 days. A trashed item gives up its slugs (each translation's slug moves to
 * `trashed_slug` and gets a placeholder), so the unique slug constraint does not make a new
 * item wait until the trash is purged. Timestamps are ISO-8601 text (ADR 0003).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('items').addColumn('deleted_at', 'text').execute();
  // No foreign key: SQLite cannot drop a referencing column in `down`, and a user removed since
  // simply shows as unknown on the trash page.
  await db.schema.alterTable('items').addColumn('deleted_by', 'integer').execute();
  await db.schema.alterTable('item_translations').addColumn('trashed_slug', 'text').execute();
  // The trash page and the purge both look items up by site and deletion time.
  await db.schema.createIndex('items_site_deleted').on('items').columns(['site_id', 'deleted_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('items_site_deleted').ifExists().execute();
  await db.schema.alterTable('item_translations').dropColumn('trashed_slug').execute();
  await db.schema.alterTable('items').dropColumn('deleted_by').execute();
  await db.schema.alterTable('items').dropColumn('deleted_at').execute();
}
