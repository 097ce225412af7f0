import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createUser } from '../src/accounts/service.ts';
import { runScheduledJobsNow } from '../src/jobs/runner.ts';
import { findMediaById, type MediaFile } from '../src/media/repo.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import { mediaUrl } from '../src/media/urls.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildSite, buildTestApp, hostOf, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import { pdf } from './support/media.ts';
import { postMultipart } from './support/multipart.ts';

const password = 'correct horse battery staple';
const landscape = await sharp({ create: { width: 1800, height: 700, channels: 3, background: '#3d6b43' } }).jpeg().toBuffer();
const silent = { info() {}, warn() {}, error() {} };

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`the home page picture [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let site: Site;
    let other: Site;
    let manager: AdminSession;
    let picture: MediaFile;
    let report: MediaFile;
    let foreign: MediaFile;

    const upload = async (session: AdminSession, target: Site, filename: string, data: Buffer) => {
      const response = await postMultipart(t.app, session, '/admin/media', [{ name: '_csrf', value: session.csrf }, { name: 'files', filename, data }], { accept: 'application/json' });
      const [result] = (response.json() as { results: { ok: boolean; id: number }[] }).results;
      assert.ok(result?.ok, response.body);
      return (await findMediaById(new SiteScope(t.services.db.kysely, target.id), result.id))!;
    };
    const settings = (heroImageId: string) =>
      manager.post('/admin/settings', { languages: 'en, fr', defaultLanguage: 'en', 'names.en': 'Hero site', 'theme.primaryColor': '#1d5e3b', 'theme.accentColor': '#b88a00', 'theme.heroImageId': heroImageId });
    const home = () => t.app.inject({ url: '/en/', headers: { host: hostOf(site) } });

    before(async () => {
      t = await buildTestApp(dialect);
      site = await buildSite(t.services, { code: `hero${dialect}`, names: { en: 'Hero site' }, languages: ['en', 'fr'] });
      other = await buildSite(t.services, { code: `herox${dialect}`, names: { en: 'Other' }, languages: ['en'] });
      await createUser(t.services.db.kysely, { email: 'manager@hero.example', displayName: 'Manager', password, memberships: [{ siteId: site.id, role: 'site-manager' }, { siteId: other.id, role: 'site-manager' }] });
      manager = new AdminSession(t.app, hostOf(site));
      await manager.login('manager@hero.example', password);
      await manager.get('/admin/media');
      picture = await upload(manager, site, 'Forest.jpg', landscape);
      report = await upload(manager, site, 'Report.pdf', pdf);
      const elsewhere = new AdminSession(t.app, hostOf(other));
      await elsewhere.login('manager@hero.example', password);
      await elsewhere.get('/admin/media');
      foreign = await upload(elsewhere, other, 'Elsewhere.jpg', landscape);
      await manager.get('/admin/settings');
    });
    after(() => t.close());

    test('a site manager chooses an image of the library; the home page shows it first, publicly', async () => {
      assert.equal((await t.app.inject({ url: mediaUrl(picture), headers: { host: hostOf(site) } })).statusCode, 404, 'private before it is used');
      assert.equal((await settings(String(picture.id))).statusCode, 303);
      await runScheduledJobsNow(t.services, { log: silent });
      const page = await home();
      const hero = /<section class="hero"[^>]*>\s*<picture>[\s\S]*?<img([^>]*)>/.exec(page.body)?.[1] ?? '';
      assert.match(hero, /class="hero__image"/);
      assert.match(hero, /loading="eager"/);
      assert.match(hero, /fetchpriority="high"/);
      const anonymous = await t.app.inject({ url: mediaUrl(picture), headers: { host: hostOf(site) } });
      assert.equal(anonymous.statusCode, 200, 'the home page picture is public');
      assert.match(String(anonymous.headers['cache-control']), /immutable/);
      assert.match((await manager.get('/admin/settings')).body, /Forest\.jpg/, 'the settings show which picture it is');
    });

    test('another site’s image, a document or a made-up number is refused with the field named', async () => {
      for (const value of [String(foreign.id), String(report.id), '999999', 'abc']) {
        const refused = await settings(value);
        assert.equal(refused.statusCode, 422, value);
        assert.match(refused.body, /id="control-theme-heroImageId-errors"/, value);
        await manager.get('/admin/settings');
      }
    });

    test('the home page picture cannot be deleted from the library until another is chosen', async () => {
      await settings(String(picture.id));
      await manager.get(`/admin/media/${picture.id}/delete`);
      const refused = await manager.post(`/admin/media/${picture.id}/delete`, { confirm: 'yes' });
      assert.equal(refused.statusCode, 409);
      assert.ok(await findMediaById(new SiteScope(t.services.db.kysely, site.id), picture.id));
      await manager.get('/admin/settings');
      assert.equal((await settings('')).statusCode, 303, 'removing the picture');
      assert.doesNotMatch((await home()).body, /hero__image/);
    });
  });
}
