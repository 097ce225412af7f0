import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
// Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) comes with Fastify and the OpenAPI validator.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { transitionTranslation } from '../src/content/service.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { storeUpload } from '../src/media/upload.ts';
import { uploadStagingDir } from '../src/media/storage/open-store.ts';
import { createDemoNetwork } from '../src/sites/seeds/demo-network.ts';
import type { Site } from '../src/sites/site.ts';
import { API_RATE_LIMIT_PER_MINUTE } from '../src/public/openapi.ts';
import { buildItem, buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { noisyJpeg, pdf } from './support/media.ts';

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

type Doc = { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>; components: { schemas: Record<string, unknown> } };

/**
 * Checks answers against the schemas of the document the server itself serves, so a drift between
 * what the API sends and what it documents fails here.
 */
function responseChecker(doc: Doc) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const base = 'https://ecotone.invalid/openapi.json';
  ajv.addSchema({ $id: base, components: doc.components });
  const cache = new Map<string, ReturnType<typeof ajv.compile>>();
  return (path: string, status: number, body: unknown) => {
    const schema = doc.paths[path]?.get?.responses[String(status)]?.content?.['application/json']?.schema as { $ref?: string } | undefined;
    assert.ok(schema, `the document describes ${status} for GET ${path}`);
    const key = JSON.stringify(schema);
    let validate = cache.get(key);
    if (!validate) cache.set(key, (validate = ajv.compile(schema.$ref ? { $ref: `${base}${schema.$ref}` } : schema)));
    assert.ok(validate(body), `GET ${path} ${status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
  };
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`read API [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let other: Site;
    let doc: Doc;
    let check: ReturnType<typeof responseChecker>;
    let newsId: number;
    let imageId: number;
    let fileId: number;

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { names: { en: 'API CHM', fr: 'CHM API' } });
      other = await buildSite(t.services);
      const scope = new SiteScope(t.services.db.kysely, site.id);
      const upload = async (bytes: Buffer, filename: string) =>
        (await storeUpload({ scope, store: t.services.media, actorId: null, stagingDir: uploadStagingDir(t.services.config) }, { stream: Readable.from([bytes]), filename })).media.id;
      imageId = await upload(noisyJpeg, 'heron.jpg');
      fileId = await upload(pdf, 'national-report.pdf');
      newsId = (
        await buildItem(t.services, site, {
          tags: ['GBF-TARGET-03'],
          fields: { leadImage: imageId },
          translations: {
            en: { title: 'Heron colony counted', summary: 'A record year.', status: 'published', publishedAt: past(30), fields: { attachments: [fileId] } },
            fr: { title: 'Colonie de hérons comptée', summary: 'Une année record.', status: 'published', publishedAt: past(30) },
          },
        })
      ).id;
      await buildItem(t.services, site, {
        type: 'event',
        tags: ['GBF-TARGET-14'],
        fields: { start: { at: '2099-05-22T09:00:00.000Z', zone: 'Africa/Porto-Novo' }, attendance: 'online' },
        translations: { en: { title: 'Biodiversity day webinar', status: 'published', publishedAt: past(20), fields: { location: 'Online' } } },
      });
      await buildItem(t.services, site, { translations: { en: { title: 'Still a draft', status: 'draft' } } });
      await buildItem(t.services, other, { translations: { en: { title: 'Heron colony elsewhere', status: 'published', publishedAt: past(10) } } });
      doc = (await get('/api/v1/openapi.json')).json();
      check = responseChecker(doc);
    });
    after(() => t.close());

    function get(url: string, s: Site = site, headers: Record<string, string> = {}) {
      return t.app.inject({ method: 'GET', url, headers: { host: hostOf(s), ...headers } });
    }

    test('serves an OpenAPI 3.1 document that a validator accepts', async () => {
      const validator = new Validator();
      const result = await validator.validate(doc);
      assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
      assert.equal((doc as unknown as { openapi: string }).openapi, '3.1.0');
      assert.deepEqual(Object.keys(doc.paths).sort(), ['/items', '/items/by-slug/{type}/{slug}', '/items/{id}', '/items/{id}/cbd-record', '/openapi.json']);
      const listParameters = doc.paths['/items']!.get!.parameters!.map((p) => p.name).sort();
      assert.deepEqual(listParameters, ['cursor', 'lang', 'limit', 'tag', 'type', 'updatedSince']);
      for (const name of ['ApiItem', 'ApiImage', 'ApiFile', 'ApiItemList', 'Error', 'NewsFields', 'EventFields']) assert.ok(doc.components.schemas[name], name);
    });

    test('lists published items with their media, matching the documented schema', async () => {
      const response = await get('/api/v1/items?lang=en');
      assert.equal(response.statusCode, 200);
      const body = response.json();
      check('/items', 200, body);
      assert.deepEqual(body.items.map((i: { title: string }) => i.title).sort(), ['Biodiversity day webinar', 'Heron colony counted']);
      const news = body.items.find((i: { id: number }) => i.id === newsId);
      assert.equal(news.fields.leadImage.id, imageId);
      assert.match(news.fields.leadImage.url, /^http:\/\/.+\/media\//);
      assert.deepEqual(news.fields.attachments.map((f: { filename: string; contentType: string }) => [f.filename, f.contentType]), [['national-report.pdf', 'application/pdf']]);
      assert.deepEqual(news.translations.map((x: { language: string }) => x.language).sort(), ['en', 'fr']);
    });

    test('filters by type, tag, language and last change', async () => {
      const titles = async (query: string) => ((await get(`/api/v1/items?${query}`)).json() as { items: { title: string }[] }).items.map((i) => i.title).sort();
      assert.deepEqual(await titles('type=event'), ['Biodiversity day webinar']);
      assert.deepEqual(await titles('tag=GBF-TARGET-03'), ['Heron colony counted']);
      assert.deepEqual(await titles('tag=GBF-TARGET-03&type=event'), []);
      assert.deepEqual(await titles('lang=fr'), ['Biodiversity day webinar', 'Colonie de hérons comptée']);
      const french = (await get('/api/v1/items?lang=fr&type=event')).json();
      assert.equal(french.items[0].isFallback, true);
      assert.equal(french.items[0].language, 'en');
      assert.deepEqual(await titles(`updatedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`), []);
      // A change to one item brings it, alone, into a sync from just before the change.
      await new Promise((resolve) => setTimeout(resolve, 5)); // everything before is strictly older
      const since = new Date().toISOString();
      await transitionTranslation(contextFor(t.services, site), { itemId: newsId, language: 'fr', to: 'archived', from: ['published'] });
      await transitionTranslation(contextFor(t.services, site), { itemId: newsId, language: 'fr', to: 'published', from: ['archived'] });
      assert.deepEqual(await titles(`lang=fr&updatedSince=${since}`), ['Colonie de hérons comptée']);
      assert.deepEqual(await titles(`lang=fr&updatedSince=${encodeURIComponent(since.replace('Z', '+00:00'))}`), ['Colonie de hérons comptée']);
    });

    test('pages with an opaque cursor', async () => {
      const first = (await get('/api/v1/items?limit=1')).json();
      check('/items', 200, first);
      assert.equal(first.items.length, 1);
      assert.equal(first.total, 2);
      const second = (await get(`/api/v1/items?limit=1&cursor=${first.nextCursor}`)).json();
      assert.equal(second.items.length, 1);
      assert.notEqual(second.items[0].id, first.items[0].id);
      assert.equal(second.nextCursor, null);
    });

    test('finds an item by id and by slug, in the language asked for', async () => {
      const byId = await get(`/api/v1/items/${newsId}?lang=fr`);
      assert.equal(byId.statusCode, 200);
      check('/items/{id}', 200, byId.json());
      assert.equal(byId.json().title, 'Colonie de hérons comptée');

      const bySlug = await get('/api/v1/items/by-slug/news/heron-colony-counted');
      assert.equal(bySlug.statusCode, 200);
      check('/items/by-slug/{type}/{slug}', 200, bySlug.json());
      assert.equal(bySlug.json().id, newsId);
      // Another language's slug finds the same item, in the language asked for.
      const crossLanguage = (await get(`/api/v1/items/by-slug/news/${encodeURIComponent('colonie-de-herons-comptee')}?lang=en`)).json();
      assert.equal(crossLanguage.id, newsId);
      assert.equal(crossLanguage.language, 'en');
    });

    test('answers errors with stable codes, in the documented shape', async () => {
      const cases: [string, number, string, string][] = [
        ['/api/v1/items?limit=0', 400, 'invalid_limit', '/items'],
        ['/api/v1/items?cursor=garbage', 400, 'invalid_cursor', '/items'],
        ['/api/v1/items?type=blog', 400, 'invalid_type', '/items'],
        ['/api/v1/items?tag=not%20a%20tag', 400, 'invalid_tag', '/items'],
        ['/api/v1/items?updatedSince=yesterday', 400, 'invalid_updated_since', '/items'],
        ['/api/v1/items?lang=zz', 400, 'invalid_language', '/items'],
        ['/api/v1/items/abc', 400, 'invalid_id', '/items/{id}'],
        ['/api/v1/items/999999', 404, 'item_not_found', '/items/{id}'],
        ['/api/v1/items/by-slug/news/no-such-item', 404, 'item_not_found', '/items/by-slug/{type}/{slug}'],
        ['/api/v1/items/by-slug/blog/heron-colony-counted', 400, 'invalid_type', '/items/by-slug/{type}/{slug}'],
        ['/api/v1/items/by-slug/event/heron-colony-counted', 404, 'item_not_found', '/items/by-slug/{type}/{slug}'],
      ];
      for (const [url, status, code, path] of cases) {
        const response = await get(url);
        assert.equal(response.statusCode, status, url);
        assert.equal(response.json().error.code, code, url);
        assert.equal(response.headers['access-control-allow-origin'], '*', `${url}: errors are readable cross-origin`);
        check(path, status, response.json());
      }
    });

    test('never shows drafts or another site’s items', async () => {
      const titles = ((await get('/api/v1/items?limit=100')).json() as { items: { title: string }[] }).items.map((i) => i.title);
      assert.ok(!titles.includes('Still a draft'));
      assert.ok(!titles.includes('Heron colony elsewhere'));
      const foreign = (await get('/api/v1/items', other)).json() as { items: { id: number }[] };
      assert.equal(foreign.items.length, 1);
      assert.equal((await get(`/api/v1/items/${foreign.items[0]!.id}`)).statusCode, 404);
      assert.equal((await get('/api/v1/items/by-slug/news/heron-colony-elsewhere')).statusCode, 404);
    });

    test('is open to other origins, preflight included', async () => {
      const response = await get('/api/v1/items', site, { origin: 'https://example.org' });
      assert.equal(response.headers['access-control-allow-origin'], '*');
      assert.match(response.headers['access-control-expose-headers'] as string, /X-RateLimit-Remaining/);
      assert.match(response.headers['access-control-expose-headers'] as string, /Retry-After/);
      assert.equal(response.headers['access-control-allow-credentials'], undefined);
      const preflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/items?lang=en',
        headers: { host: hostOf(site), origin: 'https://example.org', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
      });
      assert.equal(preflight.statusCode, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], '*');
      assert.match(preflight.headers['access-control-allow-methods'] as string, /GET/);
      assert.equal(preflight.headers['access-control-allow-headers'], 'if-none-match');
      assert.ok(Number(preflight.headers['access-control-max-age']) > 0);
    });

    test('limits each client address, with a 429 that says when to retry', async () => {
      // Its own address, so that the other tests' requests do not count.
      const from = (ip: string) => t.app.inject({ method: 'GET', url: '/api/v1/openapi.json', remoteAddress: ip, headers: { host: hostOf(site) } });
      const first = await from('203.0.113.7');
      assert.equal(first.headers['x-ratelimit-limit'], String(API_RATE_LIMIT_PER_MINUTE));
      assert.equal(first.headers['x-ratelimit-remaining'], String(API_RATE_LIMIT_PER_MINUTE - 1));
      for (let n = 2; n <= API_RATE_LIMIT_PER_MINUTE; n++) assert.equal((await from('203.0.113.7')).statusCode, 200, `request ${n}`);
      const refused = await from('203.0.113.7');
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.json().error.code, 'rate_limited');
      check('/items', 429, refused.json());
      assert.ok(Number(refused.headers['retry-after']) > 0);
      assert.equal(refused.headers['access-control-allow-origin'], '*');
      assert.equal((await from('203.0.113.8')).statusCode, 200, 'another address is not limited');
      // Public pages are not counted against the API's limit.
      assert.equal((await t.app.inject({ url: '/en/', remoteAddress: '203.0.113.7', headers: { host: hostOf(site) } })).statusCode, 200);
    });
  });

  describe(`read API on the demo network [${dialect}]`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      await createDemoNetwork(t.services);
    });
    after(() => t.close());

    test('every published item of every demo site, in every language, matches the documented schema', async () => {
      const doc = (await t.app.inject({ url: '/api/v1/openapi.json', headers: { host: 'be.localhost' } })).json() as Doc;
      const check = responseChecker(doc);
      let checked = 0;
      let withImage = 0;
      for (const site of t.services.sites.all()) {
        for (const language of site.languages) {
          let cursor = '';
          do {
            const response = await t.app.inject({ url: `/api/v1/items?lang=${language}&limit=100${cursor ? `&cursor=${cursor}` : ''}`, remoteAddress: `198.51.100.${site.id}`, headers: { host: `${site.code}.localhost` } });
            assert.equal(response.statusCode, 200);
            const body = response.json() as { items: { fields: { leadImage?: unknown } }[]; nextCursor: string | null };
            check('/items', 200, body);
            checked += body.items.length;
            withImage += body.items.filter((i) => i.fields.leadImage).length;
            cursor = body.nextCursor ?? '';
          } while (cursor);
        }
      }
      assert.ok(checked > 300, `${checked} items checked`);
      assert.ok(withImage > 10, `${withImage} with a lead image`);
    });
  });
}
