import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`public pages [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let arabic: Site;

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'demo', names: { en: 'Demo CHM', fr: 'CHM de démo' }, languages: ['en', 'fr', 'nl-BE'], theme: { primaryColor: '#123456' } });
      arabic = await buildSite(t.services, { code: 'rtl', names: { ar: 'آلية تبادل المعلومات', en: 'Clearing-house' }, languages: ['ar', 'en'] });
      await buildItem(t.services, site, {
        type: 'event',
        fields: { start: { at: '2099-03-04T08:30:00.000Z', zone: 'Europe/Brussels' }, attendance: 'hybrid' },
        translations: {
          en: { title: 'Pollinator week', summary: 'A week for bees.', status: 'published', publishedAt: past(5), fields: { location: 'Brussels' } },
          fr: { title: 'Semaine des pollinisateurs', summary: 'Une semaine pour les abeilles.', status: 'published', publishedAt: past(5), fields: { location: 'Bruxelles' } },
        },
      });
      await buildItem(t.services, site, { translations: { en: { title: 'Only in English', summary: 'No French yet.', status: 'published', publishedAt: past(4) } } });
      await buildItem(t.services, site, { translations: { en: { title: 'A draft', status: 'draft' } } });
      await buildItem(t.services, site, { translations: { en: { title: 'Scheduled for tomorrow', status: 'published', publishedAt: new Date(Date.now() + 86_400_000).toISOString() } } });
      for (let n = 1; n <= 14; n++) {
        await buildItem(t.services, site, { type: 'species', fields: { scientificName: `Species ${n}`, taxonomicGroup: 'birds', redListStatus: 'VU' }, translations: { en: { title: `Bird ${String(n).padStart(2, '0')}`, status: 'published', publishedAt: past(10) } } });
      }
      await buildItem(t.services, arabic, { translations: { ar: { title: 'ترميم الأراضي الرطبة', summary: 'بداية الأشغال.', status: 'published', publishedAt: past(3) } } });
    });
    after(() => t.close());

    const get = (url: string, s: Site = site) => t.app.inject({ method: 'GET', url, headers: { host: `${hostOf(s)}:3000` } });

    test('sends / to the default language home', async () => {
      const response = await get('/');
      assert.equal(response.statusCode, 302);
      assert.equal(response.headers.location, '/en/');
    });

    test('renders the home page with lang, dir, theme and a skip link', async () => {
      const response = await get('/en/');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /<html lang="en" dir="ltr">/);
      assert.match(response.body, /href="#main"/);
      assert.match(response.body, /--color-primary:#123456/);
      assert.match(response.body, /Pollinator week/);
      assert.match(response.body, /<link rel="stylesheet" href="\/assets\/site\.[0-9a-f]{10}\.css"/);
    });

    test('renders right-to-left languages with dir="rtl"', async () => {
      const response = await get('/ar/', arabic);
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /<html lang="ar" dir="rtl">/);
      assert.match(response.body, /ترميم الأراضي الرطبة/);
    });

    test('serves the hashed stylesheet with an immutable cache header', async () => {
      const home = await get('/en/');
      const css = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(home.body)![1]!;
      const response = await get(css);
      assert.equal(response.statusCode, 200);
      assert.match(response.headers['cache-control'] as string, /immutable/);
    });

    test('shows an item with its fields formatted for the page language', async () => {
      const en = await get('/en/events/pollinator-week');
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /Pollinator week/);
      assert.match(en.body, /Brussels/);
      assert.match(en.body, /In person and online/);
      assert.match(en.body, /hreflang="fr"/);
      const fr = await get('/fr/events/semaine-des-pollinisateurs');
      assert.match(fr.body, /Bruxelles/);
      assert.match(fr.body, /4 mars 2099/);
    });

    test('sends a slug from another language to the translation in the page language', async () => {
      const response = await get('/fr/events/pollinator-week');
      assert.equal(response.statusCode, 301);
      assert.equal(response.headers.location, '/fr/events/semaine-des-pollinisateurs');
    });

    test('falls back to the default language with a visible notice', async () => {
      const response = await get('/fr/news/only-in-english');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /<html lang="fr"/);
      assert.match(response.body, /class="notice"/);
      assert.match(response.body, /Only in English/);
      assert.match(response.body, /<article lang="en">/);
    });

    test('keeps drafts and future publications off every public page', async () => {
      // GBF-TARGET-03 tags every item here: 1 event + 1 news + 14 species published, 1 draft and 1 scheduled not.
      assert.match((await get('/en/')).body, /href="\/en\/gbf\/targets\/3"[^>]*>3\. [^<]*\(16\)</);
      assert.equal((await get('/en/news/a-draft')).statusCode, 404);
      assert.equal((await get('/en/news/scheduled-for-tomorrow')).statusCode, 404);
      const listing = await get('/en/news');
      assert.doesNotMatch(listing.body, /A draft|Scheduled for tomorrow/);
    });

    test('paginates listings with stable URLs', async () => {
      const first = await get('/en/species');
      assert.match(first.body, /14 items/);
      assert.match(first.body, /Bird 01/);
      assert.match(first.body, /href="\/en\/species\?page=2"/);
      const second = await get('/en/species?page=2');
      assert.match(second.body, /Bird 13/);
      assert.doesNotMatch(second.body, /Bird 01/);
      assert.equal((await get('/en/species?page=3')).statusCode, 404);
    });

    test('splits events into upcoming and past', async () => {
      assert.match((await get('/en/events')).body, /Pollinator week/);
      assert.doesNotMatch((await get('/en/events?when=past')).body, /Pollinator week/);
    });

    test('accepts a language tag in another case and redirects to its canonical form', async () => {
      const response = await get('/NL-be/');
      assert.equal(response.statusCode, 301);
      assert.equal(response.headers.location, '/nl-BE/');
      assert.equal((await get('/nl-BE/')).statusCode, 200);
    });

    test('answers bad input with a 404 or 400 page, never a 500', async () => {
      const cases: [string, number][] = [
        ['/xx/', 404], // a language the site does not have
        ['/de/news', 404],
        ['/en/no-such-type', 404],
        ['/en/news/%3Cscript%3E', 404], // a malformed slug
        ['/en/news/Upper_Case', 404],
        [`/en/news/${'a'.repeat(300)}`, 404],
        ['/en/news/%E0%A4%A', 400], // broken percent-encoding
        ['/en/news?page=abc', 400],
        ['/en/news?page=0', 400],
        ['/en/news?page=99999999', 400],
        [`/en/search?q=${'x'.repeat(500)}`, 400],
        [`/en/news?${'a=1&'.repeat(1000)}`, 400], // an oversized query string
        ['/en/news?tag=NOT-A-TERM', 400],
        ['/en/events?when=soon', 400],
        ['/api/v1/items?limit=100000', 400],
        ['/api/v1/items?cursor=garbage', 400],
        ['/api/v1/items/abc', 400],
        ['/api/v1/items?lang=zz', 400],
        ['/feeds/en/nothing.rss', 404],
      ];
      for (const [url, status] of cases) {
        const response = await get(url);
        assert.equal(response.statusCode, status, `${url} → ${response.statusCode}`);
        if (!url.startsWith('/api/')) {
          assert.match(response.headers['content-type'] as string, /html/, url);
          assert.match(response.body, /<h1>/, url);
        } else {
          assert.ok(response.json().error.code, url);
        }
      }
    });

    test('finds published content by its words and never drafts', async () => {
      const response = await get('/en/search?q=pollinator');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Pollinator week/);
      const none = await get('/en/search?q=draft');
      assert.doesNotMatch(none.body, /A draft/);
    });

    test('describes the read API in OpenAPI 3.1 and pages it with a cursor', async () => {
      const doc = (await get('/api/v1/openapi.json')).json();
      assert.equal(doc.openapi, '3.1.0');
      const first = (await get('/api/v1/items?type=species&limit=10')).json();
      assert.equal(first.items.length, 10);
      assert.equal(first.total, 14);
      const second = (await get(`/api/v1/items?type=species&limit=10&cursor=${first.nextCursor}`)).json();
      assert.equal(second.items.length, 4);
      assert.equal(second.nextCursor, null);
      assert.equal((await get('/api/v1/items')).headers['access-control-allow-origin'], '*');
    });

    test('publishes an RSS feed, a sitemap with hreflang and robots.txt', async () => {
      const feed = await get('/feeds/fr/events.rss');
      assert.equal(feed.statusCode, 200);
      assert.match(feed.body, /<rss version="2.0"/);
      assert.match(feed.body, /Semaine des pollinisateurs/);
      const sitemap = await get('/sitemap.xml');
      assert.match(sitemap.body, /hreflang="fr"/);
      assert.match((await get('/robots.txt')).body, /Sitemap: /);
    });

    test('lists the sites on the network portal', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/', headers: { host: 'localhost:3000' } });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Demo CHM/);
      assert.match(response.body, /href="http:\/\/demo\.localhost:3000\/"/);
    });

    test('gathers everything tagged with a topic on one page, across types', async () => {
      // A GBF target's topic is its own page (test/gbf-pages.test.ts).
      const moved = await get('/en/topics/GBF-TARGET-03');
      assert.equal(moved.statusCode, 301);
      assert.equal(moved.headers.location, '/en/gbf/targets/3');
      const response = await get('/en/gbf/targets/3');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /<h1>Conserve 30% of Land, Waters and Seas<\/h1>/);
      assert.match(response.body, /Only in English/);
      const item = await get('/en/news/only-in-english');
      assert.match(item.body, /href="\/en\/gbf\/targets\/3"/);
      assert.equal((await get('/en/topics/GBF-TARGET-99')).statusCode, 404);
      assert.equal((await get('/en/topics/%3Cscript%3E')).statusCode, 400);
    });

    test('shows a maintenance page for a suspended site and nothing of its content', async () => {
      const suspended = await buildSite(t.services, { code: 'closed', names: { fr: 'Fermé' }, languages: ['fr'], status: 'suspended' });
      await buildItem(t.services, suspended, { translations: { fr: { title: 'Secret du site fermé', status: 'published', publishedAt: past(1) } } });
      const response = await get('/fr/news/secret-du-site-ferme', suspended);
      assert.equal(response.statusCode, 503);
      assert.equal(response.headers['retry-after'], '3600');
      assert.match(response.body, /<html lang="fr"/);
      assert.doesNotMatch(response.body, /Secret/);
      const portal = await t.app.inject({ method: 'GET', url: '/', headers: { host: 'localhost:3000' } });
      assert.doesNotMatch(portal.body, /Fermé/);
    });

    test('reports health', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/healthz', headers: { host: 'anything' } });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().database, dialect);
    });
  });
}
