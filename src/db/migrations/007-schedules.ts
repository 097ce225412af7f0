import { type Kysely } from 'kysely';

/**
 * Scheduled publishing (ADR 0007): each translation may carry the instant it is to be published
 * and the instant it is to be unpublished, with the IANA zone the editor entered them in (so the
 * form shows them back as typed). Revisions gain a note: the comment of an editor who sent a
 * translation back to its author, or what a scheduled job did.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // SQLite adds one column per statement.
  await db.schema.alterTable('item_translations').addColumn('publish_at', 'text').execute();
  await db.schema.alterTable('item_translations').addColumn('unpublish_at', 'text').execute();
  await db.schema.alterTable('item_translations').addColumn('schedule_zone', 'text').execute();
  await db.schema.alterTable('item_revisions').addColumn('note', 'text').execute();
  // The periodic job looks for due schedules across every site on each tick.
  await db.schema.createIndex('item_translations_publish_at').on('item_translations').column('publish_at').execute();
  await db.schema.createIndex('item_translations_unpublish_at').on('item_translations').column('unpublish_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('item_translations_unpublish_at').ifExists().execute();
  await db.schema.dropIndex('item_translations_publish_at').ifExists().execute();
  await db.schema.alterTable('item_revisions').dropColumn('note').execute();
  await db.schema.alterTable('item_translations').dropColumn('schedule_zone').execute();
  await db.schema.alterTable('item_translations').dropColumn('unpublish_at').execute();
  await db.schema.alterTable('item_translations').dropColumn('publish_at').execute();
}
