import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { nowIso } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { createSite } from '../src/sites/service.ts';
import { createTestDatabase, dialectsToTest, type TestDatabase } from './support/databases.ts';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`Bulk inserts through the site scope (${dialect})`, { skip }, () => {
    let database: TestDatabase;
    let scope: SiteScope;
    let other: SiteScope;
    before(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database.db.kysely);
      const be = await createSite(database.db.kysely, { code: 'be', names: { en: 'Belgium' }, languages: ['en'], defaultLanguage: 'en' });
      const fr = await createSite(database.db.kysely, { code: 'fr', names: { en: 'France' }, languages: ['en'], defaultLanguage: 'en' });
      scope = new SiteScope(database.db.kysely, be.id);
      other = new SiteScope(database.db.kysely, fr.id);
    });
    after(() => database?.drop());

    const redirect = (n: number, extra: Record<string, unknown> = {}) => ({ from_path: `/old/${n}`, item_id: null, to_path: `/new/${n}`, source: 'ptk', created_at: nowIso(), ...extra });

    test('many rows go in over several statements, each id given back in the rows’ order, all in the scope’s site', async () => {
      const rows = Array.from({ length: 1234 }, (_, n) => redirect(n));
      // A site id a caller passes is overridden, as `insertInto` does.
      rows[7] = redirect(7, { site_id: 999_999 });
      const ids = await scope.insertRowsReturningIds('redirects', rows);
      assert.equal(ids.length, rows.length);
      const stored = await scope.selectFrom('redirects').select(['id', 'from_path', 'site_id']).execute();
      const byId = new Map(stored.map((r) => [r.id, r]));
      for (const [n, id] of ids.entries()) assert.equal(byId.get(id)?.from_path, `/old/${n}`, `row ${n} has the id given for it`);
      assert.ok(stored.every((r) => r.site_id === scope.siteId));
      assert.equal((await other.selectFrom('redirects').select('id').execute()).length, 0, 'the other site has none of them');
    });

    test('values are bound, not spliced into the SQL: quotes, unicode and long texts come back as written', async () => {
      const awkward = ["it's \"quoted\"; drop table items; --", 'forêt 森林 🌳', 'x'.repeat(100_000), ''];
      await other.insertRows('redirects', awkward.map((text, n) => redirect(n, { to_path: text })));
      const stored = await other.selectFrom('redirects').select(['from_path', 'to_path']).orderBy('id').execute();
      assert.deepEqual(
        stored.map((r) => r.to_path),
        awkward,
      );
    });

    test('rows with different columns, an undefined value or a column name that is not one are refused before anything is written', async () => {
      const before = (await scope.selectFrom('redirects').select('id').execute()).length;
      // The bad row is in the third statement's share: the first two are not run either.
      const many = Array.from({ length: 1000 }, (_, n) => redirect(5000 + n));
      await assert.rejects(
        scope.insertRows('redirects', [...many, { from_path: '/old/6001', item_id: null, source: 'ptk', created_at: nowIso() }]),
        /row 1000 has columns from_path, item_id, source, created_at/,
      );
      await assert.rejects(scope.insertRows('redirects', [redirect(5002, { to_path: undefined })]), /row 0 has no value for to_path/);
      await assert.rejects(scope.insertRows('redirects', [redirect(5003, { 'to_path"); --': 'x' }) as never]), /is not a column name/);
      assert.equal((await scope.selectFrom('redirects').select('id').execute()).length, before);
    });

    test('no rows, no statement', async () => {
      assert.deepEqual(await scope.insertRowsReturningIds('redirects', []), []);
    });
  });
}

describe('Bulk writes on SQLite checkpoint the log in a thread of their own', () => {
  let database: TestDatabase;
  let file: string;
  before(async () => {
    database = await createTestDatabase('sqlite');
    file = path.join(database.dataDir, 'ecotone.sqlite');
    await sql`create table blobs (id integer primary key, body text not null)`.execute(database.db.kysely);
  });
  after(() => database?.drop());

  const threshold = async () => (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(database.db.kysely)).rows[0]!.wal_autocheckpoint;

  test('the database file takes the committed pages while the writer goes on, and the usual threshold is back afterwards', async () => {
    const sizeBefore = fs.statSync(file).size;
    const result = await database.db.bulkWrites(async () => {
      // The writer itself would only checkpoint past 10,000 pages; 8 MB is 2,000.
      assert.equal(await threshold(), 10_000);
      for (let t = 0; t < 40; t++) {
        await database.db.kysely.transaction().execute(async (trx) => {
          for (let r = 0; r < 50; r++) await sql`insert into blobs (body) values (${`${t}-${r}-`.padEnd(4000, 'x')})`.execute(trx);
        });
      }
      for (let wait = 0; wait < 60 && fs.statSync(file).size < sizeBefore + 6_000_000; wait++) await sleep(50);
      return 'done';
    });
    assert.equal(result, 'done');
    assert.ok(fs.statSync(file).size >= sizeBefore + 6_000_000, `the database file grew from ${sizeBefore} to ${fs.statSync(file).size} bytes`);
    assert.equal(await threshold(), 1000);
    const { rows } = await sql<{ n: number }>`select count(*) as n from blobs`.execute(database.db.kysely);
    assert.equal(rows[0]!.n, 2000);
  });

  test('overlapping bulk writes share the thread; a failing one still hands checkpoints back to the writer', async () => {
    let release!: () => void;
    const long = database.db.bulkWrites(() => new Promise<void>((resolve) => (release = resolve)));
    await assert.rejects(
      database.db.bulkWrites(async () => {
        throw new Error('the import failed');
      }),
      /the import failed/,
    );
    assert.equal(await threshold(), 10_000, 'the other bulk write still runs');
    release();
    await long;
    assert.equal(await threshold(), 1000);
  });
});
