import type { Kysely } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * The durable job queue (ADR 0018). One row per unit of background work: a scheduled slot of a
 * recurring job, a "run now" from the admin, or work enqueued by a service. Rows are network-level
 * (`site_id` only says which site a job works on), so they are not read through a SiteScope.
 * - `status` moves queued → running → done, or back to queued with a later `run_at` after a
 *   failure (exponential back-off), or to failed after `max_attempts`;
 * - `locked_by` / `locked_until` are the lease of the process running it: a running job whose
 *   lease has expired belonged to a process that died, and any other process may claim it again;
 * - `unique_key` enqueues a recurring slot or a "sync now" once, whichever process gets there
 *   first. With `unique_while_pending = 1` the key is released when the job finishes, so the same
 *   key can be enqueued again later (a second "run now" once the first is done).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => c.primaryKey().$call((b: any) => (pg ? b : b.autoIncrement()));
  await db.schema
    .createTable('jobs')
    .addColumn('id', idColumn(db), id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('site_id', 'integer', (c) => c.references('sites.id').onDelete('cascade'))
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('result', 'text')
    .addColumn('unique_key', 'text')
    .addColumn('unique_while_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  // NULLs are distinct in a unique index on both engines: jobs without a key never collide.
  await db.schema.createIndex('jobs_unique_key').on('jobs').column('unique_key').unique().execute();
  // The claim reads queued jobs by run_at and running jobs by lease; the admin lists by status.
  await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.createIndex('jobs_status_locked_until').on('jobs').columns(['status', 'locked_until']).execute();
  await db.schema.createIndex('jobs_site').on('jobs').column('site_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('jobs').ifExists().execute();
}
