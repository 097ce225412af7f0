import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { AppServices } from '../app-services.ts';
import type { Site } from '../sites/site.ts';
import { defaultJobRegistry } from './definitions.ts';
import { claimJobs, completeJob, enqueueJob, failJob, type JobRow } from './queue.ts';
import { releaseRows, extendLease } from './repo.ts';
import { defaultLeaseMs, type JobContext, type JobDefinition, type JobLog, type JobRegistry } from './registry.ts';
import { enqueueDueSlots } from './scheduler.ts';

/**
 * The job runner (ADR 0018): every `ecotone serve` process runs one (SQLite: the one serving
 * process; PostgreSQL: each of them, sharing the queue). Each poll enqueues the schedules' due
 * slots, then `concurrency` lanes each claim one job at a time until nothing is due. A job holds a
 * lease renewed by a heartbeat; if the process dies, another claims the job once the lease expires.
 */
export interface JobRunnerOptions {
  /** Time between the end of one poll and the start of the next; 0 polls never (`runDue` only). */
  intervalMs: number;
  /** Jobs run at once by this process (`JOBS_CONCURRENCY`, default 2). */
  concurrency?: number;
  registry?: JobRegistry;
  log?: JobLog;
  /** The clock, injectable for tests. */
  clock?: () => Date;
  /** Written to `jobs.locked_by`; default `host:pid:random`. */
  worker?: string;
  /** Every job's lease, instead of each definition's own (`JOBS_LEASE_MS`). */
  leaseMs?: number | null;
  /** How long `stop` waits for running jobs before giving them back to the queue. Default 10 s. */
  stopGraceMs?: number;
}

export interface JobResult {
  id: number;
  name: string;
  siteId: number | null;
  ok: boolean;
  result?: unknown;
  error?: string;
  /** done; retry (queued again after its back-off); failed (no tries left); lost (another process took it over). */
  outcome: 'done' | 'retry' | 'failed' | 'lost';
}

export interface JobRunner {
  worker: string;
  /** Enqueues due schedule slots, then runs every job due at `now` (default the clock); results in job order. */
  runDue(now?: Date): Promise<JobResult[]>;
  /** "Run now": enqueues the named scheduled jobs (default all enabled) at once and runs what is due. */
  runNow(names?: readonly string[], now?: Date): Promise<JobResult[]>;
  /** Stops polling; waits for running jobs (up to the grace time), then gives back any still running. */
  stop(): Promise<void>;
}

const consoleLog: JobLog = {
  info: (object, message) => console.info(message, JSON.stringify(object)),
  warn: (object, message) => console.warn(message, JSON.stringify(object)),
  error: (object, message) => console.error(message, JSON.stringify(object)),
};

export function workerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/**
 * @example
 *   const jobs = startJobRunner(services, { intervalMs: config.jobsIntervalMs, concurrency: config.jobsConcurrency, log: app.log });
 *   // on shutdown
 *   await jobs.stop();
 */
