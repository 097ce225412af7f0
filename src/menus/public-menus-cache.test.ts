import assert from 'node:assert/strict';
import { after, before, describe, mock, test } from 'node:test';
import { buildSite, buildTestApp, type TestApp } from '../../test/support/app.ts';
import { dialectsToTest } from '../../test/support/databases.ts';
import { SiteScope } from '../db/site-scope.ts';
import type { Site } from '../sites/site.ts';
import { cachedPublicMenus } from './public-menus-cache.ts';
import { addMenuEntry } from './service.ts';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`public menus cache [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let siteA: Site;
    let siteB: Site;
    const labelOf = async (site: Site) => (await cachedPublicMenus(new SiteScope(t.services.db.kysely, site.id), site, 'en')).main.map((l) => l.label);
    // Another server process changing a label: nothing in this process hears of it.
    const relabelBehindTheCache = (site: Site, label: string) => t.services.db.kysely.updateTable('menu_entries').set({ label }).where('site_id', '=', site.id).execute();

    before(async () => {
      t = await buildTestApp(dialect);
      siteA = await buildSite(t.services, { code: 'mca', names: { en: 'A' }, languages: ['en'] });
      siteB = await buildSite(t.services, { code: 'mcb', names: { en: 'B' }, languages: ['en'] });
      for (const site of [siteA, siteB]) {
        await addMenuEntry({ scope: new SiteScope(t.services.db.kysely, site.id), site }, 'main', 'en', { label: 'News', parentId: null, target: { kind: 'url', url: '/en/news' } });
      }
    });
    after(() => t.close());

    test('reuses a site’s menus until something of that site is written in this process', async () => {
      assert.deepEqual(await labelOf(siteA), ['News']);
      assert.deepEqual(await labelOf(siteB), ['News']);
      await relabelBehindTheCache(siteA, 'Latest news');
      await relabelBehindTheCache(siteB, 'Latest news');
      assert.deepEqual(await labelOf(siteA), ['News'], 'served from memory');
      await new SiteScope(t.services.db.kysely, siteA.id).updateTable('items').set({ updated_at: new Date().toISOString() }).where('id', '=', -1).execute();
      assert.deepEqual(await labelOf(siteA), ['Latest news'], 'a write on site A forgets site A');
      assert.deepEqual(await labelOf(siteB), ['News'], 'and only site A');
    });

    test('keeps menus only for a few seconds, so other processes’ changes show soon', async () => {
      mock.timers.enable({ apis: ['Date'], now: Date.now() });
      try {
        // A write on site B forgets its entry, so the next read caches it under the mocked clock.
        await new SiteScope(t.services.db.kysely, siteB.id).updateTable('items').set({ updated_at: new Date().toISOString() }).where('id', '=', -1).execute();
        const old = await labelOf(siteB);
        assert.notDeepEqual(old, ['Newsroom']);
        await relabelBehindTheCache(siteB, 'Newsroom');
        mock.timers.tick(4_000);
        assert.deepEqual(await labelOf(siteB), old, 'still the cached label after 4 s');
        mock.timers.tick(2_000);
        assert.deepEqual(await labelOf(siteB), ['Newsroom'], 'the new label after 6 s');
      } finally {
        mock.timers.reset();
      }
    });
  });
}
