import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { transitionTranslation } from '../src/content/service.ts';
import { siteDataWritten } from '../src/db/site-changes.ts';
import { addMenuEntry } from '../src/menus/service.ts';
import { updateSite } from '../src/sites/service.ts';
import type { Site } from '../src/sites/site.ts';
import { etagOf, ifNoneMatch, PageCache, pageKey, preferredEncoding } from '../src/web/page-cache.ts';
import { buildItem, buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('page cache, in memory', () => {
  // Site ids far from the ones the HTTP suites create, since the write signal is process-wide.
  const siteA = 900_001;
  const siteB = 900_002;
  const html = 'text/html; charset=utf-8';
  const page = (key: string, siteId: number, cache: PageCache, text = `<p>${key}</p>`.repeat(50)) =>
    cache.store({ key, siteId, generation: cache.generation(siteId), contentType: html, body: Buffer.from(text) });

  test('keys ignore the order of query parameters but keep the order of repeated ones', () => {
    assert.equal(pageKey(1, 'http', 'be.localhost', '/en/news?tag=a&page=2'), pageKey(1, 'http', 'be.localhost', '/en/news?page=2&tag=a'));
    assert.notEqual(pageKey(1, 'http', 'be.localhost', '/en/news?tag=a&tag=b'), pageKey(1, 'http', 'be.localhost', '/en/news?tag=b&tag=a'));
    assert.notEqual(pageKey(1, 'http', 'be.localhost', '/en/'), pageKey(1, 'https', 'be.localhost', '/en/'));
    assert.notEqual(pageKey(1, 'http', 'be.localhost', '/en/'), pageKey(1, 'http', 'be.localhost:3000', '/en/'));
    assert.notEqual(pageKey(1, 'http', 'h', '/en/'), pageKey(2, 'http', 'h', '/en/'));
  });

  test('picks brotli, then gzip, and honours q=0', () => {
    assert.equal(preferredEncoding('gzip, deflate, br'), 'br');
    assert.equal(preferredEncoding('gzip, br;q=0'), 'gzip');
    assert.equal(preferredEncoding('br;q=0, gzip;q=0'), 'identity');
    assert.equal(preferredEncoding('*'), 'br');
    assert.equal(preferredEncoding('*;q=0, gzip'), 'gzip');
    assert.equal(preferredEncoding(undefined), 'identity');
    assert.equal(preferredEncoding('identity'), 'identity');
  });

  test('matches If-None-Match weakly, in a list, and for *', () => {
    const etag = etagOf('<p>hi</p>');
    assert.ok(ifNoneMatch(etag, etag));
    assert.ok(ifNoneMatch(`"other", W/${etag}`, etag));
    assert.ok(ifNoneMatch('*', etag));
    assert.ok(!ifNoneMatch('"other"', etag));
    assert.ok(!ifNoneMatch(undefined, etag));
  });

  test('stores the body with its brotli and gzip forms, which decompress to it', async () => {
    const cache = new PageCache({ maxBytes: 1_000_000 });
    try {
      const { stored } = await page('k', siteA, cache, 'é'.repeat(5000));
      assert.ok(stored);
      const entry = cache.lookup('k')!;
      assert.equal(brotliDecompressSync(entry.br).toString(), 'é'.repeat(5000));
      assert.equal(gunzipSync(entry.gzip).toString(), 'é'.repeat(5000));
      assert.ok(entry.br.length < 200 && entry.gzip.length < 200);
      assert.equal(entry.etag, etagOf('é'.repeat(5000)));
    } finally {
      cache.close();
    }
  });

  test('evicts the least recently used pages to stay within its byte budget', async () => {
    const cache = new PageCache({ maxBytes: 40_000 });
    try {
      // Keys of one length, so that every entry costs the same.
      const key = (n: number) => `p${String(n).padStart(3, '0')}`;
      const { entry } = await page(key(1), siteA, cache);
      const fits = Math.floor(40_000 / entry.bytes);
      for (let n = 2; n <= fits; n++) await page(key(n), siteA, cache);
      assert.equal(cache.size.entries, fits);
      cache.lookup(key(1)); // now the most recently used: the second page is the oldest
      await page(key(999), siteA, cache);
      assert.ok(cache.size.bytes <= 40_000);
      assert.equal(cache.size.entries, fits);
      assert.ok(cache.lookup(key(1)), 'a page just read is kept');
      assert.equal(cache.lookup(key(2)), undefined, 'the least recently used page is dropped');
      assert.ok(cache.lookup(key(3)));
    } finally {
      cache.close();
    }
  });

  test('expires pages after the time to live', async () => {
    let now = 1_000_000;
    const cache = new PageCache({ maxBytes: 1_000_000, ttlMs: 60_000, now: () => now });
    try {
      await page('k', siteA, cache);
      now += 59_000;
      assert.ok(cache.lookup('k'));
      now += 2_000;
      assert.equal(cache.lookup('k'), undefined);
      assert.equal(cache.size.entries, 0);
    } finally {
      cache.close();
    }
  });

  test('forgets exactly the written site, and refuses a page rendered across a write', async () => {
    const cache = new PageCache({ maxBytes: 1_000_000 });
    try {
      await page('a', siteA, cache);
      await page('b', siteB, cache);
      siteDataWritten(siteA);
      assert.equal(cache.lookup('a'), undefined);
      assert.ok(cache.lookup('b'));

      const generation = cache.generation(siteA);
      siteDataWritten(siteA); // written while the page was being rendered
      const { stored } = await cache.store({ key: 'late', siteId: siteA, generation, contentType: html, body: Buffer.from('old rows') });
      assert.equal(stored, false);
      assert.equal(cache.lookup('late'), undefined);
    } finally {
      cache.close();
    }
  });

  test('keeps nothing when its budget is 0', async () => {
    const cache = new PageCache({ maxBytes: 0 });
    try {
      const { stored, entry } = await page('k', siteA, cache);
      assert.equal(stored, false);
      assert.ok(entry.br.length > 0);
      assert.equal(cache.lookup('k'), undefined);
    } finally {
      cache.close();
    }
  });
});

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`page cache over HTTP [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let other: Site;
    let itemId: number;

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { names: { en: 'Cached CHM', fr: 'CHM en cache' } });
      other = await buildSite(t.services);
      itemId = (await buildItem(t.services, site, { translations: { en: { title: 'Peatland survey', summary: 'Counting mosses.', status: 'published', publishedAt: past(5) } } })).id;
      await buildItem(t.services, other, { translations: { en: { title: 'Other site news', status: 'published', publishedAt: past(5) } } });
    });
    after(() => t.close());

    const get = (url: string, s: Site = site, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
      t.app.inject({ method, url, headers: { host: hostOf(s), ...headers } });

    test('answers the second request for a page from memory, with the same ETag and body', async () => {
      const first = await get('/en/news/peatland-survey');
      const second = await get('/en/news/peatland-survey');
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['x-cache'], 'miss');
      assert.equal(second.headers['x-cache'], 'hit');
      assert.equal(second.headers.etag, first.headers.etag);
      assert.equal(second.body, first.body);
      assert.equal(second.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(second.headers['cache-control'], 'public, max-age=0, stale-while-revalidate=60');
      assert.equal(second.headers.vary, 'Accept-Encoding');
    });

    test('sends brotli or gzip as accepted, both decompressing to the page', async () => {
      const plain = await get('/en/');
      const br = await get('/en/', site, { 'accept-encoding': 'gzip, deflate, br' });
      const gz = await get('/en/', site, { 'accept-encoding': 'gzip' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
      assert.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
      assert.ok(br.rawPayload.length < plain.rawPayload.length / 2);
      assert.equal(Number(br.headers['content-length']), br.rawPayload.length);
    });

    test('answers 304 to a matching If-None-Match, cached or not', async () => {
      const page = await get('/en/news');
      const again = await get('/en/news', site, { 'if-none-match': page.headers.etag as string });
      assert.equal(again.statusCode, 304);
      assert.equal(again.rawPayload.length, 0);
      assert.equal(again.headers.etag, page.headers.etag);
      // The search page is never kept, but still revalidates.
      const search = await get('/en/search?q=peatland');
      assert.equal(search.statusCode, 200);
      assert.equal((await get('/en/search?q=peatland')).headers['x-cache'], 'miss');
      assert.equal((await get('/en/search?q=peatland', site, { 'if-none-match': `W/${search.headers.etag}` })).statusCode, 304);
      assert.equal((await get('/en/news', site, { 'if-none-match': '"stale"' })).statusCode, 200);
    });

    test('answers HEAD from the cache without a body', async () => {
      const get1 = await get('/fr/');
      const head = await get('/fr/', site, {}, 'HEAD');
      assert.equal(head.statusCode, 200);
      assert.equal(head.headers['x-cache'], 'hit');
      assert.equal(head.headers.etag, get1.headers.etag);
      assert.equal(head.rawPayload.length, 0);
      assert.equal(Number(head.headers['content-length']), get1.rawPayload.length);
    });

    test('a new publication on one site refreshes its pages and leaves the other site’s cached', async () => {
      await get('/en/');
      await get('/en/', other);
      assert.equal((await get('/en/', other)).headers['x-cache'], 'hit');
      await buildItem(t.services, site, { translations: { en: { title: 'Mangrove census', status: 'published', publishedAt: past(1) } } });
      const home = await get('/en/');
      assert.equal(home.headers['x-cache'], 'miss');
      assert.match(home.body, /Mangrove census/);
      assert.equal((await get('/en/', other)).headers['x-cache'], 'hit');
    });

    test('unpublishing an item takes its page away at once', async () => {
      assert.equal((await get('/en/news/peatland-survey')).statusCode, 200);
      assert.equal((await get('/en/news/peatland-survey')).headers['x-cache'], 'hit');
      await transitionTranslation(contextFor(t.services, site), { itemId, language: 'en', to: 'archived', from: ['published'] });
      assert.equal((await get('/en/news/peatland-survey')).statusCode, 404);
      assert.doesNotMatch((await get('/en/news')).body, /Peatland survey/);
    });

    test('a menu change shows on the next page', async () => {
      await get('/en/events');
      assert.equal((await get('/en/events')).headers['x-cache'], 'hit');
      await addMenuEntry({ scope: contextFor(t.services, site).scope, site }, 'main', 'en', { label: 'Wetlands portal', parentId: null, target: { kind: 'url', url: 'https://example.org/wetlands' } });
      const events = await get('/en/events');
      assert.equal(events.headers['x-cache'], 'miss');
      assert.match(events.body, /Wetlands portal/);
    });

    test('a change of the site’s settings shows on the next page', async () => {
      await get('/en/documents');
      assert.equal((await get('/en/documents')).headers['x-cache'], 'hit');
      await updateSite(t.services.db.kysely, site.code, { names: { en: 'Renamed CHM' } });
      await t.services.sites.refresh();
      const page = await get('/en/documents');
      assert.equal(page.headers['x-cache'], 'miss');
      assert.match(page.body, /Renamed CHM/);
      assert.equal((await get('/en/', other)).headers['x-cache'], 'hit', 'another site’s settings did not change');
    });

    test('keeps no errors, redirects, API answers or admin pages', async () => {
      for (const url of ['/en/news/no-such-page', '/en/no-such-section', '/EN/', '/api/v1/items', '/admin/login']) {
        await get(url);
        const again = await get(url);
        assert.notEqual(again.headers['x-cache'], 'hit', url);
      }
      assert.equal((await get('/en/news/no-such-page')).headers['cache-control'], 'no-store');
    });

    test('a request with cookies gets the same shared page: public pages show nothing personal', async () => {
      const anonymous = await get('/en/');
      const withCookie = await get('/en/', site, { cookie: 'ecotone_session=whatever' });
      assert.equal(withCookie.body, anonymous.body);
      assert.equal(withCookie.headers['set-cookie'], undefined);
    });
  });

  describe(`page cache turned off [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    before(async () => {
      t = await buildTestApp(dialect, { PAGE_CACHE_MB: '0' });
      site = await buildSite(t.services);
      await buildItem(t.services, site);
    });
    after(() => t.close());

    test('renders every time but still compresses and revalidates', async () => {
      const headers = { host: hostOf(site), 'accept-encoding': 'br' };
      const first = await t.app.inject({ url: '/en/', headers });
      const second = await t.app.inject({ url: '/en/', headers });
      assert.equal(second.headers['x-cache'], 'miss');
      assert.equal(second.headers['content-encoding'], 'br');
      assert.match(brotliDecompressSync(second.rawPayload).toString(), /Wetland restoration begins/);
      assert.equal(second.headers.etag, first.headers.etag);
      assert.equal((await t.app.inject({ url: '/en/', headers: { ...headers, 'if-none-match': first.headers.etag as string } })).statusCode, 304);
    });
  });
}
