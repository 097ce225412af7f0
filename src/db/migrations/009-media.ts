import { type Kysely } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * Media (ADR 0010): one row per stored file of a site, content-addressed by its SHA-256 (unique
 * per site, so the same bytes uploaded twice give one item), and its texts per language. A row is
 * only written once its file sits at `storage_key`. Timestamps are ISO-8601 text, booleans 0/1
 * (ADR 0003).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('media_files')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (pg ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    // image | document | audio | video
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    // Up to several hundred MB: past PostgreSQL's 2^31 `integer` only for huge videos, but cheap to allow.
    .addColumn('bytes', pg ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('licence', 'text')
    // Focal point, 0..1 from the left and from the top; null means the centre.
    .addColumn('focal_x', pg ? 'double precision' : 'real')
    .addColumn('focal_y', pg ? 'double precision' : 'real')
    .addColumn('decorative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_files_site_sha256').unique().on('media_files').columns(['site_id', 'sha256']).execute();
  await db.schema.createIndex('media_files_site_created').on('media_files').columns(['site_id', 'created_at']).execute();

  await db.schema
    .createTable('media_texts')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (pg ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media_files.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('alt_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credits', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_texts_media_language').unique().on('media_texts').columns(['media_id', 'language']).execute();
  await db.schema.createIndex('media_texts_site').on('media_texts').column('site_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('media_texts').ifExists().execute();
  await db.schema.dropTable('media_files').ifExists().execute();
}
