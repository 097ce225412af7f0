import { type AppServices, startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { BadRequestError } from '../../errors.ts';
import { defaultJobRegistry } from '../../jobs/definitions.ts';
import { type JobRow, listJobs, parseJobStatus, queueDepth, retryJob } from '../../jobs/queue.ts';
import { type JobResult, startJobRunner } from '../../jobs/runner.ts';
import type { Output } from '../output.ts';
import { table } from '../output.ts';

export interface JobsCommandOptions {
  status?: string;
  site?: string;
}

const actions = 'list, run-due, run, retry';

/**
 * `ecotone jobs list [--status failed] [--site be]`: the newest jobs and the queue's counts.
 * `ecotone jobs run-due`: runs every job due now (enqueuing due schedule slots first), then exits;
 * beside a running server this process simply takes its share of the queue.
 * `ecotone jobs run <name>…`: runs recurring jobs now, out of their schedule.
 * `ecotone jobs retry <id>`: puts a failed job back in the queue with all its tries.
 * Exits 2 when a job it ran failed.
 */
export async function jobsCommand(action: string | undefined, options: JobsCommandOptions, rest: string[], out: Output): Promise<number> {
  if (!action || !actions.split(', ').includes(action)) {
    throw new BadRequestError(`jobs needs one of ${actions}${action ? ` (got "${action}")` : ''}, e.g. ecotone jobs list --status failed`, 'missing_option');
  }
  const status = parseJobStatus(options.status);
  const services = await startServices(loadConfig(), { log: { info: () => undefined, warn: () => undefined } });
  try {
    switch (action) {
      case 'list':
        return await list(services, { status, siteCode: options.site }, out);
      case 'retry':
        return await retry(services, rest[0], out);
      case 'run':
        if (!rest.length) throw new BadRequestError(`jobs run needs the names of recurring jobs: ${defaultJobRegistry.schedules.map((s) => s.job.name).join(', ')}`, 'missing_option');
        for (const name of rest) {
          if (!defaultJobRegistry.schedules.some((s) => s.job.name === name)) throw new BadRequestError(`There is no recurring job "${name}"; there are ${defaultJobRegistry.schedules.map((s) => s.job.name).join(', ')}`, 'unknown_job');
        }
        return await run(services, (runner) => runner.runNow(rest), out);
      default:
        return await run(services, (runner) => runner.runDue(), out);
    }
  } finally {
    await services.close();
  }
}

async function list(services: AppServices, filters: { status?: ReturnType<typeof parseJobStatus>; siteCode?: string }, out: Output): Promise<number> {
  const db = services.db.kysely;
  const site = filters.siteCode === undefined ? undefined : services.sites.byCodeOrUndefined(filters.siteCode);
  if (filters.siteCode !== undefined && !site) throw new BadRequestError(`There is no site "${filters.siteCode}"`, 'unknown_site');
  const jobs = await listJobs(db, { status: filters.status, siteId: site?.id, limit: 100 });
  const counts = await queueDepth(db);
  const codes = new Map(services.sites.all().map((s) => [s.id, s.code]));
  out.say(`Jobs: ${counts.queued} queued, ${counts.running} running, ${counts.done} done, ${counts.failed} failed`);
  if (jobs.length) {
    out.say(
      table([
        ['id', 'name', 'site', 'status', 'tries', 'run at', 'finished at', 'error'],
        ...jobs.map((j) => [String(j.id), j.name, j.site_id === null ? '' : (codes.get(j.site_id) ?? String(j.site_id)), j.status, `${j.attempts}/${j.max_attempts}`, j.run_at, j.finished_at ?? '', (j.last_error ?? '').split('\n')[0]!.slice(0, 80)]),
      ]),
    );
  }
  out.result({ counts, jobs: jobs.map(presentJob) });
  return 0;
}

async function retry(services: AppServices, rawId: string | undefined, out: Output): Promise<number> {
  const id = Number(rawId);
  if (!rawId || !Number.isSafeInteger(id) || id <= 0) throw new BadRequestError(`jobs retry needs a job's id, e.g. ecotone jobs retry 42${rawId ? ` (got "${rawId}")` : ''}`, 'missing_option');
  const job = await retryJob(services.db.kysely, id);
  out.say(`Job ${job.id} (${job.name}) is queued again; a running server (or ecotone jobs run-due) runs it next.`);
  out.result({ job: presentJob(job) });
  return 0;
}

async function run(services: AppServices, work: (runner: ReturnType<typeof startJobRunner>) => Promise<JobResult[]>, out: Output): Promise<number> {
  const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const runner = startJobRunner(services, { intervalMs: 0, concurrency: services.config.jobsConcurrency, log });
  let results: JobResult[];
  try {
    results = await work(runner);
  } finally {
    await runner.stop();
  }
  if (!results.length) out.say('No job was due.');
  else {
    out.say(table([['id', 'name', 'outcome', 'result'], ...results.map((r) => [String(r.id), r.name, r.outcome, r.ok ? JSON.stringify(r.result ?? null) : (r.error ?? '')])]));
  }
  out.result({ results });
  return results.some((r) => !r.ok) ? 2 : 0;
}

function presentJob(job: JobRow) {
  return {
    id: job.id,
    name: job.name,
    siteId: job.site_id,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.max_attempts,
    runAt: job.run_at,
    createdAt: job.created_at,
    finishedAt: job.finished_at,
    lastError: job.last_error,
    result: job.result === null ? null : JSON.parse(job.result),
  };
}
