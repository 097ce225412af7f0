import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Item } from '../src/content/item.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { translator } from '../src/i18n/translator.ts';
import { demoMenus } from '../src/sites/seeds/demo-menus.ts';
import type { SeedMenuEntry } from '../src/sites/seeds/seed-types.ts';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { justNow, recordSiteSync, saveSyncedItem, seedSyncedRecords } from './support/national-data.ts';

/**
 * Public pages of the national data synced from the CBD (issue 6, ADR 0016): where a record comes
 * from and when it was synced, the sample-data label, documents, focal points by category,
 * national reports, and the menus and generated navigation that lead to them.
 */

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`pages of national data synced from the CBD [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let plain: Site;
    let synced: { nbsap: Item; target: Item };

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'nd', names: { en: 'National data', fr: 'Données nationales' }, languages: ['en', 'fr'] });
      plain = await buildSite(t.services, { code: 'ndplain', languages: ['en'] });
      synced = await seedSyncedRecords(t.services, site, {
        en: { nbsap: 'National biodiversity strategy 2024–2030', target: 'Protect 30% of land and sea' },
        fr: { nbsap: 'Stratégie nationale pour la biodiversité 2024-2030', target: 'Protéger 30 % des terres et des mers' },
      });
      // A target written on the site that links to a record at the CBD: no provenance note, its link stays in the details.
      await buildItem(t.services, site, {
        type: 'national-target',
        tags: ['GBF-TARGET-08'],
        fields: { code: 'LOC-8', cbdRecordUrl: 'https://ort.cbd.int/national-targets/local/view' },
        translations: { en: { title: 'Adapt forests to climate change', status: 'published', publishedAt: justNow() } },
      });
      await saveSyncedItem(t.services, site, {
        type: 'national-report',
        fields: { reportType: 'nr6', submittedOn: '2019-02-28', cbdRecordUrl: 'https://chm.cbd.int/database/record/nr6' },
        translations: { en: { title: 'Sixth national report', status: 'published', publishedAt: daysAgo(400) } },
      });
      await saveSyncedItem(t.services, site, {
        type: 'national-report',
        fields: { reportType: 'nr7', submittedOn: '2026-02-20', cbdRecordUrl: 'https://ort.cbd.int/national-reports/nr7' },
        translations: { en: { title: 'Seventh national report', status: 'published', publishedAt: daysAgo(10) } },
      });
      const person = (title: string, categories: string[], extra: Record<string, unknown> = {}, translationFields: Record<string, unknown> = {}) =>
        saveSyncedItem(t.services, site, {
          type: 'focal-point',
          fields: { categories, ...extra },
          translations: { en: { title, status: 'published', publishedAt: justNow(), fields: translationFields } },
        });
      // Listed under the categories in the CBD's order, whatever the order of the record's own list.
      await person('Ms. Anna Verbeke', ['CHM-FP', 'CBD-FP1'], { emails: ['anna.verbeke@environment.example', 'chm@environment.example'], phones: ['+32 2 524 95 00'] }, { designation: 'Director, Biodiversity', organization: 'Federal Public Service Environment' });
      await person('Mr. Bart Claes', ['CHM-FP'], { emails: ['bart.claes@naturalsciences.example'] }, { organization: 'Royal Belgian Institute of Natural Sciences' });
      await person('Dr. Chloé Dubois', ['ABS-FP']);
      await person('Mr. Dirk Peeters', []);
    });
    after(() => t.close());

    const get = (url: string, s: Site = site) => t.app.inject({ method: 'GET', url, headers: { host: `${hostOf(s)}:3000` } });

    test('a synced record’s page says where it comes from, when it was synced, and links to the record once', async () => {
      const page = await get('/en/nbsaps/national-biodiversity-strategy-2024-2030');
      assert.equal(page.statusCode, 200);
      const note = /<p class="notice provenance" role="note"[^>]*>(.*?)<\/p>/.exec(page.body)?.[1] ?? '';
      assert.equal(textOf(note), 'From the CBD’s clearing-house: last synced on March 3, 2026 · View the record at the CBD');
      assert.match(note, /<time dateTime="2026-03-03T10:00:00.000Z">/i);
      assert.match(note, /<a href="https:\/\/ort\.cbd\.int\/nbsaps\/nd\/view" rel="noopener">View the record at the CBD<\/a>/);
      assert.equal(page.body.split('https://ort.cbd.int/nbsaps/nd/view').length - 1, 1, 'the record’s address appears once, not again among the details');
      assert.doesNotMatch(page.body, /Record at the CBD/);
      // Its documents: download links named by their titles, with their format.
      assert.match(page.body, /<h2 id="item-documents"[^>]*>Documents<\/h2>/);
      assert.match(page.body, /<a href="https:\/\/www\.cbd\.int\/doc\/world\/nd\/nd-nbsap-v3-en\.pdf" rel="noopener">NBSAP 2024–2030 \(en\)<\/a> <span class="attachments__details">PDF<\/span>/);
      // In French, the date is written the French way.
      const fr = await get('/fr/nbsaps/strategie-nationale-pour-la-biodiversite-2024-2030');
      assert.equal(fr.statusCode, 200);
      assert.match(textOf(fr.body), /Issu du centre d’échange de la CDB : dernière synchronisation le 3 mars 2026 · Voir la fiche à la CDB/);
      assert.match(fr.body, /nd-nbsap-v3-fr\.pdf/);
    });

    test('sample data is labelled as such on item and listing pages, and the label goes once the data is real', async () => {
      const item = await get('/en/national-targets/protect-30-of-land-and-sea');
      assert.match(item.body, /<p class="sample-data" role="note"[^>]*><strong>Sample data for demonstration — not the country’s official record<\/strong><\/p>/);
      const listing = await get('/en/nbsaps');
      assert.match(listing.body, /Sample data for demonstration — not the country’s official records/);
      await recordSiteSync(t.services, site, { at: '2026-03-04T10:00:00.000Z', sampleData: false });
      try {
        const real = await get('/en/national-targets/protect-30-of-land-and-sea');
        assert.doesNotMatch(real.body, /Sample data/);
        assert.match(textOf(real.body), /last synced on March 4, 2026/);
        assert.doesNotMatch((await get('/en/nbsaps')).body, /Sample data/);
      } finally {
        await recordSiteSync(t.services, site, { at: '2026-03-03T10:00:00.000Z', sampleData: true });
      }
    });

    test('an item written on the site has no provenance note and keeps its link to the CBD among its details', async () => {
      const page = await get('/en/national-targets/adapt-forests-to-climate-change');
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /provenance|Sample data/);
      assert.match(page.body, /<dt lang="en">Record at the CBD<\/dt><dd><a href="https:\/\/ort\.cbd\.int\/national-targets\/local\/view"/);
    });

    test('a synced record shows where it comes from even before the site’s sync status is written', async () => {
      await saveSyncedItem(t.services, plain, { type: 'nbsap', fields: { cbdRecordUrl: 'https://ort.cbd.int/nbsaps/plain' }, translations: { en: { title: 'First NBSAP', status: 'published', publishedAt: justNow() } } });
      const page = await get('/en/nbsaps/first-nbsap', plain);
      assert.match(textOf(page.body), /From the CBD’s clearing-house · View the record at the CBD/);
      assert.doesNotMatch(page.body, /Sample data/);
    });

    test('listings of synced records say when they were synced; other listings do not', async () => {
      for (const segment of ['nbsaps', 'national-reports', 'focal-points', 'national-targets']) {
        const page = await get(`/en/${segment}`);
        assert.equal(page.statusCode, 200, segment);
        assert.match(page.body, /<p class="meta provenance"><time dateTime="2026-03-03T10:00:00.000Z">Synced from the CBD’s clearing-house on March 3, 2026<\/time><\/p>/i, segment);
      }
      assert.doesNotMatch((await get('/en/news')).body, /provenance/);
      assert.match((await get('/fr/national-reports')).body, /Synchronisé depuis le centre d’échange de la CDB le 3 mars 2026/);
    });

    test('a national-targets listing mentions the sync only while it holds synced targets', async () => {
      const other = await buildSite(t.services, { code: 'ndlocal', languages: ['en'] });
      await recordSiteSync(t.services, other, { at: '2026-03-03T10:00:00.000Z', sampleData: false });
      await buildItem(t.services, other, { type: 'national-target', fields: { code: 'L-1' }, translations: { en: { title: 'A local target', status: 'published', publishedAt: justNow() } } });
      assert.doesNotMatch((await get('/en/national-targets', other)).body, /provenance/);
      assert.match((await get('/en/nbsaps', other)).body, /Synced from the CBD’s clearing-house on March 3, 2026/, 'an NBSAP listing is always synced data');
    });

    test('focal points are grouped under their categories in the CBD’s order, with e-mail and telephone links', async () => {
      const page = await get('/en/focal-points');
      assert.equal(page.statusCode, 200);
      const body = page.body;
      assert.match(body, /<h1>National focal points<\/h1>/);
      assert.match(textOf(body), /4 people/);
      const headings = [...body.matchAll(/<h2 id="focal-group-\d+">([^<]+)<\/h2>/g)].map((m) => m[1]);
      assert.deepEqual(headings, ['CBD national focal point', 'Clearing-house mechanism', 'Nagoya Protocol (access and benefit-sharing)', 'Other focal points']);
      const group = (i: number) => {
        const start = body.indexOf(`id="focal-group-${i}"`);
        return textOf(body.slice(start, body.indexOf('</section>', start)));
      };
      assert.match(group(0), /Ms\. Anna Verbeke/);
      assert.doesNotMatch(group(0), /Bart Claes/);
      assert.match(group(1), /Ms\. Anna Verbeke/, 'someone in two categories is under both');
      assert.match(group(1), /Mr\. Bart Claes/);
      assert.match(group(2), /Dr\. Chloé Dubois/);
      assert.match(group(3), /Mr\. Dirk Peeters/);
      assert.match(body, /Director, Biodiversity/);
      assert.match(body, /Federal Public Service Environment/);
      assert.match(body, /<a href="mailto:anna\.verbeke@environment\.example">anna\.verbeke@environment\.example<\/a>/);
      assert.match(body, /<a href="mailto:chm@environment\.example">/);
      assert.match(body, /<a href="tel:\+3225249500" dir="ltr">\+32 2 524 95 00<\/a>/);
      assert.match(body, /<a href="\/en\/focal-points\/ms-anna-verbeke">Ms\. Anna Verbeke<\/a>/);
      assert.match(body, /<link rel="canonical" href="http:\/\/nd\.localhost:3000\/en\/focal-points"/);
      assert.match(body, /Sample data for demonstration/);
      // A person's own page: e-mail and telephone as links too.
      const person = (await get('/en/focal-points/ms-anna-verbeke')).body;
      assert.match(person, /<a href="mailto:anna\.verbeke@environment\.example">/);
      assert.match(person, /<a href="tel:\+3225249500" dir="ltr">/);
      assert.match(person, /<dd>Clearing-house mechanism and CBD national focal point<\/dd>/);
    });

    test('national reports are listed newest first, the 7th before the 6th', async () => {
      const body = (await get('/en/national-reports')).body;
      const seventh = body.indexOf('Seventh national report');
      const sixth = body.indexOf('Sixth national report');
      assert.ok(seventh > 0 && sixth > seventh, 'the 7th report comes first');
    });

    test('the generated navigation lists synced types once the site has some', async () => {
      const navOf = async (s: Site) => {
        const body = (await get('/en/', s)).body;
        return /<nav class="main-nav" aria-label="Main navigation">(.*?)<\/nav>/.exec(body)?.[1] ?? '';
      };
      const bare = await buildSite(t.services, { code: 'ndnav', languages: ['en'] });
      const before = await navOf(bare);
      assert.match(before, /href="\/en\/national-targets"/);
      assert.doesNotMatch(before, /nbsaps|national-reports|focal-points/);
      await saveSyncedItem(t.services, bare, { type: 'nbsap', translations: { en: { title: 'An NBSAP', status: 'published', publishedAt: justNow() } } });
      const after = await navOf(bare);
      assert.match(after, /<a href="\/en\/nbsaps">NBSAPs<\/a>/);
      assert.doesNotMatch(after, /national-reports|focal-points/);
      // A site with its own main menu shows that menu, not the generated one.
      assert.ok((await navOf(site)).length > 0);
    });

    test('the demo menus lead to the GBF overview and every kind of national data, in every demo language', () => {
      const menus = demoMenus({ about: 'about', biodiversity: 'biodiversity', nbsap: 'nbsap' });
      const flat = (entries: SeedMenuEntry[]): SeedMenuEntry[] => entries.flatMap((e) => [e, ...flat(e.children ?? [])]);
      const main = flat(menus.main);
      for (const url of ['/{lang}/gbf', '/{lang}/national-targets', '/{lang}/nbsaps', '/{lang}/national-reports', '/{lang}/focal-points']) {
        const entry = main.find((e) => e.url === url);
        assert.ok(entry, `the main menu links to ${url}`);
        for (const language of ['en', 'fr', 'nl', 'ar']) {
          const label = 'key' in entry.label ? translator(language)(entry.label.key) : entry.label[language];
          assert.ok(label && !label.startsWith('type.'), `${url} has a label in ${language}`);
        }
      }
    });

    test('synced records of one site are not shown on another', async () => {
      assert.equal((await get('/en/nbsaps/national-biodiversity-strategy-2024-2030', plain)).statusCode, 404);
      assert.doesNotMatch((await get('/en/focal-points', plain)).body, /Anna Verbeke/);
      const scope = new SiteScope(t.services.db.kysely, plain.id);
      assert.equal((await scope.selectFrom('cbd_site_syncs').selectAll().execute()).length, 0);
      assert.ok(synced.nbsap.origin === 'cbd' && synced.target.origin === 'cbd');
    });
  });
}
