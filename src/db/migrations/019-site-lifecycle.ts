import type { Kysely } from 'kysely';

/**
 * Site lifecycle and training sandboxes (ADR 0021):
 * - `sites.seed`: what the site was created from, so that a reset knows what to return to:
 *   `national-chm` (a seed of `src/sites/seeds/`), `clone:<code>` or `clone-content:<code>` (a
 *   template site, its settings and menus, with or without its content), or null (an empty site);
 * - `sites.seed_settings`: JSON of the settings the site had when it was created from it (theme,
 *   taglines, contact email), which a reset puts back;
 * - `sites.reset_nightly`: 1 for a training site reset every night by `resetTrainingSites`;
 * - `sites.maintenance_message`: JSON `{ [lang]: text }` shown on a suspended site's maintenance page.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sites').addColumn('seed', 'text').execute();
  await db.schema.alterTable('sites').addColumn('seed_settings', 'text').execute();
  await db.schema.alterTable('sites').addColumn('reset_nightly', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('sites').addColumn('maintenance_message', 'text', (c) => c.notNull().defaultTo('{}')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['maintenance_message', 'reset_nightly', 'seed_settings', 'seed']) {
    await db.schema.alterTable('sites').dropColumn(column).execute();
  }
}
