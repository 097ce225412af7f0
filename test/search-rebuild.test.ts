import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Item } from '../src/content/item.ts';
import { moveToTrash } from '../src/content/trash.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { rebuildSiteIndex, search } from '../src/search/service.ts';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, contextFor, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const run = promisify(execFile);
const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`ecotone search rebuild [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let wetlands: Site;
    let forests: Site;
    let marsh: Item;
    let trashed: Item;
    let draft: Item;

    async function ecotone(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      try {
        const { stdout, stderr } = await run(process.execPath, ['bin/ecotone.js', ...args], { env: { ...process.env, ...t.database.env, LOG_LEVEL: 'silent' } });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    }

    const scopeOf = (site: Site) => new SiteScope(t.services.db.kysely, site.id);
    const found = async (site: Site, language: string, query: string) => (await search(scopeOf(site), { language, query, limit: 20, offset: 0 })).hits.map((h) => h.itemId).sort();
    /** The site's entries as (item, language, title), in a stable order. */
    const entriesOf = async (site: Site) =>
      (await scopeOf(site).selectFrom('search_entries').select(['item_id', 'language', 'type', 'title', 'content', 'targets']).orderBy('item_id').orderBy('language').execute()).map((r) => ({ ...r }));
    /** Empties a site's index the way a crash or a hand-made migration would: behind the app's back. */
    const emptyIndex = (site: Site) => t.services.db.kysely.deleteFrom('search_entries').where('site_id', '=', site.id).execute();

    before(async () => {
      t = await buildTestApp(dialect);
      wetlands = await buildSite(t.services, { code: 'wetlands', languages: ['en', 'fr'] });
      forests = await buildSite(t.services, { code: 'forests', languages: ['fr'] });
      marsh = await buildItem(t.services, wetlands, {
        translations: {
          en: { title: 'Marsh restoration', body: '<p>Reeds are coming back to the marshes.</p>', status: 'published', publishedAt: past(30) },
          fr: { title: 'Restauration du marais', body: '<p>Les roseaux reviennent dans les marais.</p>', status: 'published', publishedAt: past(30) },
        },
      });
      for (let i = 1; i <= 4; i++) {
        await buildItem(t.services, wetlands, { translations: { en: { title: `Marsh bird count ${i}`, status: 'published', publishedAt: past(20 + i) } } });
      }
      await buildItem(t.services, wetlands, { type: 'event', fields: { start: { at: '2099-05-22T08:00:00.000Z', zone: 'Europe/Brussels' } }, translations: { en: { title: 'Marsh walk', status: 'published', publishedAt: past(10) } } });
      draft = await buildItem(t.services, wetlands, { translations: { en: { title: 'Marsh draft', status: 'draft' } } });
      trashed = await buildItem(t.services, wetlands, { translations: { en: { title: 'Marsh trashed', status: 'published', publishedAt: past(5) } } });
      await moveToTrash(contextFor(t.services, wetlands), trashed.id);
      await buildItem(t.services, forests, { translations: { fr: { title: 'La forêt de Soignes', status: 'published', publishedAt: past(5) } } });
    });
    after(() => t.close());

    test('rebuilds an index emptied behind the app’s back: search finds the items again', async () => {
      const before = await found(wetlands, 'en', 'marsh');
      assert.equal(before.length, 6, 'five news and an event, neither the draft nor the trashed item');
      const entries = await entriesOf(wetlands);
      await emptyIndex(wetlands);
      assert.deepEqual(await found(wetlands, 'en', 'marsh'), []);

      const result = await ecotone('search', 'rebuild', '--site', 'wetlands');
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^Rebuilt the search index of wetlands: 6 of 7 items indexed \(7 entries\) in \d+\.\d s$/m);
      assert.deepEqual(await found(wetlands, 'en', 'marsh'), before);
      assert.deepEqual(await found(wetlands, 'fr', 'roseaux'), [marsh.id]);
      assert.deepEqual(await entriesOf(wetlands), entries, 'the same entries as the saves wrote');
    });

    test('rebuilds only the site asked for; without --site, every site, a line each', async () => {
      await emptyIndex(wetlands);
      await emptyIndex(forests);
      assert.equal((await ecotone('search', 'rebuild', '--site', 'forests')).code, 0);
      assert.deepEqual(await found(wetlands, 'en', 'marsh'), [], 'the other site is left alone');
      assert.equal((await found(forests, 'fr', 'foret')).length, 1);

      await emptyIndex(forests);
      const all = await ecotone('search', 'rebuild');
      assert.equal(all.code, 0, all.stderr);
      assert.match(all.stdout, /^Rebuilt the search index of wetlands: 6 of 7 items indexed/m);
      assert.match(all.stdout, /^Rebuilt the search index of forests: 1 of 1 items indexed/m);
      assert.equal((await found(wetlands, 'en', 'marsh')).length, 6);
      assert.equal((await found(forests, 'fr', 'foret')).length, 1);
    });

    test('is idempotent, batch by batch, and drops entries of items trashed or deleted', async () => {
      const scope = scopeOf(wetlands);
      const expected = await entriesOf(wetlands);
      // Left behind by a crash: an entry for the trashed item, and one for a translation that is now a draft.
      const stale = { language: 'en', type: 'news', analyzer: 'english', tags: '', content: 'Marsh leftovers', targets: '[]', published_at: past(60) };
      await scope.insertInto('search_entries', [{ ...stale, item_id: trashed.id, title: 'Marsh trashed' }, { ...stale, item_id: draft.id, title: 'Marsh draft' }]).execute();
      assert.equal((await found(wetlands, 'en', 'leftovers')).length, 2);

      // Batches of two: ranges that end inside the list, and a trashed item between them.
      const first = await rebuildSiteIndex(scope, t.services.vocabularies, { batchSize: 2 });
      assert.deepEqual({ ...first, durationMs: 0 }, { items: 7, indexedItems: 6, entries: 7, entriesBefore: 9, durationMs: 0 });
      assert.deepEqual(await found(wetlands, 'en', 'leftovers'), []);
      assert.deepEqual(await entriesOf(wetlands), expected);

      const again = await rebuildSiteIndex(scope, t.services.vocabularies, { batchSize: 3 });
      assert.deepEqual({ ...again, durationMs: 0 }, { items: 7, indexedItems: 6, entries: 7, entriesBefore: 7, durationMs: 0 });
      assert.deepEqual(await entriesOf(wetlands), expected);
      assert.equal((await entriesOf(forests)).length, 1, 'another site’s entries are not touched');
    });

    test('prints a machine-readable summary with --json', async () => {
      const result = await ecotone('search', 'rebuild', '--site', 'wetlands', '--json');
      assert.equal(result.code, 0, result.stderr);
      const summary = JSON.parse(result.stdout);
      assert.deepEqual(Object.keys(summary), ['sites']);
      assert.equal(summary.sites.length, 1);
      const [site] = summary.sites;
      assert.deepEqual(Object.keys(site).sort(), ['durationMs', 'entries', 'entriesBefore', 'indexedItems', 'items', 'site']);
      assert.deepEqual({ ...site, durationMs: 0 }, { site: 'wetlands', items: 7, indexedItems: 6, entries: 7, entriesBefore: 7, durationMs: 0 });
      assert.ok(Number.isInteger(site.durationMs) && site.durationMs >= 0);
    });

    test('explains an unknown site code or action and exits non-zero without a stack trace', async () => {
      const unknown = await ecotone('search', 'rebuild', '--site', 'nowhere');
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /--site nowhere: there is no site "nowhere"/);
      assert.doesNotMatch(unknown.stderr, /\bat .+\.ts:\d+/);
      const wrong = await ecotone('search', 'reindex');
      assert.equal(wrong.code, 1);
      assert.match(wrong.stderr, /Use: ecotone search rebuild \[--site <code>\]/);
    });
  });
}
