import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { buildItem, buildSite, buildTestApp, type TestApp } from '../../test/support/app.ts';
import { dialectsToTest } from '../../test/support/databases.ts';
import type { Item } from '../content/item.ts';
import { SiteScope } from '../db/site-scope.ts';
import { AppError, ValidationError } from '../errors.ts';
import type { Site } from '../sites/site.ts';
import type { MenuEntryInput } from './schema.ts';
import { addMenuEntry, addMenuTree, checkMenuUrl, deleteMenuEntry, editMenuEntry, type MenuContext, moveMenuEntry, publicMenus, readMenuTree } from './service.ts';

test('accepts http, https, mailto and site paths; refuses every other kind of address', () => {
  for (const ok of ['https://www.cbd.int/chm', 'http://example.org', 'mailto:chm@example.org', '/en/news', '/fr/pages/a-propos?x=1#top']) {
    assert.ok('url' in checkMenuUrl(ok), ok);
  }
  for (const [bad, code] of [
    ['javascript:alert(1)', 'menu_url_scheme'],
    ['JAVASCRIPT:alert(1)', 'menu_url_scheme'],
    ['java\tscript:alert(1)', 'menu_url_invalid'],
    ['vbscript:msgbox(1)', 'menu_url_scheme'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'menu_url_scheme'],
    ['//evil.example/path', 'menu_url_scheme'],
    ['www.example.org', 'menu_url_scheme'],
    ['/a path with spaces', 'menu_url_invalid'],
    ['/\\evil.example', 'menu_url_invalid'],
    ['', 'menu_url_required'],
    [`https://example.org/${'a'.repeat(2000)}`, 'menu_url_too_long'],
  ] as const) {
    const result = checkMenuUrl(bad);
    assert.ok('problem' in result, bad);
    assert.equal(result.problem.code, code, bad);
    assert.equal(result.problem.path, 'url');
  }
});

