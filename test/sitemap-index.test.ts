import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { moveToTrash } from '../src/content/trash.ts';
import { type SitemapLimits, seoRoutes } from '../src/public/seo.routes.ts';
import { siteResolution } from '../src/sites/site-resolution.plugin.ts';
import type { Site } from '../src/sites/site.ts';
import { installErrorHandling } from '../src/web/error-handler.ts';
import { buildItem, buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const schemas = (name: string) => fileURLToPath(new URL(`./fixtures/schemas/${name}`, import.meta.url));
const urlsetSchema = schemas('sitemap-with-xhtml.xsd');
const indexSchema = schemas('siteindex-0.9.xsd');
const xmllint = '/usr/bin/xmllint';
// CI installs xmllint (Debian's libxml2-utils); a developer machine without it skips with the reason.
const xmllintMissing = !fs.existsSync(xmllint) && !process.env.CI ? `${xmllint} is not installed (apt-get install libxml2-utils)` : false;

/** Validates XML against a schema with xmllint; returns its exit status and complaints. */
function validate(xml: string, schema: string): { status: number | null; stderr: string } {
  const result = spawnSync(xmllint, ['--noout', '--nonet', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stderr: result.stderr };
}

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

interface ListedUrl {
  loc: string;
  lastmod?: string;
  alternates: Record<string, string>;
}

function urlsOf(xml: string): ListedUrl[] {
  return [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!,
    lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(m[1]!)?.[1],
    alternates: Object.fromEntries([...m[1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]])),
  }));
}

