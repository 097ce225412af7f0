import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import { type JobStatus, jobStatuses } from './jobs.table.ts';
import { claimRows, countByStatus, deleteFinished, failAbandonedRows, finishRun, findJobRow, insertJob, type JobFilters, type JobRow, requeueRow, selectJobs } from './repo.ts';

/**
 * The durable job queue (ADR 0018): what services, the runner, the admin and the CLI call.
 * Time is always passed in (`now`, ISO-8601 UTC) so that tests can move it.
 */
export type { JobRow, JobFilters } from './repo.ts';

export interface EnqueueOptions {
  name: string;
  payload?: unknown;
  siteId?: number | null;
  /** ISO-8601 UTC; default now. */
  runAt?: string;
  /** A job with this key is enqueued once: a second enqueue with the same key does nothing. */
  uniqueKey?: string;
  /** With a unique key: the key is released when the job finishes, so it can be enqueued again afterwards. */
  uniqueWhilePending?: boolean;
  /** Default 5; the definition's `retry.attempts` when the runner or a schedule enqueues. */
  maxAttempts?: number;
  now?: string;
}

/** Adds a job; returns its id, or null when its unique key is already taken (it is enqueued already). */
export async function enqueueJob(db: Kysely<Database>, job: EnqueueOptions): Promise<number | null> {
  const now = job.now ?? new Date().toISOString();
  const id = await insertJob(db, {
    name: job.name,
    siteId: job.siteId ?? null,
    payload: JSON.stringify(job.payload ?? {}),
    maxAttempts: Math.max(1, job.maxAttempts ?? 5),
    runAt: job.runAt ?? now,
    uniqueKey: job.uniqueKey ?? null,
    uniqueWhilePending: job.uniqueWhilePending ?? false,
    now,
  });
  return id ?? null;
}

export interface ClaimOptions {
  /** Who claims: `host:pid:random`, written to `locked_by`. */
  worker: string;
  limit: number;
  leaseMs: number;
  now: string;
  /** Only jobs this process knows how to run (a job of newer code waits for a process that knows it). */
  names: readonly string[];
}

/**
 * Claims due jobs for one worker: queued ones whose `run_at` has come, and running ones whose
 * lease expired. Jobs abandoned on their last try are marked failed first. Safe to call from
 * several processes at once on both engines (see `claimRows`).
 */
export async function claimJobs(db: Kysely<Database>, options: ClaimOptions): Promise<JobRow[]> {
  await failAbandonedRows(db, options.now, options.names);
  const lockedUntil = new Date(Date.parse(options.now) + options.leaseMs).toISOString();
  return claimRows(db, { worker: options.worker, names: options.names, limit: options.limit, now: options.now, lockedUntil });
}

/** Marks a run done with what it returned (JSON); false when the worker lost the job to another. */
export function completeJob(db: Kysely<Database>, job: Pick<JobRow, 'id'>, worker: string, result: unknown, now: string): Promise<boolean> {
  return finishRun(db, job.id, worker, { status: 'done', result: result === undefined ? null : JSON.stringify(result) }, now);
}

/** The wait before try `attempt + 1`: `backoffMs`, doubling each time, at most six hours. */
export function backoffDelay(backoffMs: number, attempt: number): number {
  return Math.min(backoffMs * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);
}

/**
 * Records a failed run: queued again after the back-off while tries are left, else failed for
 * good with the error kept for the admin. Returns what happened.
 */
export async function failJob(db: Kysely<Database>, job: Pick<JobRow, 'id' | 'attempts' | 'max_attempts'>, worker: string, error: string, options: { now: string; backoffMs: number }): Promise<'retry' | 'failed' | 'lost'> {
  const message = error.slice(0, 4000);
  if (job.attempts < job.max_attempts) {
    const runAt = new Date(Date.parse(options.now) + backoffDelay(options.backoffMs, job.attempts)).toISOString();
    return (await finishRun(db, job.id, worker, { status: 'queued', runAt, error: message }, options.now)) ? 'retry' : 'lost';
  }
  return (await finishRun(db, job.id, worker, { status: 'failed', error: message }, options.now)) ? 'failed' : 'lost';
}

/** An administrator's "retry now": a failed (or back-off waiting) job runs at the next poll with all its tries again. */
export async function retryJob(db: Kysely<Database>, id: number, now = new Date().toISOString()): Promise<JobRow> {
  const job = await findJobRow(db, id);
  if (!job) throw new NotFoundError(`There is no job ${id}`, 'job_not_found');
  if (!(await requeueRow(db, id, now))) {
    throw new ConflictError(`Job ${id} is ${job.status}: only a failed or waiting job can be retried`, 'job_not_retryable');
  }
  return (await findJobRow(db, id))!;
}

export async function findJob(db: Kysely<Database>, id: number): Promise<JobRow | undefined> {
  return findJobRow(db, id);
}

/** The newest jobs first (at most 1000), by status, name or site. */
export async function listJobs(db: Kysely<Database>, filters: JobFilters = {}): Promise<JobRow[]> {
  if (filters.status !== undefined && !jobStatuses.includes(filters.status)) {
    throw new BadRequestError(`"status" must be one of ${jobStatuses.join(', ')} (got "${filters.status}")`, 'invalid_status');
  }
  return selectJobs(db, filters);
}

/** Parses a status given on the command line or in a query string. */
export function parseJobStatus(raw: string | undefined): JobStatus | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!(jobStatuses as readonly string[]).includes(raw)) throw new BadRequestError(`"status" must be one of ${jobStatuses.join(', ')} (got "${raw}")`, 'invalid_status');
  return raw as JobStatus;
}

/** Jobs by status, every status present (zero when none): for the admin and `/metrics`. */
export async function queueDepth(db: Kysely<Database>): Promise<Record<JobStatus, number>> {
  const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const row of await countByStatus(db)) if (row.status in counts) counts[row.status as JobStatus] = row.count;
  return counts;
}

/** Deletes done jobs after `keepDoneDays` (default 7) and failed ones after `keepFailedDays` (default 30). */
export async function pruneJobs(db: Kysely<Database>, options: { now: string; keepDoneDays?: number; keepFailedDays?: number }): Promise<number> {
  const ago = (days: number) => new Date(Date.parse(options.now) - days * 86_400_000).toISOString();
  return deleteFinished(db, { doneBefore: ago(options.keepDoneDays ?? 7), failedBefore: ago(options.keepFailedDays ?? 30) });
}
