import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { saveItem } from '../src/content/service.ts';
import { moveToTrash } from '../src/content/trash.ts';
import type { Item } from '../src/content/item.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { insertMedia, insertMediaVariants, saveMediaText } from '../src/media/repo.ts';
import type { Site } from '../src/sites/site.ts';
import { termTitle } from '../src/vocabularies/service.ts';
import { buildItem, buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const jsonFeedSchema = JSON.parse(fs.readFileSync(new URL('./fixtures/schemas/jsonfeed-1.1.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (ajv: Ajv) => void)(ajv);
const validateJsonFeed = ajv.compile(jsonFeedSchema);

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`feeds [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let other: Site;
    let wetlands: Item;
    let gbf3 = '';

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'feeds', names: { en: 'Feeds CHM', fr: 'CHM des flux' }, languages: ['en', 'fr'] });
      other = await buildSite(t.services, { code: 'elsewhere', names: { en: 'Elsewhere' }, languages: ['en'] });
      gbf3 = termTitle(t.services.vocabularies.get('GBF-TARGET-03')!, 'en');
      const scope = new SiteScope(t.services.db.kysely, site.id);
      // A lead image with its variants recorded (the feed only points at them).
      const photo = await insertMedia(scope, { sha256: 'a'.repeat(64), kind: 'image', contentType: 'image/png', bytes: 90_000, filename: 'marsh.png', storageKey: `originals/${'a'.repeat(64)}.png`, width: 1600, height: 1000, createdBy: null });
      await insertMediaVariants(scope, photo.id, [
        { format: 'jpeg', width: 480, height: 300, bytes: 20_000, sha256: 'b'.repeat(64), storageKey: `v/${photo.id}.480w.0123456789abcdef.jpg` },
        { format: 'jpeg', width: 1024, height: 640, bytes: 61_234, sha256: 'c'.repeat(64), storageKey: `v/${photo.id}.1024w.fedcba9876543210.jpg` },
        { format: 'webp', width: 1600, height: 1000, bytes: 50_000, sha256: 'd'.repeat(64), storageKey: `v/${photo.id}.1600w.0011223344556677.webp` },
      ]);
      await saveMediaText(scope, photo.id, { language: 'en', altText: 'Reeds in the marsh at dawn', caption: '', credits: '' });
      wetlands = await buildItem(t.services, site, {
        fields: { leadImage: photo.id },
        tags: ['GBF-TARGET-03'],
        translations: {
          en: { title: 'Fauna & flora <restored>', summary: 'Work starts on the marshes.', body: '<p>See <a href="/en/events">our events</a> and <img src="/media/1/x.jpg" alt="x"></p>', status: 'published', publishedAt: past(30) },
          fr: { title: 'Faune et flore restaurées', summary: 'Les travaux commencent.', body: '<p>Le marais revit.</p>', status: 'published', publishedAt: past(30) },
        },
      });
      await buildItem(t.services, site, { translations: { en: { title: 'Only in English', summary: 'No French yet.', status: 'published', publishedAt: past(20) } } });
      await buildItem(t.services, site, {
        type: 'event',
        fields: { start: { at: '2099-03-04T08:30:00.000Z', zone: 'Africa/Porto-Novo' } },
        translations: {
          en: { title: 'Pollinator week', status: 'published', publishedAt: past(10), fields: { location: 'Cotonou' } },
          fr: { title: 'Semaine des pollinisateurs', status: 'published', publishedAt: past(10), fields: { location: 'Cotonou' } },
        },
      });
      await buildItem(t.services, site, { type: 'document', fields: { documentType: 'report' }, translations: { en: { title: 'National report', status: 'published', publishedAt: past(40) } } });
      await buildItem(t.services, site, { type: 'species', fields: { scientificName: 'Ciconia ciconia', taxonomicGroup: 'birds' }, translations: { en: { title: 'White stork', status: 'published', publishedAt: past(5) } } });
      await buildItem(t.services, site, { translations: { en: { title: 'A draft', status: 'draft' } } });
      await buildItem(t.services, site, { translations: { en: { title: 'Scheduled for tomorrow', status: 'published', publishedAt: new Date(Date.now() + 86_400_000).toISOString() } } });
      const trashed = await buildItem(t.services, site, { translations: { en: { title: 'Thrown away', status: 'published', publishedAt: past(3) } } });
      await moveToTrash(contextFor(t.services, site), trashed.id);
      await buildItem(t.services, other, { translations: { en: { title: 'Foreign news', status: 'published', publishedAt: past(2) } } });
    });
    after(() => t.close());

    const get = (url: string, s: Site = site) => t.app.inject({ method: 'GET', url, headers: { host: `${hostOf(s)}:3000` } });
    const origin = () => `http://${hostOf(site)}:3000`;

    test('publishes a section as RSS 2.0 that an independent parser reads: titles, links, dates, language, categories, image', async () => {
      const response = await get('/feeds/en/news.rss');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/rss+xml; charset=utf-8');
      assert.equal(response.headers['cache-control'], 'public, max-age=300');
      const feed = parseFeed(response.body);
      assert.equal(feed.meta.type, 'rss');
      assert.equal(feed.title, 'News — Feeds CHM');
      assert.equal(feed.language, 'en');
      assert.equal(feed.url, `${origin()}/en/`);
      assert.equal(feed.self, `${origin()}/feeds/en/news.rss`);
      assert.deepEqual(feed.items.map((i) => i.title), ['Only in English', 'Fauna & flora <restored>']);
      const item = feed.items.find((i) => i.title === 'Fauna & flora <restored>')!;
      assert.equal(item.url, `${origin()}/en/news/fauna-flora-restored`);
      assert.match(item.id!, new RegExp(`^tag:feeds\\.localhost,\\d{4}-\\d{2}-\\d{2}:feeds/items/${wetlands.id}/en$`));
      assert.ok(item.published && Math.abs(item.published.getTime() - Date.parse(wetlands.translations[0]!.publishedAt!)) < 1000);
      assert.equal(item.description, 'Work starts on the marshes.');
      // The body with its site-relative links made absolute, for readers that have no page to resolve them against.
      assert.match(item.content!, new RegExp(`href="${origin()}/en/events"`));
      assert.match(item.content!, new RegExp(`src="${origin()}/media/1/x.jpg"`));
      assert.deepEqual(item.authors.map((a) => a.name), ['Feeds CHM']);
      assert.deepEqual(item.categories.map((c) => c.label), [gbf3]);
      assert.equal(item.media.length, 1);
      assert.match(item.media[0]!.url, /\/media\/\d+\/1024w\.fedcba9876543210\.jpg$/);
      assert.equal(item.media[0]!.mimeType, 'image/jpeg');
      assert.equal(item.media[0]!.length, 61_234);
    });

    test('publishes Atom with the language, tag ids, html-typed titles and a correct enclosure type', async () => {
      const response = await get('/feeds/en/news.atom');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/atom+xml; charset=utf-8');
      assert.equal(response.headers['cache-control'], 'public, max-age=300');
      const feed = parseFeed(response.body);
      assert.equal(feed.meta.type, 'atom');
      assert.equal(feed.language, 'en');
      assert.equal(feed.self, `${origin()}/feeds/en/news.atom`);
      assert.equal(feed.url, `${origin()}/en/`);
      const item = feed.items.find((i) => i.url === `${origin()}/en/news/fauna-flora-restored`)!;
      assert.equal(item.title, 'Fauna & flora <restored>');
      assert.match(item.id!, /^tag:feeds\.localhost,/);
      assert.ok(item.updated instanceof Date && item.published instanceof Date);
      assert.deepEqual(item.authors.map((a) => a.name), ['Feeds CHM']);
      assert.deepEqual(item.categories.map((c) => c.label), [gbf3]);
      assert.equal(item.media[0]?.mimeType, 'image/jpeg');
      // The same entry has the same id in every format, so a reader that switches format sees no duplicates.
      const rss = parseFeed((await get('/feeds/en/news.rss')).body);
      assert.equal(rss.items.find((i) => i.title === item.title)!.id, item.id);
    });

    test('publishes JSON Feed 1.1 valid against the specification', async () => {
      const response = await get('/feeds/en/all.json');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/feed+json; charset=utf-8');
      assert.equal(response.headers['cache-control'], 'public, max-age=300');
      const doc = response.json() as Record<string, any>;
      assert.ok(validateJsonFeed(doc), JSON.stringify(validateJsonFeed.errors));
      assert.equal(doc.version, 'https://jsonfeed.org/version/1.1');
      assert.equal(doc.language, 'en');
      assert.equal(doc.title, 'All content — Feeds CHM');
      assert.equal(doc.feed_url, `${origin()}/feeds/en/all.json`);
      assert.deepEqual(doc.authors, [{ name: 'Feeds CHM', url: `${origin()}/en/` }]);
      const item = doc.items.find((i: { title: string }) => i.title === 'Fauna & flora <restored>');
      assert.equal(item.url, `${origin()}/en/news/fauna-flora-restored`);
      assert.equal(item.summary, 'Work starts on the marshes.');
      assert.deepEqual(item.tags, [gbf3]);
      assert.match(item.image, /1024w\.fedcba9876543210\.jpg$/);
      assert.equal(item.language, 'en');
      assert.ok(!Number.isNaN(Date.parse(item.date_published)));
    });

    test('puts every feed type in "all" and nothing unpublished, trashed or from another site', async () => {
      for (const format of ['rss', 'atom'] as const) {
        const titles = parseFeed((await get(`/feeds/en/all.${format}`)).body).items.map((i) => i.title);
        assert.deepEqual(new Set(titles), new Set(['Fauna & flora <restored>', 'Only in English', 'Pollinator week', 'National report']), format);
      }
      const json = (await get('/feeds/en/all.json')).json() as { items: { title: string }[] };
      assert.deepEqual(new Set(json.items.map((i: { title: string }) => i.title)), new Set(['Fauna & flora <restored>', 'Only in English', 'Pollinator week', 'National report']));
      assert.deepEqual(parseFeed((await get('/feeds/en/news.rss', other)).body).items.map((i) => i.title), ['Foreign news']);
    });

    test('a French feed carries only French translations, with no fallback to English', async () => {
      const feed = parseFeed((await get('/feeds/fr/all.atom')).body);
      assert.equal(feed.language, 'fr');
      assert.equal(feed.title, 'Tous les contenus — CHM des flux');
      assert.deepEqual(new Set(feed.items.map((i) => i.title)), new Set(['Faune et flore restaurées', 'Semaine des pollinisateurs']));
      for (const item of feed.items) assert.match(item.url!, new RegExp(`^${origin()}/fr/`));
    });

    test('keeps an entry\'s id when its title and slug change', async () => {
      const before = parseFeed((await get('/feeds/fr/news.rss')).body).items.find((i) => i.title === 'Faune et flore restaurées')!;
      const current = wetlands;
      const translations = Object.fromEntries(
        current.translations.map((tr) => [tr.language, { title: tr.language === 'fr' ? 'Faune et flore revenues' : tr.title, slug: tr.language === 'fr' ? 'faune-et-flore-revenues' : tr.slug, summary: tr.summary, body: tr.body, status: tr.status, publishedAt: tr.publishedAt }]),
      );
      wetlands = await saveItem(contextFor(t.services, site), { type: 'news', fields: current.fields, tags: current.tags, translations }, { itemId: current.id });
      const after = parseFeed((await get('/feeds/fr/news.rss')).body).items.find((i) => i.title === 'Faune et flore revenues')!;
      assert.equal(after.id, before.id);
      assert.notEqual(after.url, before.url);
    });

    test('answers an unknown format, type or language with a 404 page', async () => {
      for (const url of ['/feeds/en/news.xml', '/feeds/en/news', '/feeds/en/species.rss', '/feeds/en/nothing.atom', '/feeds/de/news.rss', '/feeds/EN/news.rss', '/feeds/en/../news.json']) {
        const response = await get(url);
        assert.equal(response.statusCode, 404, url);
        assert.match(response.headers['content-type'] as string, /html/, url);
      }
    });

    test('announces the feeds on listing and home pages, and the calendar on the events listing', async () => {
      const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[3]]);
      assert.deepEqual(alternates((await get('/en/news')).body), [
        ['application/rss+xml', '/feeds/en/news.rss'],
        ['application/atom+xml', '/feeds/en/news.atom'],
        ['application/feed+json', '/feeds/en/news.json'],
      ]);
      assert.deepEqual(alternates((await get('/fr/events')).body), [
        ['application/rss+xml', '/feeds/fr/events.rss'],
        ['application/atom+xml', '/feeds/fr/events.atom'],
        ['application/feed+json', '/feeds/fr/events.json'],
        ['text/calendar', '/fr/events/calendar.ics'],
      ]);
      assert.deepEqual(alternates((await get('/en/')).body), [
        ['application/rss+xml', '/feeds/en/all.rss'],
        ['application/atom+xml', '/feeds/en/all.atom'],
        ['application/feed+json', '/feeds/en/all.json'],
      ]);
      assert.match((await get('/en/news')).body, /title="News — Feeds CHM \(Atom\)"/);
      assert.deepEqual(alternates((await get('/en/species')).body), []);
      // Every announced feed answers.
      for (const [, href] of alternates((await get('/fr/events')).body)) assert.equal((await get(href!)).statusCode, 200, href);
    });
  });
}
