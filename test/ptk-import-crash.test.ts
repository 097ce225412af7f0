import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { loadItems } from '../src/content/service.ts';
import type { Db } from '../src/db/database.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import type { PtkImportReport } from '../src/interop/ptk/report.ts';
import type { Site } from '../src/sites/site.ts';
import { buildSite, buildTestApp, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { writeLargeNyexp } from './support/ptk-generator.ts';

/**
 * Issue 7: "a kill -9 in the middle followed by a re-run ends in the same state as an
 * uninterrupted run". The import runs as the real command in a child process, is killed once a
 * good part of its objects are committed, and is run again; a second site gets the same file in
 * one go, and the two are compared object by object.
 */

const run = promisify(execFile);
const objects = 3000;

/**
 * Everything an import makes, keyed by source path so that two sites can be compared. A folder
 * has no release date and is published at the date of its import, which differs from run to run.
 */
async function snapshot(db: Db, site: Site, importedSince: string) {
  const publishedAt = (at: string | null) => (at !== null && at >= importedSince ? '(the date of the import)' : at);
  const scope = new SiteScope(db.kysely, site.id);
  const records = await scope.selectFrom('import_records').select(['source_path', 'meta_type', 'outcome', 'item_id']).orderBy('source_path').execute();
  const pathOf = new Map(records.filter((r) => r.item_id !== null).map((r) => [r.item_id!, r.source_path]));
  const authors = new Map((await db.kysely.selectFrom('users').select(['id', 'display_name']).execute()).map((u) => [u.id, u.display_name]));
  const items = Object.fromEntries(
    (await loadItems(scope, [...pathOf.keys()])).map((item) => [
      pathOf.get(item.id)!,
      {
        type: item.type,
        author: item.authorId === null ? null : authors.get(item.authorId),
        fields: item.fields,
        promoted: item.promoted,
        sortOrder: item.sortOrder,
        point: item.point,
        tags: [...item.tags].sort(),
        translations: item.translations
          .map((t) => ({ language: t.language, title: t.title, slug: t.slug, summary: t.summary, body: t.body, fields: t.fields, status: t.status, publishedAt: publishedAt(t.publishedAt) }))
          .sort((a, b) => a.language.localeCompare(b.language)),
      },
    ]),
  );
  const entries = await scope.selectFrom('menu_entries').select(['id', 'language', 'parent_id', 'position', 'label', 'item_id', 'url']).where('menu', '=', 'main').execute();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const trail = (e: (typeof entries)[number]): string => `${e.parent_id === null ? '' : `${trail(byId.get(e.parent_id)!)} > `}${e.label}`;
  const menu = entries
    .map((e) => ({ language: e.language, trail: trail(e), position: e.position, target: e.item_id === null ? e.url : pathOf.get(e.item_id) }))
    .sort((a, b) => a.language.localeCompare(b.language) || a.trail.localeCompare(b.trail));
  const redirects = (await scope.selectFrom('redirects').select(['from_path', 'item_id', 'to_path']).orderBy('from_path').execute()).map((r) => [r.from_path, r.item_id === null ? r.to_path : pathOf.get(r.item_id)]);
  const itemCount = Number((await scope.selectFrom('items').select(sql<number>`count(*)`.as('n')).where('deleted_at', 'is', null).executeTakeFirstOrThrow()).n);
  return { records: records.map((r) => [r.source_path, r.meta_type, r.outcome]), items, menu, redirects, itemCount };
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`a PTK import killed with SIGKILL half-way (${dialect})`, { skip }, () => {
    let t: TestApp;
    let dir: string;
    let file: string;
    const env = () => ({ ...process.env, ...t.database.env, LOG_LEVEL: 'silent' });
    const ecotone = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await run(process.execPath, ['bin/ecotone.js', ...args], { env: env(), maxBuffer: 256 * 1024 * 1024 });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };
    const importJson = async (site: Site) => {
      const result = await ecotone('import', 'ptk', '--site', site.code, '--batch-size', '100', '--json', file);
      assert.equal(result.code, 0, result.stderr);
      return JSON.parse(result.stdout) as PtkImportReport;
    };
    const recordCount = async (site: Site) =>
      Number((await new SiteScope(t.services.db.kysely, site.id).selectFrom('import_records').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);

    before(async () => {
      t = await buildTestApp(dialect);
      dir = await mkdtemp(join(tmpdir(), 'ptk-crash-'));
      file = join(dir, 'large.nyexp');
      assert.equal((await writeLargeNyexp(file, { objects })).objects, objects);
    });
    after(async () => {
      await t?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    test('the re-run ends where an uninterrupted import ends, with no duplicates, and a third run changes nothing', async () => {
      const started = new Date().toISOString();
      const crashed = await buildSite(t.services, { code: `crash${dialect.slice(0, 2)}`, languages: ['en', 'fr'] });
      const clean = await buildSite(t.services, { code: `clean${dialect.slice(0, 2)}`, languages: ['en', 'fr'] });

      const child = spawn(process.execPath, ['bin/ecotone.js', 'import', 'ptk', '--site', crashed.code, '--batch-size', '100', file], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
      let finished = false;
      void exited.then(() => (finished = true));
      let killedAt = 0;
      const deadline = Date.now() + 60_000;
      for (;;) {
        assert.ok(!finished, `the import ended before it could be killed: ${output}`);
        assert.ok(Date.now() < deadline, 'the import got under way');
        const count = await recordCount(crashed);
        if (count >= objects * 0.2 && count <= objects * 0.8) {
          child.kill('SIGKILL');
          killedAt = count;
          break;
        }
        assert.ok(count < objects * 0.8, `the count jumped past 80 % (${count}) between two looks`);
        await sleep(15);
      }
      assert.equal((await exited).signal, 'SIGKILL');
      const committed = await recordCount(crashed);
      assert.ok(committed >= killedAt && committed < objects, `killed with ${committed} of ${objects} objects committed`);
      const interrupted = await new SiteScope(t.services.db.kysely, crashed.id).selectFrom('import_runs').select(['id', 'status']).execute();
      assert.deepEqual(interrupted.map((r) => r.status), ['running'], 'the killed run never finished');

      const resumed = await importJson(crashed);
      assert.equal(resumed.status, 'completed');
      assert.equal(resumed.totals.unchanged, committed, 'what was committed before the kill is not written again');
      assert.equal(resumed.totals.created, objects - committed, 'the rest, the open batch included, is created');
      const runs = await new SiteScope(t.services.db.kysely, crashed.id).selectFrom('import_runs').select(['id', 'status']).orderBy('id').execute();
      assert.deepEqual(runs.map((r) => r.status), ['failed', 'completed'], 'the killed run is marked as interrupted');

      const uninterrupted = await importJson(clean);
      assert.equal(uninterrupted.status, 'completed');
      assert.equal(uninterrupted.totals.created, objects);

      const [resumedState, cleanState] = [await snapshot(t.services.db, crashed, started), await snapshot(t.services.db, clean, started)];
      assert.equal(resumedState.itemCount, objects, 'one item per source path');
      assert.equal(Object.keys(resumedState.items).length, objects);
      for (const [path, item] of Object.entries(resumedState.items)) {
        const id = path.split('/').pop()!;
        for (const tr of item.translations) assert.equal(tr.slug, id, `${path} (${tr.language}) has its own slug, not a de-duplicated one`);
      }
      assert.deepEqual(resumedState.records, cleanState.records, 'the same import records and outcomes');
      for (const path of Object.keys(cleanState.items)) assert.deepEqual(resumedState.items[path], cleanState.items[path], `${path} is the same item`);
      assert.deepEqual(resumedState.items, cleanState.items);
      assert.deepEqual(resumedState.menu, cleanState.menu, 'the same menu entries, labels and nesting');
      assert.ok(resumedState.menu.length > 0);
      assert.deepEqual(resumedState.redirects, cleanState.redirects, 'the same redirects');
      assert.equal(resumedState.redirects.length, objects);

      const third = await importJson(crashed);
      assert.equal(third.status, 'completed');
      assert.deepEqual(third.totals, { created: 0, updated: 0, unchanged: objects, media: 0, menu: 0, quarantined: 0 });
      assert.deepEqual(await snapshot(t.services.db, crashed, started), resumedState, 'and changes nothing');
    });
  });
}
