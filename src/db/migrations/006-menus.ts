import { type Kysely } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * Menus (ADR 0006): one row per entry of a site's `main` or `footer` menu in one language,
 * nested through `parent_id` and ordered by `position` among siblings. The target is an item of
 * the same site (`item_id`, so the link follows slug changes) or a `url`. Timestamps are
 * ISO-8601 text (ADR 0003).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('menu_entries')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (isPostgres(db) ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('menu', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    // Children are re-parented by the service before a delete; the cascade only matters when a whole site goes.
    .addColumn('parent_id', 'integer', (c) => c.references('menu_entries.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    // An item purged from the trash leaves the entry without a target: the admin shows it with a
    // warning and the public menu leaves it out, rather than the entry vanishing unseen.
    .addColumn('item_id', 'integer', (c) => c.references('items.id').onDelete('set null'))
    .addColumn('url', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Every page reads both menus of one site and language in one query.
  await db.schema.createIndex('menu_entries_site_language').on('menu_entries').columns(['site_id', 'language', 'menu', 'position']).execute();
  await db.schema.createIndex('menu_entries_item').on('menu_entries').column('item_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('menu_entries').ifExists().execute();
}
