import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/accounts/service.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import type { Site } from '../src/sites/site.ts';
import { type CbdStandIn, startCbdStandIn } from './cbd-stand-in/server.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const password = 'correct horse battery staple 42';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`the admin's CBD sync page (${dialect})`, { skip }, () => {
    let standIn: CbdStandIn;
    let t: TestApp;
    let site: Site;
    let counter = 0;
    const session = () => new AdminSession(t.app, `${hostOf(site)}:3000`, `10.16.${dialect === 'sqlite' ? 1 : 2}.${++counter}`);

    before(async () => {
      standIn = await startCbdStandIn();
      t = await buildTestApp(dialect, { CBD_API_URL: standIn.url, CBD_API_TIMEOUT_MS: '400' });
      site = await buildSite(t.services, { code: `bj${dialect.slice(0, 2)}`, country: 'bj', languages: ['fr', 'en'], defaultLanguage: 'fr', names: { fr: 'CHM du Bénin' } });
      const db = t.services.db.kysely;
      await createUser(db, { email: `manager@cbd-${dialect}.example`, displayName: 'Site manager', password, memberships: [{ siteId: site.id, role: 'site-manager' }] });
      await createUser(db, { email: `editor@cbd-${dialect}.example`, displayName: 'Editor', password, memberships: [{ siteId: site.id, role: 'editor' }] });
    });
    after(async () => {
      await t?.close();
      await standIn?.close();
    });

    test('a site manager syncs now and sees what came in; the page says when it last succeeded', async () => {
      const manager = session();
      await manager.login(`manager@cbd-${dialect}.example`, password);
      const page = await manager.get('/admin/cbd');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /jamais|never/);
      const synced = await manager.post('/admin/cbd/sync', {});
      assert.equal(synced.statusCode, 200, synced.body.slice(0, 500));
      assert.match(synced.body, /notice--success/);
      assert.match(synced.body, /href="\/fr\/national-targets"/);
      const count = await new SiteScope(t.services.db.kysely, site.id).selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('origin', '=', 'cbd').executeTakeFirstOrThrow();
      assert.ok(Number(count.n) > 5);
    });

    test('when the API fails, the manager is told why and the data stays', async () => {
      const manager = session();
      await manager.login(`manager@cbd-${dialect}.example`, password);
      await manager.get('/admin/cbd');
      standIn.fail({ kind: 'status', status: 503, path: /index\/select/ });
      try {
        const failed = await manager.post('/admin/cbd/sync', {});
        assert.equal(failed.statusCode, 502);
        assert.match(failed.body, /503/);
        assert.match(failed.body, /notice--error/);
      } finally {
        standIn.clearFaults();
      }
      const page = await manager.get('/admin/cbd');
      assert.match(page.body, /notice--warning/, 'the last failure is shown until a sync succeeds');
      const listing = await t.app.inject({ url: '/fr/focal-points', headers: { host: hostOf(site) } });
      assert.equal(listing.statusCode, 200);
      assert.ok((await new SiteScope(t.services.db.kysely, site.id).selectFrom('items').select('id').where('origin', '=', 'cbd').execute()).length > 5, 'the synced records are kept');
    });

    test('an editor can neither open the sync page nor change a synced record; opening one shows its public page', async () => {
      const editor = session();
      await editor.login(`editor@cbd-${dialect}.example`, password);
      assert.equal((await editor.get('/admin/cbd')).statusCode, 403);
      const item = await new SiteScope(t.services.db.kysely, site.id).selectFrom('items').select(['id', 'type']).where('origin', '=', 'cbd').where('type', '=', 'nbsap').executeTakeFirstOrThrow();
      const opened = await editor.get(`/admin/items/${item.id}`);
      assert.equal(opened.statusCode, 303);
      assert.match(String(opened.headers.location), /^\/fr\/nbsaps\//);
      await editor.get('/admin/content/nbsap');
      const edit = await editor.post(`/admin/items/${item.id}`, { lang: 'fr', title: 'Changed here', status: 'published', version: '1' });
      assert.equal(edit.statusCode, 409);
      const list = await editor.get('/admin/content/nbsap');
      assert.doesNotMatch(list.body, /href="\/admin\/content\/nbsap\/new"/, 'no "new" button for records that only come from the CBD');
      const create = await editor.post('/admin/content/nbsap', { lang: 'fr', title: 'Un SPANB local', status: 'draft' });
      assert.equal(create.statusCode, 409);
    });
  });
}
