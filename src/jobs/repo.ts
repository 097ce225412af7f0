import { type Kysely, type Selectable, sql } from 'kysely';
import { isPostgres } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { JobsTable, JobStatus } from './jobs.table.ts';

/**
 * The SQL of the job queue (ADR 0018). `jobs` rows are network-level: no SiteScope here. Every
 * change to a running job is conditional on the lease (`locked_by`), so a process that lost its
 * job to another (its lease expired while it was stalled) cannot overwrite the other's outcome.
 */
export type JobRow = Selectable<JobsTable>;

export interface NewJobRow {
  name: string;
  siteId: number | null;
  payload: string;
  maxAttempts: number;
  runAt: string;
  uniqueKey: string | null;
  uniqueWhilePending: boolean;
  now: string;
}

/** Inserts a job; with a unique key already taken, inserts nothing and returns undefined. */
export async function insertJob(db: Kysely<Database>, job: NewJobRow): Promise<number | undefined> {
  const row = await db
    .insertInto('jobs')
    .values({
      name: job.name,
      site_id: job.siteId,
      payload: job.payload,
      max_attempts: job.maxAttempts,
      run_at: job.runAt,
      unique_key: job.uniqueKey,
      unique_while_pending: job.uniqueWhilePending ? 1 : 0,
      created_at: job.now,
      updated_at: job.now,
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/**
 * Takes up to `limit` jobs for `worker` in one statement: queued jobs that are due, and running
 * jobs whose lease expired (their process died) with tries left. On PostgreSQL the candidates are
 * locked `FOR UPDATE SKIP LOCKED`, so concurrent claimers take disjoint sets without waiting; on
 * SQLite a write statement holds the database's write lock from its first step (it waits up to
 * the busy timeout for another process's), so two claims never interleave.
 */
export async function claimRows(db: Kysely<Database>, claim: { worker: string; names: readonly string[]; limit: number; now: string; lockedUntil: string }): Promise<JobRow[]> {
  if (!claim.names.length || claim.limit < 1) return [];
  const candidates = db
    .selectFrom('jobs')
    .select('id')
    .where('name', 'in', claim.names)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', claim.now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<', claim.now), eb('attempts', '<', eb.ref('max_attempts'))]),
      ]),
    )
    .orderBy('run_at')
    .orderBy('id')
    .limit(claim.limit)
    .$if(isPostgres(db), (qb) => qb.forUpdate().skipLocked());
  const rows = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      locked_by: claim.worker,
      locked_until: claim.lockedUntil,
      attempts: eb('attempts', '+', 1),
      started_at: claim.now,
      updated_at: claim.now,
    }))
    .where('id', 'in', candidates)
    .returningAll()
    .execute();
  return rows.sort((a, b) => (a.run_at < b.run_at ? -1 : a.run_at > b.run_at ? 1 : a.id - b.id));
}

/** Running jobs whose process died on their last try: failed for good, with the reason kept. */
export async function failAbandonedRows(db: Kysely<Database>, now: string, names: readonly string[]): Promise<number> {
  if (!names.length) return 0;
  const result = await db
    .updateTable('jobs')
    .set({ status: 'failed', last_error: 'The process running this job stopped before it finished, on its last try (its lease expired).', locked_by: null, locked_until: null, finished_at: now, updated_at: now, unique_key: releasedKey })
    .where('name', 'in', names)
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Extends the lease of a job this worker holds; false when it no longer holds it. */
export async function extendLease(db: Kysely<Database>, id: number, worker: string, lockedUntil: string, now: string): Promise<boolean> {
  const result = await db.updateTable('jobs').set({ locked_until: lockedUntil, updated_at: now }).where('id', '=', id).where('locked_by', '=', worker).where('status', '=', 'running').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A finished job drops a key that was unique only while it was pending. */
const releasedKey = sql<string | null>`case when unique_while_pending = 1 then null else unique_key end`;

export type Outcome =
  | { status: 'done'; result: string | null }
  | { status: 'queued'; runAt: string; error: string }
  | { status: 'failed'; error: string };

/** Records how a run ended, if `worker` still holds the job; false when another process took it over. */
export async function finishRun(db: Kysely<Database>, id: number, worker: string, outcome: Outcome, now: string): Promise<boolean> {
  const common = { locked_by: null, locked_until: null, updated_at: now };
  const changes =
    outcome.status === 'done'
      ? { ...common, status: 'done' as const, result: outcome.result, finished_at: now, unique_key: releasedKey }
      : outcome.status === 'queued'
        ? { ...common, status: 'queued' as const, run_at: outcome.runAt, last_error: outcome.error }
        : { ...common, status: 'failed' as const, last_error: outcome.error, finished_at: now, unique_key: releasedKey };
  const result = await db.updateTable('jobs').set(changes).where('id', '=', id).where('locked_by', '=', worker).where('status', '=', 'running').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives back jobs this worker holds (it is stopping): queued again at once, the try not counted. */
export async function releaseRows(db: Kysely<Database>, ids: readonly number[], worker: string, now: string): Promise<number> {
  if (!ids.length) return 0;
  const result = await db
    .updateTable('jobs')
    .set((eb) => ({ status: 'queued', locked_by: null, locked_until: null, run_at: now, updated_at: now, attempts: eb('attempts', '-', 1) }))
    .where('id', 'in', ids)
    .where('locked_by', '=', worker)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Puts a failed or waiting job back in the queue now, with all its tries again. */
export async function requeueRow(db: Kysely<Database>, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'queued', run_at: now, attempts: 0, locked_by: null, locked_until: null, finished_at: null, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['failed', 'queued'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findJobRow(db: Kysely<Database>, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface JobFilters {
  status?: JobStatus;
  name?: string;
  siteId?: number;
  limit?: number;
}

/** The newest jobs first, filtered. */
export async function selectJobs(db: Kysely<Database>, filters: JobFilters = {}): Promise<JobRow[]> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .$if(filters.status !== undefined, (qb) => qb.where('status', '=', filters.status!))
    .$if(filters.name !== undefined, (qb) => qb.where('name', '=', filters.name!))
    .$if(filters.siteId !== undefined, (qb) => qb.where('site_id', '=', filters.siteId!))
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(filters.limit ?? 50, 1), 1000))
    .execute();
}

export async function countByStatus(db: Kysely<Database>): Promise<{ status: string; count: number }[]> {
  const rows = await db.selectFrom('jobs').select((eb) => ['status', eb.fn.countAll<number>().as('count')]).groupBy('status').execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.count) }));
}

/** Deletes finished jobs: done ones finished before `doneBefore`, failed ones before `failedBefore`. */
export async function deleteFinished(db: Kysely<Database>, cutoffs: { doneBefore: string; failedBefore: string }): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where((eb) => eb.or([eb.and([eb('status', '=', 'done'), eb('finished_at', '<', cutoffs.doneBefore)]), eb.and([eb('status', '=', 'failed'), eb('finished_at', '<', cutoffs.failedBefore)])]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