export function startJobRunner(services: AppServices, options: JobRunnerOptions): JobRunner {
  const db = services.db.kysely;
  const registry = options.registry ?? defaultJobRegistry;
  const names = [...registry.definitions.keys()];
  const log = options.log ?? consoleLog;
  const clock = options.clock ?? (() => new Date());
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const worker = options.worker ?? workerId();
  // A claim's first lease, before the job's own (if longer or shorter) replaces it.
  const claimLeaseMs = options.leaseMs ?? defaultLeaseMs;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // Polls run one after the other: runDue while a poll runs waits for it.
  let running: Promise<unknown> = Promise.resolve();
  const inFlight = new Map<number, { done: Promise<void>; abort: AbortController }>();
  // A run's times never go back before the time it was asked to run at (tests run jobs "tomorrow").
  const notBefore = (now: string) => {
    const current = clock().toISOString();
    return current > now ? current : now;
  };

  async function runOne(row: JobRow, now: string): Promise<JobResult> {
    const definition = registry.definitions.get(row.name)!;
    const base = { id: row.id, name: row.name, siteId: row.site_id };
    const abort = new AbortController();
    const leaseMs = options.leaseMs ?? definition.leaseMs ?? defaultLeaseMs;
    const leaseFrom = () => Math.max(clock().getTime(), Date.parse(now));
    if (leaseMs !== claimLeaseMs) await extendLease(db, row.id, worker, new Date(leaseFrom() + leaseMs).toISOString(), now);
    // The heartbeat: a live process keeps its jobs however long they take.
    const heartbeat = setInterval(() => {
      extendLease(db, row.id, worker, new Date(leaseFrom() + leaseMs).toISOString(), clock().toISOString()).catch((error: unknown) => log.warn({ job: row.id, err: String(error) }, 'could not renew a job’s lease'));
    }, Math.max(50, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    let settle!: () => void;
    inFlight.set(row.id, { done: new Promise<void>((resolve) => (settle = resolve)), abort });
    try {
      const result = await withTimeout(perform(definition, row, now, abort.signal), definition.timeoutMs, abort);
      const kept = await completeJob(db, row, worker, result, notBefore(now));
      if (result !== undefined && !isEmptyResult(result)) log.info({ job: row.id, name: row.name, result }, `job ${row.name} done`);
      return { ...base, ok: true, result, outcome: kept ? 'done' : 'lost' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentJobError;
      const outcome = await failJob(db, permanent ? { ...row, attempts: row.max_attempts } : row, worker, message, { now: notBefore(now), backoffMs: definition.retry.backoffMs });
      log[outcome === 'retry' ? 'warn' : 'error']({ job: row.id, name: row.name, attempt: row.attempts, of: row.max_attempts, err: message }, outcome === 'retry' ? `job ${row.name} failed; it will be tried again` : `job ${row.name} failed`);
      return { ...base, ok: false, error: message, outcome };
    } finally {
      clearInterval(heartbeat);
      inFlight.delete(row.id);
      settle();
    }
  }

  async function perform(definition: JobDefinition, row: JobRow, now: string, signal: AbortSignal): Promise<unknown> {
    let payload: unknown;
    try {
      payload = JSON.parse(row.payload);
    } catch {
      throw new PermanentJobError(`The job's payload is not valid JSON: ${row.payload.slice(0, 200)}`);
    }
    const site = row.site_id === null ? null : await siteById(services, row.site_id);
    if (row.site_id !== null && !site) throw new PermanentJobError(`Site ${row.site_id} no longer exists`);
    const ctx: JobContext = { services, db, now, log, site: site ?? null, jobId: row.id, attempt: row.attempts, maxAttempts: row.max_attempts, signal };
    return definition.perform(payload, ctx);
  }

  /** One lane: claims and runs one job at a time until none is due or the runner stops. */
  async function lane(now: string, results: JobResult[]): Promise<void> {
    while (!stopped) {
      const [row] = await claimJobs(db, { worker, limit: 1, leaseMs: claimLeaseMs, now, names });
      if (!row) return;
      results.push(await runOne(row, now));
      if (stopped) return;
    }
  }

  async function pass(now: Date, enqueue: () => Promise<unknown>): Promise<JobResult[]> {
    const iso = now.toISOString();
    await enqueue();
    const results: JobResult[] = [];
    await Promise.all(Array.from({ length: concurrency }, () => lane(iso, results)));
    return results.sort((a, b) => a.id - b.id);
  }

  function serialized(work: () => Promise<JobResult[]>): Promise<JobResult[]> {
    const next = running.then(work);
    running = next.catch(() => undefined);
    return next;
  }

  function runDue(now?: Date): Promise<JobResult[]> {
    return serialized(() => {
      const at = now ?? clock();
      return pass(at, () => enqueueDueSlots(db, registry, services.config, at));
    });
  }

  function runNow(only?: readonly string[], now?: Date): Promise<JobResult[]> {
    return serialized(async () => {
      const at = now ?? clock();
      return pass(at, async () => {
        for (const scheduled of registry.schedules) {
          if (only ? !only.includes(scheduled.job.name) : scheduled.enabled?.(services.config) === false) continue;
          await enqueueJob(db, { name: scheduled.job.name, payload: scheduled.payload, maxAttempts: scheduled.job.retry.attempts, uniqueKey: `run-now:${scheduled.job.name}`, uniqueWhilePending: true, now: at.toISOString() });
        }
      });
    });
  }

  function poll(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      runDue()
        .catch((error: unknown) => log.error({ err: error instanceof Error ? error.message : String(error) }, 'the job runner could not poll the queue; it will try again'))
        .finally(() => poll(options.intervalMs));
    }, delay);
    // The poll alone never keeps a process alive (a CLI command, a test).
    timer.unref();
  }

  if (options.intervalMs > 0) poll(0);
  return {
    worker,
    runDue,
    runNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      let graceTimer: NodeJS.Timeout | undefined;
      const grace = new Promise<'late'>((resolve) => (graceTimer = setTimeout(resolve, options.stopGraceMs ?? 10_000, 'late')));
      const finished = Promise.all([...inFlight.values()].map((j) => j.done)).then(() => 'finished' as const);
      if ((await Promise.race([finished, grace])) === 'late') {
        // Given back rather than left to the lease: the next process (or this one restarted) takes
        // them at once. Released first, so that the aborted runs cannot record a failed try.
        const released = await releaseRows(db, [...inFlight.keys()], worker, clock().toISOString());
        for (const job of inFlight.values()) job.abort.abort(new Error('The job runner is stopping'));
        log.warn({ released }, 'stopped while jobs were running; they are queued again');
      }
      clearTimeout(graceTimer);
      await running;
    },
  };
}

