import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createUser } from '../src/accounts/service.ts';
import { findItem } from '../src/content/repo.ts';
import { itemToInput, saveItem } from '../src/content/service.ts';
import { moveToTrash } from '../src/content/trash.ts';
import type { Database, SiteTable } from '../src/db/schema.ts';
import { SiteScope } from '../src/db/site-scope.ts';
import type { AppError } from '../src/errors.ts';
import { notSentFromTrainingSite } from '../src/mail/mailer.ts';
import { uploadStagingDir } from '../src/media/storage/open-store.ts';
import { storeUpload } from '../src/media/upload.ts';
import { addMenuEntry, deleteMenuEntry } from '../src/menus/service.ts';
import { cloneSite, createSiteFromSeed, resetSite, resetTrainingSites } from '../src/sites/lifecycle.ts';
import { contentTables } from '../src/sites/site-data.ts';
import { findSiteByCode, updateSite } from '../src/sites/service.ts';
import type { Site } from '../src/sites/site.ts';
import { AdminSession } from './support/admin-session.ts';
import { buildTestApp, contextFor, type TestApp } from './support/app.ts';
import { createTestDatabase, dialectsToTest, type TestDatabase } from './support/databases.ts';
import { noisyJpeg, storedKeys } from './support/media.ts';
import { startSmtpServer } from './support/smtp.ts';
import type { Kysely } from 'kysely';

const idColumns = new Set(['id', 'site_id', 'item_id', 'media_id', 'parent_id', 'run_id', 'user_id', 'author_id', 'created_by']);
const timeColumns = /(_at|_date)$|^(published_at|created_at|updated_at|synced_at)$/;

/**
 * Every content row of a site, as comparable text: ids replaced by the rank of the row they point
 * at (the seed loads rows in the same order each time), timestamps left out, JSON snapshots and
 * media addresses with their ids ranked too. Two dumps are equal when the content is the same.
 */
