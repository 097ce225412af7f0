import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`listing filters by GBF target and year [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    const get = (url: string) => t.app.inject({ url, headers: { host: hostOf(site) } });
    const titles = (body: string) => [...body.matchAll(/<article class="card">[\s\S]*?<h2><a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]).sort();

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: `facets${dialect}`, names: { en: 'Facets' }, languages: ['en', 'fr'] });
      const news = (title: string, tags: string[], publishedAt: string) =>
        buildItem(t.services, site, { type: 'news', tags, translations: { en: { title, body: '<p>Text.</p>', status: 'published', publishedAt } } });
      await news('Wetlands restored', ['GBF-TARGET-02'], '2024-03-10T10:00:00Z');
      await news('Peat bogs mapped', ['GBF-TARGET-02', 'GBF-TARGET-03'], '2025-06-01T10:00:00Z');
      await news('New marine reserve', ['GBF-TARGET-03'], '2025-09-15T10:00:00Z');
      await news('Volunteers count birds', [], '2025-11-20T10:00:00Z');
    });
    after(() => t.close());

    test('offers each GBF target and year of the list with its count', async () => {
      const page = await get('/en/news');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<nav class="listing-facets" aria-label="Narrow the list">/);
      assert.match(page.body, /href="\/en\/news\?tag=GBF-TARGET-02">[^<]+<\/a> <span class="listing-facet__count">\(2\)<\/span>/);
      assert.match(page.body, /href="\/en\/news\?tag=GBF-TARGET-03">[^<]+<\/a> <span class="listing-facet__count">\(2\)<\/span>/);
      assert.match(page.body, /href="\/en\/news\?year=2025">2025<\/a> <span class="listing-facet__count">\(3\)<\/span>/);
      assert.match(page.body, /href="\/en\/news\?year=2024">2024<\/a> <span class="listing-facet__count">\(1\)<\/span>/);
    });

    test('narrows by year and by target together; each facet counts within the other filter', async () => {
      const year = await get('/en/news?year=2025');
      assert.deepEqual(titles(year.body), ['New marine reserve', 'Peat bogs mapped', 'Volunteers count birds']);
      assert.match(year.body, /href="\/en\/news\?year=2025" aria-current="true">2025<\/a>/);
      assert.match(year.body, /href="\/en\/news\?tag=GBF-TARGET-02&amp;year=2025">[^<]+<\/a> <span class="listing-facet__count">\(1\)<\/span>/, 'target counts within 2025');
      assert.match(year.body, /href="\/en\/news">All<\/a>/, 'a way back to every year');
      const both = await get('/en/news?tag=GBF-TARGET-03&year=2025');
      assert.deepEqual(titles(both.body), ['New marine reserve', 'Peat bogs mapped']);
    });

    test('refuses a year that is not one', async () => {
      assert.equal((await get('/en/news?year=20x5')).statusCode, 400);
      assert.equal((await get('/en/news?year=1066')).statusCode, 400);
    });
  });
}
