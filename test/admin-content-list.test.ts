import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser, type UserSummary } from '../src/accounts/service.ts';
import type { Item, ItemInput } from '../src/content/item.ts';
import { saveItem } from '../src/content/service.ts';
import { purgeExpiredTrash } from '../src/content/trash.ts';
import { runScheduledJobsNow } from '../src/jobs/runner.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, contextFor, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const password = 'correct horse battery staple';
const day = 24 * 60 * 60 * 1000;

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`admin content lists, bulk actions and trash [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let counter = 0;

    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t.close());

    /** A fresh site (fr first, then en) with a contributor, an editor and a site manager of its own. */
    async function team(languages = ['fr', 'en']) {
      const n = ++counter;
      const site = await buildSite(t.services, { code: `list${n}`, names: { fr: `Liste ${n}`, en: `List ${n}` }, languages });
      const db = t.services.db.kysely;
      const member = (role: 'contributor' | 'editor' | 'site-manager', name: string) =>
        createUser(db, { email: `${role}${n}@list.example`, displayName: `${name} ${n}`, password, memberships: [{ siteId: site.id, role }] });
      const people = { contributor: await member('contributor', 'Contributor'), editor: await member('editor', 'Editor'), manager: await member('site-manager', 'Manager') };
      // The admin in English whatever the site's language, so that messages can be read in the assertions.
      await db.updateTable('users').set({ admin_language: 'en' }).where('id', 'in', Object.values(people).map((p) => p.id)).execute();
      return { site, ...people };
    }

    async function login(site: Site, user: UserSummary): Promise<AdminSession> {
      const session = new AdminSession(t.app, `${hostOf(site)}:3000`, `10.9.${counter}.${Math.floor(Math.random() * 250) + 1}`);
      const response = await session.login(user.email, password);
      assert.equal(response.statusCode, 303, `login of ${user.email}`);
      return session;
    }

    /** Saves an item of `type` (news by default) as `author`, with one translation per entry. */
    function item(site: Site, author: UserSummary | null, translations: ItemInput['translations'], extra: Partial<ItemInput> = {}): Promise<Item> {
      return saveItem({ ...contextFor(t.services, site), actorId: author?.id ?? null }, { type: 'news', translations, ...extra });
    }

    const publicGet = (site: Site, url: string) => t.app.inject({ url, headers: { host: `${hostOf(site)}:3000` } });
    /** Item ids of the rows of an admin list, in the order shown. */
    const listedIds = (body: string) => [...body.matchAll(/<td><a href="\/admin\/items\/(\d+)">/g)].map((m) => Number(m[1]));
    const status = (itemId: number, language: string) =>
      t.services.db.kysely.selectFrom('item_translations').select('status').where('item_id', '=', itemId).where('language', '=', language).executeTakeFirstOrThrow().then((r) => r.status);

    test('filters by language, status, author, topic and text, and sorts by title, creation and last change', async () => {
      const { site, contributor, editor } = await team();
      const wetlands = await item(
        site,
        editor,
        { fr: { title: 'Zones humides', summary: 'Les marais du Zwin', status: 'published' }, en: { title: 'Wetlands', status: 'draft' } },
        { tags: ['GBF-TARGET-03'] },
      );
      const bees = await item(site, contributor, { fr: { title: 'Abeilles sauvages', status: 'draft' } }, { tags: ['GBF-TARGET-01'] });
      const mangroves = await item(site, editor, { en: { title: 'Mangroves', summary: 'Coastal forests', status: 'published' } });
      const db = t.services.db.kysely;
      for (const [row, created, updated] of [
        [wetlands, '2024-01-01T00:00:00.000Z', '2024-06-03T00:00:00.000Z'],
        [bees, '2024-02-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z'],
        [mangroves, '2024-03-01T00:00:00.000Z', '2024-06-02T00:00:00.000Z'],
      ] as const) {
        await db.updateTable('items').set({ created_at: created, updated_at: updated }).where('id', '=', row.id).execute();
      }
      const s = await login(site, editor);
      const list = async (query: string) => {
        const response = await s.get(`/admin/content/news${query}`);
        assert.equal(response.statusCode, 200, `${query}: ${response.body.slice(0, 300)}`);
        return listedIds(response.body);
      };

      assert.deepEqual(await list(''), [wetlands.id, mangroves.id, bees.id], 'last change first by default');
      assert.deepEqual(await list('?lang=en'), [wetlands.id, mangroves.id], 'items with an English translation');
      assert.deepEqual(await list('?lang=fr&status=draft'), [bees.id], 'status in that language');
      assert.deepEqual(await list('?status=draft'), [wetlands.id, bees.id], 'a draft in any language');
      assert.deepEqual(await list(`?author=${editor.id}`), [wetlands.id, mangroves.id]);
      assert.deepEqual(await list('?tag=GBF-TARGET-03'), [wetlands.id]);
      assert.deepEqual(await list('?q=MARAIS'), [wetlands.id], 'in a summary, whatever the case');
      assert.deepEqual(await list('?q=mangrove'), [mangroves.id], 'in a title');
      assert.deepEqual(await list('?q=100%25'), [], 'wildcards are taken literally');
      assert.deepEqual(await list('?sort=title'), [bees.id, mangroves.id, wetlands.id], 'titles A to Z (the default language’s, else any)');
      assert.deepEqual(await list('?sort=title&dir=desc'), [wetlands.id, mangroves.id, bees.id]);
      assert.deepEqual(await list('?sort=created'), [mangroves.id, bees.id, wetlands.id], 'newest first');
      assert.deepEqual(await list('?sort=created&dir=asc'), [wetlands.id, bees.id, mangroves.id]);
      assert.deepEqual(await list('?sort=updated&dir=asc'), [bees.id, mangroves.id, wetlands.id]);

      const page = await s.get(`/admin/content/news?lang=en&author=${editor.id}&tag=GBF-TARGET-03&sort=title&dir=desc`);
      assert.match(page.body, /<option value="en" selected>/, 'the form shows the filters in use');
      assert.match(page.body, new RegExp(`<option value="${editor.id}" selected>Editor`));
      assert.match(page.body, /id="filter-tag"[^>]*value="GBF-TARGET-03"/);
      assert.match(page.body, /<option value="desc" selected>/);
      assert.match(page.body, /<fieldset><legend>[^<]+<\/legend><div class="form-field form-field--check"><input id="select-all"/, 'the bulk checkboxes are grouped under a visible legend');
    });

    test('keeps the filters in the pagination links', async () => {
      const { site, editor } = await team();
      for (let i = 1; i <= 27; i++) await item(site, editor, { fr: { title: `Lot ${String(i).padStart(2, '0')}`, status: 'draft' } });
      await item(site, editor, { fr: { title: 'Autre chose', status: 'draft' } });
      const s = await login(site, editor);
      const first = await s.get('/admin/content/news?q=lot&status=draft&sort=title');
      assert.equal(listedIds(first.body).length, 25);
      assert.match(first.body, /href="\/admin\/content\/news\?q=lot&amp;status=draft&amp;sort=title&amp;page=2"/);
      const second = await s.get('/admin/content/news?q=lot&status=draft&sort=title&page=2');
      assert.equal(listedIds(second.body).length, 2);
      assert.match(second.body, /Lot 27/);
      assert.match(second.body, /rel="prev" href="\/admin\/content\/news\?q=lot&amp;status=draft&amp;sort=title"/);
      assert.match(second.body, /name="back" value="\?q=lot&amp;status=draft&amp;sort=title&amp;page=2"/, 'a bulk action comes back to the same page');
    });

    test('an editor publishes and unpublishes several items at once, through the same path as a save', async () => {
      const { site, contributor, editor } = await team();
      const one = await item(site, contributor, { fr: { title: 'Récif corallien', summary: 'Un récif étudié', status: 'review' } });
      const two = await item(site, contributor, { fr: { title: 'Dunes du littoral', status: 'draft' }, en: { title: 'Coastal dunes', status: 'draft' } });
      const s = await login(site, editor);
      await s.get('/admin/content/news');
      const result = await s.post('/admin/content/news/bulk', { action: 'publish', ids: [String(one.id), String(two.id)], back: '?status=draft' });
      assert.equal(result.statusCode, 200);
      assert.match(result.body, /role="status"/);
      assert.match(result.body, /2 items were published\./);
      assert.match(result.body, /href="\/admin\/content\/news\?status=draft"/);
      assert.equal(await status(one.id, 'fr'), 'published');
      assert.equal(await status(two.id, 'en'), 'published', 'every translation, when no language is chosen');

      const db = t.services.db.kysely;
      const versions = await db.selectFrom('item_revisions').select(['item_id', 'version']).where('item_id', 'in', [one.id, two.id]).orderBy('item_id').orderBy('version').execute();
      assert.deepEqual(versions.map((v) => v.version), [1, 2, 1, 2], 'each change writes a revision');
      const events = await db.selectFrom('audit_events').select(['action', 'subject']).where('site_id', '=', site.id).where('action', '=', 'item.publish').execute();
      assert.deepEqual(events.map((e) => e.subject).sort(), [`item:${one.id}`, `item:${two.id}`].sort());
      assert.equal((await publicGet(site, '/fr/news/recif-corallien')).statusCode, 200);
      assert.match((await publicGet(site, '/fr/search?q=récif')).body, /Récif corallien/, 'indexed for search');
      const mail = await db.selectFrom('outbox').select('recipient').where('site_id', '=', site.id).execute();
      assert.ok(mail.some((m) => m.recipient === contributor.email), 'the author is told their text is published');

      const again = await s.post('/admin/content/news/bulk', { action: 'publish', ids: String(one.id) });
      assert.match(again.body, /data-result="unchanged"/, 'nothing to publish is said, not hidden');

      const unpublish = await s.post('/admin/content/news/bulk', { action: 'unpublish', ids: [String(one.id), String(two.id)], lang: 'en' });
      assert.match(unpublish.body, /1 item was unpublished/);
      assert.equal(await status(two.id, 'en'), 'archived', 'unpublishing archives, in the chosen language only');
      assert.equal(await status(two.id, 'fr'), 'published');
      assert.equal(await status(one.id, 'fr'), 'published');
      assert.match(unpublish.body, new RegExp(`data-item-id="${one.id}" data-result="unchanged"`), 'the item without an English translation is reported');

      const all = await s.post('/admin/content/news/bulk', { action: 'unpublish', all: '1', pageIds: [String(one.id), String(two.id)] });
      assert.match(all.body, /2 items were unpublished/, '“select all on this page” works without JavaScript');
      assert.equal((await publicGet(site, '/fr/news/recif-corallien')).statusCode, 404);
      assert.doesNotMatch((await publicGet(site, '/fr/search?q=récif')).body, /Récif corallien/);
    });

    test("refuses a contributor's bulk publish item by item, and says so", async () => {
      const { site, contributor, editor } = await team();
      const own = await item(site, contributor, { fr: { title: 'Mon brouillon', status: 'draft' } });
      const theirs = await item(site, editor, { fr: { title: 'Texte de l’éditeur', status: 'draft' } });
      const s = await login(site, contributor);
      const page = await s.get('/admin/content/news');
      assert.doesNotMatch(page.body, /value="publish"/, 'no publish button for contributors');
      const result = await s.post('/admin/content/news/bulk', { action: 'publish', ids: [String(own.id), String(theirs.id)] });
      assert.equal(result.statusCode, 200);
      assert.match(result.body, /No item was published\./);
      assert.match(result.body, /2 items were not changed/);
      assert.match(result.body, new RegExp(`data-item-id="${own.id}" data-result="forbidden"`));
      assert.match(result.body, new RegExp(`data-item-id="${theirs.id}" data-result="forbidden"`));
      assert.equal(await status(own.id, 'fr'), 'draft');
      assert.equal(await status(theirs.id, 'fr'), 'draft');
      const trash = await s.post('/admin/content/news/bulk', { action: 'trash', ids: String(own.id) });
      assert.match(trash.body, /data-result="forbidden"/);
      const row = await t.services.db.kysely.selectFrom('items').select('deleted_at').where('id', '=', own.id).executeTakeFirstOrThrow();
      assert.equal(row.deleted_at, null);
      assert.equal((await s.get('/admin/trash')).statusCode, 403, 'the trash is for editors and up');
      assert.doesNotMatch((await s.get('/admin')).body, /href="\/admin\/trash"/, 'nor is it in their menu');
    });

    test('the trash hides an item from its page, listings, search, feeds, sitemap and API; restoring brings it back', async () => {
      const { site, editor, manager } = await team();
      const forest = await item(site, editor, { fr: { title: 'Forêt de Soignes', summary: 'Une hêtraie cathédrale', status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() } }, { tags: ['GBF-TARGET-03'] });
      const visible = async () => ({
        page: (await publicGet(site, '/fr/news/foret-de-soignes')).statusCode,
        listing: (await publicGet(site, '/fr/news')).body.includes('Forêt de Soignes'),
        home: (await publicGet(site, '/fr/')).body.includes('Forêt de Soignes'),
        topic: (await publicGet(site, '/fr/gbf/targets/3')).body.includes('Forêt de Soignes'),
        search: (await publicGet(site, '/fr/search?q=hêtraie')).body.includes('Forêt de Soignes'),
        feed: (await publicGet(site, '/feeds/fr/news.rss')).body.includes('Forêt de Soignes'),
        sitemap: (await publicGet(site, '/sitemap.xml')).body.includes('foret-de-soignes'),
        api: (await publicGet(site, `/api/v1/items/${forest.id}?lang=fr`)).statusCode,
        apiList: (await publicGet(site, '/api/v1/items?lang=fr')).body.includes('Forêt de Soignes'),
      });
      assert.deepEqual(await visible(), { page: 200, listing: true, home: true, topic: true, search: true, feed: true, sitemap: true, api: 200, apiList: true });

      const s = await login(site, editor);
      const edit = await s.get(`/admin/items/${forest.id}`);
      assert.match(edit.body, new RegExp(`action="/admin/items/${forest.id}/trash"`), 'the edit page has a “move to the trash” button');
      const trashed = await s.post(`/admin/items/${forest.id}/trash`, {});
      assert.equal(trashed.statusCode, 303);
      assert.equal(trashed.headers.location, `/admin/trash?trashed=${forest.id}`);
      assert.deepEqual(await visible(), { page: 404, listing: false, home: false, topic: false, search: false, feed: false, sitemap: false, api: 404, apiList: false });
      assert.deepEqual(listedIds((await s.get('/admin/content/news')).body), [], 'not in the admin list');
      assert.doesNotMatch((await s.get('/admin')).body, /Forêt de Soignes/, 'nor on the dashboard');
      assert.equal((await s.get(`/admin/items/${forest.id}`)).statusCode, 404, 'nor editable');

      const trashPage = await s.get(`/admin/trash?trashed=${forest.id}`);
      assert.equal(trashPage.statusCode, 200);
      assert.match(trashPage.body, /Forêt de Soignes/);
      assert.match(trashPage.body, new RegExp(`<td>Editor ${counter}</td>`), 'who trashed it');
      assert.match(trashPage.body, /role="status"/);
      assert.match(trashPage.body, /href="\/admin\/trash"/, 'the trash is in the menu');
      assert.doesNotMatch(trashPage.body, /\/purge"/, 'only site managers delete for good');

      // Its address is free meanwhile: a new item takes it, and the restored one gets a suffix.
      const newcomer = await item(site, editor, { fr: { title: 'Forêt de Soignes', status: 'published' } });
      assert.equal(newcomer.translations[0]!.slug, 'foret-de-soignes');
      const restored = await s.post(`/admin/trash/${forest.id}/restore`, {});
      assert.equal(restored.statusCode, 303);
      assert.equal(restored.headers.location, `/admin/trash?restored=${forest.id}&renamed=1`);
      assert.match((await s.get(restored.headers.location as string)).body, /new one/);
      assert.equal((await publicGet(site, '/fr/news/foret-de-soignes-2')).statusCode, 200);
      assert.match((await publicGet(site, '/fr/search?q=hêtraie')).body, /Forêt de Soignes/, 'back in search');
      assert.equal((await publicGet(site, `/api/v1/items/${forest.id}?lang=fr`)).statusCode, 200);
      assert.deepEqual(listedIds((await s.get('/admin/content/news?sort=created&dir=asc')).body), [forest.id, newcomer.id]);

      const actions = (await t.services.db.kysely.selectFrom('audit_events').select('action').where('site_id', '=', site.id).where('subject', '=', `item:${forest.id}`).execute()).map((e) => e.action);
      assert.deepEqual(actions.sort(), ['item.trash', 'item.untrash']);

      // A site manager deletes for good.
      await s.post('/admin/content/news/bulk', { action: 'trash', ids: String(newcomer.id) });
      const m = await login(site, manager);
      assert.match((await m.get('/admin/trash')).body, new RegExp(`href="/admin/trash/${newcomer.id}/purge"`));
      assert.equal((await s.post(`/admin/trash/${newcomer.id}/purge`, { confirm: 'yes' })).statusCode, 403, 'not an editor');
      // Deleting for good is confirmed on a page that names the item; without it nothing happens.
      assert.equal((await m.post(`/admin/trash/${newcomer.id}/purge`, {})).headers.location, `/admin/trash/${newcomer.id}/purge`);
      assert.ok(await t.services.db.kysely.selectFrom('items').select('id').where('id', '=', newcomer.id).executeTakeFirst(), 'still there');
      assert.match((await m.get(`/admin/trash/${newcomer.id}/purge`)).body, /<input type="hidden" name="confirm" value="yes"\/>/);
      assert.equal((await m.post(`/admin/trash/${newcomer.id}/purge`, { confirm: 'yes' })).headers.location, '/admin/trash?purged=1');
      assert.equal(await t.services.db.kysely.selectFrom('items').select('id').where('id', '=', newcomer.id).executeTakeFirst(), undefined);
      assert.equal((await m.post(`/admin/trash/${forest.id}/purge`, { confirm: 'yes' })).statusCode, 404, 'only what is in the trash');
      assert.equal((await m.get(`/admin/trash/${forest.id}/purge`)).statusCode, 404);
    });

    test("refuses another site's item ids in a bulk request and leaves them untouched", async () => {
      const a = await team();
      const b = await team(['en']);
      const mine = await item(a.site, a.editor, { fr: { title: 'Chez nous', status: 'draft' } });
      const foreign = await item(b.site, b.editor, { en: { title: 'Not yours', status: 'draft' } });
      const s = await login(a.site, a.editor);
      await s.get('/admin/content/news');
      for (const action of ['publish', 'trash']) {
        const result = await s.post('/admin/content/news/bulk', { action, ids: [String(foreign.id), String(mine.id)] });
        assert.equal(result.statusCode, 200);
        assert.match(result.body, new RegExp(`data-item-id="${foreign.id}" data-result="missing"`), action);
      }
      const row = await t.services.db.kysely
        .selectFrom('items')
        .innerJoin('item_translations', 'item_translations.item_id', 'items.id')
        .select(['items.deleted_at', 'items.version', 'item_translations.status', 'item_translations.slug'])
        .where('items.id', '=', foreign.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { deleted_at: null, version: 1, status: 'draft', slug: 'not-yours' });
      assert.equal((await s.post(`/admin/items/${foreign.id}/trash`, {})).statusCode, 404);
      assert.equal((await s.post(`/admin/trash/${foreign.id}/restore`, {})).statusCode, 404);
      assert.equal(await status(mine.id, 'fr'), 'published', 'the item of this site was changed');
    });

    test('purges, on every site, only the items trashed more than 30 days ago', async () => {
      const a = await team();
      const b = await team(['en']);
      const now = new Date();
      const db = t.services.db.kysely;
      const trashedAt = async (site: Site, title: string, daysAgo: number) => {
        const saved = await item(site, null, { [site.defaultLanguage]: { title, status: 'published' } });
        await db.updateTable('items').set({ deleted_at: new Date(now.getTime() - daysAgo * day).toISOString() }).where('id', '=', saved.id).execute();
        return saved.id;
      };
      const old = await trashedAt(a.site, 'Très ancien', 31);
      const recent = await trashedAt(a.site, 'Récent', 29);
      const elsewhere = await trashedAt(b.site, 'Old elsewhere', 40);
      const live = await item(a.site, null, { fr: { title: 'Vivant', status: 'published' } });
      // The server's job runner does it (the purge-trash job, src/jobs/definitions.ts).
      const tick = await runScheduledJobsNow(t.services, { now, log: { info() {}, warn() {}, error() {} } });
      const purge = tick.find((r) => r.name === 'purge-trash')!;
      assert.equal(purge.ok, true);
      // Other tests share this database and may have left older trash: at least these two went.
      assert.ok((purge.result as { purged: number }).purged >= 2);
      const left = (await db.selectFrom('items').select('id').where('id', 'in', [old, recent, elsewhere, live.id]).orderBy('id').execute()).map((r) => r.id);
      assert.deepEqual(left, [recent, live.id]);
      assert.equal((await db.selectFrom('item_revisions').select('id').where('item_id', 'in', [old, elsewhere]).execute()).length, 0, 'with their history');
      const events = await db.selectFrom('audit_events').select(['site_id', 'subject']).where('action', '=', 'item.purge').where('subject', 'in', [`item:${old}`, `item:${elsewhere}`]).execute();
      assert.equal(events.length, 2);
      assert.equal(await purgeExpiredTrash(db, now), 0, 'running it again finds nothing');
    });

    test('answers bad list and bulk values with a 400, not a crash', async () => {
      const { site, editor } = await team();
      const s = await login(site, editor);
      for (const query of ['sort=colour', 'dir=up', 'page=0', 'page=abc', 'lang=de', 'status=gone', 'author=me', 'tag=%3Cscript%3E', 'status=draft&status=review', 'colour=green', `q=${'x'.repeat(201)}`]) {
        const response = await s.get(`/admin/content/news?${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.doesNotMatch(response.body, /at .*\.ts:\d+/, 'no stack trace');
      }
      assert.match((await s.get('/admin/content/news?sort=colour')).body, /sort/, 'the message names the parameter');
      await s.get('/admin/content/news');
      assert.equal((await s.post('/admin/content/news/bulk', { action: 'explode', ids: '1' })).statusCode, 400);
      assert.equal((await s.post('/admin/content/news/bulk', { action: 'publish' })).statusCode, 400, 'nothing selected');
      assert.equal((await s.post('/admin/content/news/bulk', { action: 'publish', ids: 'one' })).statusCode, 400);
    });
  });
}
