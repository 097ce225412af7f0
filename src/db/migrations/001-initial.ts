import { type Kysely, sql } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * The platform core's tables. Conventions (ADR 0003): timestamps are ISO-8601 UTC text, JSON is
 * text, booleans are integers 0/1, so that both databases store and return the same values.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sites')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (isPostgres(db) ? b : b.autoIncrement())))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('country', 'text')
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('default_language', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('taglines', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('contact_email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('site_domains')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (isPostgres(db) ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('host', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('registry_changes')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('registry_changes').values({ id: 1, version: 0 }).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (isPostgres(db) ? b : b.autoIncrement())))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('is_network_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('site_memberships')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('site_memberships_pk', ['site_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (isPostgres(db) ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('promoted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sticky', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('geo_lat', 'real')
    .addColumn('geo_lng', 'real')
    .addColumn('starts_at', 'text')
    .addColumn('ends_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('items_site_type').on('items').columns(['site_id', 'type']).execute();

  await db.schema
    .createTable('item_translations')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (isPostgres(db) ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('item_translations_item_language', ['item_id', 'language'])
    .addUniqueConstraint('item_translations_slug', ['site_id', 'type', 'language', 'slug'])
    .execute();
  await db.schema
    .createIndex('item_translations_listing')
    .on('item_translations')
    .columns(['site_id', 'language', 'type', 'status', 'published_at'])
    .execute();

  await db.schema
    .createTable('item_revisions')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (isPostgres(db) ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addUniqueConstraint('item_revisions_item_version', ['item_id', 'version'])
    .execute();

  await db.schema
    .createTable('item_tags')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('vocabulary', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_tags_pk', ['item_id', 'term'])
    .execute();
  await db.schema.createIndex('item_tags_site_term').on('item_tags').columns(['site_id', 'term']).execute();

  await db.schema
    .createTable('vocabulary_terms')
    .addColumn('vocabulary', 'text', (c) => c.notNull())
    .addColumn('identifier', 'text', (c) => c.notNull().primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('broader', 'text')
    .addColumn('titles', 'text', (c) => c.notNull())
    .addColumn('descriptions', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vocabulary_terms_vocabulary').on('vocabulary_terms').columns(['vocabulary', 'position']).execute();

  await db.schema
    .createTable('site_keywords')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (isPostgres(db) ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('identifier', 'text', (c) => c.notNull())
    .addColumn('labels', 'text', (c) => c.notNull())
    .addUniqueConstraint('site_keywords_identifier', ['site_id', 'identifier'])
    .execute();

  await db.schema
    .createTable('search_entries')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (isPostgres(db) ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addUniqueConstraint('search_entries_item_language', ['item_id', 'language'])
    .execute();

  if (isPostgres(db)) {
    // 'simple' keeps every language's words as written (lower-cased); per-language stemming is
    // chosen at query time by the search module.
    await sql`create index search_entries_fts on search_entries using gin (to_tsvector('simple', title || ' ' || content))`.execute(db);
  } else {
    // An external-content FTS5 index over search_entries; remove_diacritics makes "foret" find "forêt".
    await sql`create virtual table search_fts using fts5(title, content, content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger search_entries_ai after insert on search_entries begin
      insert into search_fts(rowid, title, content) values (new.id, new.title, new.content); end`.execute(db);
    await sql`create trigger search_entries_ad after delete on search_entries begin
      insert into search_fts(search_fts, rowid, title, content) values ('delete', old.id, old.title, old.content); end`.execute(db);
    await sql`create trigger search_entries_au after update on search_entries begin
      insert into search_fts(search_fts, rowid, title, content) values ('delete', old.id, old.title, old.content);
      insert into search_fts(rowid, title, content) values (new.id, new.title, new.content); end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'search_entries',
    'site_keywords',
    'vocabulary_terms',
    'item_tags',
    'item_revisions',
    'item_translations',
    'items',
    'site_memberships',
    'users',
    'registry_changes',
    'site_domains',
    'sites',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  if (!isPostgres(db)) await sql`drop table if exists search_fts`.execute(db);
}
