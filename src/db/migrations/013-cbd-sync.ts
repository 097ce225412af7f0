import { type Kysely } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * National data from the CBD's central systems (ADR 0016). Synced records become items, so that
 * they appear in listings, search, feeds, the sitemap, menus and the API like any other content;
 * what makes them different is kept here:
 * - `items.origin`: null for content written on the site, `cbd` for a record the CBD sync owns
 *   (read-only in the admin, rewritten by every sync);
 * - `cbd_records`: which central record each such item mirrors (its identifier, schema, revision
 *   and last change), so a re-sync updates instead of duplicating, and a record gone centrally
 *   is deleted locally;
 * - `cbd_site_syncs`: per site, when the last sync ran, when it last succeeded, what it did, and
 *   the error the site manager is shown when it failed;
 * - `cbd_vocabulary_syncs`: the same for the shared vocabularies, per thesaurus domain.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => c.primaryKey().$call((b: any) => (pg ? b : b.autoIncrement()));
  await db.schema.alterTable('items').addColumn('origin', 'text').execute();
  await db.schema
    .createTable('cbd_records')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    // The record's identifier in the central systems (a GUID for ORT and CHM records).
    .addColumn('identifier', 'text', (c) => c.notNull())
    .addColumn('schema', 'text', (c) => c.notNull())
    .addColumn('document_id', 'integer')
    .addColumn('revision', 'integer')
    // The central record's last change (`updatedDate_dt`), ISO-8601 UTC: unchanged records are not fetched again.
    .addColumn('source_updated_at', 'text')
    .addColumn('url', 'text')
    .addColumn('synced_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cbd_records_identifier').on('cbd_records').columns(['site_id', 'identifier']).unique().execute();
  await db.schema.createIndex('cbd_records_item').on('cbd_records').column('item_id').unique().execute();

  await db.schema
    .createTable('cbd_site_syncs')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    // Null after a success; the message the site manager sees after a failure.
    .addColumn('last_error', 'text')
    // JSON counts of the last successful sync, e.g. {"added":3,"updated":1,"removed":0,"unchanged":12}.
    .addColumn('last_counts', 'text', (c) => c.notNull().defaultTo('{}'))
    // Set while a sync runs, so that two processes do not sync one site at once; stale after an hour.
    .addColumn('running_since', 'text')
    // 1 when the last sync read sample data (the demo network's local stand-in of the API): pages say so.
    .addColumn('sample_data', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('cbd_site_syncs_site').on('cbd_site_syncs').column('site_id').unique().execute();

  await db.schema
    .createTable('cbd_vocabulary_syncs')
    .addColumn('domain', 'text', (c) => c.primaryKey())
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('term_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cbd_vocabulary_syncs').ifExists().execute();
  await db.schema.dropTable('cbd_site_syncs').ifExists().execute();
  await db.schema.dropTable('cbd_records').ifExists().execute();
  await db.schema.alterTable('items').dropColumn('origin').execute();
}
