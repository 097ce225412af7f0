import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { AppServices } from '../src/app-services.ts';
import { type Db, openPostgres, openSqlite } from '../src/db/database.ts';
import { AppError } from '../src/errors.ts';
import { claimJobs, enqueueJob, findJob, retryJob } from '../src/jobs/queue.ts';
import { defineJob, jobRegistry, type JobRegistry } from '../src/jobs/registry.ts';
import { startJobRunner } from '../src/jobs/runner.ts';
import { every } from '../src/jobs/schedule.ts';
import type { Site } from '../src/sites/site.ts';
import { buildSite, buildTestApp, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { blockingJob } from './support/job-runner-process.ts';

const silent = { info() {}, warn() {}, error() {} };
const at = (iso: string) => new Date(iso);

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`job queue [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    const db = () => t.services.db.kysely;
    const runner = (registry: JobRegistry, services: AppServices = t.services, concurrency = 2) => startJobRunner(services, { intervalMs: 0, concurrency, registry, log: silent });
    /** A second connection to the same database, as another process would have. */
    const secondConnection = (): Db => (dialect === 'sqlite' ? openSqlite(path.join(t.database.dataDir, 'ecotone.sqlite')) : openPostgres(t.database.env.DATABASE_URL!));

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: `jobs${dialect === 'sqlite' ? 'a' : 'b'}`, names: { en: 'Jobs site' }, languages: ['en'] });
    });
    after(() => t.close());

    test('an enqueued job is claimed when due, runs with its payload and site, and is recorded done with its result', async () => {
      const echo = defineJob<{ n: number }>({ name: 'test.echo', retry: { attempts: 3, backoffMs: 1000 }, perform: async (payload, ctx) => ({ n: payload.n, site: ctx.site?.code, now: ctx.now }) });
      const id = (await enqueueJob(db(), { name: 'test.echo', payload: { n: 7 }, siteId: site.id, runAt: '2031-01-01T10:00:00.000Z', now: '2031-01-01T09:00:00.000Z' }))!;
      assert.deepEqual(await claimJobs(db(), { worker: 'w', limit: 5, leaseMs: 1000, now: '2031-01-01T09:59:59.999Z', names: ['test.echo'] }), [], 'not before its time');
      const results = await runner(jobRegistry([echo])).runDue(at('2031-01-01T10:00:00.000Z'));
      assert.deepEqual(results.map((r) => [r.id, r.outcome, r.result]), [[id, 'done', { n: 7, site: site.code, now: '2031-01-01T10:00:00.000Z' }]]);
      const row = (await findJob(db(), id))!;
      assert.equal(row.status, 'done');
      assert.equal(row.attempts, 1);
      assert.deepEqual(JSON.parse(row.result!), { n: 7, site: site.code, now: '2031-01-01T10:00:00.000Z' });
      assert.equal(row.locked_by, null);
      assert.ok(row.finished_at);
      assert.deepEqual(await runner(jobRegistry([echo])).runDue(at('2031-01-02T00:00:00.000Z')), [], 'a done job never runs again');
    });

    test('a failing job is retried with exponential back-off, then failed with its error kept; an administrator can retry it', async () => {
      let calls = 0;
      const flaky = defineJob({
        name: 'test.flaky',
        retry: { attempts: 3, backoffMs: 1000 },
        async perform() {
          calls++;
          throw new Error('remote node down');
        },
      });
      const jobs = runner(jobRegistry([flaky]));
      const id = (await enqueueJob(db(), { name: 'test.flaky', maxAttempts: 3, now: '2032-01-01T00:00:00.000Z' }))!;
      assert.deepEqual((await jobs.runDue(at('2032-01-01T00:00:00.000Z'))).map((r) => r.outcome), ['retry']);
      let row = (await findJob(db(), id))!;
      assert.deepEqual([row.status, row.attempts, row.run_at, row.last_error], ['queued', 1, '2032-01-01T00:00:01.000Z', 'remote node down']);
      assert.deepEqual(await jobs.runDue(at('2032-01-01T00:00:00.999Z')), [], 'waits for its back-off');
      assert.deepEqual((await jobs.runDue(at('2032-01-01T00:00:01.000Z'))).map((r) => r.outcome), ['retry']);
      row = (await findJob(db(), id))!;
      assert.equal(row.run_at, '2032-01-01T00:00:03.000Z', 'the second wait is twice the first');
      assert.deepEqual((await jobs.runDue(at('2032-01-01T00:00:03.000Z'))).map((r) => r.outcome), ['failed']);
      row = (await findJob(db(), id))!;
      assert.deepEqual([row.status, row.attempts, row.last_error], ['failed', 3, 'remote node down']);
      assert.deepEqual(await jobs.runDue(at('2033-01-01T00:00:00.000Z')), [], 'a failed job stays failed');
      assert.equal(calls, 3);

      const retried = await retryJob(db(), id, '2033-01-01T00:00:00.000Z');
      assert.deepEqual([retried.status, retried.attempts, retried.last_error], ['queued', 0, 'remote node down']);
      assert.deepEqual((await jobs.runDue(at('2033-01-01T00:00:00.000Z'))).map((r) => r.outcome), ['retry'], 'with all its tries again');
      assert.equal(calls, 4);
    });

    test('a done job cannot be retried, and an unknown one is not found', async () => {
      const ok = defineJob({ name: 'test.ok', retry: { attempts: 1, backoffMs: 1 }, perform: async () => 'fine' });
      const id = (await enqueueJob(db(), { name: 'test.ok' }))!;
      await runner(jobRegistry([ok])).runDue();
      await assert.rejects(retryJob(db(), id), (e: AppError) => e.code === 'job_not_retryable' && e.statusCode === 409);
      await assert.rejects(retryJob(db(), 99_999_999), (e: AppError) => e.code === 'job_not_found' && e.statusCode === 404);
    });

    test('a unique key enqueues a job once; a key held while pending is free again once the job is done', async () => {
      assert.ok(await enqueueJob(db(), { name: 'test.unique', uniqueKey: 'slot-1' }));
      assert.equal(await enqueueJob(db(), { name: 'test.unique', uniqueKey: 'slot-1' }), null);
      const once = defineJob({ name: 'test.unique', retry: { attempts: 1, backoffMs: 1 }, perform: async () => 'ran' });
      const first = await enqueueJob(db(), { name: 'test.unique', uniqueKey: 'sync-now', uniqueWhilePending: true });
      assert.ok(first);
      assert.equal(await enqueueJob(db(), { name: 'test.unique', uniqueKey: 'sync-now', uniqueWhilePending: true }), null, 'a second click while it waits adds nothing');
      assert.equal((await runner(jobRegistry([once])).runDue()).length, 2);
      assert.equal(await enqueueJob(db(), { name: 'test.unique', uniqueKey: 'slot-1' }), null, 'a slot stays taken after its job ran');
      const again = await enqueueJob(db(), { name: 'test.unique', uniqueKey: 'sync-now', uniqueWhilePending: true });
      assert.ok(again && again !== first, 'the "run now" key is free once the job is done');
    });

    test('each schedule slot becomes one job even when two runners on two connections look at once', async () => {
      const runs: string[] = [];
      const tick = defineJob({ name: 'test.tick', retry: { attempts: 1, backoffMs: 1 }, perform: async (_p, ctx) => void runs.push(ctx.now) });
      const registry = jobRegistry([], [{ job: tick, schedule: every({ minutes: 1 }) }]);
      const other = secondConnection();
      try {
        const a = runner(registry);
        const b = runner(registry, { ...t.services, db: other });
        await Promise.all([a.runDue(at('2034-05-01T12:00:10Z')), b.runDue(at('2034-05-01T12:00:10Z'))]);
        await Promise.all([a.runDue(at('2034-05-01T12:00:50Z')), b.runDue(at('2034-05-01T12:00:40Z'))]);
        assert.equal(runs.length, 1, 'one run for the 12:00 slot');
        await Promise.all([a.runDue(at('2034-05-01T12:01:05Z')), b.runDue(at('2034-05-01T12:01:05Z'))]);
        assert.equal(runs.length, 2, 'then one for 12:01');
        const keys = await db().selectFrom('jobs').select('unique_key').where('name', '=', 'test.tick').orderBy('id').execute();
        assert.deepEqual(keys.map((k) => k.unique_key), ['schedule:test.tick:2034-05-01T12:00:00.000Z', 'schedule:test.tick:2034-05-01T12:01:00.000Z']);
      } finally {
        await other.close();
      }
    });

    test('two runners on two connections claiming 500 jobs at once run each exactly once', async () => {
      const ranBy = new Map<number, string[]>();
      const work = (who: string) =>
        defineJob({
          name: 'test.bulk',
          retry: { attempts: 1, backoffMs: 1 },
          async perform(_p, ctx) {
            ranBy.set(ctx.jobId, [...(ranBy.get(ctx.jobId) ?? []), who]);
            await new Promise((resolve) => setImmediate(resolve));
          },
        });
      const now = '2035-01-01T00:00:00.000Z';
      await db().insertInto('jobs').values(Array.from({ length: 500 }, () => ({ name: 'test.bulk', run_at: now, max_attempts: 1, created_at: now, updated_at: now }))).execute();
      const other = secondConnection();
      try {
        const a = runner(jobRegistry([work('a')]), t.services, 4);
        const b = runner(jobRegistry([work('b')]), { ...t.services, db: other }, 4);
        const [ra, rb] = await Promise.all([a.runDue(at(now)), b.runDue(at(now))]);
        assert.equal(ra.length + rb.length, 500);
        assert.equal(ranBy.size, 500);
        assert.deepEqual([...ranBy.values()].filter((who) => who.length !== 1), [], 'no job ran twice');
        assert.ok(ra.length > 0 && rb.length > 0, `both runners took a share (${ra.length} / ${rb.length})`);
        const left = await db().selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('name', '=', 'test.bulk').where('status', '!=', 'done').executeTakeFirstOrThrow();
        assert.equal(Number(left.n), 0);
      } finally {
        await other.close();
      }
    });

    test('a job claimed by a process killed with SIGKILL is claimed by another runner after its lease and completed', { timeout: 90_000 }, async () => {
      const id = (await enqueueJob(db(), { name: 'test.block', payload: { report: 'annual' }, maxAttempts: 3 }))!;
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/job-runner-process.ts'], { env: { ...process.env, ...t.database.env, JOB_LEASE_MS: '1000' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        const deadline = Date.now() + 60_000;
        while (!output.includes(`claimed ${id}\n`)) {
          assert.ok(Date.now() < deadline && child.exitCode === null, `the child runner did not claim the job:\n${output}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        child.kill('SIGKILL');
        await exited;
      }
      const held = (await findJob(db(), id))!;
      assert.equal(held.status, 'running');
      assert.match(held.locked_by!, new RegExp(`:${child.pid}:`), 'held by the killed process');

      const payloads: unknown[] = [];
      const survivor = runner(jobRegistry([blockingJob(async (payload) => (payloads.push(payload), { finished: true }))]));
      assert.deepEqual(await survivor.runDue(), [], 'not taken while the lease holds');
      let results: Awaited<ReturnType<typeof survivor.runDue>> = [];
      const deadline = Date.now() + 10_000;
      while (!results.length && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        results = await survivor.runDue();
      }
      assert.deepEqual(results.map((r) => [r.id, r.outcome]), [[id, 'done']]);
      assert.deepEqual(payloads, [{ report: 'annual' }]);
      const done = (await findJob(db(), id))!;
      assert.deepEqual([done.status, done.attempts], ['done', 2], 'the crash counted as a try');
    });

    test('stopping a runner gives its unfinished jobs back to the queue at once', async () => {
      let started!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      const slow = defineJob({ name: 'test.slow', retry: { attempts: 2, backoffMs: 1 }, perform: () => (started(), new Promise(() => undefined)) });
      const id = (await enqueueJob(db(), { name: 'test.slow', maxAttempts: 2 }))!;
      const jobs = startJobRunner(t.services, { intervalMs: 0, registry: jobRegistry([slow]), log: silent, stopGraceMs: 50 });
      void jobs.runDue();
      await running;
      await jobs.stop();
      const row = (await findJob(db(), id))!;
      assert.deepEqual([row.status, row.attempts, row.locked_by], ['queued', 0, null]);
    });

    test('a job that runs past its timeout fails and is tried again', async () => {
      const stuck = defineJob({ name: 'test.stuck', retry: { attempts: 2, backoffMs: 1000 }, timeoutMs: 50, perform: (_p, ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))) });
      const id = (await enqueueJob(db(), { name: 'test.stuck', maxAttempts: 2 }))!;
      const [result] = await runner(jobRegistry([stuck])).runDue();
      assert.equal(result!.outcome, 'retry');
      assert.match((await findJob(db(), id))!.last_error!, /took longer than/);
    });
  });
}
