import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { moveToTrash } from '../src/content/trash.ts';
import type { Site } from '../src/sites/site.ts';
import { buildItem, buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { justNow, saveSyncedItem } from './support/national-data.ts';

/**
 * The GBF pages (issue 6): the overview of the framework's goals and 23 targets with the site's
 * counts, and one page per target with the country's national targets aligned with it (synced
 * from the CBD and written on the site alike) and the site's other content on it.
 */

/** The text of an HTML fragment, tags dropped and spaces collapsed, for assertions on what a visitor reads. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** The part of a page between an element's id and the end of its section. */
function section(body: string, id: string): string {
  const start = body.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `the page has a section #${id}`);
  return body.slice(start, body.indexOf('</section>', start));
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`GBF overview and target pages [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let other: Site;
    let arabic: Site;

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'gbf', names: { en: 'GBF test', fr: 'Test CMB' }, languages: ['en', 'fr'] });
      other = await buildSite(t.services, { code: 'gbfother', languages: ['en'] });
      arabic = await buildSite(t.services, { code: 'gbfar', names: { ar: 'آلية', en: 'CHM' }, languages: ['ar', 'en'] });
      const published = justNow();
      // A national target synced from the CBD, aligned highly with target 3 and moderately with target 2.
      await saveSyncedItem(t.services, site, {
        type: 'national-target',
        tags: ['GBF-TARGET-03', 'GBF-TARGET-02'],
        fields: { code: 'GBF-NT3', targetsHighAlignment: ['GBF-TARGET-03'], targetsMediumAlignment: ['GBF-TARGET-02'], cbdRecordUrl: 'https://ort.cbd.int/national-targets/x/view' },
        translations: {
          en: { title: 'Protect 30% of the national territory', status: 'published', publishedAt: published },
          fr: { title: 'Protéger 30 % du territoire national', status: 'published', publishedAt: published },
        },
      });
      // A target written on the site, tagged with target 3 but stating no alignment per target; its overall judgement is not one.
      await buildItem(t.services, site, {
        type: 'national-target',
        tags: ['GBF-TARGET-03'],
        fields: { code: 'LOC-1', degreeOfAlignment: 'high' },
        translations: { en: { title: 'Connect the protected areas', status: 'published', publishedAt: published } },
      });
      await buildItem(t.services, site, { tags: ['GBF-TARGET-03'], translations: { en: { title: 'Marine park extended', status: 'published', publishedAt: published } } });
      await buildItem(t.services, site, { tags: ['GBF-TARGET-03'], translations: { fr: { title: 'Nouvelle réserve naturelle', status: 'published', publishedAt: published } } });
      await buildItem(t.services, site, { type: 'document', fields: { documentType: 'strategy' }, tags: ['GBF-TARGET-03', 'GBF-TARGET-21'], translations: { en: { title: 'Protected areas strategy', status: 'published', publishedAt: published } } });
      await buildItem(t.services, site, { type: 'species', fields: { scientificName: 'Lutra lutra', taxonomicGroup: 'mammals' }, tags: ['GBF-TARGET-21'], translations: { en: { title: 'Otter', status: 'published', publishedAt: published } } });
      // Not for visitors: a draft, a scheduled item and an item in the trash, all tagged with target 3.
      await buildItem(t.services, site, { tags: ['GBF-TARGET-03'], translations: { en: { title: 'Draft about target three', status: 'draft' } } });
      await buildItem(t.services, site, { tags: ['GBF-TARGET-03'], translations: { en: { title: 'Scheduled about target three', status: 'published', publishedAt: new Date(Date.now() + 86_400_000).toISOString() } } });
      const trashed = await buildItem(t.services, site, { tags: ['GBF-TARGET-03'], translations: { en: { title: 'Trashed about target three', status: 'published', publishedAt: published } } });
      await moveToTrash(contextFor(t.services, site), trashed.id);
      // Thirteen news on target 5: two pages of content.
      for (let i = 1; i <= 13; i++) {
        await buildItem(t.services, site, { tags: ['GBF-TARGET-05'], translations: { en: { title: `Wildlife trade check ${String(i).padStart(2, '0')}`, status: 'published', publishedAt: new Date(Date.now() - i * 60_000).toISOString() } } });
      }
      // Another site's content on target 3 must not show or count here.
      await buildItem(t.services, other, { type: 'national-target', tags: ['GBF-TARGET-03'], fields: { code: 'OTHER-1' }, translations: { en: { title: 'Another country’s target', status: 'published', publishedAt: published } } });
      await buildItem(t.services, other, { tags: ['GBF-TARGET-03'], translations: { en: { title: 'Another country’s news', status: 'published', publishedAt: published } } });
    });
    after(() => t.close());

    const get = (url: string, s: Site = site) => t.app.inject({ method: 'GET', url, headers: { host: `${hostOf(s)}:3000` } });

    test('the overview lists the four goals and the 23 targets under the framework’s three sections, each with its counts and page', async () => {
      const response = await get('/en/gbf');
      assert.equal(response.statusCode, 200);
      const body = response.body;
      assert.match(body, /<h1>Kunming-Montreal Global Biodiversity Framework<\/h1>/);
      for (const letter of ['A', 'B', 'C', 'D']) assert.match(body, new RegExp(`Goal ${letter}</strong>`));
      assert.match(body, /Biodiversity is conserved/);
      const headings = [...body.matchAll(/<h2 id="gbf-section-(\w+)">([^<]+)<\/h2>/g)].map((m) => m[1]);
      assert.deepEqual(headings, ['threats', 'needs', 'tools']);
      const targets = [...body.matchAll(/href="\/en\/gbf\/targets\/(\d+)"/g)].map((m) => Number(m[1]));
      assert.deepEqual(targets, Array.from({ length: 23 }, (_, i) => i + 1), 'every target once, in order');
      // Targets 1–8 under the first section, 9–13 under the second, 14–23 under the third.
      assert.match(section(body, 'gbf-section-threats'), /targets\/8"/);
      assert.doesNotMatch(section(body, 'gbf-section-threats'), /targets\/9"/);
      assert.match(section(body, 'gbf-section-needs'), /targets\/13"/);
      assert.match(section(body, 'gbf-section-tools'), /targets\/14"/);

      const card = (n: number) => {
        const at = body.indexOf(`href="/en/gbf/targets/${n}"`);
        return textOf(body.slice(at, body.indexOf('</li>', at)));
      };
      // Target 3: the synced and the local national target; a news item and a document (the news only in French is not on English pages).
      assert.match(card(3), /Conserve 30% of Land, Waters and Seas/);
      assert.match(card(3), /2 national targets · 2 other items/);
      assert.match(card(2), /1 national target · no other content/);
      assert.match(card(21), /No national target · 2 other items/);
      assert.match(card(5), /No national target · 13 other items/);
      assert.match(card(1), /No national target · no other content/);
    });

    test('the overview speaks the page language, and marks titles shown in another language', async () => {
      const fr = await get('/fr/gbf');
      assert.equal(fr.statusCode, 200);
      assert.match(fr.body, /<h1>Cadre mondial de la biodiversité de Kunming-Montréal<\/h1>/);
      assert.match(fr.body, /Conserver 30 % des terres, des eaux et des mers/);
      // In French, the items published only in English (the site's default language) count too: French pages show them.
      assert.match(fr.body, /2 objectifs nationaux · 3 autres contenus/);
      const ar = await get('/ar/gbf', arabic);
      assert.equal(ar.statusCode, 200);
      assert.match(ar.body, /<html lang="ar" dir="rtl">/);
      // The shipped vocabulary has no Arabic title for target 4: the English one is shown, marked as English.
      assert.match(ar.body, /<span lang="en" dir="ltr">Halt Species Extinction, Protect Genetic Diversity, and Manage Human-Wildlife Conflicts<\/span>/);
    });

    test('a target page shows the official text, the aligned national targets with their degree, and the content on the target', async () => {
      const response = await get('/en/gbf/targets/3');
      assert.equal(response.statusCode, 200);
      const body = response.body;
      assert.match(body, /<h1>Conserve 30% of Land, Waters and Seas<\/h1>/);
      assert.match(body, /<p class="lead">30% of areas are effectively conserved<\/p>/);
      assert.match(body, /<a href="https:\/\/www\.cbd\.int\/gbf\/targets\/3\/" rel="noopener">Target 3 on the CBD website/);
      assert.match(body, /<title>Target 3: Conserve 30% of Land, Waters and Seas — GBF test<\/title>/);

      const national = textOf(section(body, 'gbf-national'));
      assert.match(national, /National targets aligned with this target/);
      assert.match(national, /GBF-NT3 Protect 30% of the national territory High alignment/);
      assert.match(national, /LOC-1 Connect the protected areas Degree of alignment not stated/);
      assert.doesNotMatch(national, /Another country/);

      const content = section(body, 'gbf-content');
      for (const title of ['Marine park extended', 'Protected areas strategy']) assert.ok(content.includes(title), title);
      for (const hidden of ['Protect 30% of the national territory', 'Nouvelle réserve naturelle', 'Draft about', 'Scheduled about', 'Trashed about', 'Another country']) assert.ok(!content.includes(hidden), hidden);
      assert.match(textOf(content), /2 items/);

      assert.match(body, /<a href="\/en\/gbf\/targets\/2">Previous: target 2<\/a>/);
      assert.match(body, /<a href="\/en\/gbf\/targets\/4">Next: target 4<\/a>/);
      assert.match(body, /<a href="\/en\/gbf">Kunming-Montreal Global Biodiversity Framework<\/a>/, 'breadcrumbs lead back to the overview');
    });

    test('the same national target shows the degree it states for each GBF target', async () => {
      const body = (await get('/en/gbf/targets/2')).body;
      assert.match(textOf(section(body, 'gbf-national')), /GBF-NT3 Protect 30% of the national territory Medium alignment/);
      assert.match(textOf(section(body, 'gbf-content')), /Nothing on this site is tagged with this target yet/);
      const empty = (await get('/en/gbf/targets/1')).body;
      assert.match(empty, /No national target of the country is aligned with this target yet/);
      assert.doesNotMatch(empty, /Previous: target/, 'target 1 has no previous target');
      assert.doesNotMatch((await get('/en/gbf/targets/23')).body, /Next: target/, 'target 23 has no next target');
    });

    test('a target page has its canonical address, alternates in every language and a link preview', async () => {
      const body = (await get('/fr/gbf/targets/3')).body;
      assert.match(body, /<link rel="canonical" href="http:\/\/gbf\.localhost:3000\/fr\/gbf\/targets\/3"/);
      assert.match(body, /<link rel="alternate" hrefLang="en" href="http:\/\/gbf\.localhost:3000\/en\/gbf\/targets\/3"/i);
      assert.match(body, /<meta property="og:title" content="Conserver 30 % des terres, des eaux et des mers"/);
      assert.match(body, /<meta property="og:url" content="http:\/\/gbf\.localhost:3000\/fr\/gbf\/targets\/3"/);
      assert.match(body, /Objectifs nationaux alignés sur cette cible/);
      assert.match(body, /Protéger 30 % du territoire national/);
      assert.match(body, /Alignement élevé/);
      const content = section(body, 'gbf-content');
      assert.ok(content.includes('Nouvelle réserve naturelle'));
      assert.match(content, /lang="en"[^>]*>Marine park extended/, 'an item shown in the default language is marked with its language');
    });

    test('the content on a target is paged with stable addresses', async () => {
      const first = (await get('/en/gbf/targets/5')).body;
      assert.equal((section(first, 'gbf-content').match(/<article class="card">/g) ?? []).length, 12);
      assert.match(first, /<a rel="next" href="\/en\/gbf\/targets\/5\?page=2">/);
      const second = await get('/en/gbf/targets/5?page=2');
      assert.equal(second.statusCode, 200);
      assert.match(second.body, /Wildlife trade check 13/);
      assert.match(second.body, /<link rel="canonical" href="http:\/\/gbf\.localhost:3000\/en\/gbf\/targets\/5\?page=2"/);
      assert.match(second.body, /<a rel="prev" href="\/en\/gbf\/targets\/5">/);
      assert.equal((await get('/en/gbf/targets/5?page=3')).statusCode, 404);
      assert.equal((await get('/en/gbf/targets/5?page=two')).statusCode, 400);
    });

    test('other spellings of a target move permanently to its page; anything else is the 404 page', async () => {
      for (const [from, to] of [
        ['/en/gbf/targets/03', '/en/gbf/targets/3'],
        ['/en/gbf/targets/GBF-TARGET-03', '/en/gbf/targets/3'],
        ['/en/gbf/targets/gbf-target-21', '/en/gbf/targets/21'],
        ['/en/gbf/targets/05?page=2', '/en/gbf/targets/5?page=2'],
        ['/en/topics/GBF-TARGET-03', '/en/gbf/targets/3'],
        ['/fr/topics/GBF-TARGET-23', '/fr/gbf/targets/23'],
      ]) {
        const response = await get(from!);
        assert.equal(response.statusCode, 301, from);
        assert.equal(response.headers.location, to, from);
      }
      for (const url of ['/en/gbf/targets/0', '/en/gbf/targets/24', '/en/gbf/targets/GBF-TARGET-24', '/en/gbf/targets/three', '/en/gbf/targets/3.5', '/en/gbf/targets/-3', '/de/gbf', '/de/gbf/targets/3']) {
        const response = await get(url);
        assert.equal(response.statusCode, 404, url);
        assert.match(response.headers['content-type'] as string, /text\/html/, `${url} is the 404 page`);
      }
      // Other topics keep their page.
      assert.equal((await get('/en/topics/be')).statusCode, 200, 'a country is still a topic');
    });

    test('the home page and item pages link GBF targets to their pages', async () => {
      const home = (await get('/en/')).body;
      assert.match(home, /href="\/en\/gbf\/targets\/3"[^>]*>\s*3\. Conserve 30% of Land, Waters and Seas \(4\)/);
      assert.doesNotMatch(home, /\/topics\/GBF-TARGET/);
      assert.match(home, /<a href="\/en\/gbf">All goals and targets of the Global Biodiversity Framework<\/a>/);
      const item = (await get('/en/news/marine-park-extended')).body;
      assert.match(item, /<a class="badge" href="\/en\/gbf\/targets\/3">Conserve 30% of Land, Waters and Seas<\/a>/);
      // A national target's alignment fields link to the targets' pages.
      const target = (await get('/en/national-targets/protect-30-of-the-national-territory')).body;
      assert.match(target, /<a class="badge" href="\/en\/gbf\/targets\/2">Target 2<\/a>/);
    });

    test('the sitemap lists the overview and the pages of the targets the site has content on, in every language', async () => {
      const sitemap = (await get('/sitemap.xml')).body;
      for (const path of ['/gbf', '/gbf/targets/2', '/gbf/targets/3', '/gbf/targets/5', '/gbf/targets/21']) {
        for (const language of ['en', 'fr']) assert.ok(sitemap.includes(`<loc>http://gbf.localhost:3000/${language}${path}</loc>`), `${language}${path}`);
      }
      assert.match(sitemap, /<loc>http:\/\/gbf\.localhost:3000\/en\/gbf\/targets\/3<\/loc><xhtml:link rel="alternate" hreflang="en" href="http:\/\/gbf\.localhost:3000\/en\/gbf\/targets\/3"\/><xhtml:link rel="alternate" hreflang="fr" href="http:\/\/gbf\.localhost:3000\/fr\/gbf\/targets\/3"\/>/);
      // A target with nothing of the site's shows only the official text, the same on every site: not sent to search engines.
      assert.doesNotMatch(sitemap, /\/gbf\/targets\/1</);
      const empty = await buildSite(t.services, { code: 'gbfempty', languages: ['en'] });
      assert.doesNotMatch((await get('/sitemap.xml', empty)).body, /\/en\/gbf/);
    });

    test('another site’s GBF pages count and list only its own content', async () => {
      const body = (await get('/en/gbf/targets/3', other)).body;
      assert.match(textOf(section(body, 'gbf-national')), /OTHER-1 Another country’s target Degree of alignment not stated/);
      assert.doesNotMatch(body, /Protect 30% of the national territory|Marine park extended/);
      const overview = (await get('/en/gbf', other)).body;
      const at = overview.indexOf('href="/en/gbf/targets/3"');
      assert.match(textOf(overview.slice(at, overview.indexOf('</li>', at))), /1 national target · 1 other item/);
    });
  });
}
