import assert from 'node:assert/strict';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/accounts/service.ts';
import { findItem } from '../src/content/repo.ts';
import { saveItem } from '../src/content/service.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import type { AppError } from '../src/errors.ts';
import { uploadStagingDir } from '../src/media/storage/open-store.ts';
import { storeUpload } from '../src/media/upload.ts';
import { menuEntries } from '../src/menus/repo.ts';
import { cloneSite, createSiteFromSeed, deleteSite, resumeSite, suspendSite } from '../src/sites/lifecycle.ts';
import { countRows, tablesWithSiteId } from '../src/sites/site-data.ts';
import { findSiteByCode, updateSite } from '../src/sites/service.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildTestApp, contextFor, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { noisyJpeg, storedKeys } from './support/media.ts';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`site lifecycle [${dialect}]`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t.close());
    const get = (host: string, url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { host, ...headers } });
    const scopeOf = (siteId: number) => new SiteScope(t.services.db.kysely, siteId);

    test('creates a site from the national-CHM seed with the standard sections and menus in each of its languages', async () => {
      const { site, items } = await createSiteFromSeed(t.services, { code: 'seeded', names: { en: 'Belgian CHM', fr: 'CHM belge', ar: 'آلية بلجيكا' }, languages: ['en', 'fr', 'ar'], country: 'be' });
      assert.equal(site.seed, 'national-chm');
      assert.equal(items, 8);
      const scope = scopeOf(site.id);
      const rows = await scope.selectFrom('item_translations').select(['language', 'title', 'body', 'type', 'status']).orderBy('item_id').orderBy('language').execute();
      assert.equal(rows.length, 8 * 3, 'every item in every language');
      assert.ok(rows.every((r) => r.status === 'published'));
      const titles = (language: string) => rows.filter((r) => r.language === language).map((r) => r.title);
      for (const expected of ['Biodiversity of Belgium', 'National biodiversity strategy and action plan (NBSAP)', 'National targets', 'National reports', 'National focal points', 'About this site']) {
        assert.ok(titles('en').includes(expected), `${expected} in ${titles('en').join(' | ')}`);
      }
      assert.ok(titles('fr').includes('Biodiversité de Belgique'), titles('fr').join(' | '));
      assert.ok(titles('ar').some((title) => /[\u0600-\u06FF]/.test(title)) && titles('ar').includes('التنوع البيولوجي في بلجيكا'), titles('ar').join(' | '));
      for (const language of ['en', 'fr', 'ar']) {
        const main = await menuEntries(scope, 'main', language);
        const footer = await menuEntries(scope, 'footer', language);
        assert.ok(main.length >= 10 && footer.length >= 3, `menus in ${language}: ${main.length} main, ${footer.length} footer`);
        assert.ok(main.some((e) => e.url === `/${language}/news`) && main.some((e) => e.url === `/${language}/events`) && main.some((e) => e.url === `/${language}/documents`));
      }
      const home = await get('seeded.localhost', '/fr/');
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /Bienvenue sur le Centre d’échange national/);
      assert.match(home.body, /Actualités/, 'the French menu names the news listing');
      const page = await get('seeded.localhost', '/ar/');
      assert.match(page.body, /مرحبًا بكم في آلية تبادل المعلومات الوطنية/);
    });

    test('a language without starter texts gets the English text, in that language', async () => {
      const { site } = await createSiteFromSeed(t.services, { code: 'seeded-pt', names: { pt: 'CHM de Portugal' }, languages: ['pt', 'en'], country: 'pt' });
      const rows = await scopeOf(site.id).selectFrom('item_translations').select(['language', 'title']).where('language', '=', 'pt').execute();
      assert.equal(rows.length, 8);
      assert.ok(rows.some((r) => r.title === 'Biodiversity of Portugal'), 'the English text, the country named in Portuguese');
    });

    test('refuses an unknown seed, creating nothing', async () => {
      await assert.rejects(createSiteFromSeed(t.services, { code: 'noseed', names: { en: 'X' }, languages: ['en'] }, { seed: 'nope' }), (e: AppError) => e.code === 'unknown_seed');
      assert.equal(await findSiteByCode(t.services.db.kysely, 'noseed'), undefined);
    });

    test('clone copies settings and menus, and with content the items, translations and media', async () => {
      const { site: template } = await createSiteFromSeed(t.services, { code: 'tpl', names: { en: 'Template', fr: 'Modèle' }, languages: ['en', 'fr'], country: 'bj' });
      await updateSite(t.services.db.kysely, 'tpl', { theme: { primaryColor: '#123456' }, taglines: { en: 'Practice makes perfect' } });
      const scope = scopeOf(template.id);
      const { media } = await storeUpload({ scope, store: t.services.media, actorId: null, stagingDir: uploadStagingDir(t.services.config) }, { stream: Readable.from([noisyJpeg]), filename: 'wetland.jpg' });
      const fresh = (await findSiteByCode(t.services.db.kysely, 'tpl'))!;
      await saveItem(contextFor(t.services, fresh), {
        type: 'news',
        fields: { leadImage: media.id },
        translations: {
          en: { title: 'Field visit', body: `<p>Look:</p><p><img src="/media/${media.id}/wetland.jpg" alt="A wetland"></p>`, status: 'published' },
          fr: { title: 'Visite de terrain', body: '<p>Brouillon</p>', status: 'draft' },
        },
      });

      const bare = await cloneSite(t.services, 'tpl', { code: 'tpl-bare' });
      assert.equal(bare.items, 0);
      assert.equal(bare.site.theme.primaryColor, '#123456');
      assert.equal(bare.site.taglines.en, 'Practice makes perfect');
      assert.deepEqual(bare.site.languages, ['en', 'fr']);
      assert.equal(bare.site.seed, 'clone:tpl');
      const bareMenu = await menuEntries(scopeOf(bare.site.id), 'main', 'en');
      assert.ok(bareMenu.length > 0 && bareMenu.every((e) => e.url !== null), 'only the entries that do not point at items');

      const copy = await cloneSite(t.services, 'tpl', { code: 'tpl-full', names: { en: 'Full copy' }, content: true });
      assert.equal(copy.items, 9);
      assert.equal(copy.media, 1);
      assert.equal(copy.site.names.en, 'Full copy');
      const copyScope = scopeOf(copy.site.id);
      const [copiedMedia] = await copyScope.selectFrom('media_files').select(['id', 'storage_key', 'sha256']).execute();
      assert.ok(copiedMedia && copiedMedia.sha256 === media.sha256 && copiedMedia.id !== media.id);
      assert.ok((await storedKeys(t.services.media)).includes(copiedMedia.storage_key), 'the file is in the store under the copy');
      const news = await copyScope.selectFrom('item_translations').select(['item_id', 'language', 'status', 'body']).where('type', '=', 'news').where('slug', 'like', '%visit%').execute();
      const copiedNews = (await findItem(copyScope, news[0]!.item_id))!;
      assert.equal(copiedNews.fields.leadImage, copiedMedia.id, 'the lead image points at the copy’s file');
      assert.match(copiedNews.translations.find((tr) => tr.language === 'en')!.body, new RegExp(`/media/${copiedMedia.id}/`));
      assert.equal(copiedNews.translations.find((tr) => tr.language === 'fr')!.status, 'draft', 'translations are copied as they stand');
      const fullMenu = await menuEntries(copyScope, 'main', 'en');
      assert.equal(fullMenu.length, (await menuEntries(scope, 'main', 'en')).length, 'the whole menu');
      const page = await get('tpl-full.localhost', '/en/news');
      assert.match(page.body, /Field visit/);
      assert.equal((await get('tpl.localhost', '/en/news')).statusCode, 200, 'the template is untouched');
    });

    test('suspend serves the 503 maintenance page in the visitor’s language with the message; the admin stays open to its managers; resume restores', async () => {
      const { site } = await createSiteFromSeed(t.services, { code: 'pause', names: { en: 'Paused', fr: 'En pause' }, languages: ['en', 'fr'], country: 'fr' });
      await createUser(t.services.db.kysely, { email: 'manager@pause.example', displayName: 'Manager', password: 'correct horse battery', memberships: [{ siteId: site.id, role: 'site-manager' }] });
      await createUser(t.services.db.kysely, { email: 'editor@pause.example', displayName: 'Editor', password: 'correct horse battery', memberships: [{ siteId: site.id, role: 'editor' }] });
      await suspendSite(t.services, 'pause', { message: { en: 'Back on Monday.', fr: 'De retour lundi.' } });
      for (const url of ['/en/', '/fr/news', '/sitemap.xml', '/feeds/en/news.rss']) {
        const response = await get('pause.localhost', url, { 'accept-language': 'fr-BE,fr;q=0.9' });
        assert.equal(response.statusCode, 503, url);
        assert.equal(response.headers['retry-after'], '3600');
        assert.match(response.body, /De retour lundi\./, url);
        assert.match(response.body, /lang="fr"/);
      }
      const english = await get('pause.localhost', '/en/', { 'accept-language': 'de' });
      assert.match(english.body, /Back on Monday\./, 'the default language when the visitor’s is not the site’s');

      const manager = new AdminSession(t.app, 'pause.localhost');
      await manager.login('manager@pause.example', 'correct horse battery');
      const dashboard = await manager.get('/admin');
      assert.equal(dashboard.statusCode, 200);
      assert.match(dashboard.body, /site-status-banner--suspended/);
      const editor = new AdminSession(t.app, 'pause.localhost');
      await editor.login('editor@pause.example', 'correct horse battery');
      assert.equal((await editor.get('/admin')).statusCode, 403, 'editors wait for the site to come back');

      const resumed = await resumeSite(t.services, 'pause');
      assert.equal(resumed.status, 'live');
      assert.deepEqual(resumed.maintenanceMessage, {});
      const back = await get('pause.localhost', '/en/');
      assert.equal(back.statusCode, 200);
      assert.doesNotMatch(back.body, /Back on Monday/);
      await assert.rejects(resumeSite(t.services, 'pause'), (e: AppError) => e.code === 'site_not_suspended');
    });

    test('delete refuses without confirmation, writes the archive first, then removes every row of the site and its media', async () => {
      const { site } = await createSiteFromSeed(t.services, { code: 'doomed', names: { en: 'Doomed' }, languages: ['en'], country: 'nl' });
      const { site: neighbour } = await createSiteFromSeed(t.services, { code: 'neighbour', names: { en: 'Neighbour' }, languages: ['en'] });
      await storeUpload({ scope: scopeOf(site.id), store: t.services.media, actorId: null, stagingDir: uploadStagingDir(t.services.config) }, { stream: Readable.from([noisyJpeg]), filename: 'bye.jpg' });
      await createUser(t.services.db.kysely, { email: 'member@doomed.example', displayName: 'Member', password: 'correct horse battery', memberships: [{ siteId: site.id, role: 'editor' }] });
      await updateSite(t.services.db.kysely, 'doomed', { domains: [{ host: 'www.doomed.example', kind: 'primary' }] });
      const db = t.services.db.kysely;
      const tables = await tablesWithSiteId(db);
      for (const table of ['items', 'item_translations', 'item_revisions', 'menu_entries', 'media_files', 'site_memberships', 'site_domains', 'search_entries', 'audit_events']) assert.ok(tables.includes(table), table);
      const neighbourRows = Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await countRows(db, table, neighbour.id)] as const)));

      await assert.rejects(deleteSite(t.services, 'doomed', {}), (e: AppError) => e.code === 'delete_not_confirmed');
      await assert.rejects(deleteSite(t.services, 'doomed', { confirm: 'neighbour' }), (e: AppError) => e.code === 'delete_not_confirmed');
      assert.ok(await findSiteByCode(db, 'doomed'), 'nothing deleted without the code');

      const report = await deleteSite(t.services, 'doomed', { confirm: 'doomed' });
      assert.ok(report.archive.startsWith(`${t.services.config.dataDir}/deleted-sites/doomed-`), report.archive);
      assert.ok(fs.statSync(report.archive).size > 0, 'the archive is written');
      assert.ok(report.rows.items === 8 && report.rows.media_files === 1, JSON.stringify(report.rows));
      for (const table of tables) assert.equal(await countRows(db, table, site.id), 0, `${table} has no row left for the deleted site`);
      assert.equal(await findSiteByCode(db, 'doomed'), undefined);
      assert.ok(!(await storedKeys(t.services.media)).some((key) => key.startsWith(`sites/${site.id}/`)), 'its media files are gone');
      for (const table of tables) assert.equal(await countRows(db, table, neighbour.id), neighbourRows[table], `${table}: the other site keeps its rows`);
      assert.equal((await get('doomed.localhost', '/en/')).statusCode, 404);
      assert.equal((await get('www.doomed.example', '/en/')).statusCode, 404);
      assert.equal((await get('neighbour.localhost', '/en/')).statusCode, 200);
      assert.ok(await db.selectFrom('users').select('id').where('email', '=', 'member@doomed.example').executeTakeFirst(), 'network-wide accounts stay');
    });

    test('network administrators create from the seed by default, suspend with a message, reset a training site and delete after typing the code', async () => {
      await createUser(t.services.db.kysely, { email: 'netadmin@lifecycle.example', displayName: 'Network admin', password: 'correct horse battery', isNetworkAdmin: true });
      const admin = new AdminSession(t.app, 'localhost');
      await admin.login('netadmin@lifecycle.example', 'correct horse battery');
      const page = await admin.get('/admin/network');
      assert.match(page.body, /name="seed" value="national-chm" checked/);
      const created = await admin.post('/admin/network/sites', { code: 'ui-made', country: 'bj', languages: 'fr, en', name: 'CHM du Bénin', seed: 'national-chm' });
      assert.equal(created.statusCode, 303);
      const site = (await findSiteByCode(t.services.db.kysely, 'ui-made'))!;
      assert.equal(site.seed, 'national-chm');
      assert.equal((await scopeOf(site.id).selectFrom('items').select('id').execute()).length, 8);
      assert.match((await get('ui-made.localhost', '/fr/')).body, /Bienvenue/);

      await admin.get('/admin/network');
      await admin.post('/admin/network/sites/ui-made/status', { status: 'suspended', message: 'Migration en cours.' });
      const suspended = await get('ui-made.localhost', '/fr/');
      assert.equal(suspended.statusCode, 503);
      assert.match(suspended.body, /Migration en cours\./);
      await admin.post('/admin/network/sites/ui-made/status', { status: 'live' });
      assert.equal((await get('ui-made.localhost', '/fr/')).statusCode, 200);

      await updateSite(t.services.db.kysely, 'ui-made', { status: 'training' });
      await t.services.sites.refresh();
      await saveItem(contextFor(t.services, (await findSiteByCode(t.services.db.kysely, 'ui-made'))!), { type: 'news', translations: { fr: { title: 'Exercice', status: 'published' } } });
      const list = await admin.get('/admin/network');
      assert.match(list.body, /action="\/admin\/network\/sites\/ui-made\/reset"/);
      const reset = await admin.post('/admin/network/sites/ui-made/reset', {});
      assert.equal(reset.statusCode, 303);
      assert.equal((await scopeOf(site.id).selectFrom('items').select('id').execute()).length, 8, 'back to the seed');

      const confirmPage = await admin.get('/admin/network/sites/ui-made/delete');
      assert.equal(confirmPage.statusCode, 200);
      const refused = await admin.post('/admin/network/sites/ui-made/delete', { confirm: 'ui' });
      assert.equal(refused.statusCode, 422);
      assert.ok(await findSiteByCode(t.services.db.kysely, 'ui-made'), 'a wrong code deletes nothing');
      const deleted = await admin.post('/admin/network/sites/ui-made/delete', { confirm: 'ui-made' });
      assert.equal(deleted.statusCode, 200);
      assert.match(deleted.body, /deleted-sites\/ui-made-/);
      assert.equal(await findSiteByCode(t.services.db.kysely, 'ui-made'), undefined);

      const { site: other } = await createSiteFromSeed(t.services, { code: 'ui-other', names: { en: 'Other' }, languages: ['en'] }, { seed: 'none' });
      const manager = new AdminSession(t.app, 'ui-other.localhost');
      await createUser(t.services.db.kysely, { email: 'manager@ui-other.example', displayName: 'Manager', password: 'correct horse battery', memberships: [{ siteId: other.id, role: 'site-manager' }] });
      await manager.login('manager@ui-other.example', 'correct horse battery');
      assert.equal((await manager.get('/admin/network/sites/ui-other/delete')).statusCode, 403, 'site managers cannot delete their site');
      assert.equal((await admin.get('/admin/network/sites/nowhere/delete')).statusCode, 404);
    });
  });
}
