import { type Kysely } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * Harvesting other national CHM sites' feeds (ADR 0020). Network-level tables (no `site_id`):
 * - `harvest_sources`: an external CHM site (name, country, home page);
 * - `harvest_feeds`: its RSS/Atom/JSON feeds, each with a kind and language, and the state of
 *   its fetching (conditional-request validators, last outcome, back-off);
 * - `harvest_entries`: what the feeds published, one row per item of a source however many of
 *   its feeds or fetches carried it (`dedupe_key`, `link_key`).
 * And one site table:
 * - `site_harvest_selections`: which sources a site shows on its home page.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => c.primaryKey().$call((b: any) => (pg ? b : b.autoIncrement()));

  await db.schema
    .createTable('harvest_sources')
    .addColumn('id', idColumn(db), id)
    // The name shown when none is given in the reader's language.
    .addColumn('name', 'text', (c) => c.notNull())
    // JSON `{ [lang]: name }`, possibly empty.
    .addColumn('names', 'text', (c) => c.notNull().defaultTo('{}'))
    // ISO 3166-1 alpha-2, lower case.
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('home_url', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('harvest_feeds')
    .addColumn('id', idColumn(db), id)
    .addColumn('source_id', 'integer', (c) => c.notNull().references('harvest_sources.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    // news, events, other.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('last_fetched_at', 'text')
    .addColumn('last_success_at', 'text')
    // The last answer's HTTP status; null when there was none (timeout, DNS, refused address).
    .addColumn('last_status', 'integer')
    // Null after a success (or a 304); what went wrong otherwise.
    .addColumn('last_error', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    // Null: due now. Also moved forward while a process fetches the feed, so that no other does.
    .addColumn('next_fetch_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('harvest_feeds_source_url').on('harvest_feeds').columns(['source_id', 'url']).unique().execute();
  await db.schema.createIndex('harvest_feeds_due').on('harvest_feeds').column('next_fetch_at').execute();

  await db.schema
    .createTable('harvest_entries')
    .addColumn('id', idColumn(db), id)
    .addColumn('source_id', 'integer', (c) => c.notNull().references('harvest_sources.id').onDelete('cascade'))
    // The feed that last carried the entry.
    .addColumn('feed_id', 'integer', (c) => c.notNull().references('harvest_feeds.id').onDelete('cascade'))
    // `id:<guid>`, else `link:<url>`, else `title:<normalised title>|<date>`: unique per source.
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    // The normalised link, so that an item found again under another guid (another feed) is still one entry.
    .addColumn('link_key', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // Plain text, short.
    .addColumn('summary', 'text')
    .addColumn('link', 'text')
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text')
    .addColumn('event_start', 'text')
    .addColumn('event_end', 'text')
    // When the entry is listed: published, else updated, else first seen (ISO-8601 UTC).
    .addColumn('sort_at', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('harvest_entries_key').on('harvest_entries').columns(['source_id', 'dedupe_key']).unique().execute();
  await db.schema.createIndex('harvest_entries_link').on('harvest_entries').columns(['source_id', 'link_key']).execute();
  await db.schema.createIndex('harvest_entries_stream').on('harvest_entries').columns(['kind', 'sort_at']).execute();
  await db.schema.createIndex('harvest_entries_feed').on('harvest_entries').column('feed_id').execute();

  await db.schema
    .createTable('site_harvest_selections')
    .addColumn('id', idColumn(db), id)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('harvest_sources.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('site_harvest_selections_site').on('site_harvest_selections').columns(['site_id', 'source_id']).unique().execute();
  await db.schema.createIndex('site_harvest_selections_source').on('site_harvest_selections').column('source_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('site_harvest_selections').ifExists().execute();
  await db.schema.dropTable('harvest_entries').ifExists().execute();
  await db.schema.dropTable('harvest_feeds').ifExists().execute();
  await db.schema.dropTable('harvest_sources').ifExists().execute();
}
