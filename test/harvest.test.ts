import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SiteScope } from '../src/db/site-scope.ts';
import {
  createHarvestSource,
  harvestDueFeeds,
  harvestSourcesNow,
  type HarvestSourceView,
  listHarvestedEntries,
  listHarvestSources,
  removeHarvestSource,
  setSiteHarvestSelection,
} from '../src/interop/harvest/service.ts';
import { pruneEntries } from '../src/interop/harvest/repo.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

/**
 * Harvesting from feed servers started here, on loopback (HARVEST_ALLOW_PRIVATE=1): normal RSS,
 * Atom and JSON Feed, conditional requests, a slow server, a failing one, malformed XML, an
 * entity bomb, duplicate items, and the home page block of a site that chose a source.
 */

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

class FeedServer {
  readonly routes = new Map<string, Handler>();
  readonly hits = new Map<string, number>();
  readonly notModified = new Map<string, number>();
  readonly userAgents: string[] = [];
  private server = http.createServer((request, response) => {
    const path = request.url!.split('?')[0]!;
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    this.userAgents.push(String(request.headers['user-agent']));
    const handler = this.routes.get(path);
    if (!handler) return response.writeHead(404).end('not found');
    handler(request, response);
  });
  origin = '';

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Serves `body()` (read at each request) with a content type. */
  serve(path: string, contentType: string, body: () => string) {
    this.routes.set(path, (_req, res) => res.writeHead(200, { 'content-type': contentType }).end(body()));
    return `${this.origin}${path}`;
  }
}

const rss = (items: string, extra = '') => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"${extra}><channel><title>Biodiversity news</title><link>https://chm.example.fr/</link><description>News</description>${items}</channel></rss>`;

const rssItem = (o: { title: string; guid?: string; link?: string; date?: string; description?: string }) =>
  `<item><title>${o.title}</title>${o.guid ? `<guid isPermaLink="false">${o.guid}</guid>` : ''}${o.link ? `<link>${o.link}</link>` : ''}${o.date ? `<pubDate>${new Date(o.date).toUTCString()}</pubDate>` : ''}${o.description ? `<description>${o.description}</description>` : ''}</item>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Actualités</title><id>urn:chm:fr</id><updated>2026-03-02T10:00:00Z</updated>
<entry><id>urn:chm:fr:1</id><title>Les zones humides du Marais poitevin</title><link href="https://chm.example.fr/actu/marais"/><updated>2026-03-02T10:00:00Z</updated><published>2026-03-01T10:00:00Z</published><summary type="html">&lt;p&gt;Un &lt;b&gt;plan&lt;/b&gt; de gestion.&lt;/p&gt;</summary></entry>
<entry><id>urn:chm:fr:2</id><title>Atlas de la biodiversité communale</title><link href="https://chm.example.fr/actu/atlas"/><updated>2026-02-20T10:00:00Z</updated></entry>
</feed>`;

const jsonFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Nieuws',
  items: [
    { id: 'nl-1', url: 'https://chm.example.nl/nieuws/1', title: 'Nieuwe natuurgebieden', content_html: '<p>Drie nieuwe gebieden.</p>', date_published: '2026-03-03T09:00:00Z' },
    { id: 'nl-2', url: 'javascript:alert(1)', title: 'Vogeltelling', summary: 'Tellen in de tuin.', date_published: '2026-02-10T09:00:00Z' },
  ],
});

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`harvesting remote CHM nodes [${dialect}]`, { skip }, () => {
    let t: TestApp;
    const feeds = new FeedServer();
    const db = () => t.services.db.kysely;

    before(async () => {
      await feeds.start();
      t = await buildTestApp(dialect, { HARVEST_ALLOW_PRIVATE: '1', HARVEST_TIMEOUT_MS: '600', HARVEST_INTERVAL_MINUTES: '60' });
    });
    after(async () => {
      await t?.close();
      await feeds.stop();
    });

    /** A source with these feeds, removed when the test ends so that later rounds do not fetch it. */
    async function source(context: { after: (fn: () => Promise<void>) => void }, feedList: { url: string; kind?: string; language?: string }[], name = 'CHM France'): Promise<HarvestSourceView> {
      const created = await createHarvestSource(db(), { name, country: 'fr', homeUrl: 'https://chm.example.fr/', feeds: feedList.map((f) => ({ kind: 'news', language: 'fr', ...f })) });
      context.after(async () => removeHarvestSource(db(), created.id).catch(() => undefined));
      return created;
    }
    const feedState = async (sourceId: number, index = 0) => (await listHarvestSources(db(), [sourceId]))[0]!.feeds[index]!;
    const entriesOf = (sourceId: number) => db().selectFrom('harvest_entries').selectAll().where('source_id', '=', sourceId).orderBy('id').execute();

    test('harvests RSS, Atom and JSON Feed items into the streams, with the source named', async (context) => {
      const rssUrl = feeds.serve('/normal/rss.xml', 'application/rss+xml', () =>
        rss(
          rssItem({ title: 'Restoring the Loire wetlands', guid: 'fr-1', link: 'https://chm.example.fr/news/loire', date: '2026-03-04T08:00:00Z', description: '<![CDATA[<p>Work <script>alert(1)</script>begins.</p>]]>' }) +
            rssItem({ title: 'Bird census &amp; results', guid: 'fr-2', link: 'https://chm.example.fr/news/birds', date: '2026-02-01T08:00:00Z' }),
        ),
      );
      const atomUrl = feeds.serve('/normal/atom.xml', 'application/atom+xml', () => atom);
      const jsonUrl = feeds.serve('/normal/feed.json', 'application/feed+json', () => jsonFeed);
      const src = await source(context, [{ url: rssUrl }, { url: atomUrl }, { url: jsonUrl, language: 'nl' }]);

      const report = await harvestSourcesNow(t.services, { sourceIds: [src.id] });
      assert.deepEqual(report.feeds.map((f) => [f.outcome, f.added]), [['updated', 2], ['updated', 2], ['updated', 2]]);
      assert.ok(feeds.userAgents.at(-1)!.includes('Ecotone'), 'the requests name Ecotone');

      const news = await listHarvestedEntries(db(), { kind: 'news', limit: 20, sourceIds: [src.id] });
      assert.deepEqual(news.map((e) => e.title), ['Restoring the Loire wetlands', 'Nieuwe natuurgebieden', 'Les zones humides du Marais poitevin', 'Atlas de la biodiversité communale', 'Vogeltelling', 'Bird census & results']);
      const loire = news[0]!;
      assert.equal(loire.summary, 'Work begins.', 'summaries are plain text, scripts dropped');
      assert.equal(loire.link, 'https://chm.example.fr/news/loire');
      assert.deepEqual(loire.source, { id: src.id, name: 'CHM France', country: 'fr', homeUrl: 'https://chm.example.fr/' });
      assert.equal(news.find((e) => e.title === 'Les zones humides du Marais poitevin')!.summary, 'Un plan de gestion.');
      assert.equal(news.find((e) => e.title === 'Vogeltelling')!.link, null, 'a javascript: link is never kept');

      const dutch = await listHarvestedEntries(db(), { kind: 'news', language: 'nl', limit: 20, sourceIds: [src.id] });
      assert.deepEqual(dutch.map((e) => e.title), ['Nieuwe natuurgebieden', 'Vogeltelling']);
      assert.deepEqual(await listHarvestedEntries(db(), { kind: 'events', limit: 20, sourceIds: [src.id] }), []);
      const state = await feedState(src.id);
      assert.equal(state.lastStatus, 200);
      assert.equal(state.lastError, null);
      assert.equal(state.entryCount, 2);
    });

    test('sends the ETag and Last-Modified back, and a 304 changes nothing but the status', async (context) => {
      const body = rss(rssItem({ title: 'Unchanged news', guid: 'etag-1', date: '2026-03-01T00:00:00Z' }));
      feeds.routes.set('/conditional/etag.xml', (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          feeds.notModified.set('etag', (feeds.notModified.get('etag') ?? 0) + 1);
          return res.writeHead(304).end();
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(body);
      });
      const lastModified = 'Sun, 01 Mar 2026 00:00:00 GMT';
      feeds.routes.set('/conditional/lm.xml', (req, res) => {
        if (req.headers['if-modified-since'] === lastModified) {
          feeds.notModified.set('lm', (feeds.notModified.get('lm') ?? 0) + 1);
          return res.writeHead(304).end();
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': lastModified }).end(body.replace('etag-1', 'lm-1'));
      });
      const src = await source(context, [{ url: `${feeds.origin}/conditional/etag.xml` }, { url: `${feeds.origin}/conditional/lm.xml` }]);
      await harvestSourcesNow(t.services, { sourceIds: [src.id] });
      const before = await entriesOf(src.id);
      const second = await harvestSourcesNow(t.services, { sourceIds: [src.id] });
      assert.deepEqual(second.feeds.map((f) => f.outcome), ['not-modified', 'not-modified']);
      assert.equal(feeds.notModified.get('etag'), 1);
      assert.equal(feeds.notModified.get('lm'), 1);
      assert.deepEqual(await entriesOf(src.id), before, 'entries are untouched by a 304');
      const state = await feedState(src.id);
      assert.equal(state.lastStatus, 304);
      assert.equal(state.lastError, null);
    });

    test('a slow feed times out with a timeout status while the others are harvested', async (context) => {
      feeds.routes.set('/slow.xml', (_req, res) => {
        const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('')), 3000);
        res.on('close', () => clearTimeout(timer));
      });
      const normal = feeds.serve('/slow-neighbour.xml', 'application/rss+xml', () => rss(rssItem({ title: 'Quick news', guid: 'q-1' })));
      const src = await source(context, [{ url: `${feeds.origin}/slow.xml` }, { url: normal }]);
      const started = Date.now();
      const report = await harvestDueFeeds(t.services, { now: new Date() });
      assert.ok(Date.now() - started < 2500, 'the round does not wait for the slow server');
      const [slow, quick] = report.feeds.filter((f) => f.sourceId === src.id);
      assert.equal(slow!.outcome, 'failed');
      assert.match(slow!.error!, /^Timeout/);
      assert.equal(quick!.outcome, 'updated');
      const state = await feedState(src.id);
      assert.match(state.lastError!, /Timeout/);
      assert.equal(state.lastStatus, null);
      assert.equal(state.consecutiveFailures, 1);
      assert.deepEqual((await entriesOf(src.id)).map((e) => e.title), ['Quick news']);
    });

    test('an HTTP 500 is kept as the feed error, the next attempts back off, and the feed recovers', async (context) => {
      let failing = true;
      feeds.routes.set('/flaky.xml', (_req, res) => {
        if (failing) return res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(rssItem({ title: 'Back online', guid: 'flaky-1' })));
      });
      const src = await source(context, [{ url: `${feeds.origin}/flaky.xml` }]);
      const t0 = new Date();
      const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
      const hits = () => feeds.hits.get('/flaky.xml') ?? 0;

      await harvestDueFeeds(t.services, { now: t0 });
      let state = await feedState(src.id);
      assert.equal(state.lastStatus, 500);
      assert.match(state.lastError!, /HTTP 500/);
      assert.equal(state.consecutiveFailures, 1);
      assert.equal(state.nextFetchAt, minutes(5).toISOString());

      await harvestDueFeeds(t.services, { now: minutes(1) });
      assert.equal(hits(), 1, 'not fetched again before its back-off is over');
      await harvestDueFeeds(t.services, { now: minutes(6) });
      state = await feedState(src.id);
      assert.equal(hits(), 2);
      assert.equal(state.consecutiveFailures, 2);
      assert.equal(state.nextFetchAt, minutes(6 + 20).toISOString(), 'the second failure waits four times longer');

      failing = false;
      await harvestDueFeeds(t.services, { now: minutes(27) });
      state = await feedState(src.id);
      assert.equal(state.lastError, null);
      assert.equal(state.consecutiveFailures, 0);
      assert.equal(state.lastStatus, 200);
      assert.equal(state.nextFetchAt, minutes(27 + 60).toISOString(), 'back to the normal interval');
      assert.deepEqual((await entriesOf(src.id)).map((e) => e.title), ['Back online']);
    });

    test('malformed XML is an error naming the problem and where, and adds nothing', async (context) => {
      const url = feeds.serve('/malformed.xml', 'application/rss+xml', () => '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Broken</item></channel></rss>');
      const src = await source(context, [{ url }]);
      const [result] = (await harvestSourcesNow(t.services, { sourceIds: [src.id] })).feeds;
      assert.equal(result!.outcome, 'failed');
      assert.match(result!.error!, /not well-formed XML: .*line 3/);
      assert.equal((await feedState(src.id)).lastStatus, 200);
      assert.deepEqual(await entriesOf(src.id), []);
    });

    test('an entity-bomb feed is refused quickly and safely, and the other feeds are harvested', async (context) => {
      let entities = '<!ENTITY lol "lol">';
      for (let i = 1; i <= 9; i++) entities += `<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10).replace(/&lol0;/g, '&lol;')}">`;
      const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [${entities}]>\n<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><guid>b</guid></item></channel></rss>`;
      const external = `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>`;
      const src = await source(context, [
        { url: feeds.serve('/bomb.xml', 'application/rss+xml', () => bomb) },
        { url: feeds.serve('/xxe.xml', 'application/rss+xml', () => external) },
        { url: feeds.serve('/bomb-neighbour.xml', 'application/rss+xml', () => rss(rssItem({ title: 'Safe news', guid: 's-1' }))) },
      ]);
      const started = Date.now();
      const report = await harvestSourcesNow(t.services, { sourceIds: [src.id] });
      assert.ok(Date.now() - started < 2000);
      assert.deepEqual(report.feeds.map((f) => f.outcome), ['failed', 'failed', 'updated']);
      for (const failed of report.feeds.slice(0, 2)) assert.match(failed.error!, /declares XML entities/);
      const titles = (await entriesOf(src.id)).map((e) => e.title);
      assert.deepEqual(titles, ['Safe news']);
    });

    test('duplicate items within a feed, across fetches and across feeds of a source are one entry each, updated in place', async (context) => {
      let title = 'Wetland day';
      const first = feeds.serve('/dupes/news.xml', 'application/rss+xml', () =>
        rss(
          rssItem({ title, guid: 'dup-1', link: 'https://chm.example.fr/news/wetland-day', date: '2026-02-02T00:00:00Z' }) +
            rssItem({ title, guid: 'dup-1', link: 'https://chm.example.fr/news/wetland-day', date: '2026-02-02T00:00:00Z' }) +
            rssItem({ title: 'Linked only', link: 'https://chm.example.fr/news/linked?utm_source=rss', date: '2026-02-03T00:00:00Z' }) +
            rssItem({ title: 'Linked only', link: 'https://chm.example.fr/news/linked', date: '2026-02-03T00:00:00Z' }) +
            rssItem({ title: 'No id, no link', date: '2026-02-04T00:00:00Z' }) +
            rssItem({ title: 'No  id, NO link!', date: '2026-02-04T10:00:00Z' }),
        ),
      );
      // The same news in the source's other feed, under its own guid.
      const second = feeds.serve('/dupes/all.xml', 'application/rss+xml', () => rss(rssItem({ title: 'Linked only', guid: 'other-guid', link: 'https://chm.example.fr/news/linked#top', date: '2026-02-03T00:00:00Z' })));
      const src = await source(context, [{ url: first }, { url: second }]);

      const firstRound = await harvestSourcesNow(t.services, { sourceIds: [src.id], now: new Date('2026-03-01T00:00:00Z') });
      assert.equal(firstRound.feeds.reduce((n, f) => n + f.added, 0), 3);
      const before = await entriesOf(src.id);
      // The first of two copies in one fetch wins (whitespace and case do not make another item).
      assert.deepEqual(before.map((e) => e.title), ['Wetland day', 'Linked only', 'No id, no link']);

      title = 'Wetland day 2026';
      const secondRound = await harvestSourcesNow(t.services, { sourceIds: [src.id], now: new Date('2026-03-02T00:00:00Z') });
      assert.deepEqual(secondRound.feeds.map((f) => [f.added, f.updated]), [[0, 1], [0, 0]]);
      const afterRows = await entriesOf(src.id);
      assert.equal(afterRows.length, 3);
      const wetland = afterRows.find((e) => e.id === before[0]!.id)!;
      assert.equal(wetland.title, 'Wetland day 2026', 'updated in place');
      assert.equal(wetland.first_seen_at, '2026-03-01T00:00:00.000Z');
      assert.equal(wetland.last_seen_at, '2026-03-02T00:00:00.000Z');
    });

    test('keeps a source’s newest entries when it has too many', async (context) => {
      const url = feeds.serve('/many.xml', 'application/rss+xml', () =>
        rss(Array.from({ length: 5 }, (_, i) => rssItem({ title: `Item ${i}`, guid: `many-${i}`, date: `2026-01-0${i + 1}T00:00:00Z` })).join('')),
      );
      const src = await source(context, [{ url }]);
      await harvestSourcesNow(t.services, { sourceIds: [src.id] });
      assert.equal(await pruneEntries(db(), src.id, 3), 2);
      assert.deepEqual((await entriesOf(src.id)).map((e) => e.title).sort(), ['Item 2', 'Item 3', 'Item 4']);
    });

    test('lists upcoming events soonest first, in the requested language, with the source named in it', async (context) => {
      const event = (title: string, start: string, end: string) =>
        `<item rdf:about="https://chm.example.be/ev/${encodeURIComponent(title)}"><title>${title}</title><link>https://chm.example.be/ev/${encodeURIComponent(title)}</link><ev:startdate>${start}</ev:startdate><ev:enddate>${end}</ev:enddate></item>`;
      const url = feeds.serve('/events.rdf', 'application/rdf+xml', () =>
        `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel rdf:about="https://chm.example.be/"><title>Agenda</title><link>https://chm.example.be/</link></channel>` +
        event('Past symposium', '2026-01-10T09:00:00Z', '2026-01-11T17:00:00Z') +
        event('Later workshop', '2026-06-01T09:00:00Z', '2026-06-01T17:00:00Z') +
        event('Ongoing exhibition', '2026-02-01T09:00:00Z', '2026-04-30T17:00:00Z') +
        event('Soon field day', '2026-03-20T09:00:00Z', '2026-03-20T17:00:00Z') +
        '</rdf:RDF>',
      );
      const created = await createHarvestSource(db(), { name: 'Belgian CHM', names: { fr: 'CHM belge' }, country: 'be', homeUrl: 'https://chm.example.be/', feeds: [{ url, kind: 'events', language: 'fr-BE' }] });
      context.after(() => removeHarvestSource(db(), created.id));
      await harvestSourcesNow(t.services, { sourceIds: [created.id] });
      const upcoming = await listHarvestedEntries(db(), { kind: 'events', language: 'fr', limit: 10, sourceIds: [created.id], upcomingFrom: '2026-03-01T00:00:00.000Z' });
      assert.deepEqual(upcoming.map((e) => e.title), ['Ongoing exhibition', 'Soon field day', 'Later workshop']);
      assert.equal(upcoming[0]!.eventEnd, '2026-04-30T17:00:00.000Z');
      assert.equal(upcoming[0]!.source.name, 'CHM belge', 'named in the requested language');
      assert.equal((await listHarvestedEntries(db(), { kind: 'events', limit: 10, sourceIds: [created.id] }))[0]!.source.name, 'Belgian CHM');
      assert.deepEqual(await listHarvestedEntries(db(), { kind: 'events', language: 'en', limit: 10, sourceIds: [created.id] }), []);
      assert.deepEqual(await listHarvestedEntries(db(), { kind: 'news', limit: 10, sourceIds: [created.id] }), []);
    });

    test('two rounds running at once fetch each due feed once', async (context) => {
      feeds.routes.set('/once.xml', (_req, res) => {
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(rssItem({ title: 'Fetched once', guid: 'once-1' }))), 100);
      });
      const src = await source(context, [{ url: `${feeds.origin}/once.xml` }]);
      const now = new Date();
      const [a, b] = await Promise.all([harvestDueFeeds(t.services, { now }), harvestDueFeeds(t.services, { now })]);
      assert.equal(feeds.hits.get('/once.xml'), 1);
      const outcomes = [...a.feeds, ...b.feeds].filter((f) => f.sourceId === src.id).map((f) => f.outcome).sort();
      assert.deepEqual(outcomes, ['skipped', 'updated']);
      assert.equal((await entriesOf(src.id)).length, 1);
    });

    test('a site shows its chosen remote stream on its home page, with attribution; a site that chose nothing shows none', async (context) => {
      const url = feeds.serve('/home/news.xml', 'application/rss+xml', () =>
        rss(rssItem({ title: 'Les abeilles sauvages de Wallonie', guid: 'h-1', link: 'https://chm.example.fr/news/abeilles', date: '2026-03-05T00:00:00Z', description: 'Un inventaire.' })),
      );
      const src = await source(context, [{ url }], 'Centre d’échange français');
      await harvestSourcesNow(t.services, { sourceIds: [src.id] });
      const chooser = await buildSite(t.services);
      const other = await buildSite(t.services);
      await setSiteHarvestSelection(new SiteScope(db(), chooser.id), [src.id]);

      const page = await t.app.inject({ url: '/en/', headers: { host: hostOf(chooser) } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<section[^>]*aria-labelledby="home-remote"/);
      assert.match(page.body, /<a href="https:\/\/chm.example.fr\/news\/abeilles" lang="fr" hreflang="fr" rel="external noopener">Les abeilles sauvages de Wallonie<\/a>/);
      assert.ok(page.body.includes('Centre d’échange français'), 'the source is named');
      assert.ok(page.body.includes('France'), 'with its country');

      const plain = await t.app.inject({ url: '/en/', headers: { host: hostOf(other) } });
      assert.equal(plain.statusCode, 200);
      assert.doesNotMatch(plain.body, /home-remote|abeilles/);

      // Removing the source takes it off the home page at once (the cached page is dropped).
      await removeHarvestSource(db(), src.id);
      const afterRemoval = await t.app.inject({ url: '/en/', headers: { host: hostOf(chooser) } });
      assert.doesNotMatch(afterRemoval.body, /abeilles/);
    });
  });
}
