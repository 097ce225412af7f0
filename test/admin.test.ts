import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/accounts/service.ts';
import { adminRouteTable } from '../src/admin/routes.ts';
import type { Item } from '../src/content/item.ts';
import type { Site } from '../src/sites/site.ts';
import { contrastRatio } from '../src/web/contrast.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildItem, buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const password = 'correct horse battery staple';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`admin [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let siteA: Site;
    let siteB: Site;
    let itemB: Item;
    let addressCounter = 0;
    const session = (site: Site) => new AdminSession(t.app, `${hostOf(site)}:3000`, `10.0.0.${++addressCounter}`);

    before(async () => {
      t = await buildTestApp(dialect);
      siteA = await buildSite(t.services, { code: 'adma', names: { en: 'Site A', fr: 'Site A' }, languages: ['fr', 'en'] });
      siteB = await buildSite(t.services, { code: 'admb', names: { en: 'Site B' }, languages: ['en'] });
      itemB = await buildItem(t.services, siteB);
      const db = t.services.db.kysely;
      await createUser(db, { email: 'contributor@a.example', displayName: 'Contributor A', password, memberships: [{ siteId: siteA.id, role: 'contributor' }] });
      await createUser(db, { email: 'editor@a.example', displayName: 'Editor A', password, memberships: [{ siteId: siteA.id, role: 'editor' }] });
      await createUser(db, { email: 'editor2@a.example', displayName: 'Second editor', password, memberships: [{ siteId: siteA.id, role: 'editor' }] });
      await createUser(db, { email: 'manager@a.example', displayName: 'Manager A', password, memberships: [{ siteId: siteA.id, role: 'site-manager' }] });
      await createUser(db, { email: 'network@example.org', displayName: 'Network administrator', password, isNetworkAdmin: true });
    });
    after(() => t.close());

    test('sends visitors who are not logged in to the login page', async () => {
      const response = await session(siteA).get('/admin/content/news');
      assert.equal(response.statusCode, 302);
      assert.equal(response.headers.location, '/admin/login?next=%2Fadmin%2Fcontent%2Fnews');
    });

    test('sets a session cookie that is HttpOnly, SameSite=Lax, and Secure over HTTPS', async () => {
      const plain = session(siteA);
      const response = await plain.login('editor@a.example', password);
      assert.equal(response.statusCode, 303);
      const cookie = response.cookies.find((c) => c.name === 'ecotone_session')!;
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Lax');
      assert.equal(cookie.path, '/');
      assert.equal(cookie.secure, undefined);
      const https = session(siteA);
      await https.get('/admin/login');
      const secure = await https.post('/admin/login', { email: 'editor@a.example', password }, { headers: { 'x-forwarded-proto': 'https' } });
      assert.equal(secure.cookies.find((c) => c.name === 'ecotone_session')!.secure, true);
      // A client on the internet, not a proxy of ours, cannot claim HTTPS (nor another address).
      const direct = new AdminSession(t.app, `${hostOf(siteA)}:3000`, '203.0.113.7');
      await direct.get('/admin/login');
      const spoofed = await direct.post('/admin/login', { email: 'editor@a.example', password }, { headers: { 'x-forwarded-proto': 'https' } });
      assert.equal(spoofed.cookies.find((c) => c.name === 'ecotone_session')!.secure, undefined);
    });

    test('gives a new session at each login and ends it at logout', async () => {
      const s = session(siteA);
      await s.login('editor@a.example', password);
      const first = s.cookieHeader();
      await s.login('editor@a.example', password);
      assert.notEqual(s.cookieHeader(), first);
      const old = await t.app.inject({ url: '/admin', headers: { host: s.host, cookie: first } });
      assert.equal(old.statusCode, 302, 'the session before rotation no longer counts');
      await s.post('/admin/logout', {});
      assert.equal((await s.get('/admin')).statusCode, 302);
    });

    test('slows down password guessing', async () => {
      const s = session(siteA);
      await s.get('/admin/login');
      for (let i = 0; i < 5; i++) assert.equal((await s.post('/admin/login', { email: 'editor2@a.example', password: 'wrong' })).statusCode, 401);
      const locked = await s.post('/admin/login', { email: 'editor2@a.example', password });
      assert.equal(locked.statusCode, 429, 'even the right password waits after five failures');
      assert.ok(Number(locked.headers['retry-after']) > 0);
      await t.services.db.kysely.deleteFrom('login_failures').execute();
      const flood = session(siteA);
      await flood.get('/admin/login');
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await flood.post('/admin/login', { email: `nobody${i}@a.example`, password: 'x' })).statusCode);
      assert.ok(statuses.includes(429), 'one address cannot try more than 10 logins a minute');
      assert.equal(statuses.indexOf(429), 10, 'the eleventh attempt is the first refused');
    });

    test('refuses a state-changing request without the CSRF token', async () => {
      const s = session(siteA);
      await s.login('editor@a.example', password);
      const missing = await s.post('/admin/content/news', { lang: 'fr', title: 'Sans jeton', status: 'draft' }, { csrf: null });
      assert.equal(missing.statusCode, 403);
      const wrong = await s.post('/admin/content/news', { lang: 'fr', title: 'Mauvais jeton', status: 'draft' }, { csrf: 'forged' });
      assert.equal(wrong.statusCode, 403);
      const anonymous = session(siteA);
      assert.equal((await anonymous.post('/admin/login', { email: 'editor@a.example', password }, { csrf: null })).statusCode, 403);
    });

    test("refuses every admin route of site B to a contributor of site A (403), from the router's own list", async () => {
      const db = t.services.db.kysely;
      const s = session(siteB);
      const login = await s.login('contributor@a.example', password);
      assert.equal(login.statusCode, 303, 'an account is network-wide: logging in works, rights do not follow');
      const guarded = [...adminRouteTable.values()].filter((r) => r.policy !== null);
      assert.ok(guarded.length >= 6, `${guarded.length} guarded routes`);
      for (const route of guarded) {
        const url = route.url.replace(':type', 'news').replace(':id', String(itemB.id));
        const response = route.method === 'GET' ? await s.get(url) : await s.post(url, { lang: 'en', title: 'Hijacked', status: 'draft', version: '1' });
        assert.equal(response.statusCode, 403, `${route.method} ${url}`);
      }
      const unchanged = await db.selectFrom('item_translations').select('title').where('item_id', '=', itemB.id).executeTakeFirstOrThrow();
      assert.notEqual(unchanged.title, 'Hijacked');
    });

    test('each user picks the language of the admin; Arabic turns it right-to-left', async () => {
      const s = session(siteA);
      await s.login('editor2@a.example', password);
      assert.match((await s.get('/admin')).body, /<html lang="fr" dir="ltr">/, 'the site’s default language first');
      await s.get('/admin/account');
      assert.equal((await s.post('/admin/account', { adminLanguage: 'ar' })).statusCode, 303);
      assert.match((await s.get('/admin')).body, /<html lang="ar" dir="rtl">/);
      assert.equal((await s.post('/admin/account', { adminLanguage: 'xx' })).statusCode, 400);
      await s.post('/admin/account', { adminLanguage: '' });
    });

    test('logging out everywhere ends the user’s other sessions', async () => {
      const phone = session(siteA);
      const laptop = session(siteA);
      await phone.login('editor@a.example', password);
      await laptop.login('editor@a.example', password);
      await laptop.get('/admin/account');
      assert.equal((await laptop.post('/admin/logout-everywhere', {})).statusCode, 303);
      assert.equal((await phone.get('/admin')).statusCode, 302);
    });

    test('a session from site A does not count on site B', async () => {
      const a = session(siteA);
      await a.login('editor@a.example', password);
      const onB = await t.app.inject({ url: '/admin', headers: { host: `${hostOf(siteB)}:3000`, cookie: a.cookieHeader() } });
      assert.equal(onB.statusCode, 302);
    });

    test('a contributor writes a draft and submits it, but cannot publish; an editor publishes it', async () => {
      const contributor = session(siteA);
      await contributor.login('contributor@a.example', password);
      await contributor.get('/admin/content/news/new?lang=fr');
      const created = await contributor.post('/admin/content/news', { lang: 'fr', title: 'Les zones humides du Zwin', summary: 'Un printemps record.', body: '<p>Texte <script>alert(1)</script></p>', tags: 'GBF-TARGET-03', status: 'review' });
      assert.equal(created.statusCode, 303, created.body.slice(0, 300));
      const editUrl = created.headers.location as string;
      const itemId = Number(/\/admin\/items\/(\d+)/.exec(editUrl)![1]);
      const page = await contributor.get(editUrl);
      assert.match(page.body, /Les zones humides du Zwin/);
      assert.doesNotMatch(page.body, /<script>alert/);
      const publish = await contributor.post(`/admin/items/${itemId}`, { lang: 'fr', title: 'Les zones humides du Zwin', status: 'published', version: '1' });
      assert.equal(publish.statusCode, 403);
      const publicPage = await t.app.inject({ url: '/fr/news/les-zones-humides-du-zwin', headers: { host: `${hostOf(siteA)}:3000` } });
      assert.equal(publicPage.statusCode, 404, 'not public while in review');

      const editor = session(siteA);
      await editor.login('editor@a.example', password);
      const dashboard = await editor.get('/admin');
      assert.match(dashboard.body, /Les zones humides du Zwin/, 'the editor sees it waiting for review');
      await editor.get(`/admin/items/${itemId}?lang=fr`);
      const published = await editor.post(`/admin/items/${itemId}`, { lang: 'fr', title: 'Les zones humides du Zwin', summary: 'Un printemps record.', tags: 'GBF-TARGET-03', status: 'published', version: '1' });
      assert.equal(published.statusCode, 303);
      const live = await t.app.inject({ url: '/fr/news/les-zones-humides-du-zwin', headers: { host: `${hostOf(siteA)}:3000` } });
      assert.equal(live.statusCode, 200);
      const events = await t.services.db.kysely.selectFrom('audit_events').select('action').where('site_id', '=', siteA.id).execute();
      for (const action of ['login', 'item.create', 'item.publish']) assert.ok(events.some((e) => e.action === action), action);
    });

    test('shows validation errors next to their fields and keeps what was typed', async () => {
      const editor = session(siteA);
      await editor.login('editor@a.example', password);
      await editor.get('/admin/content/event/new?lang=fr');
      const response = await editor.post('/admin/content/event', { lang: 'fr', title: '', summary: 'Un résumé à garder', 'f.onlineUrl': 'not a url', 'f.start': '2030-05-04T09:30', 'f.start.zone': 'Europe/Brussels', status: 'draft' });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /id="control-title"[^>]*aria-invalid="true"/);
      assert.match(response.body, /id="control-title-errors"/);
      assert.match(response.body, /id="control-f-onlineUrl-errors"/);
      assert.match(response.body, /Un résumé à garder/);
      assert.match(response.body, /Ce champ est obligatoire\./, 'in the editor’s language (French, the site’s)');
      assert.match(response.body, /Saisissez une adresse web commençant par https:\/\/\./);
      assert.match(response.body, /value="2030-05-04T09:30"/);
    });

    test('lists revisions, compares two side by side and brings an old one back as a new version', async () => {
      const editor = session(siteA);
      await editor.login('editor@a.example', password);
      await editor.get('/admin/content/faq/new?lang=fr');
      const created = await editor.post('/admin/content/faq', { lang: 'fr', title: 'Qu’est-ce que le CHM ?', body: '<p>Première réponse.</p>', status: 'published' });
      const url = (created.headers.location as string).split('?')[0]!;
      await editor.get(url);
      await editor.post(url, { lang: 'fr', title: 'Qu’est-ce que le CHM ?', body: '<p>Réponse corrigée, mais fausse.</p>', status: 'published', version: '1' });
      const history = await editor.get(`${url}/revisions`);
      assert.equal(history.statusCode, 200);
      assert.match(history.body, /translations\.fr\.body/);
      const compare = await editor.get(`${url}/revisions/compare?a=1&b=2`);
      assert.match(compare.body, /Première réponse\./);
      assert.match(compare.body, /Réponse corrigée, mais fausse\./);
      const restored = await editor.post(`${url}/revisions/1/restore`, { version: '2' });
      assert.equal(restored.statusCode, 303);
      const itemId = Number(url.split('/').pop());
      const row = await t.services.db.kysely.selectFrom('item_translations').select(['body', 'status']).where('item_id', '=', itemId).executeTakeFirstOrThrow();
      assert.deepEqual(row, { body: '<p>Première réponse.</p>', status: 'published' });
      const versions = await t.services.db.kysely.selectFrom('item_revisions').select('version').where('item_id', '=', itemId).orderBy('version').execute();
      assert.deepEqual(versions.map((v) => v.version), [1, 2, 3], 'restoring adds a version; history is never rewritten');
      const stale = await editor.post(`${url}/revisions/1/restore`, { version: '2' });
      assert.equal(stale.headers.location, `${url}/revisions?conflict=1`, 'a restore from an outdated page is refused too');
      assert.match((await editor.get(stale.headers.location as string)).body, /role="alert"/);
      assert.equal((await editor.get(`${url}/revisions/compare?a=1&b=99`)).statusCode, 404);
    });

    test('a site manager adds Arabic as the default language: admin and public pages turn right-to-left', async () => {
      const editor = session(siteA);
      await editor.login('editor@a.example', password);
      assert.equal((await editor.get('/admin/settings')).statusCode, 403, 'editors do not change settings');

      const manager = session(siteA);
      await manager.login('manager@a.example', password);
      const form = await manager.get('/admin/settings');
      assert.match(form.body, /name="languages" type="text" value="fr, en"/);
      const invalid = await manager.post('/admin/settings', { languages: 'fr, en, not a tag!', defaultLanguage: 'fr', 'names.fr': 'Site A', 'theme.primaryColor': '#1d5e3b', 'theme.accentColor': '#b88a00' });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /id="settings-languages-errors"/);
      const saved = await manager.post('/admin/settings', { languages: 'ar, fr, en', defaultLanguage: 'ar', 'names.fr': 'Site A', 'names.ar': 'الموقع أ', 'theme.primaryColor': '#1d5e3b', 'theme.accentColor': '#b88a00' });
      assert.equal(saved.statusCode, 303);
      assert.match((await manager.get('/admin')).body, /<html lang="ar" dir="rtl">/);
      const home = await t.app.inject({ url: '/', headers: { host: `${hostOf(siteA)}:3000` } });
      assert.equal(home.headers.location, '/ar/');
      const arabic = await t.app.inject({ url: '/ar/', headers: { host: `${hostOf(siteA)}:3000` } });
      assert.match(arabic.body, /<html lang="ar" dir="rtl">/);
      assert.match(arabic.body, /الموقع أ/);
      const events = await t.services.db.kysely.selectFrom('audit_events').select('action').where('action', '=', 'site.settings').execute();
      assert.equal(events.length, 1);
      // Colours too pale to read on the white page are saved, with a warning that says by how much.
      assert.doesNotMatch((await manager.get('/admin/settings')).body, /id="settings-contrast"/);
      await manager.post('/admin/settings', { languages: 'ar, fr, en', defaultLanguage: 'ar', 'names.fr': 'Site A', 'names.ar': 'الموقع أ', 'theme.primaryColor': '#8fc79a', 'theme.accentColor': '#fff3b0' });
      const warned = await manager.get('/admin/settings');
      assert.match(warned.body, /id="settings-contrast"/);
      const pale = await t.app.inject({ url: '/ar/', headers: { host: `${hostOf(siteA)}:3000` } });
      const link = /--color-link:(#[0-9a-f]{6})/.exec(pale.body)?.[1];
      assert.ok(link && contrastRatio(link, '#ffffff') >= 4.5, `public links use a shade that reads (${link})`);
      assert.equal((warned.body.match(/<li>[^<]*4[.,٫]5[^<]*<\/li>|<li>[^<]*٤[.,٫]٥[^<]*<\/li>/g) ?? []).length, 1, 'the links’ colour needs 4.5:1');
      // Put the site back for the tests that follow.
      await manager.get('/admin/settings');
      await manager.post('/admin/settings', { languages: 'fr, en', defaultLanguage: 'fr', 'names.fr': 'Site A', 'theme.primaryColor': '#1d5e3b', 'theme.accentColor': '#b88a00' });
    });

    test('network administrators create, suspend and resume sites from the portal host', async () => {
      const manager = new AdminSession(t.app, 'localhost:3000', '10.2.0.1');
      await manager.login('manager@a.example', password);
      assert.equal((await manager.get('/admin/network')).statusCode, 403, 'a site manager does not run the network');

      const admin = new AdminSession(t.app, 'localhost:3000', '10.2.0.2');
      await admin.login('network@example.org', password);
      const page = await admin.get('/admin/network');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /adma/);
      const invalid = await admin.post('/admin/network/sites', { code: 'Not Valid', languages: 'en', name: 'X' });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /id="site-code-errors"/);
      const created = await admin.post('/admin/network/sites', { code: 'asean', country: '', languages: 'en, fr', name: 'ASEAN CHM' });
      assert.equal(created.statusCode, 303);
      assert.equal(t.services.sites.resolve('asean.localhost').kind, 'site');
      const home = await t.app.inject({ url: '/en/', headers: { host: 'asean.localhost:3000' } });
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /noindex/, 'a new site starts as a test site, out of search engines');
      await admin.get('/admin/network');
      assert.equal((await admin.post('/admin/network/sites/asean/status', { status: 'suspended' })).statusCode, 303);
      assert.equal((await t.app.inject({ url: '/en/', headers: { host: 'asean.localhost:3000' } })).statusCode, 503);
      await admin.post('/admin/network/sites/asean/status', { status: 'live' });
      assert.equal((await t.app.inject({ url: '/en/', headers: { host: 'asean.localhost:3000' } })).statusCode, 200);
      const actions = (await t.services.db.kysely.selectFrom('audit_events').select('action').where('action', 'like', 'site.%').execute()).map((e) => e.action);
      for (const action of ['site.create', 'site.suspend', 'site.resume']) assert.ok(actions.includes(action), action);
    });

    test('site managers read the activity log of their own site only; network administrators read the outbox', async () => {
      const editor = session(siteA);
      await editor.login('editor@a.example', password);
      assert.equal((await editor.get('/admin/audit')).statusCode, 403);
      const manager = session(siteA);
      await manager.login('manager@a.example', password);
      const log = await manager.get('/admin/audit');
      assert.equal(log.statusCode, 200);
      assert.match(log.body, /item\.publish/);
      assert.match(log.body, /editor@a\.example/);
      await t.services.db.kysely.insertInto('audit_events').values({ site_id: siteB.id, user_id: null, action: 'secret.of.b', subject: null, details: '{}', created_at: new Date().toISOString() }).execute();
      assert.doesNotMatch((await manager.get('/admin/audit')).body, /secret\.of\.b/);

      await t.services.mailer.send({ siteId: siteA.id, to: 'someone@example.org', subject: 'Kept for reading', text: 'Line one\nLine two' });
      assert.equal((await new AdminSession(t.app, 'localhost:3000', '10.4.0.1').get('/admin/outbox')).statusCode, 302);
      const admin = new AdminSession(t.app, 'localhost:3000', '10.4.0.2');
      await admin.login('network@example.org', password);
      const outbox = await admin.get('/admin/outbox');
      assert.match(outbox.body, /Kept for reading/);
      assert.match(outbox.body, /Line one\nLine two/);
    });

    test('refuses a stale save with a clear message instead of overwriting', async () => {
      const first = session(siteA);
      const second = session(siteA);
      await first.login('editor@a.example', password);
      await second.login('editor2@a.example', password);
      const created = await first.post('/admin/content/page', { lang: 'fr', title: 'À propos', status: 'draft' });
      const url = (created.headers.location as string).split('?')[0]!;
      await first.get(url);
      await second.get(url);
      assert.equal((await first.post(url, { lang: 'fr', title: 'À propos de nous', status: 'draft', version: '1' })).statusCode, 303);
      const stale = await second.post(url, { lang: 'fr', title: 'À propos du CHM', status: 'draft', version: '1' });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Open the latest version|Ouvrir|version/);
      assert.match(stale.body, /À propos du CHM/, 'the second editor’s text is still in the form');
      const compare = /href="(\/admin\/items\/\d+\/revisions\/compare\?a=1&amp;b=2)"/.exec(stale.body);
      assert.ok(compare, 'a link compares the version they started from with the latest');
      const changes = await second.get(compare[1]!.replace(/&amp;/g, '&'));
      assert.equal(changes.statusCode, 200);
      assert.match(changes.body, /À propos de nous/, 'showing what the other editor changed');
      const itemId = Number(/\/admin\/items\/(\d+)/.exec(url)?.[1]);
      const stored = await t.services.db.kysely.selectFrom('item_translations').select('title').where('item_id', '=', itemId).execute();
      assert.deepEqual(stored.map((r) => r.title), ['À propos de nous']);
    });
  });
}

describe('sign-in attempts per address, as configured', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('sqlite', { LOGIN_ATTEMPTS_PER_MINUTE: '3' });
    await buildSite(t.services, { code: 'rate', names: { en: 'Rate' }, languages: ['en'] });
  });
  after(async () => {
    await t?.close();
  });

  test('LOGIN_ATTEMPTS_PER_MINUTE sets how many sign-ins one address may try in a minute', async () => {
    const flood = new AdminSession(t.app, 'rate.localhost:3000', '10.9.9.9');
    await flood.get('/admin/login');
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await flood.post('/admin/login', { email: `nobody${i}@rate.example`, password: 'x' })).statusCode);
    assert.equal(statuses.indexOf(429), 3, `the fourth attempt is refused: ${statuses.join(', ')}`);
  });
});
