import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/accounts/service.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { siteHarvestSelection } from '../src/interop/harvest/service.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

/** The network administrators' harvest page, "fetch now", and a site manager's choice of remote streams. */

const password = 'correct horse battery staple';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`harvest administration [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let otherSite: Site;
    let origin = '';
    let address = 0;
    const feedServer = http.createServer((request, response) => {
      if (request.url === '/news.xml') {
        return response
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end('<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><item><title>Mangrove planting in Benin</title><guid>m-1</guid><link>https://chm.example.bj/mangroves</link></item></channel></rss>');
      }
      response.writeHead(500).end();
    });
    const portal = () => new AdminSession(t.app, 'localhost:3000', `10.8.0.${++address}`);
    const onSite = (s: Site) => new AdminSession(t.app, `${hostOf(s)}:3000`, `10.8.1.${++address}`);
    const db = () => t.services.db.kysely;

    before(async () => {
      await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
      t = await buildTestApp(dialect, { HARVEST_ALLOW_PRIVATE: '1', HARVEST_TIMEOUT_MS: '2000' });
      site = await buildSite(t.services, { names: { en: 'Harvesting site' }, languages: ['en'] });
      otherSite = await buildSite(t.services, { names: { en: 'Other site' }, languages: ['en'] });
      await createUser(db(), { email: 'root@harvest.example', displayName: 'Root', password, isNetworkAdmin: true });
      await createUser(db(), { email: 'manager@harvest.example', displayName: 'Manager', password, memberships: [{ siteId: site.id, role: 'site-manager' }] });
      await createUser(db(), { email: 'editor@harvest.example', displayName: 'Editor', password, memberships: [{ siteId: site.id, role: 'editor' }] });
    });
    after(async () => {
      await t?.close();
      feedServer.closeAllConnections();
      await new Promise((resolve) => feedServer.close(resolve));
    });

    test('a network administrator adds a source, fetches it now, sees each feed’s state, edits and removes it', async () => {
      const s = portal();
      await s.login('root@harvest.example', password);
      const empty = await s.get('/admin/network/harvest');
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /href="\/admin\/network\/harvest"/, 'in the portal’s navigation');

      const invalid = await s.post('/admin/network/harvest', { name: 'CHM Bénin', country: 'zz', homeUrl: 'https://chm.example.bj/', feeds: 'news fr ftp://chm.example.bj/rss' });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /id="harvest-country-errors"/);
      assert.match(invalid.body, /id="harvest-feeds-errors"[^]*Feed 1: &quot;ftp:\/\/chm.example.bj\/rss&quot; is not an http/);
      assert.match(invalid.body, /value="CHM Bénin"/, 'what was typed is kept');

      const added = await s.post('/admin/network/harvest', { name: 'CHM Bénin', names: 'en=Benin CHM', country: 'bj', homeUrl: 'https://chm.example.bj/', feeds: `news fr ${origin}/news.xml\nevents fr ${origin}/broken.xml` });
      assert.equal(added.statusCode, 303);
      const source = await db().selectFrom('harvest_sources').selectAll().where('name', '=', 'CHM Bénin').executeTakeFirstOrThrow();

      const fetched = await s.post(`/admin/network/harvest/${source.id}/fetch`, {});
      assert.equal(fetched.statusCode, 502, 'one feed failed');
      assert.match(fetched.body, /New entries: 1\. Changed entries: 0\. Failed feeds: 1\./);
      assert.match(fetched.body, /HTTP 500/);
      assert.match(fetched.body, /Working \(HTTP 200\)/);

      const edit = await s.get(`/admin/network/harvest/${source.id}`);
      assert.equal(edit.statusCode, 200);
      assert.match(edit.body, new RegExp(`news fr ${origin}/news.xml`));
      const saved = await s.post(`/admin/network/harvest/${source.id}`, { name: 'CHM du Bénin', names: '', country: 'bj', homeUrl: 'https://chm.example.bj/', feeds: `news fr ${origin}/news.xml` });
      assert.equal(saved.statusCode, 303);
      const feeds = await db().selectFrom('harvest_feeds').select(['url', 'last_status']).where('source_id', '=', source.id).execute();
      assert.deepEqual(feeds, [{ url: `${origin}/news.xml`, last_status: 200 }], 'the kept feed keeps its state, the dropped one is gone');

      const removed = await s.post(`/admin/network/harvest/${source.id}/remove`, {});
      assert.equal(removed.statusCode, 303);
      assert.equal(await db().selectFrom('harvest_entries').select('id').where('source_id', '=', source.id).executeTakeFirst(), undefined);
      const audit = await db().selectFrom('audit_events').select('action').where('action', 'like', 'harvest.%').orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['harvest.add', 'harvest.fetch', 'harvest.update', 'harvest.remove']);
    });

    test('only network administrators reach the harvest pages, and only on the portal host', async () => {
      const manager = portal();
      await manager.login('manager@harvest.example', password);
      assert.equal((await manager.get('/admin/network/harvest')).statusCode, 403);
      assert.equal((await manager.post('/admin/network/harvest', { name: 'X', country: 'fr', homeUrl: 'https://x.example/', feeds: 'news fr https://x.example/rss' })).statusCode, 403);
      const root = onSite(site);
      await root.login('root@harvest.example', password);
      assert.equal((await root.get('/admin/network/harvest')).statusCode, 404);
    });

    test('a site manager chooses remote streams for the site’s home page; an editor may not', async () => {
      const admin = portal();
      await admin.login('root@harvest.example', password);
      await admin.get('/admin/network/harvest');
      await admin.post('/admin/network/harvest', { name: 'CHM Bénin', country: 'bj', homeUrl: 'https://chm.example.bj/', feeds: `news fr ${origin}/news.xml` });
      const source = await db().selectFrom('harvest_sources').select('id').where('name', '=', 'CHM Bénin').executeTakeFirstOrThrow();
      await admin.post(`/admin/network/harvest/${source.id}/fetch`, {});

      const manager = onSite(site);
      await manager.login('manager@harvest.example', password);
      const settings = await manager.get('/admin/settings');
      assert.match(settings.body, /href="\/admin\/settings\/remote-streams"/);
      const page = await manager.get('/admin/settings/remote-streams');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(`name="sources" value="${source.id}"`));
      assert.match(page.body, /CHM Bénin \(Benin\)/);
      const saved = await manager.post('/admin/settings/remote-streams', { sources: String(source.id) });
      assert.equal(saved.statusCode, 303);
      assert.deepEqual(await siteHarvestSelection(new SiteScope(db(), site.id)), [source.id]);
      assert.deepEqual(await siteHarvestSelection(new SiteScope(db(), otherSite.id)), [], 'another site’s choice is untouched');

      const home = await t.app.inject({ url: '/en/', headers: { host: hostOf(site) } });
      assert.match(home.body, /Mangrove planting in Benin/);
      assert.match(home.body, /From CHM Bénin, Benin/);

      assert.equal((await manager.post('/admin/settings/remote-streams', { sources: '999999' })).statusCode, 422, 'an unknown source is refused');
      const editor = onSite(site);
      await editor.login('editor@harvest.example', password);
      assert.equal((await editor.post('/admin/settings/remote-streams', { sources: [] })).statusCode, 403);
      assert.deepEqual(await siteHarvestSelection(new SiteScope(db(), site.id)), [source.id]);

      await manager.get('/admin/settings/remote-streams');
      await manager.post('/admin/settings/remote-streams', {});
      const plain = await t.app.inject({ url: '/en/', headers: { host: hostOf(site) } });
      assert.doesNotMatch(plain.body, /Mangrove/, 'choosing nothing removes the block at once');
    });
  });
}
