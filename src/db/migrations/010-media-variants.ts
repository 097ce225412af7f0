import { type Kysely } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * Image variants (ADR 0011) made in the background: one row per stored variant file, written only
 * once the file sits at `storage_key` (like `media_files`, ADR 0010). `(media_id, format, width)`
 * is unique, so a job that runs twice (a crash, two processes) cannot add a second set.
 * `media_files.variants_failed_at` marks an image the job could not read, so that it is not tried
 * again at every tick. Timestamps are ISO-8601 text (ADR 0003).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('media_variants')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (pg ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media_files.id').onDelete('cascade'))
    // avif | webp | jpeg
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    // Lower-case hex SHA-256 of the variant's bytes: its ETag; the first 16 digits are in its name.
    .addColumn('sha256', 'text', (c) => c.notNull())
    // `sites/<siteId>/<original sha256>.<file name>`, e.g. `….1024w.3f9a1c2b7d4e5f60.avif`.
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_variants_media_format_width').unique().on('media_variants').columns(['media_id', 'format', 'width']).execute();
  await db.schema.createIndex('media_variants_site').on('media_variants').column('site_id').execute();

  await db.schema.alterTable('media_files').addColumn('variants_failed_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('media_files').dropColumn('variants_failed_at').execute();
  await db.schema.dropTable('media_variants').ifExists().execute();
}
