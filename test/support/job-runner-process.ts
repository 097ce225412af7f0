/**
 * A job runner in its own process, for the crash tests (test/jobs.test.ts): it opens the database
 * named by DATA_DIR / DATABASE_URL, runs the test jobs below with a short lease (JOB_LEASE_MS),
 * and prints `claimed <id>` when `test.block` starts, which then never ends: the test kills this
 * process with SIGKILL while the job holds its lease.
 *   node --import tsx test/support/job-runner-process.ts
 */
import { startServices } from '../../src/app-services.ts';
import { loadConfig } from '../../src/config.ts';
import { defineJob, jobRegistry } from '../../src/jobs/registry.ts';
import { startJobRunner } from '../../src/jobs/runner.ts';

const leaseMs = Number(process.env.JOB_LEASE_MS ?? 1000);

/** The test's blocking job, shared with the second (in-test) runner so both know its name. */
export const blockingJob = (perform: (payload: unknown, jobId: number) => Promise<unknown>) =>
  defineJob({ name: 'test.block', retry: { attempts: 3, backoffMs: 10 }, leaseMs, perform: (payload, ctx) => perform(payload, ctx.jobId) });

if (process.argv[1]?.endsWith('job-runner-process.ts')) {
  const services = await startServices(loadConfig({ ...process.env, LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0', CBD_SYNC_INTERVAL_HOURS: '0' }), { log: { info() {}, warn() {} } });
  const registry = jobRegistry([
    blockingJob(async (_payload, jobId) => {
      process.stdout.write(`claimed ${jobId}\n`);
      await new Promise(() => undefined); // blocks until the process is killed
    }),
  ]);
  startJobRunner(services, { intervalMs: 50, concurrency: 1, registry, log: { info() {}, warn() {}, error: (o, m) => process.stderr.write(`${m} ${JSON.stringify(o)}\n`) } });
  process.stdout.write('runner ready\n');
  // Keeps the process alive: the runner's timer alone does not.
  setInterval(() => undefined, 60_000);
}
