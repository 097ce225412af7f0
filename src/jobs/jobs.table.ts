import type { Generated } from 'kysely';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export const jobStatuses: readonly JobStatus[] = ['queued', 'running', 'done', 'failed'];

/** `jobs` (migration 016, ADR 0018): one unit of background work and where it stands. */
export interface JobsTable {
  id: Generated<number>;
  /** The job definition's name (`src/jobs/definitions.ts`), e.g. `publish-scheduled`. */
  name: string;
  /** The site the job works on, or null for network-wide work; not a SiteScope'd table. */
  site_id: number | null;
  /** JSON text handed to the definition's `perform`. */
  payload: Generated<string>;
  status: Generated<JobStatus>;
  /** How many times a process claimed it (a claim after a crash counts). */
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  /** ISO-8601 UTC: not claimed before this time (the schedule slot, or the back-off after a failure). */
  run_at: string;
  /** The worker holding the lease (`host:pid:random`), while running. */
  locked_by: string | null;
  /** ISO-8601 UTC end of the lease; renewed by the heartbeat; past it, another process may claim the job. */
  locked_until: string | null;
  last_error: string | null;
  /** JSON text of what `perform` returned (counts), once done. */
  result: string | null;
  unique_key: string | null;
  /** 1 when `unique_key` is released once the job has finished (a "run now"), 0 when it is kept (a schedule slot). */
  unique_while_pending: Generated<number>;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}
