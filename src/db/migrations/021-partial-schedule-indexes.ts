import { type Kysely, sql } from 'kysely';

/**
 * The scheduler finds due translations by `publish_at <= now` and `unpublish_at <= now`; almost
 * every translation has neither, yet each one written added an entry for its NULL to both
 * indexes (a 20,000-object import wrote 80,000 entries nobody reads). Partial indexes hold only
 * the scheduled ones; both engines use them for a `<=` on the column, which implies NOT NULL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('item_translations_publish_at').ifExists().execute();
  await db.schema.dropIndex('item_translations_unpublish_at').ifExists().execute();
  await sql`create index item_translations_publish_at on item_translations (publish_at) where publish_at is not null`.execute(db);
  await sql`create index item_translations_unpublish_at on item_translations (unpublish_at) where unpublish_at is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('item_translations_publish_at').ifExists().execute();
  await db.schema.dropIndex('item_translations_unpublish_at').ifExists().execute();
  await db.schema.createIndex('item_translations_publish_at').on('item_translations').column('publish_at').execute();
  await db.schema.createIndex('item_translations_unpublish_at').on('item_translations').column('unpublish_at').execute();
}
