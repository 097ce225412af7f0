import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { moveToTrash } from '../src/content/trash.ts';
import type { Item } from '../src/content/item.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { insertMedia, insertMediaVariants, saveMediaText } from '../src/media/repo.ts';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const schema = fileURLToPath(new URL('./fixtures/schemas/sitemap-with-xhtml.xsd', import.meta.url));
const xmllint = '/usr/bin/xmllint';
// CI installs xmllint (Debian's libxml2-utils); a developer machine without it skips with the reason.
const xmllintMissing = !fs.existsSync(xmllint) && !process.env.CI ? `${xmllint} is not installed (apt-get install libxml2-utils)` : false;

/** Validates XML against the sitemaps.org schema (plus xhtml:link) with xmllint; returns its exit status and complaints. */
function validateSitemap(xml: string): { status: number | null; stderr: string } {
  const result = spawnSync(xmllint, ['--noout', '--nonet', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stderr: result.stderr };
}

/** The `<script type="application/ld+json">` documents of a page, parsed. */
function jsonLdOf(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

/** The Open Graph and Twitter properties of a page, as property → contents. */
function metaOf(html: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta (?:property|name)="((?:og|article|twitter):[^"]+)" content="([^"]*)"\/>/g)) found.set(m[1]!, [...(found.get(m[1]!) ?? []), m[2]!.replace(/&amp;/g, '&')]);
  return found;
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`discovery: sitemap, robots, Open Graph, JSON-LD [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let news: Item;
    let frenchOnly: Item;

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, {
        code: 'disco',
        names: { en: 'Discovery CHM', fr: 'CHM découverte' },
        taglines: { en: 'Biodiversity in Benin', fr: 'La biodiversité au Bénin' },
        languages: ['en', 'fr'],
        theme: { logoUrl: '/static/logo.png' },
      });
      const scope = new SiteScope(t.services.db.kysely, site.id);
      const photo = await insertMedia(scope, { sha256: 'e'.repeat(64), kind: 'image', contentType: 'image/jpeg', bytes: 80_000, filename: 'lagoon.jpg', storageKey: `originals/${'e'.repeat(64)}.jpg`, width: 2000, height: 1200, createdBy: null });
      await insertMediaVariants(scope, photo.id, [{ format: 'jpeg', width: 1280, height: 768, bytes: 50_000, sha256: 'f'.repeat(64), storageKey: `v/${photo.id}.1280w.00112233aabbccdd.jpg` }]);
      await saveMediaText(scope, photo.id, { language: 'en', altText: 'The lagoon at Porto-Novo', caption: '', credits: '' });
      news = await buildItem(t.services, site, {
        fields: { leadImage: photo.id },
        translations: {
          en: { title: 'Lagoon restored', summary: 'The lagoon is clean again.', status: 'published', publishedAt: past(30) },
          fr: { title: 'La lagune restaurée', summary: 'La lagune est propre.', status: 'published', publishedAt: past(30) },
        },
      });
      frenchOnly = await buildItem(t.services, site, { translations: { fr: { title: 'Seulement en français', status: 'published', publishedAt: past(20) } } });
      await buildItem(t.services, site, {
        type: 'event',
        point: { lat: 6.4969, lng: 2.6289 },
        fields: { start: { at: '2099-03-04T08:30:00.000Z', zone: 'Africa/Porto-Novo' }, attendance: 'hybrid', onlineUrl: 'https://meet.example.org/forest' },
        translations: { en: { title: 'Forest day', status: 'published', publishedAt: past(10), fields: { location: 'Porto-Novo', organiser: 'Ministry of Environment' } } },
      });
      await buildItem(t.services, site, {
        type: 'protected-area',
        point: { lat: 11.26, lng: 2.2 },
        fields: { iucnCategory: 'II', wdpaId: 2245 },
        translations: { en: { title: 'Pendjari National Park', status: 'published', publishedAt: past(10) } },
      });
      await buildItem(t.services, site, {
        type: 'organization',
        fields: { organizationType: 'government', website: 'https://environnement.example.bj', email: 'info@environnement.example.bj' },
        translations: { en: { title: 'Ministry of Environment', status: 'published', publishedAt: past(10), fields: { acronym: 'MCVDD' } } },
      });
      await buildItem(t.services, site, { translations: { en: { title: 'Draft news', status: 'draft' } } });
      const trashed = await buildItem(t.services, site, { translations: { en: { title: 'Trashed news', status: 'published', publishedAt: past(5) } } });
      await moveToTrash(contextFor(t.services, site), trashed.id);
    });
    after(() => t.close());

    const get = (url: string, s: Site = site) => t.app.inject({ method: 'GET', url, headers: { host: `${hostOf(s)}:3000` } });
    const origin = 'http://disco.localhost:3000';

    test('serves a sitemap valid against the sitemaps.org schema', { skip: xmllintMissing }, async () => {
      const response = await get('/sitemap.xml');
      assert.equal(response.statusCode, 200);
      assert.match(response.headers['content-type'] as string, /^application\/xml/);
      const { status, stderr } = validateSitemap(response.body);
      assert.equal(status, 0, stderr);
      // The validator does reject what the schema forbids (here lastmod after the alternates).
      const broken = response.body.replace(/(<lastmod>[^<]*<\/lastmod>)((?:<xhtml:link [^>]*\/>)+)/, '$2$1');
      assert.notEqual(broken, response.body);
      assert.notEqual(validateSitemap(broken).status, 0);
    });

    test('lists home, listing and item pages with hreflang alternates, x-default and lastmod', async () => {
      const xml = (await get('/sitemap.xml')).body;
      const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => ({
        loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!,
        lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(m[1]!)?.[1],
        alternates: Object.fromEntries([...m[1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]])),
      }));
      const at = (loc: string) => urls.find((u) => u.loc === origin + loc);
      assert.deepEqual(at('/fr/')?.alternates, { en: `${origin}/en/`, fr: `${origin}/fr/`, 'x-default': `${origin}/en/` });
      assert.deepEqual(at('/en/news')?.alternates, { en: `${origin}/en/news`, fr: `${origin}/fr/news`, 'x-default': `${origin}/en/news` });
      assert.ok(at('/en/protected-areas'));
      const item = at('/fr/news/la-lagune-restauree')!;
      assert.deepEqual(item.alternates, { en: `${origin}/en/news/lagoon-restored`, fr: `${origin}/fr/news/la-lagune-restauree`, 'x-default': `${origin}/en/news/lagoon-restored` });
      const fr = news.translations.find((tr) => tr.language === 'fr')!;
      assert.equal(item.lastmod, new Date(fr.updatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
      assert.match(at('/en/')!.lastmod!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      // A page only in French has no x-default: the default language has no version of it.
      assert.deepEqual(at('/fr/news/seulement-en-francais')?.alternates, { fr: `${origin}/fr/news/seulement-en-francais` });
      assert.ok(frenchOnly.id);
      assert.doesNotMatch(xml, /draft-news|trashed-news/);
    });

    test('points robots at the sitemap and keeps search and admin pages out', async () => {
      const robots = await get('/robots.txt');
      assert.equal(robots.statusCode, 200);
      assert.match(robots.headers['content-type'] as string, /^text\/plain/);
      assert.match(robots.body, new RegExp(`^Sitemap: ${origin}/sitemap.xml$`, 'm'));
      assert.match(robots.body, /^Disallow: \/admin$/m);
      assert.match(robots.body, /^Disallow: \/\*\/search$/m);
    });

    test('describes an item page to link previews with Open Graph and a Twitter card', async () => {
      const html = (await get('/en/news/lagoon-restored')).body;
      const meta = metaOf(html);
      assert.deepEqual(meta.get('og:type'), ['article']);
      assert.deepEqual(meta.get('og:title'), ['Lagoon restored']);
      assert.deepEqual(meta.get('og:description'), ['The lagoon is clean again.']);
      assert.deepEqual(meta.get('og:url'), [`${origin}/en/news/lagoon-restored`]);
      assert.match(html, new RegExp(`<link rel="canonical" href="${origin}/en/news/lagoon-restored"/>`));
      assert.deepEqual(meta.get('og:site_name'), ['Discovery CHM']);
      assert.deepEqual(meta.get('og:locale'), ['en']);
      assert.match(meta.get('og:image')![0]!, new RegExp(`^${origin}/media/\\d+/1280w\\.00112233aabbccdd\\.jpg$`));
      assert.deepEqual(meta.get('og:image:width'), ['1280']);
      assert.deepEqual(meta.get('og:image:height'), ['768']);
      assert.deepEqual(meta.get('og:image:alt'), ['The lagoon at Porto-Novo']);
      assert.deepEqual(meta.get('twitter:card'), ['summary_large_image']);
      const place = metaOf((await get('/en/protected-areas/pendjari-national-park')).body);
      assert.deepEqual(place.get('og:type'), ['website']);
      assert.deepEqual(place.get('twitter:card'), ['summary']);
    });

    test('describes the home page as the site, with its logo', async () => {
      const meta = metaOf((await get('/fr/')).body);
      assert.deepEqual(meta.get('og:type'), ['website']);
      assert.deepEqual(meta.get('og:title'), ['CHM découverte']);
      assert.deepEqual(meta.get('og:description'), ['La biodiversité au Bénin']);
      assert.deepEqual(meta.get('og:url'), [`${origin}/fr/`]);
      assert.deepEqual(meta.get('og:locale'), ['fr']);
      assert.deepEqual(meta.get('og:locale:alternate'), ['en']);
      assert.deepEqual(meta.get('og:image'), [`${origin}/static/logo.png`]);
    });

    test('gives each page JSON-LD of the right schema.org type', async () => {
      const [article] = jsonLdOf((await get('/en/news/lagoon-restored')).body);
      assert.equal(article!['@context'], 'https://schema.org');
      assert.equal(article!['@type'], 'NewsArticle');
      assert.equal(article!.headline, 'Lagoon restored');
      assert.equal(article!.url, `${origin}/en/news/lagoon-restored`);
      assert.equal(article!.inLanguage, 'en');
      assert.equal(article!.publisher.name, 'Discovery CHM');
      assert.match(article!.image, /1280w\.00112233aabbccdd\.jpg$/);
      assert.ok(article!.datePublished && article!.dateModified);

      const [event] = jsonLdOf((await get('/en/events/forest-day')).body);
      assert.equal(event!['@type'], 'Event');
      assert.equal(event!.startDate, '2099-03-04T09:30:00+01:00');
      assert.equal(event!.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
      const [place, online] = event!.location;
      assert.equal(place['@type'], 'Place');
      assert.equal(place.name, 'Porto-Novo');
      assert.deepEqual(place.geo, { '@type': 'GeoCoordinates', latitude: 6.4969, longitude: 2.6289 });
      assert.deepEqual(online, { '@type': 'VirtualLocation', url: 'https://meet.example.org/forest' });
      assert.equal(event!.organizer.name, 'Ministry of Environment');
      assert.equal(event!.publisher, undefined, 'an Event has no publisher in schema.org');

      const [park] = jsonLdOf((await get('/en/protected-areas/pendjari-national-park')).body);
      assert.equal(park!['@type'], 'Place');
      assert.deepEqual(park!.geo, { '@type': 'GeoCoordinates', latitude: 11.26, longitude: 2.2 });

      const [organization] = jsonLdOf((await get('/en/organizations/ministry-of-environment')).body);
      assert.equal(organization!['@type'], 'Organization');
      assert.equal(organization!.alternateName, 'MCVDD');
      assert.equal(organization!.sameAs, 'https://environnement.example.bj');

      const [home] = jsonLdOf((await get('/en/')).body);
      assert.deepEqual(home!['@graph'].map((node: { '@type': string }) => node['@type']), ['WebSite', 'Organization']);
      assert.equal(home!['@graph'][0].url, `${origin}/en/`);
      assert.equal(home!['@graph'][1].logo, `${origin}/static/logo.png`);
    });

    test('escapes JSON-LD so that text cannot close its script element', async () => {
      await buildItem(t.services, site, { translations: { en: { title: 'Tricky </script><script>alert(1)</script>', status: 'published', publishedAt: past(1) } } });
      const html = (await get('/en/news/tricky-script-script-alert-1-script')).body;
      const [doc] = jsonLdOf(html);
      assert.equal(doc!.name, 'Tricky </script><script>alert(1)</script>');
      assert.doesNotMatch(html, /<script>alert/);
    });
  });
}
