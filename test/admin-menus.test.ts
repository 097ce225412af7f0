import assert from 'node:assert/strict';
import { SiteScope } from '../src/db/site-scope.ts';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/accounts/service.ts';
import type { Item } from '../src/content/item.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const password = 'correct horse battery staple';
const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The header's main navigation of a public page, as HTML. */
function mainNav(body: string): string {
  return /<nav class="main-nav[^"]*" aria-label="[^"]*">([\s\S]*?)<\/nav>/.exec(body)?.[1] ?? '';
}

function footerNav(body: string): string {
  return /<nav class="footer-menu" aria-label="[^"]*">([\s\S]*?)<\/nav>/.exec(body)?.[1] ?? '';
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`admin menus [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let siteA: Site;
    let siteB: Site;
    let about: Item;
    let history: Item;
    let itemB: Item;
    let counter = 0;
    const session = (site: Site) => new AdminSession(t.app, `${hostOf(site)}:3000`, `10.9.${dialect === 'sqlite' ? 1 : 2}.${++counter}`);
    const publicPage = (site: Site, url: string) => t.app.inject({ url, headers: { host: `${hostOf(site)}:3000` } });
    const entryIdByLabel = async (label: string) =>
      (await t.services.db.kysely.selectFrom('menu_entries').select('id').where('label', '=', label).executeTakeFirstOrThrow()).id;

    before(async () => {
      t = await buildTestApp(dialect);
      siteA = await buildSite(t.services, { code: 'mena', names: { en: 'Menu site A', fr: 'Site de menus A' }, languages: ['en', 'fr'] });
      siteB = await buildSite(t.services, { code: 'menb', names: { en: 'Menu site B' }, languages: ['en'] });
      about = await buildItem(t.services, siteA, {
        type: 'page',
        translations: {
          en: { title: 'About the CHM', slug: 'about', status: 'published', publishedAt: past(10) },
          fr: { title: 'À propos du CHM', slug: 'a-propos', status: 'published', publishedAt: past(10) },
        },
      });
      history = await buildItem(t.services, siteA, { type: 'page', translations: { en: { title: 'Our history', slug: 'history', status: 'published', publishedAt: past(10) } } });
      itemB = await buildItem(t.services, siteB, { type: 'page', translations: { en: { title: 'Secret page of B', slug: 'secret', status: 'published', publishedAt: past(10) } } });
      const db = t.services.db.kysely;
      await createUser(db, { email: 'editor@menus.example', displayName: 'Menu editor', password, memberships: [{ siteId: siteA.id, role: 'editor' }] });
      await createUser(db, { email: 'contributor@menus.example', displayName: 'Menu contributor', password, memberships: [{ siteId: siteA.id, role: 'contributor' }] });
    });
    after(() => t.close());

    test('keeps the generated navigation while a site has no menu entries', async () => {
      const home = await publicPage(siteA, '/en/');
      assert.equal(home.statusCode, 200);
      assert.match(mainNav(home.body), /href="\/en\/news"/);
      assert.doesNotMatch(home.body, /class="footer-menu"/);
    });

    test('an editor adds, nests, reorders and deletes entries, and the public page follows', async () => {
      const editor = session(siteA);
      await editor.login('editor@menus.example', password);
      const page = await editor.get('/admin/menus?menu=main&lang=en');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /href="\/admin\/menus"[^>]*aria-current="page"|aria-current="page"[^>]*href="\/admin\/menus"/, 'the admin navigation offers menus to editors');
      assert.match(page.body, /<optgroup label="Pages">/);

      const add = (form: Record<string, string>) => editor.post('/admin/menus/entries', { menu: 'main', lang: 'en', ...form });
      assert.equal((await add({ label: 'News', targetKind: 'url', url: '/en/news' })).statusCode, 303);
      const added = await add({ label: 'About', targetKind: 'item', itemId: String(about.id) });
      assert.equal(added.statusCode, 303);
      assert.match(added.headers.location as string, /^\/admin\/menus\?menu=main&lang=en&done=added#entry-\d+$/);
      await add({ label: 'History', targetKind: 'item', itemId: String(history.id) });
      await add({ label: 'CBD', targetKind: 'url', url: 'https://www.cbd.int/chm' });

      const historyId = await entryIdByLabel('History');
      const aboutId = await entryIdByLabel('About');
      assert.equal((await editor.post(`/admin/menus/entries/${historyId}/move`, { direction: 'indent' })).statusCode, 303, 'History goes under About');
      assert.equal((await editor.post(`/admin/menus/entries/${aboutId}/move`, { direction: 'up' })).statusCode, 303, 'About comes first, with History');

      const admin = await editor.get('/admin/menus?menu=main&lang=en&done=moved');
      assert.match(admin.body, /role="status"/);
      assert.match(admin.body, /Move “About” up/);
      assert.match(admin.body, /Nest “History” under the entry above/);

      let nav = mainNav((await publicPage(siteA, '/en/')).body);
      const order = [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(order, ['/en/pages/about', '/en/pages/history', '/en/news', 'https://www.cbd.int/chm']);
      assert.match(nav, /<a href="\/en\/pages\/about">About<\/a><ul class="menu__sub menu__sub--2"><li><a href="\/en\/pages\/history">History<\/a><\/li><\/ul>/, 'History is nested under About');

      const aboutPage = await publicPage(siteA, '/en/pages/about');
      assert.match(mainNav(aboutPage.body), /<a href="\/en\/pages\/about" aria-current="page">About<\/a>/, 'the current page is marked');
      assert.doesNotMatch(mainNav(aboutPage.body), /href="\/en\/news" aria-current/);

      // Deleting About keeps History: it takes About's place one level up.
      assert.equal((await editor.post(`/admin/menus/entries/${aboutId}/delete`, {})).statusCode, 303);
      nav = mainNav((await publicPage(siteA, '/en/')).body);
      assert.deepEqual([...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]), ['/en/pages/history', '/en/news', 'https://www.cbd.int/chm']);
      assert.doesNotMatch(nav, /menu__sub/);

      const actions = (await t.services.db.kysely.selectFrom('audit_events').select('action').where('site_id', '=', siteA.id).where('action', 'like', 'menu.%').execute()).map((e) => e.action);
      for (const action of ['menu.add', 'menu.move', 'menu.delete']) assert.ok(actions.includes(action), action);
    });

    test('edits an entry and keeps what was typed when the form is refused', async () => {
      const editor = session(siteA);
      await editor.login('editor@menus.example', password);
      const id = await entryIdByLabel('CBD');
      const form = await editor.get(`/admin/menus?menu=main&lang=en&edit=${id}`);
      assert.match(form.body, /action="\/admin\/menus\/entries\/\d+"/);
      assert.match(form.body, /value="https:\/\/www\.cbd\.int\/chm"/);
      const refused = await editor.post(`/admin/menus/entries/${id}`, { menu: 'main', lang: 'en', label: 'CBD portal', targetKind: 'url', url: 'javascript:alert(document.cookie)' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /id="menu-url"[^>]*aria-invalid="true"/);
      assert.match(refused.body, /id="menu-url-errors"/);
      assert.match(refused.body, /Use an address starting with https:\/\/, http:\/\/ or mailto:/);
      assert.match(refused.body, /value="CBD portal"/, 'the label typed is kept');
      const saved = await editor.post(`/admin/menus/entries/${id}`, { menu: 'main', lang: 'en', label: 'CBD portal', targetKind: 'url', url: 'mailto:chm@example.org' });
      assert.equal(saved.statusCode, 303);
      const row = await t.services.db.kysely.selectFrom('menu_entries').select(['label', 'url']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { label: 'CBD portal', url: 'mailto:chm@example.org' });
    });

    test('refuses javascript: and other schemes with a field error, and stores nothing', async () => {
      const editor = session(siteA);
      await editor.login('editor@menus.example', password);
      await editor.get('/admin/menus?menu=footer&lang=en');
      for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/']) {
        const response = await editor.post('/admin/menus/entries', { menu: 'footer', lang: 'en', label: 'Trap', targetKind: 'url', url });
        assert.equal(response.statusCode, 422, url);
        assert.match(response.body, /id="menu-url-errors"/, url);
      }
      const stored = await t.services.db.kysely.selectFrom('menu_entries').select('id').where('label', '=', 'Trap').execute();
      assert.equal(stored.length, 0);
    });

    test("refuses an entry pointing to another site's item", async () => {
      const editor = session(siteA);
      await editor.login('editor@menus.example', password);
      await editor.get('/admin/menus?menu=main&lang=en');
      const response = await editor.post('/admin/menus/entries', { menu: 'main', lang: 'en', label: 'Stolen', targetKind: 'item', itemId: String(itemB.id) });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /id="menu-itemId"[^>]*aria-invalid="true"/);
      assert.match(response.body, /This is not a page of this site\./);
      assert.doesNotMatch(response.body, /Secret page of B/, "site B's items are not offered either");
    });

    test('refuses every menu action to a contributor (403)', async () => {
      const contributor = session(siteA);
      await contributor.login('contributor@menus.example', password);
      assert.equal((await contributor.get('/admin/menus')).statusCode, 403);
      assert.doesNotMatch((await contributor.get('/admin')).body, /href="\/admin\/menus"/, 'no menu link in their navigation');
      const id = await entryIdByLabel('History');
      assert.equal((await contributor.post('/admin/menus/entries', { menu: 'main', lang: 'en', label: 'Mine', targetKind: 'url', url: '/en/' })).statusCode, 403);
      assert.equal((await contributor.post(`/admin/menus/entries/${id}`, { menu: 'main', lang: 'en', label: 'Mine', targetKind: 'url', url: '/en/' })).statusCode, 403);
      assert.equal((await contributor.post(`/admin/menus/entries/${id}/move`, { direction: 'down' })).statusCode, 403);
      assert.equal((await contributor.post(`/admin/menus/entries/${id}/delete`, {})).statusCode, 403);
      assert.equal(await entryIdByLabel('History'), id);
    });

    test('an entry whose item is unpublished or trashed leaves the public menu but stays in the admin with a warning', async () => {
      const db = t.services.db.kysely;
      const editor = session(siteA);
      await editor.login('editor@menus.example', password);
      await editor.get('/admin/menus?menu=main&lang=en');
      await editor.post('/admin/menus/entries', { menu: 'main', lang: 'en', label: 'Again about', targetKind: 'item', itemId: String(about.id) });
      assert.match(mainNav((await publicPage(siteA, '/en/')).body), /Again about/);

      // Written through the site's scope, as the content module does, so that caches hear of it.
      const scopeA = new SiteScope(db, siteA.id);
      await scopeA.updateTable('item_translations').set({ status: 'draft' }).where('item_id', '=', about.id).execute();
      assert.doesNotMatch(mainNav((await publicPage(siteA, '/en/')).body), /Again about/, 'an unpublished page is not linked');
      assert.match((await editor.get('/admin/menus?menu=main&lang=en')).body, /the page it links to is not published/);

      await scopeA.updateTable('item_translations').set({ status: 'published' }).where('item_id', '=', about.id).execute();
      await scopeA.updateTable('items').set({ deleted_at: new Date().toISOString() }).where('id', '=', about.id).execute();
      assert.doesNotMatch(mainNav((await publicPage(siteA, '/en/')).body), /Again about/, 'a trashed page is not linked');
      assert.match((await editor.get('/admin/menus?menu=main&lang=en')).body, /the page it links to is in the trash/);
      await scopeA.updateTable('items').set({ deleted_at: null }).where('id', '=', about.id).execute();
      assert.match(mainNav((await publicPage(siteA, '/en/')).body), /Again about/);
    });

    test('menus are per language: the French pages show the French menu, or the generated one', async () => {
      const editor = session(siteA);
      await editor.login('editor@menus.example', password);
      assert.doesNotMatch(mainNav((await publicPage(siteA, '/fr/')).body), /History|Again about/, 'no English entries on French pages');
      assert.match(mainNav((await publicPage(siteA, '/fr/')).body), /href="\/fr\/news"/, 'French keeps the generated navigation until it has entries');
      await editor.get('/admin/menus?menu=main&lang=fr');
      assert.equal((await editor.post('/admin/menus/entries', { menu: 'main', lang: 'fr', label: 'À propos', targetKind: 'item', itemId: String(about.id) })).statusCode, 303);
      await editor.post('/admin/menus/entries', { menu: 'footer', lang: 'fr', label: 'Nous écrire', targetKind: 'url', url: 'mailto:chm@example.org' });
      const fr = (await publicPage(siteA, '/fr/')).body;
      assert.match(mainNav(fr), /<a href="\/fr\/pages\/a-propos">À propos<\/a>/, 'the item link follows the French slug');
      assert.match(footerNav(fr), /<a href="mailto:chm@example\.org">Nous écrire<\/a>/);
      assert.doesNotMatch(footerNav((await publicPage(siteA, '/en/')).body), /Nous écrire/);
      assert.match((await editor.get('/admin/menus?menu=main&lang=fr')).body, /À propos/);
      assert.doesNotMatch((await editor.get('/admin/menus?menu=main&lang=fr')).body, /History/);
    });

    test("site A's menu never shows on site B, and B's admin is closed to A's editor", async () => {
      const b = (await publicPage(siteB, '/en/')).body;
      assert.doesNotMatch(b, /History|Again about|CBD portal/);
      assert.match(mainNav(b), /href="\/en\/news"/, 'site B keeps its generated navigation');
      const editorOnB = session(siteB);
      await editorOnB.login('editor@menus.example', password);
      assert.equal((await editorOnB.get('/admin/menus')).statusCode, 403);
      const id = await entryIdByLabel('History');
      assert.equal((await editorOnB.post(`/admin/menus/entries/${id}/delete`, {})).statusCode, 403);
    });

    test('an entry id of another site is not found from this site', async () => {
      const db = t.services.db.kysely;
      const now = new Date().toISOString();
      const row = await new SiteScope(db, siteB.id).insertInto('menu_entries', { menu: 'main', language: 'en', parent_id: null, position: 0, label: 'B only', item_id: itemB.id, url: null, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
      const editor = session(siteA);
      await editor.login('editor@menus.example', password);
      await editor.get('/admin/menus');
      assert.equal((await editor.post(`/admin/menus/entries/${row.id}/move`, { direction: 'down' })).statusCode, 404);
      assert.equal((await editor.post(`/admin/menus/entries/${row.id}/delete`, {})).statusCode, 404);
      assert.equal((await editor.post(`/admin/menus/entries/${row.id}`, { menu: 'main', lang: 'en', label: 'Hijacked', targetKind: 'url', url: '/en/' })).statusCode, 404);
      assert.equal((await editor.get(`/admin/menus?edit=${row.id}`)).statusCode, 404);
      assert.equal((await db.selectFrom('menu_entries').select('label').where('id', '=', row.id).executeTakeFirstOrThrow()).label, 'B only');
      assert.match(mainNav((await publicPage(siteB, '/en/')).body), /<a href="\/en\/pages\/secret">B only<\/a>/);
      assert.doesNotMatch((await publicPage(siteA, '/en/')).body, /B only/);
    });
  });
}