function partsOf(index: string): { loc: string; lastmod?: string }[] {
  return [...index.matchAll(/<sitemap>(.*?)<\/sitemap>/g)].map((m) => ({ loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!, lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(m[1]!)?.[1] }));
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`sitemap index past the limits of one file [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    const small: FastifyInstance[] = [];
    const origin = 'http://index.localhost:3000';

    /** The sitemap and robots routes on the test's services, with limits small enough to split a small site. */
    async function appWithLimits(limits: Partial<SitemapLimits>): Promise<FastifyInstance> {
      const app = Fastify({ logger: false });
      await app.register(
        fp(
          async (instance) => {
            instance.decorate('services', t.services);
          },
          { name: 'services' },
        ),
      );
      installErrorHandling(app);
      await app.register(siteResolution);
      await app.register(seoRoutes, { sitemapLimits: limits });
      await app.ready();
      small.push(app);
      return app;
    }

    const get = (app: FastifyInstance, url: string) => app.inject({ method: 'GET', url, headers: { host: `${hostOf(site)}:3000` } });
    const path = (url: string) => new URL(url).pathname;

    /** Every part the index lists, fetched. */
    async function fetchParts(app: FastifyInstance) {
      const index = await get(app, '/sitemap.xml');
      assert.equal(index.statusCode, 200);
      assert.match(index.body, /<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
      const parts = partsOf(index.body);
      const bodies: string[] = [];
      for (const part of parts) {
        const response = await get(app, path(part.loc));
        assert.equal(response.statusCode, 200, part.loc);
        assert.match(response.headers['content-type'] as string, /^application\/xml/);
        bodies.push(response.body);
      }
      return { index: index.body, parts, bodies };
    }

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'index', languages: ['en', 'fr'] });
      // 7 news in both languages, 1 in French only, 2 events in English only: 17 item pages,
      // plus 2 home pages and 4 listings (news and events in en and fr): 23 URLs. Untagged, so
      // that no GBF target page joins them.
      for (let i = 1; i <= 7; i++) {
        await buildItem(t.services, site, { tags: [],
          translations: {
            en: { title: `Wetland survey ${i}`, status: 'published', publishedAt: past(100 - i) },
            fr: { title: `Inventaire des zones humides ${i}`, status: 'published', publishedAt: past(100 - i) },
          },
        });
      }
      await buildItem(t.services, site, { tags: [], translations: { fr: { title: 'Seulement en français', status: 'published', publishedAt: past(20) } } });
      for (const title of ['Forest day', 'Pollinator week']) {
        await buildItem(t.services, site, { tags: [],
          type: 'event',
          fields: { start: { at: '2099-03-04T08:30:00.000Z', zone: 'Europe/Brussels' } },
          translations: { en: { title, status: 'published', publishedAt: past(10) } },
        });
      }
      await buildItem(t.services, site, { tags: [], translations: { en: { title: 'Draft news', status: 'draft' } } });
      const trashed = await buildItem(t.services, site, { tags: [], translations: { en: { title: 'Trashed news', status: 'published', publishedAt: past(5) } } });
      await moveToTrash(contextFor(t.services, site), trashed.id);
    });
    after(async () => {
      for (const app of small) await app.close();
      await t.close();
    });

    test('stays a single urlset below the limits, with no parts', async () => {
      const single = await get(t.app, '/sitemap.xml');
      assert.equal(single.statusCode, 200);
      assert.match(single.body, /<urlset /);
      assert.equal(urlsOf(single.body).length, 23);
      assert.equal((await get(t.app, '/sitemaps/1.xml')).statusCode, 404);
    });

    test('becomes an index valid against siteindex.xsd, whose parts are valid urlsets within the URL limit', { skip: xmllintMissing }, async () => {
      const app = await appWithLimits({ maxUrls: 5 });
      const { index, parts, bodies } = await fetchParts(app);
      const checked = validate(index, indexSchema);
      assert.equal(checked.status, 0, checked.stderr);
      assert.deepEqual(
        parts.map((p) => p.loc),
        [1, 2, 3, 4, 5].map((n) => `${origin}/sitemaps/${n}.xml`),
      );
      for (const [i, body] of bodies.entries()) {
        const result = validate(body, urlsetSchema);
        assert.equal(result.status, 0, `part ${i + 1}: ${result.stderr}`);
        assert.ok(urlsOf(body).length <= 5, `part ${i + 1} holds ${urlsOf(body).length} URLs`);
      }
      // The schemas tell the two kinds of file apart: a part is no index, an index no urlset.
      assert.notEqual(validate(bodies[0]!, indexSchema).status, 0);
      assert.notEqual(validate(index, urlsetSchema).status, 0);
    });

    test('lists every published URL exactly once across the parts, with the same alternates and lastmod as one file', async () => {
      const whole = urlsOf((await get(t.app, '/sitemap.xml')).body);
      const { parts, bodies } = await fetchParts(await appWithLimits({ maxUrls: 5 }));
      const split = bodies.flatMap(urlsOf);
      const locs = split.map((u) => u.loc);
      assert.equal(new Set(locs).size, locs.length, 'no URL is listed twice');
      assert.deepEqual(
        [...split].sort((a, b) => a.loc.localeCompare(b.loc)),
        [...whole].sort((a, b) => a.loc.localeCompare(b.loc)),
      );
      // An item whose translations fall in two parts still names both in each.
      assert.deepEqual(split.find((u) => u.loc === `${origin}/fr/news/inventaire-des-zones-humides-1`)?.alternates, {
        en: `${origin}/en/news/wetland-survey-1`,
        fr: `${origin}/fr/news/inventaire-des-zones-humides-1`,
        'x-default': `${origin}/en/news/wetland-survey-1`,
      });
      assert.doesNotMatch(bodies.join(''), /draft-news|trashed-news/);
      // Each part is dated by its newest page.
      for (const [i, body] of bodies.entries()) {
        const newest = urlsOf(body)
          .flatMap((u) => (u.lastmod ? [u.lastmod] : []))
          .sort()
          .at(-1);
        assert.equal(parts[i]!.lastmod, newest, `lastmod of part ${i + 1}`);
      }
    });

    test('keeps each part under the byte limit too', { skip: xmllintMissing }, async () => {
      const maxBytes = 2500;
      const { index, bodies } = await fetchParts(await appWithLimits({ maxBytes }));
      assert.equal(validate(index, indexSchema).status, 0);
      assert.ok(bodies.length > 1, 'the byte limit alone splits the sitemap');
      for (const [i, body] of bodies.entries()) {
        assert.ok(Buffer.byteLength(body) <= maxBytes, `part ${i + 1} is ${Buffer.byteLength(body)} bytes`);
        assert.equal(validate(body, urlsetSchema).status, 0);
      }
      assert.equal(bodies.flatMap(urlsOf).length, 23);
    });

    test('answers 404 for a part that does not exist, and robots.txt still names /sitemap.xml', async () => {
      const app = await appWithLimits({ maxUrls: 5 });
      for (const url of ['/sitemaps/6.xml', '/sitemaps/0.xml', '/sitemaps/01.xml', '/sitemaps/one.xml', '/sitemaps/1.txt', '/sitemaps/99999999999.xml']) {
        assert.equal((await get(app, url)).statusCode, 404, url);
      }
      const robots = await get(app, '/robots.txt');
      assert.match(robots.body, new RegExp(`^Sitemap: ${origin}/sitemap.xml$`, 'm'));
      assert.doesNotMatch(robots.body, /sitemaps\//);
    });
  });
}
