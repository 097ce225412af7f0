import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { startSession } from '../src/accounts/sessions.ts';
import { createUser } from '../src/accounts/service.ts';
import { moveToTrash } from '../src/content/trash.ts';
import { upsertEntries } from '../src/interop/harvest/repo.ts';
import { createHarvestSource } from '../src/interop/harvest/service.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { insertMedia, insertMediaVariants } from '../src/media/repo.ts';
import { FiguresCache } from '../src/network/figures.ts';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const jsonFeedSchema = JSON.parse(fs.readFileSync(new URL('./fixtures/schemas/jsonfeed-1.1.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (ajv: Ajv) => void)(ajv);
const validateJsonFeed = ajv.compile(jsonFeedSchema);

/** The text of the element with `id`'s section (up to the next `</section>`). */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `the page has a section #${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`network portal [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let alpha: Site;
    let beta: Site;
    let gamma: Site;
    let sandbox: Site;

    before(async () => {
      t = await buildTestApp(dialect);
      alpha = await buildSite(t.services, { code: 'alpha', country: 'be', names: { en: 'Alpha CHM', fr: 'CHM Alpha' }, languages: ['en', 'fr'] });
      beta = await buildSite(t.services, { code: 'beta', country: 'bj', names: { fr: 'CHM Bêta' }, languages: ['fr'] });
      gamma = await buildSite(t.services, { code: 'gamma', country: 'ma', names: { ar: 'آلية غاما', en: 'Gamma CHM' }, languages: ['ar', 'en'] });
      sandbox = await buildSite(t.services, { code: 'sandbox', names: { en: 'Sandbox CHM' }, languages: ['en'], status: 'training' });
      const closed = await buildSite(t.services, { code: 'closed', names: { en: 'Closed CHM' }, languages: ['en'], status: 'suspended' });
      const trial = await buildSite(t.services, { code: 'trial', names: { en: 'Trial CHM' }, languages: ['en'], status: 'test' });

      await buildItem(t.services, alpha, {
        translations: {
          en: { title: 'Wetlands restored in the north', summary: 'The marshes are back.', status: 'published', publishedAt: past(30) },
          fr: { title: 'Zones humides restaurées au nord', summary: 'Les marais reviennent.', status: 'published', publishedAt: past(30) },
        },
      });
      await buildItem(t.services, alpha, { translations: { en: { title: 'Only in English about wetlands', status: 'published', publishedAt: past(20) } } });
      await buildItem(t.services, beta, { translations: { fr: { title: 'Mangroves du littoral', summary: 'Un plan pour les mangroves.', status: 'published', publishedAt: past(10) } } });
      await buildItem(t.services, gamma, {
        translations: {
          ar: { title: 'الأراضي الرطبة في الأطلس', status: 'published', publishedAt: past(40) },
          en: { title: 'Wetlands of the Atlas', summary: 'Mountain wetlands.', status: 'published', publishedAt: past(40) },
        },
      });
      // Never on the portal: a draft, a publication still to come, an item in the trash, and
      // published items of training, suspended and test sites.
      await buildItem(t.services, alpha, { translations: { en: { title: 'Draft about wetlands', status: 'draft' } } });
      await buildItem(t.services, alpha, { translations: { en: { title: 'Tomorrow about wetlands', status: 'published', publishedAt: new Date(Date.now() + 86_400_000).toISOString() } } });
      const trashed = await buildItem(t.services, alpha, { translations: { en: { title: 'Trashed wetlands story', status: 'published', publishedAt: past(5) } } });
      await moveToTrash(contextFor(t.services, alpha), trashed.id);
      await buildItem(t.services, sandbox, { translations: { en: { title: 'Sandbox wetlands exercise', status: 'published', publishedAt: past(1) } } });
      await buildItem(t.services, closed, { translations: { en: { title: 'Closed wetlands notice', status: 'published', publishedAt: past(1) } } });
      await buildItem(t.services, trial, { translations: { en: { title: 'Trial wetlands page', status: 'published', publishedAt: past(1) } } });

      const event = (site: Site, language: string, title: string, at: string) =>
        buildItem(t.services, site, { type: 'event', fields: { start: { at, zone: 'Africa/Porto-Novo' } }, translations: { [language]: { title, status: 'published', publishedAt: past(15), fields: { location: 'Cotonou' } } } });
      await event(alpha, 'en', 'Pollinator week', '2099-03-04T08:30:00.000Z');
      await event(beta, 'fr', 'Atelier sur les mangroves', '2098-06-01T08:00:00.000Z');
      await event(alpha, 'en', 'Workshop that ended', '2020-01-01T08:00:00.000Z');
      await event(sandbox, 'en', 'Sandbox training day', '2097-01-01T08:00:00.000Z');

      const scope = new SiteScope(t.services.db.kysely, alpha.id);
      const photo = await insertMedia(scope, { sha256: 'a'.repeat(64), kind: 'image', contentType: 'image/png', bytes: 90_000, filename: 'marsh.png', storageKey: `originals/${'a'.repeat(64)}.png`, width: 1600, height: 1000, createdBy: null });
      await insertMediaVariants(scope, photo.id, [{ format: 'jpeg', width: 480, height: 300, bytes: 20_000, sha256: 'b'.repeat(64), storageKey: `v/${photo.id}.480w.0123456789abcdef.jpg` }]);
      await scope
        .insertInto('cbd_site_syncs', { last_attempt_at: past(60), last_success_at: past(600), last_error: 'connect ECONNREFUSED 10.0.0.7:443', last_counts: '{}', running_since: null, sample_data: 0 })
        .execute();
      await new SiteScope(t.services.db.kysely, beta.id)
        .insertInto('cbd_site_syncs', { last_attempt_at: past(90), last_success_at: past(90), last_error: null, last_counts: '{"added":3}', running_since: null, sample_data: 1 })
        .execute();

      // An entry harvested from a remote node's French news feed.
      const source = await createHarvestSource(t.services.db.kysely, {
        name: 'Remote CHM',
        names: { fr: 'CHM distant' },
        country: 'td',
        homeUrl: 'https://chm.example.td/',
        feeds: [{ url: 'https://chm.example.td/feed.xml', kind: 'news', language: 'fr' }],
      });
      const feed = source.feeds[0]!;
      await upsertEntries(
        t.services.db.kysely,
        { id: feed.id, source_id: source.id, kind: 'news', language: 'fr' },
        [{ guid: 'r1', link: 'https://chm.example.td/news/savanes', title: 'Savanes du Tchad', summary: 'Nouvelles des savanes.', publishedAt: past(12), updatedAt: null, eventStart: null, eventEnd: null, language: 'fr' }],
        new Date().toISOString(),
      );
    });
    after(() => t.close());

    const portal = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { host: 'localhost:3000', ...headers } });

    test('lists the live sites with flag, languages and last update, and not training, suspended or test sites', async () => {
      const response = await portal('/?lang=en');
      assert.equal(response.statusCode, 200);
      const sites = section(response.body, 'portal-sites');
      for (const name of ['Alpha CHM', 'Gamma CHM']) assert.match(sites, new RegExp(name));
      assert.match(sites, /<span lang="fr">CHM Bêta<\/span>/, 'a site without an English name shows its own, marked with its language');
      assert.match(sites, /href="http:\/\/alpha\.localhost:3000\/"/);
      assert.match(sites, /🇧🇪/);
      assert.match(sites, /Languages: English and Français/);
      assert.match(sites, /Last updated on/);
      for (const hidden of ['Sandbox CHM', 'Closed CHM', 'Trial CHM']) assert.doesNotMatch(response.body, new RegExp(hidden));
      assert.doesNotMatch(response.body, /<script/, 'no JavaScript');
    });

    test('shows the network’s news in French where translated, else in the site’s default language marked with lang', async () => {
      const response = await portal('/?lang=fr');
      assert.match(response.body, /<html lang="fr" dir="ltr"/);
      const news = section(response.body, 'portal-news');
      assert.match(news, /Zones humides restaurées au nord/);
      assert.doesNotMatch(news, /Wetlands restored in the north/, 'the French translation replaces the English one');
      assert.match(news, /href="http:\/\/alpha\.localhost:3000\/fr\/news\/zones-humides-restaurees-au-nord"/);
      assert.match(news, /Mangroves du littoral/);
      assert.match(news, /<article lang="en">\s*<h3>\s*<a href="http:\/\/alpha\.localhost:3000\/en\/news\/only-in-english-about-wetlands"/, 'the English-only item is marked as English');
      assert.match(news, /<article lang="ar">/, 'a site without French shows its default language (Arabic)');
      assert.match(news, /Source : CHM Alpha/);
      assert.match(news, /<a href="https:\/\/chm\.example\.td\/news\/savanes">Savanes du Tchad<\/a>/, 'a harvested entry, linking to its page on the remote node');
      assert.match(news, /Source : CHM distant/);
      // Newest first.
      assert.ok(news.indexOf('Mangroves du littoral') < news.indexOf('Zones humides restaurées'));
    });

    test('lists upcoming events soonest first, without past ones', async () => {
      const events = section((await portal('/?lang=en')).body, 'portal-events');
      assert.ok(events.indexOf('Atelier sur les mangroves') >= 0 && events.indexOf('Pollinator week') > events.indexOf('Atelier sur les mangroves'), 'soonest first');
      assert.doesNotMatch(events, /Workshop that ended/);
      assert.match(events, /datetime="2099-03-04T08:30:00.000Z"/);
    });

    test('never shows a draft, a scheduled, a trashed item or anything of a training, suspended or test site', async () => {
      const pages = [(await portal('/?lang=en')).body, (await portal('/feeds/en/news.atom')).body, (await portal('/feeds/en/events.json')).body, (await portal('/search?q=wetlands&lang=en')).body];
      for (const body of pages) {
        for (const hidden of ['Draft about', 'Tomorrow about', 'Trashed wetlands', 'Sandbox wetlands', 'Sandbox training day', 'Closed wetlands', 'Trial wetlands']) assert.doesNotMatch(body, new RegExp(hidden));
      }
    });

    test('the status page counts each live site’s published items, last publication, sync result and storage', async () => {
      const response = await portal('/status?lang=en');
      assert.equal(response.statusCode, 200);
      const alphaCard = section(response.body, 'status-alpha');
      assert.match(alphaCard, /data-total="4"/, 'three news items and one upcoming event, one past event: drafts, scheduled and trashed ones are not counted');
      assert.match(alphaCard, /<li data-type="news">News: 2<\/li>/);
      assert.match(alphaCard, /<li data-type="event">Events: 2<\/li>/);
      assert.match(alphaCard, /data-bytes="110000"/, 'the original and its variant');
      assert.match(alphaCard, /Failed on/);
      assert.doesNotMatch(response.body, /ECONNREFUSED/, 'why a sync failed is not public');
      const betaCard = section(response.body, 'status-beta');
      assert.match(betaCard, /Succeeded on/);
      assert.match(betaCard, /sample data/);
      assert.match(section(response.body, 'status-gamma'), /Never synchronised/);
      assert.doesNotMatch(response.body, /status-sandbox|status-closed|status-trial/);

      const admin = await createUser(t.services.db.kysely, { email: 'root@portal.example', displayName: 'Root', password: 'correct horse battery staple', isNetworkAdmin: true });
      const token = await startSession(t.services.db.kysely, { userId: admin.id, siteId: null });
      const asAdmin = await portal('/status?lang=en', { cookie: `ecotone_session=${token}` });
      assert.match(asAdmin.body, /ECONNREFUSED 10\.0\.0\.7/, 'a network administrator sees the error');
      assert.equal(asAdmin.headers['cache-control'], 'private, no-store');
      assert.doesNotMatch((await portal('/status?lang=en')).body, /ECONNREFUSED/, 'and the public page stays without it');
    });

    test('cross-site search finds a word on two sites, labels each hit with its site, never a training site’s item', async () => {
      const response = await portal('/search?q=wetlands&lang=en');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /3 results for “wetlands”/);
      assert.match(response.body, /href="http:\/\/alpha\.localhost:3000\/en\/news\/wetlands-restored-in-the-north"/);
      assert.match(response.body, /href="http:\/\/gamma\.localhost:3000\/en\/news\/wetlands-of-the-atlas"/);
      assert.match(response.body, /<a href="http:\/\/gamma\.localhost:3000\/en\/">Gamma CHM<\/a>/);
      assert.match(response.body, /<mark>Wetlands<\/mark>|<mark>wetlands<\/mark>/);
      // A site without the visitor's language is searched in its own.
      const french = await portal('/search?q=mangroves&lang=en');
      assert.match(french.body, /<article class="search-result" lang="fr">/);
      assert.equal((await portal('/search?q=wetlands&lang=en&page=abc')).statusCode, 400);
    });

    test('pages the cross-site results', async () => {
      const first = await portal('/search?q=wetlands&lang=en&page=1');
      assert.doesNotMatch(first.body, /rel="next"/, 'three results fit on one page');
      const beyond = await portal('/search?q=wetlands&lang=en&page=2');
      assert.equal(beyond.statusCode, 200);
      assert.doesNotMatch(beyond.body, /class="search-result"/);
    });

    test('publishes the aggregated streams as RSS, Atom and JSON Feed that an independent parser reads', async () => {
      const rss = await portal('/feeds/fr/news.rss');
      assert.equal(rss.statusCode, 200);
      assert.equal(rss.headers['content-type'], 'application/rss+xml; charset=utf-8');
      assert.equal(rss.headers['cache-control'], 'public, max-age=300');
      const feed = parseFeed(rss.body);
      assert.deepEqual(feed.items.map((i) => i.title).sort(), ['Mangroves du littoral', 'Savanes du Tchad', 'Zones humides restaurées au nord'], 'exactly French entries (ADR 0014), harvested ones included');
      assert.equal(feed.items.find((i) => i.title === 'Mangroves du littoral')?.url, 'http://beta.localhost:3000/fr/news/mangroves-du-littoral');
      const atom = parseFeed((await portal('/feeds/en/events.atom')).body);
      assert.deepEqual(atom.items.map((i) => i.title), ['Pollinator week']);
      assert.match((await portal('/feeds/en/events.atom')).body, /xml:lang="en"/);
      const json = await portal('/feeds/en/news.json');
      assert.equal(json.headers['content-type'], 'application/feed+json; charset=utf-8');
      assert.ok(validateJsonFeed(json.json()), JSON.stringify(validateJsonFeed.errors));
      // The id of an entry is the one its site's own feed gives it, so readers see it once.
      const own = parseFeed((await t.app.inject({ url: '/feeds/en/news.rss', headers: { host: `${hostOf(alpha)}:3000` } })).body);
      const network = parseFeed((await portal('/feeds/en/news.rss')).body);
      const id = (feed: ReturnType<typeof parseFeed>, title: string) => feed.items.find((i) => i.title === title)?.id;
      assert.equal(id(network, 'Wetlands restored in the north'), id(own, 'Wetlands restored in the north'));
      assert.equal((await portal('/feeds/xx/news.rss')).statusCode, 404);
      assert.equal((await portal('/feeds/en/documents.rss')).statusCode, 404);
    });

    test('a site’s host never serves the portal’s pages', async () => {
      const onSite = (url: string) => t.app.inject({ method: 'GET', url, headers: { host: `${hostOf(alpha)}:3000` } });
      assert.equal((await onSite('/status')).statusCode, 404);
      assert.equal((await onSite('/search?q=wetlands')).statusCode, 404);
      const feed = await onSite('/feeds/fr/news.rss');
      assert.equal(feed.statusCode, 200);
      assert.doesNotMatch(feed.body, /Mangroves/, 'a site’s feed is its own');
      assert.equal((await onSite('/')).statusCode, 302);
      assert.equal((await t.app.inject({ method: 'GET', url: '/status', headers: { host: 'unknown.example' } })).statusCode, 404);
    });

    test('answers the home page from memory and shows a new publication on any site at once', async () => {
      const first = await portal('/?lang=nl');
      const again = await portal('/?lang=nl');
      assert.equal(again.headers['x-cache'], 'hit');
      assert.equal(again.headers.etag, first.headers.etag);
      assert.equal((await portal('/?lang=nl', { 'if-none-match': String(first.headers.etag) })).statusCode, 304);
      await buildItem(t.services, gamma, { translations: { ar: { title: 'خبر جديد عن الأراضي الرطبة', status: 'published', publishedAt: past(0.5) } } });
      const fresh = await portal('/?lang=nl');
      assert.equal(fresh.headers['x-cache'], 'miss');
      assert.match(fresh.body, /خبر جديد عن الأراضي الرطبة/);
    });

    test('reads a written site’s figures again a few seconds later, behind the pages, and only that site', async () => {
      let clock = Date.now();
      const figures = new FiguresCache(t.services.db.kysely, { now: () => clock, afterWriteMs: 5_000, maxAgeMs: 300_000 });
      try {
        const sites = [alpha, beta];
        const first = await figures.get(sites);
        const newsOf = (f: typeof first, site: Site) => f.sites.get(site.id)?.counts.get('news') ?? 0;
        const before = { alpha: newsOf(first, alpha), beta: newsOf(first, beta) };
        const betaReading = first.sites.get(beta.id);
        await buildItem(t.services, alpha, { translations: { en: { title: 'One more', status: 'published', publishedAt: past(0.5) } } });
        clock += 1_000;
        assert.equal(newsOf(await figures.get(sites), alpha), before.alpha, 'within the first seconds the previous reading is shown');
        clock += 5_000;
        assert.equal(newsOf(await figures.get(sites), alpha), before.alpha, 'the page that starts the new reading does not wait for it');
        // The reading runs in the background: wait for it (a few milliseconds; up to 5 s on a loaded machine).
        let after = await figures.get(sites);
        for (let i = 0; i < 50 && newsOf(after, alpha) === before.alpha; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          after = await figures.get(sites);
        }
        assert.equal(newsOf(after, alpha), before.alpha + 1);
        assert.equal(after.sites.get(beta.id), betaReading, 'a site not written is not read again');
      } finally {
        figures.close();
      }
    });

    test('is right to left in Arabic', async () => {
      const response = await portal('/', { 'accept-language': 'ar' });
      assert.match(response.body, /<html lang="ar" dir="rtl"/);
      assert.match(String(response.headers.vary), /Accept-Language/);
    });
  });
}
