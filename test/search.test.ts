import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Item, ItemInput, TranslationInput } from '../src/content/item.ts';
import { saveItem, transitionTranslation } from '../src/content/service.ts';
import { deletePermanently, moveToTrash, restoreFromTrash } from '../src/content/trash.ts';
import { cleanText, markedToHtml } from '../src/search/analysis.ts';
import { search, type SearchOptions } from '../src/search/service.ts';
import type { Site } from '../src/sites/site.ts';
import { buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

/**
 * Search on both engines: per-language analysis (ADR 0013), snippets, facets, and an index that
 * follows the item's life. Each claim is what the engine really does for that language; where
 * SQLite and PostgreSQL differ, the test says which.
 */
const past = () => new Date(Date.now() - 60_000).toISOString();

function published(title: string, extra: Partial<TranslationInput> = {}): TranslationInput {
  return { title, status: 'published', publishedAt: past(), ...extra };
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`search [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let other: Site;
    const items: Record<string, Item> = {};

    const save = (input: Partial<ItemInput> & { translations: ItemInput['translations'] }, on: Site = site) =>
      saveItem(contextFor(t.services, on), { type: 'news', tags: [], ...input });
    const find = (language: string, query: string, options: Partial<SearchOptions> = {}) =>
      search(contextFor(t.services, site).scope, { language, query, limit: 20, offset: 0, ...options });
    const ids = async (language: string, query: string, options: Partial<SearchOptions> = {}) => (await find(language, query, options)).hits.map((h) => h.itemId).sort();
    const get = (url: string, on: Site = site) => t.app.inject({ method: 'GET', url, headers: { host: `${hostOf(on)}:3000` } });

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'srch', names: { en: 'Search CHM', fr: 'CHM recherche' }, languages: ['fr', 'en', 'ar', 'zh'] });
      other = await buildSite(t.services, { code: 'srchother', names: { en: 'Other CHM', fr: 'Autre CHM' }, languages: ['en', 'fr'] });
      items.foret = await save({ tags: ['GBF-TARGET-03'], translations: { fr: published('La forêt de Soignes', { summary: 'Une hêtraie cathédrale au sud de Bruxelles.' }) } });
      items.forets = await save({ type: 'event', fields: { start: { at: '2030-03-21T09:00:00Z', zone: 'Europe/Brussels' } }, tags: ['GBF-TARGET-11'], translations: { fr: published('Journée des forêts tropicales', { body: '<p>Les forêts tropicales et la biodiversité.</p>' }) } });
      items.wetland = await save({ tags: ['GBF-TARGET-03'], translations: { en: published('Wetland restoration begins', { body: '<p>The restoration of the marshes begins this spring, for biodiversity.</p>' }) } });
      items.arabic = await save({ translations: { ar: published('حماية الغابات في المغرب', { summary: 'تُعَدُّ الغابات موطنًا للتنوع البيولوجي.' }) } });
      items.chinese = await save({ translations: { zh: published('湿地生物多样性保护行动', { summary: '本项目保护长江流域的湿地和候鸟。' }) } });
      items.script = await save({ translations: { en: published('<script>alert(1)</script> Mangrove survey', { body: '<p>Mangrove <b>roots</b> & crabs: <img src=x onerror=alert(2)> counted.</p>' }) } });
      items.draft = await save({ translations: { en: { title: 'Mangrove draft plan', status: 'draft' } } });
      items.future = await save({ translations: { en: published('Mangrove future plan', { publishedAt: new Date(Date.now() + 86_400_000).toISOString() }) } });
      items.elsewhere = await save({ translations: { en: published('Mangrove on another site') } }, other);
    });
    after(() => t.close());

    test('finds French words without their accents and with their plural (stemmed on PostgreSQL, trimmed plural + prefix on SQLite)', async () => {
      assert.deepEqual(await ids('fr', 'foret'), [items.foret!.id, items.forets!.id].sort(), '"foret" finds "forêt" and "forêts"');
      assert.deepEqual(await ids('fr', 'forêts'), [items.foret!.id, items.forets!.id].sort(), '"forêts" finds "forêt"');
      assert.deepEqual(await ids('fr', 'HÊTRAIE'), [items.foret!.id], 'case and accents ignored, the summary searched');
      assert.deepEqual(await ids('fr', 'biodiversite tropicales'), [items.forets!.id], 'every word must match, in the body too');
    });

    test('stems English: "restoring" finds "restoration", "marsh" finds "marshes"', async () => {
      assert.deepEqual(await ids('en', 'restoring'), [items.wetland!.id]);
      assert.deepEqual(await ids('en', 'marsh'), [items.wetland!.id]);
    });

    test('finds Arabic text by an Arabic word, with or without its vowel marks', async () => {
      assert.deepEqual(await ids('ar', 'الغابات'), [items.arabic!.id]);
      assert.deepEqual(await ids('ar', 'الغَابَات'), [items.arabic!.id], 'harakat in the query are ignored');
      assert.deepEqual(await ids('ar', 'المغرب'), [items.arabic!.id]);
    });

    test('finds Chinese text by a two-character word, with the match marked', async () => {
      const result = await find('zh', '生物');
      assert.deepEqual(result.hits.map((h) => h.itemId), [items.chinese!.id]);
      assert.deepEqual(await ids('zh', '候鸟'), [items.chinese!.id], 'in the summary');
      assert.deepEqual(await ids('zh', '森林'), []);
      const summaryHit = (await find('zh', '候鸟')).hits[0]!;
      assert.ok(summaryHit.snippet.some((p) => p.mark && p.text === '候鸟'), JSON.stringify(summaryHit.snippet));
    });

    test('searches only the page language', async () => {
      assert.deepEqual(await ids('fr', 'wetland'), [], 'an English item is not a French result');
      assert.deepEqual(await ids('en', 'foret'), []);
    });

    test('corrects a short typo when nothing matches as typed', async () => {
      const result = await find('en', 'biodiversty');
      assert.deepEqual(result.hits.map((h) => h.itemId), [items.wetland!.id]);
      assert.equal(result.correctedQuery, 'biodiversity');
      assert.deepEqual(await ids('fr', 'tropicaels'), [items.forets!.id], 'a swap of two letters');
      assert.deepEqual(await ids('en', 'xyzzyplugh'), [], 'nothing near: nothing found');
      assert.equal((await find('en', 'restoration')).correctedQuery, undefined, 'a query that matches is not corrected');
    });

    test('never shows drafts, future publications or another site’s items', async () => {
      assert.deepEqual(await ids('en', 'mangrove'), [items.script!.id]);
      const otherResult = await search(contextFor(t.services, other).scope, { language: 'en', query: 'mangrove', limit: 10, offset: 0 });
      assert.deepEqual(otherResult.hits.map((h) => h.itemId), [items.elsewhere!.id]);
      const page = await get('/en/search?q=mangrove');
      assert.doesNotMatch(page.body, /another site|draft plan|future plan/);
      assert.match((await get('/en/search?q=survey', other)).body, /0 results|No results/);
    });

    test('marks matches in the snippet and escapes the text around them', async () => {
      const hit = (await find('en', 'crabs')).hits[0]!;
      assert.equal(markedToHtml(hit.snippet.map((p) => (p.mark ? `\uE000${p.text}\uE001` : p.text)).join('')).includes('<mark>crabs</mark>'), true);
      const page = await get('/en/search?q=crabs');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<mark>crabs<\/mark>/);
      assert.match(page.body, /&lt;script(&gt;|>)alert\(1\)&lt;\/script(&gt;|>) Mangrove survey/, 'the renderer escapes < (and > needs no escaping in text)');
      assert.doesNotMatch(page.body, /<script>alert|<img src=x/);
      const forged = await get(`/en/search?q=${encodeURIComponent('\uE000<b>crabs</b>\uE001')}`);
      assert.doesNotMatch(forged.body, /<b>crabs/, 'markers typed in a query are not trusted');
    });

    test('counts results by type and GBF target, and filters by them', async () => {
      const all = await find('fr', 'foret');
      assert.equal(all.total, 2);
      assert.deepEqual(all.facets.types.map((f) => [f.value, f.count]).sort(), [['event', 1], ['news', 1]]);
      assert.deepEqual(all.facets.targets.map((f) => [f.value, f.count]), [['GBF-TARGET-03', 1], ['GBF-TARGET-11', 1]]);
      const news = await find('fr', 'foret', { type: 'news' });
      assert.deepEqual([news.total, news.hits.map((h) => h.itemId)], [1, [items.foret!.id]]);
      assert.deepEqual(news.facets.types.map((f) => f.value).sort(), ['event', 'news'], 'the type facet still offers the other type');
      assert.deepEqual(news.facets.targets.map((f) => f.value), ['GBF-TARGET-03'], 'the target facet follows the type filter');
      const target = await find('fr', 'foret', { target: 'GBF-TARGET-11' });
      assert.deepEqual(target.hits.map((h) => h.itemId), [items.forets!.id]);
      assert.equal((await find('fr', 'foret', { type: 'event', target: 'GBF-TARGET-03' })).total, 0);
    });

    test('shows facets as links that keep the query, marks the current filter and offers to clear it', async () => {
      const page = await get('/fr/search?q=foret&type=news');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<form role="search"[^>]*aria-labelledby="search-heading"/);
      assert.match(page.body, /<a href="\/fr\/search\?q=foret&amp;type=news" aria-current="true">/);
      assert.match(page.body, /href="\/fr\/search\?q=foret&amp;type=event"/);
      assert.match(page.body, /href="\/fr\/search\?q=foret"/, 'a link clears the type filter');
      assert.match(page.body, /href="\/fr\/search\?q=foret&amp;type=news&amp;target=GBF-TARGET-03"/);
      assert.match(page.body, /<input type="hidden" name="type" value="news"\/>/);
      assert.match(page.body, /<ol class="search-results"/);
      for (const [url, code] of [['/fr/search?q=foret&target=GBF-TARGET-3', 400], ['/fr/search?q=foret&type=nope', 400], ['/fr/search?q=foret&target=%3Cx%3E', 400], ['/fr/search?q=foret&type=news&type=event', 400]] as const) {
        assert.equal((await get(url)).statusCode, code, url);
      }
    });

    test('keeps the query and filters when paging', async () => {
      const ctx = contextFor(t.services, site);
      for (let i = 0; i < 13; i++) await saveItem(ctx, { type: 'news', tags: ['GBF-TARGET-05'], translations: { en: published(`Pangolin note ${i}`) } });
      const first = await get('/en/search?q=pangolin&target=GBF-TARGET-05');
      assert.match(first.body, /13 results/);
      assert.match(first.body, /rel="next" href="\/en\/search\?q=pangolin&amp;target=GBF-TARGET-05&amp;page=2"/);
      const second = await get('/en/search?q=pangolin&target=GBF-TARGET-05&page=2');
      assert.equal((second.body.match(/class="search-result"/g) ?? []).length, 1);
    });

    test('has an empty-query state and a no-results state with a hint', async () => {
      const blank = await get('/en/search');
      assert.equal(blank.statusCode, 200);
      assert.doesNotMatch(blank.body, /role="status"/);
      const none = await get('/en/search?q=zzzzqqqq');
      assert.match(none.body, /No results for “zzzzqqqq”/);
      assert.match(none.body, /class="search-page__hint"/);
    });

    test('follows publication, unpublication, trash, restore and purge', async () => {
      const ctx = contextFor(t.services, site);
      const item = await saveItem(ctx, { type: 'news', translations: { en: { title: 'Okapi census', status: 'draft' } } });
      assert.deepEqual(await ids('en', 'okapi'), []);
      // The same transition the scheduled-publishing job makes.
      await transitionTranslation(ctx, { itemId: item.id, language: 'en', to: 'published', from: ['draft', 'review'] });
      assert.deepEqual(await ids('en', 'okapi'), [item.id]);
      await transitionTranslation(ctx, { itemId: item.id, language: 'en', to: 'archived', from: ['published'] });
      assert.deepEqual(await ids('en', 'okapi'), [], 'unpublished');
      await transitionTranslation(ctx, { itemId: item.id, language: 'en', to: 'published', from: ['archived'] });
      assert.deepEqual(await ids('en', 'okapi'), [item.id]);
      await moveToTrash(ctx, item.id);
      assert.deepEqual(await ids('en', 'okapi'), [], 'trashed');
      const restored = await restoreFromTrash(ctx, item.id);
      assert.deepEqual(await ids('en', 'okapi'), [item.id], 'restored');
      const edited = await saveItem(ctx, { type: 'news', translations: { en: published('Giraffe census') } }, { itemId: item.id, expectedVersion: restored.item.version });
      assert.equal(edited.id, item.id);
      assert.deepEqual(await ids('en', 'okapi'), [], 'the old words are gone');
      assert.deepEqual(await ids('en', 'giraffe'), [item.id]);
      await moveToTrash(ctx, item.id);
      await deletePermanently(ctx.scope, item.id);
      assert.deepEqual(await ids('en', 'giraffe'), [], 'purged');
      const left = await ctx.scope.selectFrom('search_entries').select('id').where('item_id', '=', item.id).execute();
      assert.deepEqual(left, []);
    });
  });
}

describe('text as it is indexed', () => {
  test('is composed (NFC) and loses optional vowel marks and highlight markers, and Latin text is kept as it is', () => {
    assert.equal(cleanText('Fore\u0302ts humides'), 'Forêts humides', 'an accent typed as a combining mark is composed');
    assert.equal(cleanText('حِمَايَة'), 'حماية');
    assert.equal(cleanText('a \uE000forged\uE001 mark'), 'a forged mark');
    const latin = 'Éléphants, Ørsted & Ångström: naïve façades (ĳ, ŉ, ǅ)';
    assert.equal(cleanText(latin), latin);
  });
});
