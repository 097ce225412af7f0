import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SiteScope } from '../src/db/site-scope.ts';
import type { Item } from '../src/content/item.ts';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

/**
 * Site B's content must never be reachable through site A's host, by any door: id, slug,
 * listing, feed, API, search, sitemap. Site A publishes its own items so that every door is
 * known to work and "nothing found" means isolation, not a broken route.
 */
for (const { dialect, skip } of await dialectsToTest()) {
  describe(`site isolation [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let siteA: Site;
    let siteB: Site;
    let itemA: Item;
    let itemB: Item;
    const secretTitle = 'Confidential okapi survey';

    before(async () => {
      t = await buildTestApp(dialect);
      siteA = await buildSite(t.services, { code: 'alpha', names: { en: 'Alpha CHM' }, languages: ['en', 'fr'] });
      siteB = await buildSite(t.services, { code: 'beta', names: { en: 'Beta CHM' }, languages: ['en', 'fr'] });
      itemA = await buildItem(t.services, siteA, { translations: { en: { title: 'Alpha wetland news', slug: 'shared-slug', summary: 'Alpha only.', status: 'published', publishedAt: new Date(Date.now() - 1000).toISOString() } } });
      itemB = await buildItem(t.services, siteB, {
        translations: { en: { title: secretTitle, slug: 'beta-only', summary: 'Beta okapi census.', body: '<p>okapi okapi</p>', status: 'published', publishedAt: new Date(Date.now() - 1000).toISOString() } },
      });
      // The same slug on both sites: each host must show its own item.
      await buildItem(t.services, siteB, { translations: { en: { title: 'Beta page with a shared slug', slug: 'shared-slug', status: 'published', publishedAt: new Date(Date.now() - 1000).toISOString() } } });
    });
    after(() => t.close());

    const get = (site: Site | string, url: string) => t.app.inject({ method: 'GET', url, headers: { host: typeof site === 'string' ? site : `${hostOf(site)}:3000` } });

    test("returns 404 for another site's item slug", async () => {
      assert.equal((await get(siteB, '/en/news/beta-only')).statusCode, 200, 'the item is public on its own site');
      const response = await get(siteA, '/en/news/beta-only');
      assert.equal(response.statusCode, 404);
      assert.doesNotMatch(response.body, /okapi/i);
    });

    test('shows each site its own item when both use the same slug', async () => {
      const a = await get(siteA, '/en/news/shared-slug');
      assert.equal(a.statusCode, 200);
      assert.match(a.body, /Alpha wetland news/);
      assert.doesNotMatch(a.body, /Beta page/);
    });

    test("returns 404 for another site's item id in the API", async () => {
      assert.equal((await get(siteA, `/api/v1/items/${itemA.id}`)).statusCode, 200);
      const response = await get(siteA, `/api/v1/items/${itemB.id}`);
      assert.equal(response.statusCode, 404);
      assert.equal(response.json().error.code, 'item_not_found');
    });

    test("never lists another site's items", async () => {
      const listing = await get(siteA, '/en/news');
      assert.equal(listing.statusCode, 200);
      assert.match(listing.body, /Alpha wetland news/);
      assert.doesNotMatch(listing.body, /okapi|Beta page/i);
      const api = (await get(siteA, '/api/v1/items?type=news')).json();
      assert.deepEqual(
        api.items.map((i: { id: number }) => i.id),
        [itemA.id],
      );
    });

    test("never puts another site's items in feeds or the sitemap", async () => {
      const feed = await get(siteA, '/feeds/en/news.rss');
      assert.equal(feed.statusCode, 200);
      assert.match(feed.body, /Alpha wetland news/);
      assert.doesNotMatch(feed.body, /okapi|beta-only/i);
      const sitemap = await get(siteA, '/sitemap.xml');
      assert.match(sitemap.body, /shared-slug/);
      assert.doesNotMatch(sitemap.body, /beta-only/);
    });

    test("never finds another site's items in search", async () => {
      const own = await get(siteB, '/en/search?q=okapi');
      assert.match(own.body, new RegExp(secretTitle));
      const other = await get(siteA, '/en/search?q=okapi');
      assert.equal(other.statusCode, 200);
      assert.doesNotMatch(other.body, new RegExp(secretTitle));
    });

    test('a scope cannot read, change or delete another site’s rows', async () => {
      const scopeA = new SiteScope(t.services.db.kysely, siteA.id);
      assert.equal(await scopeA.selectFrom('items').select('id').where('id', '=', itemB.id).executeTakeFirst(), undefined);
      const updated = await scopeA.updateTable('items').set({ promoted: 1 }).where('id', '=', itemB.id).executeTakeFirst();
      assert.equal(Number(updated.numUpdatedRows), 0);
      const deleted = await scopeA.deleteFrom('item_translations').where('item_id', '=', itemB.id).executeTakeFirst();
      assert.equal(Number(deleted.numDeletedRows), 0);
      const inserted = await scopeA.insertInto('item_tags', { item_id: itemA.id, vocabulary: 'gbf-targets', term: 'GBF-TARGET-21', site_id: siteB.id } as never).returning('site_id').executeTakeFirstOrThrow();
      assert.equal(inserted.site_id, siteA.id, 'a scope writes its own site id whatever the caller passes');
    });

    test('returns a 404 page for an unknown host, never a site', async () => {
      const response = await get('unknown.example.org', '/en/news');
      assert.equal(response.statusCode, 404);
      assert.match(response.headers['content-type'] as string, /text\/html/);
      assert.doesNotMatch(response.body, /Alpha|Beta|okapi/);
      assert.equal((await get('nosuchsite.localhost:3000', '/')).statusCode, 404);
    });
  });
}
