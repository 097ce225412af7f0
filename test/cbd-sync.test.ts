import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SiteScope } from '../src/db/site-scope.ts';
import { loadItems } from '../src/content/service.ts';
import type { Item } from '../src/content/item.ts';
import { runCbdSync } from '../src/interop/cbd/service.ts';
import { siteSyncStatus } from '../src/interop/cbd/status.ts';
import type { Site } from '../src/sites/site.ts';
import { type CbdStandIn, removeRecord, startCbdStandIn, upsertRecord } from './cbd-stand-in/server.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const quietLog = { info: () => {}, warn: () => {}, error: () => {} };

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`CBD sync of a site's national data (${dialect})`, { skip }, () => {
    let standIn: CbdStandIn;
    let t: TestApp;
    let site: Site;

    before(async () => {
      standIn = await startCbdStandIn();
      // Short timeouts and back-off: the failure cases below must not take minutes.
      t = await buildTestApp(dialect, { CBD_API_URL: standIn.url, CBD_API_TIMEOUT_MS: '400' });
      site = await buildSite(t.services, { code: `be${dialect.slice(0, 2)}`, country: 'be', languages: ['en', 'fr', 'nl'], defaultLanguage: 'en', names: { en: 'Belgium CHM' } });
    });
    after(async () => {
      await t?.close();
      await standIn?.close();
    });

    const sync = (options: { full?: boolean } = {}) => runCbdSync(t.services, { sites: [site], log: quietLog, ...options });
    const scope = () => new SiteScope(t.services.db.kysely, site.id);
    async function syncedItems(): Promise<Item[]> {
      const ids = (await scope().selectFrom('items').select('id').where('origin', '=', 'cbd').where('deleted_at', 'is', null).orderBy('id').execute()).map((r) => r.id);
      return loadItems(scope(), ids);
    }
    const belgianRecords = () => standIn.data.records.filter((r) => r.document.government.identifier === 'be');
    const identifierOf = async (item: Item) => (await scope().selectFrom('cbd_records').select('identifier').where('item_id', '=', item.id).executeTakeFirstOrThrow()).identifier;

    test('a first sync brings every Belgian record in as a read-only published item, and nothing of other countries', async () => {
      const report = await sync();
      assert.ok(report.vocabularies.every((d) => d.ok), JSON.stringify(report.vocabularies));
      const [result] = report.sites;
      assert.equal(result!.ok, true, result!.error);
      const items = await syncedItems();
      assert.equal(result!.counts.added, items.length);
      assert.equal(items.length, belgianRecords().length - result!.skipped.length);
      const byType = (type: string) => items.filter((i) => i.type === type);
      assert.ok(byType('national-target').length >= 4);
      assert.ok(byType('nbsap').length >= 1);
      assert.ok(byType('national-report').length >= 2);
      assert.ok(byType('focal-point').length >= 4);
      // Another country's records and older revisions are not the site's.
      const identifiers = new Set(await Promise.all(items.map(identifierOf)));
      for (const record of standIn.data.records.filter((r) => r.document.government.identifier !== 'be')) assert.ok(!identifiers.has(record.document.header.identifier));
      assert.equal(identifiers.size, items.length, 'one item per central record');
      for (const item of items) {
        assert.equal(item.origin, 'cbd');
        assert.ok(item.translations.every((tr) => tr.status === 'published'));
      }
    });

    test('a national target keeps its aligned GBF targets as tags, with the degree of each, and links back to the central record', async () => {
      const target = belgianRecords().find((r) => r.document.header.schema === 'nationalTarget7' && Array.isArray(r.document.globalTargetAlignment) && (r.document.globalTargetAlignment as unknown[]).length > 0)!;
      const alignment = target.document.globalTargetAlignment as { identifier: string; degreeOfAlignment?: { identifier: string } }[];
      const items = await syncedItems();
      const ids = await Promise.all(items.map(async (i) => [await identifierOf(i), i] as const));
      const item = new Map(ids).get(target.document.header.identifier)!;
      assert.deepEqual([...item.tags].sort(), [...new Set(alignment.map((a) => a.identifier))].sort());
      const degrees = (['targetsHighAlignment', 'targetsMediumAlignment', 'targetsLowAlignment'] as const).flatMap((field) => (item.fields[field] as string[] | undefined) ?? []);
      assert.deepEqual(degrees.sort(), alignment.filter((a) => a.degreeOfAlignment).map((a) => a.identifier).sort());
      assert.match(String(item.fields.cbdRecordUrl), /^https:\/\//);
      const title = (target.document.title as Record<string, string>).en ?? Object.values(target.document.title as Record<string, string>)[0];
      assert.equal(item.translations.find((tr) => tr.language === 'en')?.title, title);
    });

    test('the synced records are on the public site: listing, search and sitemap', async () => {
      const listing = await t.app.inject({ url: '/en/national-targets', headers: { host: hostOf(site) } });
      assert.equal(listing.statusCode, 200);
      const firstTarget = (await syncedItems()).find((i) => i.type === 'national-target')!;
      const title = firstTarget.translations.find((tr) => tr.language === 'en')!.title;
      assert.ok(listing.body.includes(title.slice(0, 40).replace(/&/g, '&amp;')), 'listed');
      const word = title.split(/\s+/).find((w) => w.length > 6)!.replace(/[^\p{L}]/gu, '');
      const search = await t.app.inject({ url: `/en/search?q=${encodeURIComponent(word)}`, headers: { host: hostOf(site) } });
      assert.ok(search.body.includes(firstTarget.translations.find((tr) => tr.language === 'en')!.slug), 'found by search');
      const sitemap = await t.app.inject({ url: '/sitemap.xml', headers: { host: hostOf(site) } });
      assert.ok(sitemap.body.includes('/en/focal-points/') || sitemap.body.includes('sitemaps/'), 'in the sitemap');
    });

    test('the admin cannot edit, publish or trash a synced record', async () => {
      const item = (await syncedItems())[0]!;
      const { saveItem, transitionTranslation } = await import('../src/content/service.ts');
      const context = { scope: scope(), site, vocabularies: t.services.vocabularies, actorId: null };
      await assert.rejects(() => saveItem(context, { type: item.type, translations: { en: { title: 'Edited here' } } }, { itemId: item.id }), { code: 'item_read_only' });
      await assert.rejects(() => transitionTranslation(context, { itemId: item.id, language: 'en', to: 'archived', from: ['published'] }), { code: 'item_read_only' });
      await assert.rejects(() => saveItem(context, { type: 'nbsap', translations: { en: { title: 'A local NBSAP' } } }), { code: 'item_read_only' });
    });

    test('a re-sync with no central change changes nothing and fetches no record body', async () => {
      const before = await syncedItems();
      standIn.requests.length = 0;
      const [result] = (await sync()).sites;
      assert.equal(result!.ok, true);
      assert.deepEqual({ ...result!.counts }, { added: 0, updated: 0, removed: 0, unchanged: before.length + result!.skipped.length });
      assert.ok(!standIn.requests.some((r) => r.url.includes('/documents/')), 'no record body was fetched again');
      const after = await syncedItems();
      assert.deepEqual(after.map((i) => [i.id, i.version]), before.map((i) => [i.id, i.version]));
    });

    test('a re-sync follows central changes: a target edited, one added, one removed', async () => {
      const targets = belgianRecords().filter((r) => r.document.header.schema === 'nationalTarget7');
      const [edited, removed] = targets;
      const editedCopy = structuredClone(edited!);
      (editedCopy.document.title as Record<string, string>).en = 'Restore 30% of degraded wetlands by 2030 (revised)';
      editedCopy.updatedDate = '2026-11-30T10:00:00.000Z';
      upsertRecord(standIn.data, editedCopy);
      const added = structuredClone(edited!);
      added.document.header.identifier = 'A1B2C3D4-0000-4000-A000-000000000001';
      added.documentId = 990001;
      (added.document.title as Record<string, string>).en = 'Halve the spread of invasive alien species in Flemish waterways';
      added.updatedDate = '2026-11-30T11:00:00.000Z';
      upsertRecord(standIn.data, added);
      removeRecord(standIn.data, removed!.document.header.identifier);

      const [result] = (await sync()).sites;
      assert.equal(result!.ok, true, result!.error);
      assert.equal(result!.counts.added, 1);
      assert.equal(result!.counts.updated, 1);
      assert.equal(result!.counts.removed, 1);
      const items = await syncedItems();
      const titles = items.map((i) => i.translations.find((tr) => tr.language === 'en')?.title);
      assert.ok(titles.includes('Restore 30% of degraded wetlands by 2030 (revised)'));
      assert.ok(titles.includes('Halve the spread of invasive alien species in Flemish waterways'));
      const identifiers = await Promise.all(items.map(identifierOf));
      assert.ok(!identifiers.includes(removed!.document.header.identifier), 'the removed record is gone');
      assert.equal(new Set(identifiers).size, identifiers.length, 'no duplicates');
      const gone = await t.app.inject({ url: '/sitemap.xml', headers: { host: hostOf(site) } });
      assert.equal(gone.statusCode, 200);
    });

    for (const [name, fault, expected] of [
      ['times out', { kind: 'timeout' as const, path: /index\/select/ }, /did not answer within/],
      ['answers 500', { kind: 'status' as const, status: 500, path: /index\/select/ }, /500/],
      ['answers malformed JSON', { kind: 'malformed' as const, path: /index\/select/ }, /JSON/i],
      ['answers an unexpected shape', { kind: 'shape' as const, path: /index\/select/ }, /shape|should/i],
    ] as const) {
      test(`an API that ${name} fails the sync with a clear message, and the last good data is kept`, async () => {
        const before = await syncedItems();
        const statusBefore = (await siteSyncStatus(scope()))!;
        // The next change at the source must not reach the site while the API misbehaves.
        const record = structuredClone(belgianRecords().find((r) => r.document.header.schema === 'focalPoint')!);
        record.updatedDate = `2026-12-0${1 + before.length % 8}T00:00:00.000Z`;
        upsertRecord(standIn.data, record);
        standIn.fail(fault);
        try {
          const report = await runCbdSync(t.services, { sites: [site], log: quietLog, vocabularies: false });
          const [result] = report.sites;
          assert.equal(result!.ok, false);
          assert.match(result!.error!, expected);
          assert.match(result!.error!, /CBD API/);
        } finally {
          standIn.clearFaults();
        }
        const after = await syncedItems();
        assert.deepEqual(after.map((i) => [i.id, i.version]), before.map((i) => [i.id, i.version]), 'nothing changed');
        const status = (await siteSyncStatus(scope()))!;
        assert.match(status.lastError!, expected);
        assert.equal(status.lastSuccessAt, statusBefore.lastSuccessAt, 'the last success is still the last good data');
        assert.equal(status.runningSince, null, 'a failed sync does not block the next one');
        const page = await t.app.inject({ url: '/en/focal-points', headers: { host: hostOf(site) } });
        assert.equal(page.statusCode, 200, 'the site keeps serving');
      });
    }

    test('once the API answers again, the next sync catches up and clears the error', async () => {
      const [result] = (await sync()).sites;
      assert.equal(result!.ok, true, result!.error);
      assert.ok(result!.counts.updated >= 1);
      const status = (await siteSyncStatus(scope()))!;
      assert.equal(status.lastError, null);
    });

    test('a site without a country is told why nothing was synced', async () => {
      const stateless = await buildSite(t.services, { code: `nc${dialect.slice(0, 2)}` });
      const [result] = (await runCbdSync(t.services, { sites: [stateless], log: quietLog, vocabularies: false })).sites;
      assert.equal(result!.ok, false);
      assert.match(result!.error!, /no country/);
    });

    test('the thesaurus sync adds the languages the API gives and keeps the shipped ones', async () => {
      const target = t.services.vocabularies.get('GBF-TARGET-03')!;
      const apiTerm = standIn.data.thesaurus['GBF-TARGETS']!.find((term) => term.identifier === 'GBF-TARGET-03')!;
      for (const language of Object.keys(apiTerm.shortTitle)) assert.ok(target.titles[language], `a title in ${language}`);
      assert.ok(!/^GBF-T\d/.test(target.titles.en!), 'the thesaurus prefix is removed');
      const rows = await t.services.db.kysely.selectFrom('cbd_vocabulary_syncs').selectAll().execute();
      assert.ok(rows.some((r) => r.domain === 'GBF-TARGETS' && r.last_error === null && r.term_count === 23));
    });
  });
}