/** Counts the queries run through a Kysely instance. */
function queryCounter(): KyselyPlugin & { count: number } {
  return {
    count: 0,
    transformQuery(args) {
      this.count++;
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`menus service [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let other: Site;
    let page: Item;
    let context: MenuContext;
    const url = (label: string, parentId: number | null = null, link = `/en/${label.toLowerCase()}`): MenuEntryInput => ({ label, parentId, target: { kind: 'url', url: link } });
    const labels = async (menu: 'main' | 'footer' = 'main', language = 'en') => {
      const shape = (entries: Awaited<ReturnType<typeof readMenuTree>>): unknown[] => entries.map((e) => (e.children.length ? [e.label, shape(e.children)] : e.label));
      return shape(await readMenuTree(context.scope, site, menu, language));
    };

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'menusvc', languages: ['en', 'fr'] });
      other = await buildSite(t.services, { code: 'menuother', languages: ['en'] });
      page = await buildItem(t.services, site, { type: 'page', translations: { en: { title: 'About', slug: 'about', status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() } } });
      context = { scope: new SiteScope(t.services.db.kysely, site.id), site };
    });
    after(() => t.close());

    test('nests at most three levels deep, under the previous sibling', async () => {
      const a = await addMenuEntry(context, 'main', 'en', url('A'));
      const b = await addMenuEntry(context, 'main', 'en', url('B'));
      const c = await addMenuEntry(context, 'main', 'en', url('C'));
      const d = await addMenuEntry(context, 'main', 'en', url('D'));
      await moveMenuEntry(context, b, 'indent');
      await moveMenuEntry(context, c, 'indent');
      await moveMenuEntry(context, c, 'indent');
      assert.deepEqual(await labels(), [['A', [['B', ['C']]]], 'D']);
      await moveMenuEntry(context, d, 'indent');
      await assert.rejects(moveMenuEntry(context, d, 'down'), (e: AppError) => e.code === 'menu_move_refused' && e.statusCode === 409, 'the last entry cannot move down');
      assert.deepEqual(await labels(), [['A', [['B', ['C']], 'D']]]);
      await moveMenuEntry(context, d, 'indent');
      assert.deepEqual(await labels(), [['A', [['B', ['C', 'D']]]]]);
      await assert.rejects(moveMenuEntry(context, d, 'indent'), (e: AppError) => e.code === 'menu_move_refused' && e.statusCode === 409, 'no fourth level (and no previous sibling to the right depth)');
      await moveMenuEntry(context, c, 'down');
      await assert.rejects(moveMenuEntry(context, c, 'indent'), (e: AppError) => e.code === 'menu_move_refused', 'a fourth level is refused');
      await moveMenuEntry(context, d, 'outdent');
      assert.deepEqual(await labels(), [['A', [['B', ['C']], 'D']]], 'outdent puts it just after its old parent');
      await assert.rejects(moveMenuEntry(context, a, 'outdent'), (e: AppError) => e.code === 'menu_move_refused');
      await assert.rejects(moveMenuEntry(context, a, 'up'), (e: AppError) => e.code === 'menu_move_refused');
      const tree = await readMenuTree(context.scope, site, 'main', 'en');
      assert.deepEqual(tree[0]!.can, { up: false, down: false, indent: false, outdent: false });
      assert.equal(tree[0]!.children[0]!.children[0]!.can.indent, false);
    });

    test('refuses a parent that would make a fourth level or a cycle, on the parentId field', async () => {
      const [a] = await readMenuTree(context.scope, site, 'main', 'en');
      const b = a!.children[0]!;
      const c = b.children[0]!;
      const tooDeep = await addMenuEntry(context, 'main', 'en', url('E', c.id)).catch((e) => e);
      assert.ok(tooDeep instanceof ValidationError);
      assert.deepEqual(tooDeep.details.map((p: { path: string; code?: string }) => [p.path, p.code]), [['parentId', 'menu_too_deep']]);
      const cycle = await editMenuEntry(context, b.id, url('B', c.id)).catch((e) => e);
      assert.deepEqual(cycle.details.map((p: { code?: string }) => p.code), ['menu_parent_cycle']);
      const moved = await editMenuEntry(context, b.id, url('B', null));
      assert.equal(moved.parentId, null, 'a subtree moves with its entry');
      assert.deepEqual(await labels(), [['A', ['D']], ['B', ['C']]]);
    });

    test('deleting an entry keeps its sub-entries, which take its place one level up', async () => {
      const tree = await readMenuTree(context.scope, site, 'main', 'en');
      await deleteMenuEntry(context, tree[0]!.id);
      assert.deepEqual(await labels(), ['D', ['B', ['C']]]);
      const rows = await context.scope.selectFrom('menu_entries').select(['label', 'position']).where('menu', '=', 'main').where('language', '=', 'en').where('parent_id', 'is', null).orderBy('position').execute();
      assert.deepEqual(rows, [{ label: 'D', position: 0 }, { label: 'B', position: 1 }], 'positions stay contiguous');
    });

    test('reports every problem of an entry at once, each on its field', async () => {
      const error = await addMenuEntry(context, 'footer', 'en', { label: ' ', parentId: 999_999, target: { kind: 'item', itemId: '' } }).catch((e) => e);
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.details.map((p) => [p.path, p.code]), [['label', 'menu_label_required'], ['parentId', 'menu_parent_unknown'], ['itemId', 'menu_item_required']]);
      await assert.rejects(addMenuEntry(context, 'sidebar', 'en', url('X')), (e: AppError) => e.code === 'invalid_menu');
      await assert.rejects(addMenuEntry(context, 'main', 'de', url('X')), (e: AppError) => e.code === 'invalid_language');
    });

    test("cannot point at another site's item, read or change another site's entries", async () => {
      const foreign = await buildItem(t.services, other, { type: 'page' });
      const error = await addMenuEntry(context, 'footer', 'en', { label: 'Foreign', parentId: null, target: { kind: 'item', itemId: String(foreign.id) } }).catch((e) => e);
      assert.deepEqual(error.details.map((p: { code?: string }) => p.code), ['menu_item_unknown']);
      const otherContext = { scope: new SiteScope(t.services.db.kysely, other.id), site: other };
      const theirs = await addMenuEntry(otherContext, 'main', 'en', url('Theirs'));
      await assert.rejects(deleteMenuEntry(context, theirs), (e: AppError) => e.code === 'menu_entry_not_found');
      await assert.rejects(moveMenuEntry(context, theirs, 'down'), (e: AppError) => e.code === 'menu_entry_not_found');
      assert.ok(!(await publicMenus(context.scope, site, 'en')).main.some((l) => l.label === 'Theirs'));
    });

    test('reads both menus of a page in one query, with item links resolved', async () => {
      await addMenuTree(context, 'footer', 'en', [{ label: 'About us', itemId: page.id, children: [{ label: 'Write to us', url: 'mailto:chm@example.org' }] }]);
      const counter = queryCounter();
      const scope = new SiteScope(t.services.db.kysely.withPlugin(counter), site.id);
      const menus = await publicMenus(scope, site, 'en');
      assert.equal(counter.count, 1, 'one query whatever the number of entries');
      assert.deepEqual(menus.footer, [{ label: 'About us', href: '/en/pages/about', children: [{ label: 'Write to us', href: 'mailto:chm@example.org', children: [] }] }]);
      assert.deepEqual(menus.main.map((l) => l.label), ['D', 'B']);
      // A language without a translation of the item links to the item page in that language, which shows the fallback text.
      await addMenuTree(context, 'footer', 'fr', [{ label: 'À propos', itemId: page.id }]);
      assert.deepEqual((await publicMenus(context.scope, site, 'fr')).footer, [{ label: 'À propos', href: '/fr/pages/about', children: [] }]);
    });
  });
}
