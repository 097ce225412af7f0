import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countItems, saveItem, listRevisions } from '../src/content/service.ts';
import { search } from '../src/search/service.ts';
import { ensureKeyword } from '../src/vocabularies/keywords.ts';
import { AppError, ValidationError } from '../src/errors.ts';
import type { Site } from '../src/sites/site.ts';
import { buildSite, buildTestApp, contextFor, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`content service [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'content', names: { en: 'Content' }, languages: ['en', 'fr', 'ar'] });
    });
    after(() => t.close());

    test('keeps a revision of every save with what changed', async () => {
      const ctx = contextFor(t.services, site);
      const created = await saveItem(ctx, { type: 'page', translations: { en: { title: 'About us', body: '<p>First</p>' } } });
      const updated = await saveItem(
        ctx,
        { type: 'page', translations: { en: { title: 'About us', body: '<p>Second</p>' }, fr: { title: 'À propos' } } },
        { itemId: created.id, expectedVersion: created.version },
      );
      assert.equal(updated.version, 2);
      const revisions = await listRevisions(ctx.scope, created.id);
      assert.deepEqual(revisions.map((r) => r.version), [2, 1]);
      assert.deepEqual(revisions[0]!.changes, ['translations.en.body', 'translations.fr']);
    });

    test('refuses a save made against an older version instead of overwriting it', async () => {
      const ctx = contextFor(t.services, site);
      const item = await saveItem(ctx, { type: 'page', translations: { en: { title: 'Contact' } } });
      await saveItem(ctx, { type: 'page', translations: { en: { title: 'Contact us' } } }, { itemId: item.id, expectedVersion: 1 });
      await assert.rejects(
        saveItem(ctx, { type: 'page', translations: { en: { title: 'Contacts' } } }, { itemId: item.id, expectedVersion: 1 }),
        (error: AppError) => error.code === 'edit_conflict' && error.statusCode === 409,
      );
    });

    test('reports every invalid field with its path', async () => {
      const ctx = contextFor(t.services, site);
      await assert.rejects(
        saveItem(ctx, {
          type: 'event',
          fields: { start: { at: 'tomorrow', zone: 'Mars/Olympus' }, onlineUrl: 'javascript:alert(1)', attendance: 'telepathy', bogus: 1 },
          tags: ['NOT-A-TERM'],
          translations: { en: { title: '' }, de: { title: 'Falsche Sprache' } },
        }),
        (error: ValidationError) => {
          const paths = error.details.map((d) => d.path);
          for (const expected of ['fields.bogus', 'fields.start.at', 'fields.onlineUrl', 'fields.attendance', 'translations.en.title', 'translations.de', 'tags']) {
            assert.ok(paths.includes(expected), `expected a problem at ${expected}, got ${paths.join(', ')}`);
          }
          return error.code === 'validation_failed';
        },
      );
    });

    test('sanitises rich text and makes slugs unique per language', async () => {
      const ctx = contextFor(t.services, site);
      const a = await saveItem(ctx, { type: 'news', translations: { en: { title: 'Same title', body: '<p onclick="x()">Hi<script>alert(1)</script><a href="javascript:x">l</a></p>' } } });
      const b = await saveItem(ctx, { type: 'news', translations: { en: { title: 'Same title' } } });
      assert.equal(a.translations[0]!.body, '<p>Hi<a>l</a></p>');
      assert.equal(a.translations[0]!.slug, 'same-title');
      assert.equal(b.translations[0]!.slug, 'same-title-2');
      const arabic = await saveItem(ctx, { type: 'news', translations: { ar: { title: 'محمية طبيعية جديدة' } } });
      assert.equal(arabic.translations[0]!.slug, 'محمية-طبيعية-جديدة');
    });

    test('tags items with the site’s own keywords, found by search and shown by label', async () => {
      const ctx = contextFor(t.services, site);
      const keyword = await ensureKeyword(ctx.scope, { en: 'Pollinators', fr: 'Pollinisateurs' });
      assert.equal(keyword.identifier, 'keyword:pollinators');
      assert.equal((await ensureKeyword(ctx.scope, { en: 'Pollinators', ar: 'الملقحات' })).labels.ar, 'الملقحات');
      const item = await saveItem(ctx, { type: 'news', tags: [keyword.identifier, 'GBF-TARGET-11'], translations: { fr: { title: 'Les abeilles sauvages' } } });
      assert.deepEqual(item.tags, ['GBF-TARGET-11', 'keyword:pollinators']);
      const hits = await search(ctx.scope, { language: 'fr', query: 'pollinisateurs', limit: 10, offset: 0 });
      assert.deepEqual(hits.hits.map((h) => h.itemId), [item.id]);
      const other = await buildSite(t.services, { code: 'kwother', names: { en: 'Other' }, languages: ['en'] });
      await assert.rejects(
        saveItem(contextFor(t.services, other), { type: 'news', tags: [keyword.identifier], translations: { en: { title: 'Borrowed keyword' } } }),
        (error: ValidationError) => error.details.some((d) => d.path === 'tags'),
        'another site’s keyword is not a known tag here',
      );
    });

    test('a change that fails half-way leaves nothing behind', async () => {
      const ctx = contextFor(t.services, site);
      const before = await countItems(ctx.scope);
      await assert.rejects(
        ctx.scope.transaction(async (scope) => {
          await saveItem({ ...ctx, scope }, { type: 'page', translations: { en: { title: 'First of two' } } });
          await saveItem({ ...ctx, scope }, { type: 'page', translations: { en: { title: '' } } });
        }),
        ValidationError,
      );
      assert.equal(await countItems(ctx.scope), before);
    });

    test('cannot update an item of another site through this site', async () => {
      const other = await buildSite(t.services, { code: 'other', names: { en: 'Other' }, languages: ['en'] });
      const foreign = await saveItem(contextFor(t.services, other), { type: 'page', translations: { en: { title: 'Theirs' } } });
      await assert.rejects(
        saveItem(contextFor(t.services, site), { type: 'page', translations: { en: { title: 'Mine now' } } }, { itemId: foreign.id }),
        (error: AppError) => error.code === 'item_not_found',
      );
    });
  });
}
