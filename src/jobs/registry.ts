import type { Kysely } from 'kysely';
import type { AppServices } from '../app-services.ts';
import type { Database } from '../db/schema.ts';
import type { Site } from '../sites/site.ts';
import type { Schedule } from './schedule.ts';

/**
 * What a job is (ADR 0018, STYLE point 12): a named unit whose `perform` calls the same services
 * as the routes do, with its retry options. Jobs are at-least-once: a job whose process dies is
 * run again after its lease, so `perform` must be safe to run twice (the services it calls guard
 * their changes with conditional updates or unique keys).
 */
export interface JobDefinition<Payload = any> {
  name: string;
  perform(payload: Payload, ctx: JobContext): Promise<unknown>;
  /** Tries in all (the first run included) and the first back-off; each next wait doubles. */
  retry: { attempts: number; backoffMs: number };
  /** How long a claim holds before another process may take the job over; renewed while it runs. Default 60 s. */
  leaseMs?: number;
  /** A run taking longer fails (and is retried); its `ctx.signal` is aborted. Default: none. */
  timeoutMs?: number;
}

export interface JobLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface JobContext {
  services: AppServices;
  db: Kysely<Database>;
  /** The run's time, ISO-8601 UTC (ADR 0003); tests run jobs "tomorrow" by passing it. */
  now: string;
  log: JobLog;
  /** The job's site when it has one (`jobs.site_id`), as the site directory knows it. */
  site: Site | null;
  jobId: number;
  /** This is try number `attempt` of `maxAttempts`. */
  attempt: number;
  maxAttempts: number;
  /** Aborted when the job's timeout passes or the runner stops: long jobs should check it. */
  signal: AbortSignal;
}

/** A recurring job: its definition, when it runs, and whether this configuration wants it at all. */
export interface ScheduledJob {
  job: JobDefinition;
  schedule: Schedule;
  payload?: unknown;
  /** False turns the schedule off for this configuration (e.g. `CBD_SYNC_INTERVAL_HOURS=0`). */
  enabled?: (config: AppServices['config']) => boolean;
}

/** The jobs one process knows how to run, and the schedules it turns into job rows. */
export interface JobRegistry {
  definitions: ReadonlyMap<string, JobDefinition>;
  schedules: readonly ScheduledJob[];
}

export const defaultLeaseMs = 60_000;

/**
 * Builds a registry from definitions and schedules; a schedule's job is registered with it.
 *
 * @example
 *   const registry = jobRegistry([sendDigest], [{ job: publishScheduledJob, schedule: every({ minutes: 1 }) }]);
 */
export function jobRegistry(definitions: readonly JobDefinition[], schedules: readonly ScheduledJob[] = []): JobRegistry {
  const map = new Map<string, JobDefinition>();
  for (const definition of [...definitions, ...schedules.map((s) => s.job)]) {
    const known = map.get(definition.name);
    if (known && known !== definition) throw new Error(`Two job definitions are named "${definition.name}"`);
    if (definition.retry.attempts < 1) throw new Error(`Job "${definition.name}" needs at least one attempt`);
    map.set(definition.name, definition);
  }
  return { definitions: map, schedules };
}

/** Identity with the payload's type checked: `defineJob<{ siteCode: string }>({ … })`. */
export function defineJob<Payload = Record<string, never>>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}
