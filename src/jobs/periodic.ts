import type { Kysely } from 'kysely';
import type { AppServices } from '../app-services.ts';
import type { Database } from '../db/schema.ts';
import { SiteScope } from '../db/site-scope.ts';
import { purgeExpiredTrash } from '../content/trash.ts';
import { uploadStagingDir } from '../media/storage/open-store.ts';
import { sweepIncompleteUploads } from '../media/upload.ts';
import { makePendingVariants } from '../media/variant-job.ts';
import { cbdSync } from './cbd-sync.ts';
import { publishScheduled } from './publish-scheduled.ts';

/**
 * A small periodic runner for the few things that must happen on time without a person: each
 * task runs once per tick, one after the other. It is not a job queue (issue 8 brings one): there
 * is no persistence, no per-task schedule and no retry back-off. A failing task is logged and
 * simply tried again at the next tick, so tasks must be idempotent and safe when another server
 * process runs the same task at the same moment (each guards its changes with conditional
 * updates). A tick never starts while the previous one is still running.
 */
export interface TaskProps {
  db: Kysely<Database>;
  /** The tick's time, ISO-8601 UTC (ADR 0003), so that tests can run a task "tomorrow". */
  now: string;
  services: AppServices;
  log: JobLog;
}

export interface PeriodicTask {
  name: string;
  /** Does the work due at `now`; what it returns (counts) is logged when not empty. */
  perform(props: TaskProps): Promise<unknown>;
}

export interface JobLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** Every periodic task, in the order a tick runs them. Adding one is one line here. */
export const periodicTasks: readonly PeriodicTask[] = [
  publishScheduled,
  // Items stay in the trash for 30 days (src/content/trash.ts); then they are deleted for good.
  { name: 'purge-trash', perform: async ({ db, now }) => ({ purged: await purgeExpiredTrash(db, now) }) },
  // What a crash in the middle of an upload left behind: staged files and uncommitted store keys, after an hour.
  { name: 'sweep-uploads', perform: async ({ services, now }) => ({ removed: await sweepIncompleteUploads(services.media, { stagingDir: uploadStagingDir(services.config), now: new Date(now) }) }) },
  // AVIF/WebP/JPEG variants of new images (ADR 0011), a few per tick: each costs ~2 s of both cores.
  // National data and vocabularies from the CBD, daily by default, in the background (ADR 0016).
  cbdSync,
  { name: 'media-variants', perform: ({ db, services, log }) => makePendingVariants({ db, store: services.media, stagingDir: uploadStagingDir(services.config), scopeFor: (siteId) => new SiteScope(db, siteId), log, maxInputPixels: services.config.mediaMaxImagePixels }) },
];

export interface PeriodicJobs {
  /** Runs every task once now (after the current tick, if one is running); for tests and the CLI. */
  runOnce(now?: Date): Promise<TaskResult[]>;
  /** Stops the ticks and waits for a running one to finish. */
  stop(): Promise<void>;
}

export interface TaskResult {
  name: string;
  ok: boolean;
  result?: unknown;
  error?: string;
}

export interface PeriodicOptions {
  /** Time between the end of one tick and the start of the next; 0 starts nothing (manual `runOnce` only). */
  intervalMs: number;
  tasks?: readonly PeriodicTask[];
  log?: JobLog;
  /** The clock, injectable for tests. */
  clock?: () => Date;
}

const consoleLog: JobLog = {
  info: (object, message) => console.info(message, JSON.stringify(object)),
  warn: (object, message) => console.warn(message, JSON.stringify(object)),
  error: (object, message) => console.error(message, JSON.stringify(object)),
};

/**
 * Starts the ticks: the first one right away (whatever fell due while the server was down), then
 * one every `intervalMs` after the previous one ended, so ticks never overlap.
 *
 * @example
 *   const jobs = startPeriodicJobs(services, { intervalMs: config.jobsIntervalMs, log: app.log });
 *   // on shutdown
 *   await jobs.stop();
 */
export function startPeriodicJobs(services: AppServices, options: PeriodicOptions): PeriodicJobs {
  const tasks = options.tasks ?? periodicTasks;
  const log = options.log ?? consoleLog;
  const clock = options.clock ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // The tick in progress: every run waits for it, so two runs of a task never overlap here.
  let running: Promise<TaskResult[]> = Promise.resolve([]);

  async function tick(now: Date): Promise<TaskResult[]> {
    const results: TaskResult[] = [];
    for (const task of tasks) {
      if (stopped && options.intervalMs > 0) break;
      try {
        const result = await task.perform({ db: services.db.kysely, now: now.toISOString(), services, log });
        results.push({ name: task.name, ok: true, result });
        if (result !== undefined && !isEmptyResult(result)) log.info({ task: task.name, result }, `periodic task ${task.name} done`);
      } catch (error) {
        // Logged and left for the next tick: a broken task must never take the server down.
        const message = error instanceof Error ? error.message : String(error);
        results.push({ name: task.name, ok: false, error: message });
        log.error({ task: task.name, err: error instanceof Error ? { message, stack: error.stack } : message }, `periodic task ${task.name} failed; it will be tried again at the next tick`);
      }
    }
    return results;
  }

  function run(now?: Date): Promise<TaskResult[]> {
    const next = running.then(() => tick(now ?? clock()));
    running = next.catch(() => []);
    return next;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      void run().finally(() => schedule(options.intervalMs));
    }, delay);
    // The ticks alone never keep a process alive (a CLI command, a test).
    timer.unref();
  }

  if (options.intervalMs > 0) schedule(0);
  return {
    runOnce: (now) => run(now),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

function isEmptyResult(result: unknown): boolean {
  if (result === null || typeof result !== 'object') return false;
  return Object.values(result).every((v) => v === 0 || (Array.isArray(v) && v.length === 0));
}
