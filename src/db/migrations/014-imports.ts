import { type Kysely } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * Imports from older systems (PTK/Naaya first; ADR 0017) and what they bring that sites did not
 * have yet:
 * - `import_runs`: one row per run (source, who, when, status, counts and the final report, kept
 *   for the admin);
 * - `import_records`: what each source object became, keyed by the source and the object's path,
 *   with a hash of what was read, so a re-run updates what changed and duplicates nothing, and a
 *   run killed half-way resumes where its last committed batch ended;
 * - `quarantine`: source objects that could not be mapped (unknown types, items failing
 *   validation, refused files), raw, with the reason, until an administrator retries or dismisses them;
 * - `redirects`: old addresses (PTK paths) that answer 301 with the new page's address;
 * - `item_comments`: comments people left on items (PTK discussions), kept with the item;
 * - `site_vocabularies`, `site_vocabulary_terms`: a site's own controlled vocabularies (PTK
 *   glossaries), hierarchical, with names and definitions per language.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => c.primaryKey().$call((b: any) => (pg ? b : b.autoIncrement()));
  const site = (c: any) => c.notNull().references('sites.id').onDelete('cascade');

  await db.schema
    .createTable('import_runs')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', site)
    // `ptk`: the only importer so far; the format read is `format`.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('started_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    // running, completed, failed (the source could not be read to its end; what came before is kept).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('report', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('import_runs_site').on('import_runs').columns(['site_id', 'started_at']).execute();

  await db.schema
    .createTable('import_records')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', site)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_path', 'text', (c) => c.notNull())
    .addColumn('meta_type', 'text', (c) => c.notNull())
    // item, media, menu, comment, quarantine.
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('item_id', 'integer', (c) => c.references('items.id').onDelete('set null'))
    .addColumn('media_id', 'integer', (c) => c.references('media_files.id').onDelete('set null'))
    // JSON of what else the object became: menu entries per language, media per binary, the pointer's target.
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('parent_path', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    // SHA-256 of what was read (binaries by their own hashes): equal on a re-run means nothing to do.
    .addColumn('source_hash', 'text', (c) => c.notNull())
    // 1 while the item's text holds links to other imported objects not yet rewritten.
    .addColumn('links_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_records_path').on('import_records').columns(['site_id', 'source', 'source_path']).unique().execute();
  await db.schema.createIndex('import_records_item').on('import_records').column('item_id').execute();

  await db.schema
    .createTable('quarantine')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', site)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_path', 'text', (c) => c.notNull())
    .addColumn('meta_type', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    // The object as read (JSON), binaries named by their file names and SHA-256.
    .addColumn('raw', 'text', (c) => c.notNull())
    // open, dismissed; resolved rows are deleted (the object became something).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('dismissed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('quarantine_path').on('quarantine').columns(['site_id', 'source', 'source_path']).unique().execute();

  await db.schema
    .createTable('redirects')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', site)
    // The old path, decoded, with a leading slash and no trailing one: `/news/cop10-report`.
    .addColumn('from_path', 'text', (c) => c.notNull())
    // Either an item (its current address is followed) or a fixed path on the site.
    .addColumn('item_id', 'integer', (c) => c.references('items.id').onDelete('cascade'))
    .addColumn('to_path', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('redirects_from').on('redirects').columns(['site_id', 'from_path']).unique().execute();

  await db.schema
    .createTable('item_comments')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', site)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    // Where the comment came from (`ptk:<id>`), so that a re-import does not duplicate it.
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // Plain text.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('posted_at', 'text')
    // published, spam.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('item_comments_item').on('item_comments').columns(['site_id', 'item_id', 'source_key']).unique().execute();

  await db.schema
    .createTable('site_vocabularies')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', site)
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('descriptions', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('site_vocabularies_code').on('site_vocabularies').columns(['site_id', 'code']).unique().execute();

  await db.schema
    .createTable('site_vocabulary_terms')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', site)
    .addColumn('vocabulary', 'text', (c) => c.notNull())
    .addColumn('term_id', 'text', (c) => c.notNull())
    .addColumn('parent_term_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('definitions', 'text', (c) => c.notNull())
    // The site keyword the term is used as on items (its labels are the term's names).
    .addColumn('keyword', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('site_vocabulary_terms_id').on('site_vocabulary_terms').columns(['site_id', 'vocabulary', 'term_id']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['site_vocabulary_terms', 'site_vocabularies', 'item_comments', 'redirects', 'quarantine', 'import_records', 'import_runs']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
