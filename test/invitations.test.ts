import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/accounts/service.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { startSmtpServer } from './support/smtp.ts';

const password = 'correct horse battery staple';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`people, invitations and password resets [${dialect}]`, { skip }, () => {
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let t: TestApp;
    let site: Site;
    let address = 0;
    const session = () => new AdminSession(t.app, `${hostOf(site)}:3000`, `10.3.0.${++address}`);
    const linkIn = (text: string) => new URL(/(http:\/\/\S+\/admin\/password\/\S+)/.exec(text)![1]!).pathname;

    before(async () => {
      smtp = await startSmtpServer();
      t = await buildTestApp(dialect, { SMTP_URL: smtp.url });
      site = await buildSite(t.services, { code: 'people', names: { en: 'People site' }, languages: ['en'] });
      await createUser(t.services.db.kysely, { email: 'manager@people.example', displayName: 'Manager', password, memberships: [{ siteId: site.id, role: 'site-manager' }] });
      await createUser(t.services.db.kysely, { email: 'editor@people.example', displayName: 'Editor', password, memberships: [{ siteId: site.id, role: 'editor' }] });
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    test('a site manager invites someone, who chooses a password through the emailed link and logs in', async () => {
      const manager = session();
      await manager.login('manager@people.example', password);
      await manager.get('/admin/users');
      const invited = await manager.post('/admin/users', { email: 'New.Person@Example.org', displayName: 'New Person', role: 'contributor' });
      assert.equal(invited.statusCode, 303);
      const mail = smtp.received.find((m) => m.to.includes('new.person@example.org'))!;
      assert.ok(mail, 'the invitation was emailed');
      const link = linkIn(mail.text);
      assert.match((await manager.get('/admin/users')).body, /New Person/);

      const newcomer = session();
      assert.equal((await newcomer.login('new.person@example.org', 'anything at all')).statusCode, 401, 'no password yet: no login');
      assert.equal((await newcomer.get(link)).statusCode, 200);
      assert.equal((await newcomer.post(link, { password: 'short' })).statusCode, 422);
      assert.equal((await newcomer.post(link, { password: 'a long enough password' })).statusCode, 303);
      assert.equal((await newcomer.get(link)).statusCode, 410, 'a link works once');
      assert.equal((await newcomer.login('new.person@example.org', 'a long enough password')).statusCode, 303);
      assert.equal((await newcomer.get('/admin/content/news/new')).statusCode, 200, 'a contributor may write');
    });

    test('a site manager changes a role and removes someone; nobody changes their own role', async () => {
      const manager = session();
      await manager.login('manager@people.example', password);
      const page = await manager.get('/admin/users');
      const editorId = /action="\/admin\/users\/(\d+)\/role"[\s\S]*?editor@people\.example|editor@people\.example[\s\S]*?action="\/admin\/users\/(\d+)\/role"/.exec(page.body);
      const id = editorId![1] ?? editorId![2];
      assert.equal((await manager.post(`/admin/users/${id}/role`, { role: 'contributor' })).statusCode, 303);
      const row = await t.services.db.kysely.selectFrom('site_memberships').select('role').where('user_id', '=', Number(id)).executeTakeFirstOrThrow();
      assert.equal(row.role, 'contributor');
      assert.equal((await manager.post(`/admin/users/${id}/role`, { role: 'god' })).statusCode, 400);
      assert.equal((await manager.post(`/admin/users/${id}/role`, { role: '' })).statusCode, 303);
      const self = await t.services.db.kysely.selectFrom('users').select('id').where('email', '=', 'manager@people.example').executeTakeFirstOrThrow();
      assert.equal((await manager.post(`/admin/users/${self.id}/role`, { role: 'contributor' })).statusCode, 403);

      const editor = session();
      await editor.login('editor@people.example', password);
      assert.equal((await editor.get('/admin')).statusCode, 403, 'removed from the site: no more access');
    });

    test('a forgotten password is reset through a one-hour link, without telling who has an account', async () => {
      const visitor = session();
      await visitor.get('/admin/forgot');
      const before = smtp.received.length;
      const unknown = await visitor.post('/admin/forgot', { email: 'nobody@example.org' });
      const known = await visitor.post('/admin/forgot', { email: 'manager@people.example' });
      assert.equal(unknown.statusCode, known.statusCode);
      assert.equal(unknown.headers.location, known.headers.location);
      assert.equal(smtp.received.length, before + 1, 'only the real account gets an email');
      const link = linkIn(smtp.received.at(-1)!.text);

      const loggedIn = session();
      await loggedIn.login('manager@people.example', password);
      await visitor.get(link);
      assert.equal((await visitor.post(link, { password: 'a brand new password' })).statusCode, 303);
      assert.equal((await loggedIn.get('/admin')).statusCode, 302, 'changing the password ends every session');
      assert.equal((await session().login('manager@people.example', 'a brand new password')).statusCode, 303);
    });
  });
}
