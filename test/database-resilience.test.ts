import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const postgres = (await dialectsToTest()).find((d) => d.dialect === 'postgres')!;

describe('PostgreSQL ends idle connections (a restart, a failover, an administrator)', { skip: postgres.skip }, () => {
  let t: TestApp;
  let host: string;
  before(async () => {
    t = await buildTestApp('postgres', { PAGE_CACHE_MB: '0' });
    const site = await buildSite(t.services, { code: 'resilient' });
    await buildItem(t.services, site);
    host = hostOf(site);
  });
  after(() => t?.close());

  test('the server keeps serving: the pool drops the dead connections and opens new ones', async () => {
    // Open several pooled connections, then have the server end every one of them.
    const pages = await Promise.all(Array.from({ length: 4 }, () => t.app.inject({ url: '/en/news', headers: { host } })));
    for (const page of pages) assert.equal(page.statusCode, 200);
    const admin = new pg.Client({ connectionString: t.database.env.DATABASE_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query('select count(pg_terminate_backend(pid))::int as ended from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
      assert.ok(rows[0].ended >= 1, 'the idle connections were ended');
    } finally {
      await admin.end();
    }
    // The 'error' events of the ended connections arrive meanwhile; unhandled, they end the process.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await t.app.inject({ url: '/en/news', headers: { host } });
    assert.equal(again.statusCode, 200);
  });
});
