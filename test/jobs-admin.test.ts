import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createUser } from '../src/accounts/service.ts';
import { enqueueJob, findJob } from '../src/jobs/queue.ts';
import { defineJob, jobRegistry } from '../src/jobs/registry.ts';
import { startJobRunner } from '../src/jobs/runner.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const password = 'correct horse battery staple';
const silent = { info() {}, warn() {}, error() {} };
const run = promisify(execFile);

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`background jobs in the network admin and the CLI [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let failedId: number;
    let address = 0;
    const portal = () => new AdminSession(t.app, 'localhost:3000', `10.8.${dialect === 'sqlite' ? 1 : 2}.${++address}`);
    const ecotone = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await run(process.execPath, ['bin/ecotone.js', ...args], { env: { ...process.env, ...t.database.env, LOG_LEVEL: 'silent', CBD_SYNC_INTERVAL_HOURS: '0' } });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: `jadm${dialect === 'sqlite' ? 'a' : 'b'}`, names: { en: 'Jobs admin site' }, languages: ['en'] });
      const db = t.services.db.kysely;
      await createUser(db, { email: 'root@jobs.example', displayName: 'Root', password, isNetworkAdmin: true });
      await createUser(db, { email: 'manager@jobs.example', displayName: 'Manager', password, memberships: [{ siteId: site.id, role: 'site-manager' }] });
      // A job of the site that fails on its only try, as a harvest of an unreachable node would.
      const broken = defineJob({ name: 'test.harvest', retry: { attempts: 1, backoffMs: 1 }, perform: async () => Promise.reject(new Error('feed https://chm.example.org/rss answered 503')) });
      failedId = (await enqueueJob(db, { name: 'test.harvest', siteId: site.id, maxAttempts: 1 }))!;
      await startJobRunner(t.services, { intervalMs: 0, registry: jobRegistry([broken]), log: silent }).runDue();
      assert.equal((await findJob(db, failedId))!.status, 'failed');
    });
    after(() => t.close());

    test('lists a failed job with its site, tries and error, and its retry button queues it again', async () => {
      const s = portal();
      assert.equal((await s.login('root@jobs.example', password)).statusCode, 303);
      const page = await s.get('/admin/network/jobs');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /href="\/admin\/network\/jobs"/, 'in the portal’s navigation');
      const row = new RegExp(`<tr id="job-${failedId}">.*?</tr>`).exec(page.body)?.[0];
      assert.ok(row, 'the failed job is listed');
      assert.match(row, new RegExp(`<td>${site.code}</td>`));
      assert.match(row, /<td>Failed<\/td>/);
      assert.match(row, /<td>1 of 1<\/td>/);
      assert.match(row, /feed https:\/\/chm\.example\.org\/rss answered 503/);
      assert.match(row, new RegExp(`action="/admin/network/jobs/${failedId}/retry"`));
      assert.match(page.body, /<code>publish-scheduled<\/code>/, 'the recurring jobs are listed');

      assert.equal((await s.post(`/admin/network/jobs/${failedId}/retry`, {}, { csrf: null })).statusCode, 403, 'not without the form’s token');
      assert.equal((await findJob(t.services.db.kysely, failedId))!.status, 'failed');
      const retried = await s.post(`/admin/network/jobs/${failedId}/retry`, {});
      assert.equal(retried.statusCode, 303);
      const job = (await findJob(t.services.db.kysely, failedId))!;
      assert.deepEqual([job.status, job.attempts], ['queued', 0]);
      const after = await s.get(retried.headers.location as string);
      assert.match(after.body, new RegExp(`Job ${failedId} is queued again`));
      const again = await s.post(`/admin/network/jobs/${failedId}/retry`, {});
      assert.equal(again.statusCode, 303, 'a queued job may be retried (run now)');
      const events = await t.services.db.kysely.selectFrom('audit_events').select(['action', 'site_id']).where('subject', '=', `job:${failedId}`).execute();
      assert.deepEqual(events[0], { action: 'job.retry', site_id: site.id });
    });

    test('"run now" enqueues a recurring job once, however many times it is clicked before it runs', async () => {
      const s = portal();
      await s.login('root@jobs.example', password);
      await s.get('/admin/network/jobs');
      assert.equal((await s.post('/admin/network/jobs/run/purge-trash', {})).statusCode, 303);
      assert.equal((await s.post('/admin/network/jobs/run/purge-trash', {})).statusCode, 303);
      const rows = await t.services.db.kysely.selectFrom('jobs').select(['status', 'unique_key']).where('name', '=', 'purge-trash').execute();
      assert.deepEqual(rows, [{ status: 'queued', unique_key: 'run-now:purge-trash' }]);
      assert.equal((await s.post('/admin/network/jobs/run/no-such-job', {})).statusCode, 404);
    });

    test('a site manager gets 403, and the page is not found on a site’s host', async () => {
      const manager = portal();
      await manager.login('manager@jobs.example', password);
      assert.equal((await manager.get('/admin/network/jobs')).statusCode, 403);
      assert.equal((await manager.post(`/admin/network/jobs/${failedId}/retry`, {})).statusCode, 403);
      assert.equal((await manager.post('/admin/network/jobs/run/cbd-sync', {})).statusCode, 403);
      const onSite = new AdminSession(t.app, `${hostOf(site)}:3000`, `10.8.${dialect === 'sqlite' ? 3 : 4}.1`);
      await onSite.login('manager@jobs.example', password);
      assert.equal((await onSite.get('/admin/network/jobs')).statusCode, 403);
      const rootOnSite = new AdminSession(t.app, `${hostOf(site)}:3000`, `10.8.${dialect === 'sqlite' ? 3 : 4}.2`);
      await rootOnSite.login('root@jobs.example', password);
      assert.equal((await rootOnSite.get('/admin/network/jobs')).statusCode, 404);
    });

    test('ecotone jobs list, retry and run-due', { timeout: 120_000 }, async () => {
      const db = t.services.db.kysely;
      const id = (await enqueueJob(db, { name: 'test.cli', siteId: site.id, maxAttempts: 2 }))!;
      await db.updateTable('jobs').set({ status: 'failed', attempts: 2, last_error: 'disk full', finished_at: new Date().toISOString() }).where('id', '=', id).execute();
      const listed = await ecotone('jobs', 'list', '--status', 'failed', '--json');
      assert.equal(listed.code, 0, listed.stderr);
      const list = JSON.parse(listed.stdout) as { counts: Record<string, number>; jobs: { id: number; status: string; lastError: string }[] };
      assert.ok(list.jobs.some((j) => j.id === id && j.lastError === 'disk full'));
      assert.ok(list.jobs.every((j) => j.status === 'failed'));
      assert.ok((list.counts.failed ?? 0) >= 1);
      const bad = await ecotone('jobs', 'list', '--status', 'broken');
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /"status" must be one of queued, running, done, failed/);

      const retried = await ecotone('jobs', 'retry', String(id), '--json');
      assert.equal(retried.code, 0, retried.stderr);
      assert.equal(JSON.parse(retried.stdout).job.status, 'queued');
      const missing = await ecotone('jobs', 'retry', '99999999');
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /There is no job 99999999/);

      const ran = await ecotone('jobs', 'run-due', '--json');
      assert.equal(ran.code, 0, ran.stderr);
      const names = (JSON.parse(ran.stdout).results as { name: string; outcome: string }[]).map((r) => r.name);
      assert.ok(names.includes('publish-scheduled') && names.includes('purge-trash'), names.join());
      assert.ok(!names.includes('test.cli'), 'a job this version does not know waits for one that does');
      assert.equal((await findJob(db, id))!.status, 'queued');
    });
  });
}
