import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findItem } from '../src/content/repo.ts';
import { listRevisions, saveItem } from '../src/content/service.ts';
import type { Item, ItemInput } from '../src/content/item.ts';
import { updateItems } from '../src/content/update-items.ts';
import { search } from '../src/search/service.ts';
import type { Site } from '../src/sites/site.ts';
import { buildSite, buildTestApp, contextFor, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

/** What two saves of the same change must agree on: all but ids, slugs and times. */
function comparable(item: Item) {
  const { id: _id, createdAt: _c, updatedAt: _u, translations, ...rest } = item;
  return { ...rest, translations: translations.map(({ slug: _s, updatedAt: _t, publishedAt, ...t }) => ({ ...t, published: publishedAt !== null })) };
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`saving many items at once [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'bulkupd', names: { en: 'Bulk' }, languages: ['en', 'fr'] });
    });
    after(() => t.close());

    const event = (title: string): ItemInput => ({
      type: 'event',
      fields: { start: { at: '2027-05-04T07:00:00.000Z', zone: 'Europe/Brussels' }, end: { at: '2027-05-04T15:00:00.000Z', zone: 'Europe/Brussels' } },
      tags: ['GBF-TARGET-03'],
      translations: { en: { title, body: '<p>Field day</p>' }, fr: { title: `${title} (fr)`, status: 'draft' } },
    });

    test('gives each item what saveItem gives it: fields, texts, tags, version, revision and search entries', async () => {
      const ctx = contextFor(t.services, site);
      const one = await saveItem(ctx, event('Meadow day one'));
      const two = await saveItem(ctx, event('Meadow day two'));
      const change = (title: string): ItemInput => ({
        ...event(title),
        fields: { start: { at: '2027-06-01T08:00:00.000Z', zone: 'Europe/Brussels' }, end: { at: '2027-06-01T10:00:00.000Z', zone: 'Europe/Brussels' } },
        tags: ['GBF-TARGET-11', 'GBF-TARGET-03'],
        translations: { en: { title, body: '<p>Orchids <font color="red">and</font> bees</p>' }, fr: { title: `${title} (fr)`, status: 'published' } },
      });
      const bySave = await saveItem(ctx, change('Meadow day one'), { itemId: one.id, expectedVersion: one.version });
      const [result] = await updateItems(ctx, [{ itemId: two.id, expectedVersion: two.version, input: change('Meadow day two') }]);
      assert.ok(result && 'item' in result, 'the item is saved');

      const stored = (await findItem(ctx.scope, two.id))!;
      assert.deepEqual(result.item, stored, 'the item returned is the item stored');
      const expected = comparable(bySave);
      assert.deepEqual(comparable(stored), { ...expected, translations: expected.translations.map((x) => ({ ...x, title: x.title.replace('one', 'two') })) });
      assert.equal(stored.version, 2);
      assert.equal(stored.translations.find((x) => x.language === 'en')!.body, '<p>Orchids and bees</p>', 'the text is sanitised');
      assert.deepEqual(
        (await listRevisions(ctx.scope, two.id)).map((r) => r.changes),
        (await listRevisions(ctx.scope, one.id)).map((r) => r.changes),
        'the revision lists the same changes',
      );
      const hits = await search(ctx.scope, { language: 'fr', query: 'meadow', limit: 10, offset: 0 });
      assert.deepEqual(hits.hits.map((h) => h.itemId).sort(), [one.id, two.id].sort(), 'the French translation, now published, is found');
    });

    test('refuses an item someone saved since, an invalid one and another site’s, and writes the rest', async () => {
      const ctx = contextFor(t.services, site);
      const other = await buildSite(t.services, { code: 'bulkother', names: { en: 'Other' }, languages: ['en'] });
      const foreign = await saveItem(contextFor(t.services, other), { type: 'page', translations: { en: { title: 'Not yours' } } });
      const stale = await saveItem(ctx, { type: 'page', translations: { en: { title: 'Edited meanwhile' } } });
      await saveItem(ctx, { type: 'page', translations: { en: { title: 'Edited meanwhile, again' } } }, { itemId: stale.id, expectedVersion: 1 });
      const invalid = await saveItem(ctx, { type: 'page', translations: { en: { title: 'Soon invalid' } } });
      const fine = await saveItem(ctx, { type: 'page', translations: { en: { title: 'Fine' } } });

      const results = await updateItems(ctx, [
        { itemId: stale.id, expectedVersion: 1, input: { type: 'page', translations: { en: { title: 'Overwrite' } } } },
        { itemId: invalid.id, expectedVersion: 1, input: { type: 'page', translations: { en: { title: '' } } } },
        { itemId: foreign.id, expectedVersion: 1, input: { type: 'page', translations: { en: { title: 'Taken over' } } } },
        { itemId: fine.id, expectedVersion: 1, input: { type: 'page', translations: { en: { title: 'Fine, updated' } } } },
      ]);
      assert.deepEqual(results.map((r) => ('error' in r ? r.error.code : 'saved')), ['edit_conflict', 'validation_failed', 'item_not_found', 'saved']);
      assert.equal((await findItem(ctx.scope, stale.id))!.translations[0]!.title, 'Edited meanwhile, again');
      assert.equal((await findItem(ctx.scope, invalid.id))!.version, 1);
      assert.equal((await findItem(contextFor(t.services, other).scope, foreign.id))!.translations[0]!.title, 'Not yours');
      assert.equal((await findItem(ctx.scope, fine.id))!.translations[0]!.title, 'Fine, updated');
    });

    test('keeps an item’s own slug, and gives a slug another item holds, or one twice wanted, a suffix', async () => {
      const ctx = contextFor(t.services, site);
      const holder = await saveItem(ctx, { type: 'page', translations: { en: { title: 'Wetlands' } } });
      const a = await saveItem(ctx, { type: 'page', translations: { en: { title: 'Rivers' } } });
      const b = await saveItem(ctx, { type: 'page', translations: { en: { title: 'Lakes' } } });
      const c = await saveItem(ctx, { type: 'page', translations: { en: { title: 'Ponds' } } });
      const results = await updateItems(ctx, [
        { itemId: a.id, expectedVersion: 1, input: { type: 'page', translations: { en: { title: 'Rivers and streams', slug: 'rivers' } } } },
        { itemId: b.id, expectedVersion: 1, input: { type: 'page', translations: { en: { title: 'Wetlands', slug: 'wetlands' } } } },
        { itemId: c.id, expectedVersion: 1, input: { type: 'page', translations: { en: { title: 'Marshes', slug: 'marshes' } } } },
      ]);
      const again = await updateItems(ctx, [{ itemId: c.id, expectedVersion: 2, input: { type: 'page', translations: { en: { title: 'Marshes', slug: 'marshes' } } } }]);
      const slugOf = (r: (typeof results)[number]) => ('item' in r ? r.item.translations[0]!.slug : r.error.message);
      assert.deepEqual(results.map(slugOf), ['rivers', 'wetlands-2', 'marshes']);
      assert.equal(slugOf(again[0]!), 'marshes', 'an item saved again keeps its slug');
      assert.equal((await findItem(ctx.scope, holder.id))!.translations[0]!.slug, 'wetlands');
      const twice = await updateItems(ctx, [
        { itemId: a.id, expectedVersion: 2, input: { type: 'page', translations: { en: { title: 'Deltas', slug: 'deltas' } } } },
        { itemId: b.id, expectedVersion: 2, input: { type: 'page', translations: { en: { title: 'Deltas', slug: 'deltas' } } } },
      ]);
      assert.deepEqual(twice.map(slugOf), ['deltas', 'deltas-2']);
    });

    test('adds a translation the input brings and keeps one it leaves out', async () => {
      const ctx = contextFor(t.services, site);
      const item = await saveItem(ctx, { type: 'page', translations: { en: { title: 'Bats' } } });
      const [added] = await updateItems(ctx, [{ itemId: item.id, expectedVersion: 1, input: { type: 'page', translations: { fr: { title: 'Chauves-souris' } } } }]);
      assert.ok(added && 'item' in added);
      const stored = (await findItem(ctx.scope, item.id))!;
      assert.deepEqual(stored.translations.map((x) => [x.language, x.title]), [['en', 'Bats'], ['fr', 'Chauves-souris']]);
      assert.deepEqual(added.item, stored);
    });
  });
}