async function dumpSite(db: Kysely<Database>, site: Site): Promise<Record<string, string[]>> {
  const scope = new SiteScope(db, site.id);
  const ranks = new Map<string, Map<number, number>>();
  for (const table of ['items', 'media_files', 'menu_entries'] as const) {
    const rows = await scope.selectFrom(table).select('id').orderBy('id').execute();
    ranks.set(table, new Map(rows.map((r, i) => [r.id, i + 1])));
  }
  const rank = (table: string, id: unknown) => (typeof id === 'number' ? `${table}#${ranks.get(table)!.get(id) ?? `missing:${id}`}` : id);
  const refTable: Record<string, string> = { item_id: 'items', media_id: 'media_files', parent_id: 'menu_entries' };
  const text = (value: unknown) =>
    typeof value === 'string' ? value.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>').replace(/\/media\/(\d+)\//g, (_, id) => `/media/${rank('media_files', Number(id))}/`).replace(/"(leadImage|id|itemId)":(\d+)/g, (_, k, id) => `"${k}":"${k === 'leadImage' ? rank('media_files', Number(id)) : rank('items', Number(id))}"`) : value;
  const dump: Record<string, string[]> = {};
  for (const table of contentTables) {
    const rows = (await scope.selectFrom(table as SiteTable).selectAll().execute()) as Record<string, unknown>[];
    dump[table] = rows
      .map((row) => {
        const kept: Record<string, unknown> = {};
        for (const [column, value] of Object.entries(row).sort(([a], [b]) => a.localeCompare(b))) {
          if (timeColumns.test(column)) continue;
          if (column === 'id') kept.id = table in { items: 1, media_files: 1, menu_entries: 1 } ? rank(table, value) : undefined;
          else if (refTable[column]) kept[column] = rank(refTable[column]!, value);
          else if (idColumns.has(column)) continue;
          else kept[column] = text(value);
        }
        return JSON.stringify(kept);
      })
      .sort();
  }
  const settings = (await findSiteByCode(db, site.code))!;
  dump.settings = [JSON.stringify({ theme: { ...settings.theme, heroImageId: rank('media_files', settings.theme.heroImageId) }, taglines: settings.taglines, contactEmail: settings.contactEmail, names: settings.names, languages: settings.languages })];
  return dump;
}

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`training sites [${dialect}]`, { skip }, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    before(async () => {
      smtp = await startSmtpServer();
      t = await buildTestApp(dialect, { SMTP_URL: smtp.url });
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });
    const get = (host: string, url: string) => t.app.inject({ method: 'GET', url, headers: { host } });

    test('a training site shows its banner on public and admin pages and stays out of search engines', async () => {
      const { site } = await createSiteFromSeed(t.services, { code: 'class-a', names: { en: 'Class A' }, languages: ['en', 'fr'], status: 'training' }, { resetNightly: true });
      for (const url of ['/en/', '/fr/news', '/en/search?q=biodiversity']) {
        const page = await get('class-a.localhost', url);
        assert.equal(page.statusCode, 200, url);
        assert.match(page.body, /site-status-banner--training/, url);
        assert.match(page.body, /<meta name="robots" content="noindex"\/?>/, url);
        assert.equal(page.headers['x-robots-tag'], 'noindex, nofollow', url);
      }
      assert.match((await get('class-a.localhost', '/fr/')).body, /Site de formation/, 'the banner in the page’s language');
      const robots = await get('class-a.localhost', '/robots.txt');
      assert.equal(robots.body, 'User-agent: *\nDisallow: /\n');
      const sitemap = await get('class-a.localhost', '/sitemap.xml');
      assert.equal(sitemap.statusCode, 200);
      assert.doesNotMatch(sitemap.body, /<url>/, 'an empty sitemap');
      assert.equal((await get('class-a.localhost', '/feeds/en/news.rss')).headers['x-robots-tag'], 'noindex, nofollow');

      await createUser(t.services.db.kysely, { email: 'trainee@class-a.example', displayName: 'Trainee', password: 'correct horse battery', memberships: [{ siteId: site.id, role: 'editor' }] });
      const admin = new AdminSession(t.app, 'class-a.localhost');
      await admin.login('trainee@class-a.example', 'correct horse battery');
      const dashboard = await admin.get('/admin');
      assert.equal(dashboard.statusCode, 200);
      assert.match(dashboard.body, /site-status-banner--training/);

      const live = await createSiteFromSeed(t.services, { code: 'live-one', names: { en: 'Live' }, languages: ['en'] });
      const livePage = await get('live-one.localhost', '/en/');
      assert.doesNotMatch(livePage.body, /site-status-banner/);
      assert.equal(livePage.headers['x-robots-tag'], undefined);
      assert.match((await get('live-one.localhost', '/sitemap.xml')).body, /<url>/);
      assert.ok(live.site.status === 'live');
    });

    test('a training site’s email stays in the outbox, marked as not sent', async () => {
      const training = (await findSiteByCode(t.services.db.kysely, 'class-a'))!;
      const live = (await findSiteByCode(t.services.db.kysely, 'live-one'))!;
      const forgot = new AdminSession(t.app, 'class-a.localhost');
      await forgot.get('/admin/forgot');
      await forgot.post('/admin/forgot', { email: 'trainee@class-a.example' });
      await t.services.mailer.send({ siteId: live.id, to: 'someone@example.org', subject: 'From a live site', text: 'Hello' });
      const rows = await t.services.db.kysely.selectFrom('outbox').selectAll().orderBy('id').execute();
      const fromTraining = rows.filter((r) => r.site_id === training.id);
      assert.ok(fromTraining.length >= 1, 'the reset email is in the outbox');
      for (const row of fromTraining) {
        assert.equal(row.sent_at, null);
        assert.equal(row.error, notSentFromTrainingSite);
      }
      assert.ok(rows.find((r) => r.site_id === live.id)?.sent_at, 'a live site’s email is sent');
      assert.deepEqual(smtp.received.map((m) => m.subject), ['From a live site'], 'nothing from the training site reached the SMTP server');
    });

    test('reset after edits (items changed, added, deleted; menus and settings changed) returns exactly to the seed', async () => {
      const { site } = await createSiteFromSeed(t.services, { code: 'class-b', names: { en: 'Class B', ar: 'الصف ب' }, languages: ['en', 'ar'], country: 'ma', status: 'training' });
      const before = await dumpSite(t.services.db.kysely, site);
      const context = contextFor(t.services, site);
      const scope = context.scope;
      const ids = (await scope.selectFrom('items').select('id').orderBy('id').execute()).map((r) => r.id);
      const changed = (await findItem(scope, ids[1]!))!;
      const input = itemToInput(changed);
      input.translations.en!.title = 'My edited biodiversity page';
      input.translations.ar!.status = 'draft';
      await saveItem(context, input, { itemId: changed.id });
      await saveItem(context, { type: 'news', translations: { en: { title: 'Practice news', status: 'published' } } });
      await moveToTrash(context, ids[6]!);
      const { media } = await storeUpload({ scope, store: t.services.media, actorId: null, stagingDir: uploadStagingDir(t.services.config) }, { stream: Readable.from([noisyJpeg]), filename: 'practice.jpg' });
      const menu = await scope.selectFrom('menu_entries').select('id').where('menu', '=', 'main').where('language', '=', 'en').orderBy('id').execute();
      await deleteMenuEntry({ scope, site }, menu[1]!.id);
      await addMenuEntry({ scope, site }, 'footer', 'ar', { label: 'رابط', parentId: null, target: { kind: 'url', url: 'https://example.org/' } });
      await updateSite(t.services.db.kysely, 'class-b', { theme: { primaryColor: '#000000', heroImageId: media.id }, taglines: { en: 'Edited tagline' } });
      await t.services.sites.refresh();
      assert.notDeepEqual(await dumpSite(t.services.db.kysely, site), before, 'the edits show in the dump');

      const report = await resetSite(t.services, 'class-b');
      assert.equal(report.seed, 'national-chm');
      assert.deepEqual(await dumpSite(t.services.db.kysely, site), before);
      assert.ok(!(await storedKeys(t.services.media)).some((key) => key.startsWith(`sites/${site.id}/`)), 'the practice upload is gone from the store');
      const home = await get('class-b.localhost', '/en/');
      assert.doesNotMatch(home.body, /Practice news|Edited tagline/);
    });

    test('reset of a sandbox cloned from a template returns to the template’s content, media included', async () => {
      const { site: template } = await createSiteFromSeed(t.services, { code: 'class-tpl', names: { en: 'Template' }, languages: ['en'], status: 'test' });
      const tplScope = new SiteScope(t.services.db.kysely, template.id);
      const { media } = await storeUpload({ scope: tplScope, store: t.services.media, actorId: null, stagingDir: uploadStagingDir(t.services.config) }, { stream: Readable.from([noisyJpeg]), filename: 'wetland.jpg' });
      await saveItem(contextFor(t.services, template), { type: 'news', fields: { leadImage: media.id }, translations: { en: { title: 'Exercise one', body: `<p><img src="/media/${media.id}/wetland.jpg" alt="x"></p>`, status: 'published' } } });
      await updateSite(t.services.db.kysely, 'class-tpl', { theme: { heroImageId: media.id } });
      const { site } = await cloneSite(t.services, 'class-tpl', { code: 'class-c', status: 'training', content: true });
      const before = await dumpSite(t.services.db.kysely, site);
      assert.equal(before.media_files!.length, 1);
      const context = contextFor(t.services, site);
      const news = (await context.scope.selectFrom('items').select('id').where('type', '=', 'news').orderBy('id').execute()).at(-1)!;
      await moveToTrash(context, news.id);
      await context.scope.deleteFrom('media_usages').execute();
      await resetSite(t.services, 'class-c');
      assert.deepEqual(await dumpSite(t.services.db.kysely, site), before);
      const keys = await storedKeys(t.services.media);
      const [file] = await context.scope.selectFrom('media_files').select('storage_key').execute();
      assert.ok(file && keys.includes(file.storage_key), 'the copied file is in the store after the reset');
    });

    test('only training sites can be reset; the nightly job resets the training sites marked for it', async () => {
      await assert.rejects(resetSite(t.services, 'live-one'), (e: AppError) => e.code === 'not_training_site');
      const nightly = await createSiteFromSeed(t.services, { code: 'class-n', names: { en: 'Nightly' }, languages: ['en'], status: 'training' }, { resetNightly: true });
      const manual = await createSiteFromSeed(t.services, { code: 'class-m', names: { en: 'Manual' }, languages: ['en'], status: 'training' }, { resetNightly: false });
      for (const site of [nightly.site, manual.site]) await saveItem(contextFor(t.services, site), { type: 'news', translations: { en: { title: 'Homework', status: 'published' } } });
      const result = await resetTrainingSites(t.services);
      assert.deepEqual(result.reset.map((r) => r.site).sort(), ['class-a', 'class-n']);
      assert.deepEqual(result.failed, []);
      const count = async (site: Site) => (await new SiteScope(t.services.db.kysely, site.id).selectFrom('items').select('id').execute()).length;
      assert.equal(await count(nightly.site), 8);
      assert.equal(await count(manual.site), 9, 'a site not marked for the nightly reset keeps its work');
    });
  });

  describe(`ecotone training create [${dialect}]`, { skip }, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(dialect);
      await database.db.close();
    });
    after(() => database.drop());

    test('creates N training sites and prints N logins that can sign in', async () => {
      const run = promisify(execFile);
      const env = { ...process.env, ...database.env, LOG_LEVEL: 'silent' };
      const { stdout } = await run(process.execPath, ['bin/ecotone.js', 'training', 'create', '--count', '3', '--from', 'national-chm', '--prefix', 'class1', '--languages', 'en,fr', '--json'], { env });
      const logins = JSON.parse(stdout) as { site: string; url: string; login: string; password: string }[];
      assert.deepEqual(logins.map((l) => l.site), ['class1-01', 'class1-02', 'class1-03']);
      assert.equal(new Set(logins.map((l) => l.password)).size, 3);
      const table = await run(process.execPath, ['bin/ecotone.js', 'training', 'create', '--count', '2', '--from', 'class1-01', '--prefix', 'class2'], { env });
      assert.match(table.stdout, /SITE\s+URL\s+LOGIN\s+PASSWORD/);
      assert.match(table.stdout, /class2-02\s+http:\/\/class2-02\.localhost:3000\/admin\s+editor@class2-02\.training\.invalid\s+\S{16}/);
      const again = await run(process.execPath, ['bin/ecotone.js', 'training', 'create', '--count', '2', '--from', 'national-chm', '--prefix', 'class1'], { env }).catch((e: { code: number; stderr: string }) => e);
      assert.ok('code' in again && again.code === 1 && /class1-01/.test(again.stderr), 'a second class with the same prefix is refused');
      const unconfirmed = await run(process.execPath, ['bin/ecotone.js', 'site', 'delete', 'class1-03'], { env }).catch((e: { code: number; stderr: string }) => e);
      assert.ok('code' in unconfirmed && unconfirmed.code === 1 && /--confirm class1-03/.test(unconfirmed.stderr), `site delete without --confirm is refused: ${JSON.stringify(unconfirmed)}`);
      const renamed = await run(process.execPath, ['bin/ecotone.js', 'site', 'update', 'class1-03', '--code', 'renamed'], { env }).catch((e: { code: number; stderr: string }) => e);
      assert.ok('code' in renamed && renamed.code === 1 && /cannot change/.test(renamed.stderr), 'a site code never changes');
      const reset = JSON.parse((await run(process.execPath, ['bin/ecotone.js', 'site', 'reset', 'class1-02', '--json'], { env })).stdout);
      assert.deepEqual({ site: reset.site, seed: reset.seed, items: reset.items }, { site: 'class1-02', seed: 'national-chm', items: 8 });

      const t = await buildTestAppOn(database);
      try {
        for (const login of logins) {
          const session = new AdminSession(t.app, `${login.site}.localhost`);
          const response = await session.login(login.login, login.password);
          assert.equal(response.statusCode, 303, login.site);
          const dashboard = await session.get('/admin');
          assert.equal(dashboard.statusCode, 200);
          assert.match(dashboard.body, /site-status-banner--training/);
          const other = new AdminSession(t.app, logins.find((l) => l !== login)!.site + '.localhost');
          await other.login(login.login, login.password);
          assert.notEqual((await other.get('/admin')).statusCode, 200, 'a login works on its own sandbox only');
        }
        const site = (await findSiteByCode(t.services.db.kysely, 'class2-01'))!;
        assert.equal(site.status, 'training');
        assert.equal(site.seed, 'clone-content:class1-01');
        assert.ok(site.resetNightly);
      } finally {
        await t.close();
      }
    });
  });
}

/** A server on a database a CLI run filled (the test database is dropped by its own suite). */
async function buildTestAppOn(database: TestDatabase) {
  const { openPostgres, openSqlite } = await import('../src/db/database.ts');
  const { startServices } = await import('../src/app-services.ts');
  const { loadConfig } = await import('../src/config.ts');
  const { buildServer } = await import('../src/server.ts');
  const path = await import('node:path');
  const db = database.env.DATABASE_URL ? openPostgres(database.env.DATABASE_URL) : openSqlite(path.join(database.dataDir, 'ecotone.sqlite'));
  const services = await startServices(loadConfig({ ...database.env, LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0', CBD_SYNC_INTERVAL_HOURS: '0' }), { db, log: { info: () => undefined, warn: () => undefined } });
  const app = await buildServer(services, { logger: false });
  await app.ready();
  return {
    app,
    services,
    async close() {
      await app.close();
      await services.close();
    },
  };
}