/** A failure that another try cannot fix (bad payload, a deleted site): failed at once. */
export class PermanentJobError extends Error {}

/**
 * Runs every scheduled job once now, as `runOnce` of the old periodic runner did: for tests and
 * the CLI (`ecotone jobs run`).
 */
export async function runScheduledJobsNow(services: AppServices, options: { now?: Date; names?: readonly string[]; log?: JobLog; registry?: JobRegistry } = {}): Promise<JobResult[]> {
  const runner = startJobRunner(services, { intervalMs: 0, log: options.log, registry: options.registry });
  try {
    return await runner.runNow(options.names, options.now);
  } finally {
    await runner.stop();
  }
}

/** A context to call a definition's `perform` directly (tests, a CLI command running one job in the foreground). */
export function jobContextFor(services: AppServices, options: { now?: string; log?: JobLog; site?: Site | null } = {}): JobContext {
  return { services, db: services.db.kysely, now: options.now ?? new Date().toISOString(), log: options.log ?? consoleLog, site: options.site ?? null, jobId: 0, attempt: 1, maxAttempts: 1, signal: new AbortController().signal };
}

async function siteById(services: AppServices, id: number): Promise<Site | undefined> {
  const find = () => services.sites.all().find((s) => s.id === id);
  // Another process may have created the site since this one last read the registry.
  return find() ?? (await services.sites.refresh(), find());
}

/** The run, ended early when its timeout passes or the runner stops (a job ignoring its signal is left behind). */
async function withTimeout<T>(work: Promise<T>, timeoutMs: number | undefined, abort: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const ended = new Promise<never>((_, reject) => {
    abort.signal.addEventListener('abort', () => reject(abort.signal.reason instanceof Error ? abort.signal.reason : new Error(String(abort.signal.reason))), { once: true });
  });
  if (timeoutMs) timer = setTimeout(() => abort.abort(new Error(`The job took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`)), timeoutMs);
  try {
    return await Promise.race([work, ended]);
  } finally {
    clearTimeout(timer);
  }
}

function isEmptyResult(result: unknown): boolean {
  if (result === null || typeof result !== 'object') return false;
  return Object.values(result).every((v) => v === 0 || v === false || (Array.isArray(v) && v.length === 0));
}
