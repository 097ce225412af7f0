import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contentTypes } from '../src/content/registry.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { createDemoNetwork, type DemoReport } from '../src/sites/seeds/demo-network.ts';
import { buildTestApp, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`demo network [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let report: DemoReport;
    before(async () => {
      t = await buildTestApp(dialect);
      report = await createDemoNetwork(t.services);
    });
    after(() => t.close());

    test('creates be, bj and ma with their languages, Arabic first on ma', () => {
      const sites = Object.fromEntries(t.services.sites.all().map((s) => [s.code, s]));
      assert.deepEqual(sites.be!.languages, ['en', 'fr', 'nl']);
      assert.deepEqual(sites.bj!.languages, ['fr', 'en']);
      assert.deepEqual(sites.ma!.languages, ['ar', 'fr', 'en']);
      assert.ok(report.admin?.password && report.admin.password.length >= 16);
    });

    for (const code of ['be', 'bj', 'ma']) {
      test(`${code} has at least 40 items of every type, translated into each language and tagged with GBF targets`, async () => {
        const site = t.services.sites.byCodeOrUndefined(code)!;
        const scope = new SiteScope(t.services.db.kysely, site.id);
        const items = await scope.selectFrom('items').select(['id', 'type']).execute();
        assert.ok(items.length >= 40, `${items.length} items`);
        // Types whose items only come from the CBD sync are filled by the sync (test/cbd-sync.test.ts), not the seeds.
        assert.deepEqual([...new Set(items.map((i) => i.type))].sort(), contentTypes.filter((c) => !c.origin).map((c) => c.name).sort());
        const translations = await scope.selectFrom('item_translations').select(['item_id', 'language']).execute();
        for (const language of site.languages) {
          assert.equal(translations.filter((tr) => tr.language === language).length, items.length, `${code} items translated into ${language}`);
        }
        const tagged = await scope.selectFrom('item_tags').select('item_id').where('vocabulary', '=', 'gbf-targets').distinct().execute();
        assert.ok(tagged.length >= items.length / 2, `${tagged.length} items tagged with GBF targets`);
      });
    }

    test('serves the demo pages the README promises', async () => {
      const be = await t.app.inject({ url: '/en/', headers: { host: 'be.localhost:3000' } });
      assert.equal(be.statusCode, 200);
      const ma = await t.app.inject({ url: '/ar/', headers: { host: 'ma.localhost:3000' } });
      assert.match(ma.body, /<html lang="ar" dir="rtl">/);
      const portal = await t.app.inject({ url: '/', headers: { host: 'localhost:3000' } });
      for (const name of ['Belgian', 'Benin', 'Morocco']) assert.match(portal.body, new RegExp(name));
    });

    test('every demo item page renders', async () => {
      for (const site of t.services.sites.all()) {
        const api = await t.app.inject({ url: `/api/v1/items?limit=100&lang=${site.defaultLanguage}`, headers: { host: `${site.code}.localhost` } });
        for (const item of api.json().items as { url: string }[]) {
          const response = await t.app.inject({ url: new URL(item.url).pathname, headers: { host: `${site.code}.localhost` } });
          assert.equal(response.statusCode, 200, item.url);
        }
      }
    });

    test('running it again changes nothing', async () => {
      const again = await createDemoNetwork(t.services);
      assert.deepEqual(again.sites.map((s) => s.created), [false, false, false]);
      assert.equal(again.admin, null);
    });
  });
}
