import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../src/accounts/service.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { startSmtpServer } from './support/smtp.ts';

const password = 'correct horse battery staple';

async function waitFor<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`workflow email [${dialect}]`, { skip }, () => {
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let t: TestApp;
    let site: Site;

    before(async () => {
      smtp = await startSmtpServer();
      t = await buildTestApp(dialect, { SMTP_URL: smtp.url });
      site = await buildSite(t.services, { code: 'mail', names: { fr: 'CHM du Bénin', en: 'Benin CHM' }, languages: ['fr', 'en'] });
      const db = t.services.db.kysely;
      await createUser(db, { email: 'awa@example.org', displayName: 'Awa', password, memberships: [{ siteId: site.id, role: 'contributor' }] });
      await createUser(db, { email: 'koffi@example.org', displayName: 'Koffi', password, memberships: [{ siteId: site.id, role: 'editor' }] });
      await createUser(db, { email: 'reader@example.org', displayName: 'Someone else', password });
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    test('editors get an email when a contributor submits; the author gets one when it is published', async () => {
      const contributor = new AdminSession(t.app, `${hostOf(site)}:3000`, '10.1.0.1');
      await contributor.login('awa@example.org', password);
      await contributor.get('/admin/content/news/new?lang=fr');
      const created = await contributor.post('/admin/content/news', { lang: 'fr', title: 'Nouvelle aire protégée', status: 'review' });
      assert.equal(created.statusCode, 303);
      const review = await waitFor(() => smtp.received.find((m) => m.to.includes('koffi@example.org')), 'the review email');
      assert.match(review.subject, /Nouvelle aire protégée/);
      const link = /(http:\/\/\S+\/admin\/items\/\d+\?lang=fr)/.exec(review.text)?.[1];
      assert.ok(link, `a link to the item in: ${review.text}`);
      assert.ok(!smtp.received.some((m) => m.to.includes('reader@example.org') || m.to.includes('awa@example.org')), 'only the site’s editors are told');

      const editor = new AdminSession(t.app, `${hostOf(site)}:3000`, '10.1.0.2');
      await editor.login('koffi@example.org', password);
      const path = new URL(link).pathname;
      await editor.get(`${path}?lang=fr`);
      const published = await editor.post(path, { lang: 'fr', title: 'Nouvelle aire protégée', status: 'published', version: '1' });
      assert.equal(published.statusCode, 303);
      const done = await waitFor(() => smtp.received.find((m) => m.to.includes('awa@example.org')), 'the published email');
      assert.match(done.subject, /Nouvelle aire protégée/);
      const outbox = await t.services.db.kysely.selectFrom('outbox').select(['recipient', 'sent_at', 'error']).execute();
      assert.ok(outbox.length >= 2 && outbox.every((row) => row.sent_at !== null && row.error === null));
    });
  });

  describe(`outbox without SMTP [${dialect}]`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t.close());

    test('keeps the email in the outbox when no SMTP server is configured', async () => {
      await t.services.mailer.send({ siteId: null, to: 'someone@example.org', subject: 'Hello', text: 'Body' });
      const rows = await t.services.db.kysely.selectFrom('outbox').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.sent_at, null);
      assert.equal(rows[0]!.recipient, 'someone@example.org');
    });

    test('records a failed delivery and does not throw', async () => {
      const broken = await buildTestApp(dialect, { SMTP_URL: 'smtp://127.0.0.1:9' });
      try {
        await broken.services.mailer.send({ siteId: null, to: 'someone@example.org', subject: 'Hello', text: 'Body' });
        const row = await broken.services.db.kysely.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
        assert.equal(row.sent_at, null);
        assert.match(row.error ?? '', /ECONNREFUSED|connect/i);
      } finally {
        await broken.close();
      }
    });
  });
}
