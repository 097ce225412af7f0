import { type Kysely } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * Which items use which media files (ADR 0012): one row per file, item, language and field,
 * rewritten with every save of the item. It answers "where is this file used?" before a delete,
 * and whether a file is public (used by a published translation of a live item) when it is served.
 * `language` is null for a field shared by all translations (a lead image).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('media_usages')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (pg ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media_files.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('language', 'text')
    // The field that holds the reference: a declared field's name, or `body` for the rich text.
    .addColumn('field', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_usages_media').on('media_usages').columns(['media_id', 'item_id']).execute();
  await db.schema.createIndex('media_usages_item').on('media_usages').column('item_id').execute();
  await db.schema.createIndex('media_usages_site').on('media_usages').column('site_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('media_usages').ifExists().execute();
}
