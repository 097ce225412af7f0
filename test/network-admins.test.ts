import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { revocationRefusal, revokeNetworkAdmin } from '../src/accounts/network-admins.ts';
import { createUser } from '../src/accounts/service.ts';
import { AppError } from '../src/errors.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';

const password = 'correct horse battery staple';

test('a network administrator may be revoked by another, never by themselves, and never the last', () => {
  assert.equal(revocationRefusal({ actorId: 1, targetId: 2, adminCount: 2 }), null);
  assert.equal(revocationRefusal({ actorId: 1, targetId: 1, adminCount: 3 }), 'self');
  assert.equal(revocationRefusal({ actorId: null, targetId: 1, adminCount: 1 }), 'last');
  assert.equal(revocationRefusal({ actorId: null, targetId: 1, adminCount: 2 }), null);
});

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`network administrators [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let address = 0;
    const portal = () => new AdminSession(t.app, 'localhost:3000', `10.7.0.${++address}`);
    const db = () => t.services.db.kysely;
    const isNetworkAdmin = async (email: string) => (await db().selectFrom('users').select('is_network_admin').where('email', '=', email).executeTakeFirst())?.is_network_admin === 1;

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: 'nwa', names: { en: 'Site' }, languages: ['en'] });
      await createUser(db(), { email: 'root@nwa.example', displayName: 'Root', password, isNetworkAdmin: true });
      await createUser(db(), { email: 'manager@nwa.example', displayName: 'Manager', password, memberships: [{ siteId: site.id, role: 'site-manager' }] });
      await createUser(db(), { email: 'editor@nwa.example', displayName: 'Editor', password, memberships: [{ siteId: site.id, role: 'editor' }] });
    });
    after(() => t.close());

    test('a site manager cannot reach the network administrators’ pages (403)', async () => {
      const s = portal();
      await s.login('manager@nwa.example', password);
      assert.equal((await s.get('/admin/network/admins')).statusCode, 403);
      assert.equal((await s.post('/admin/network/admins', { email: 'manager@nwa.example' })).statusCode, 403);
      const root = await db().selectFrom('users').select('id').where('email', '=', 'root@nwa.example').executeTakeFirstOrThrow();
      assert.equal((await s.post(`/admin/network/admins/${root.id}/revoke`, {})).statusCode, 403);
      assert.equal(await isNetworkAdmin('manager@nwa.example'), false);
      assert.equal(await isNetworkAdmin('root@nwa.example'), true);
    });

    test('lists network administrators with their two-factor status, on the portal host only', async () => {
      const s = portal();
      await s.login('root@nwa.example', password);
      const page = await s.get('/admin/network/admins');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Root \(you\)/);
      assert.match(page.body, /<td>root@nwa\.example<\/td><td>Off<\/td>/);
      assert.match(page.body, /href="\/admin\/network\/admins"/, 'in the portal’s navigation');
      assert.doesNotMatch(page.body, /action="\/admin\/network\/admins\/\d+\/revoke"/, 'no revoke button for oneself');
      const onSite = new AdminSession(t.app, `${hostOf(site)}:3000`, '10.7.1.1');
      await onSite.login('root@nwa.example', password);
      assert.equal((await onSite.get('/admin/network/admins')).statusCode, 404);
    });

    test('grants network administration to an existing user by email, and invites a new one', async () => {
      const s = portal();
      await s.login('root@nwa.example', password);
      await s.get('/admin/network/admins');
      const invalid = await s.post('/admin/network/admins', { email: 'not an email' });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /id="grant-email-errors"/);

      const granted = await s.post('/admin/network/admins', { email: 'Editor@nwa.example' });
      assert.equal(granted.statusCode, 303);
      assert.match((await s.get(granted.headers.location as string)).body, /editor@nwa\.example is now a network administrator\./);
      assert.equal(await isNetworkAdmin('editor@nwa.example'), true);

      const invited = await s.post('/admin/network/admins', { email: 'new@nwa.example', displayName: 'Newcomer' });
      assert.equal(invited.statusCode, 303);
      const user = await db().selectFrom('users').select(['id', 'password_hash', 'is_network_admin']).where('email', '=', 'new@nwa.example').executeTakeFirstOrThrow();
      assert.deepEqual([user.password_hash, user.is_network_admin], [null, 1]);
      const token = await db().selectFrom('password_tokens').select('purpose').where('user_id', '=', user.id).executeTakeFirstOrThrow();
      assert.equal(token.purpose, 'invite');
      const mail = await db().selectFrom('outbox').select('body_text').where('recipient', '=', 'new@nwa.example').executeTakeFirstOrThrow();
      assert.match(mail.body_text, /http:\/\/localhost:3000\/admin\/password\/\S+/, 'the existing invitation flow: a link to choose a password');
      const list = await s.get('/admin/network/admins');
      assert.match(list.body, /Newcomer<span class="badge">/);

      const again = await s.post('/admin/network/admins', { email: 'editor@nwa.example' });
      assert.match((await s.get(again.headers.location as string)).body, /already is a network administrator/);
      const events = await db().selectFrom('audit_events').select('action').where('action', 'like', 'network-admin.%').execute();
      assert.deepEqual(events.map((e) => e.action).sort(), ['network-admin.grant', 'network-admin.invite']);
    });

    test('revokes another administrator, but not oneself', async () => {
      const s = portal();
      await s.login('root@nwa.example', password);
      await s.get('/admin/network/admins');
      const [root, editor] = await Promise.all(['root@nwa.example', 'editor@nwa.example'].map((email) => db().selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()));
      const self = await s.post(`/admin/network/admins/${root!.id}/revoke`, {});
      assert.equal(self.statusCode, 409);
      assert.match(self.body, /You cannot remove yourself from the network administrators\./);
      assert.equal(await isNetworkAdmin('root@nwa.example'), true);

      const revoked = await s.post(`/admin/network/admins/${editor!.id}/revoke`, {});
      assert.equal(revoked.statusCode, 303);
      assert.equal(await isNetworkAdmin('editor@nwa.example'), false);
      assert.equal((await s.post(`/admin/network/admins/${editor!.id}/revoke`, {})).statusCode, 404, 'no longer one');
      const events = await db().selectFrom('audit_events').select(['action', 'subject', 'user_id']).where('action', '=', 'network-admin.revoke').execute();
      assert.deepEqual(events, [{ action: 'network-admin.revoke', subject: `user:${editor!.id}`, user_id: root!.id }]);

      const formerAdmin = portal();
      await formerAdmin.login('editor@nwa.example', password);
      assert.equal((await formerAdmin.get('/admin/network')).statusCode, 403, 'rights end at once');
    });

    test('the network always keeps one administrator', async () => {
      const newcomer = await db().selectFrom('users').select('id').where('email', '=', 'new@nwa.example').executeTakeFirstOrThrow();
      await revokeNetworkAdmin(db(), { actorId: null, targetId: newcomer.id });
      const root = await db().selectFrom('users').select('id').where('email', '=', 'root@nwa.example').executeTakeFirstOrThrow();
      await assert.rejects(revokeNetworkAdmin(db(), { actorId: null, targetId: root.id }), (error: unknown) => error instanceof AppError && error.code === 'last_network_admin' && error.statusCode === 409);
      assert.equal(await isNetworkAdmin('root@nwa.example'), true);
    });
  });
}
