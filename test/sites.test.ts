import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openPostgres, openSqlite } from '../src/db/database.ts';
import type { AppError, ValidationError } from '../src/errors.ts';
import { SiteDirectory } from '../src/sites/site-directory.ts';
import { createSite, updateSite } from '../src/sites/service.ts';
import { buildSite, buildTestApp, type TestApp } from './support/app.ts';
import { dialectsToTest } from './support/databases.ts';
import path from 'node:path';

for (const { dialect, skip } of await dialectsToTest()) {
  describe(`site registry [${dialect}]`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t.close());
    const get = (host: string, url = '/') => t.app.inject({ method: 'GET', url, headers: { host } });

    test('accepts any BCP 47 language and non-country site codes', async () => {
      const site = await createSite(t.services.db.kysely, { code: 'asean', names: { en: 'ASEAN CHM', dz: 'རྒྱལ་ཁབ' }, languages: ['EN', 'dz', 'nl-be'], country: null });
      assert.deepEqual(site.languages, ['en', 'dz', 'nl-BE']);
      assert.equal(site.defaultLanguage, 'en');
      assert.equal(site.country, null);
    });

    test('reports every invalid setting with the field it concerns', async () => {
      await assert.rejects(
        createSite(t.services.db.kysely, { code: 'Bad Code!', names: { en: '' }, languages: ['en', 'not a language'], defaultLanguage: 'fr', country: 'zz', status: 'archived', contactEmail: 'nope', theme: { primaryColor: 'red' } }),
        (error: ValidationError) => {
          const paths = error.details.map((d) => d.path);
          for (const p of ['code', 'country', 'languages[1]', 'defaultLanguage', 'names.en', 'status', 'contactEmail', 'theme.primaryColor']) assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
          return true;
        },
      );
    });

    test('refuses a second site with the same code or domain', async () => {
      await buildSite(t.services, { code: 'taken', names: { en: 'Taken' }, languages: ['en'], domains: [{ host: 'www.taken.example', kind: 'primary' }] });
      await assert.rejects(createSite(t.services.db.kysely, { code: 'taken', names: { en: 'Again' }, languages: ['en'] }), (e: AppError) => e.code === 'site_exists');
      await assert.rejects(
        createSite(t.services.db.kysely, { code: 'thief', names: { en: 'Thief' }, languages: ['en'], domains: [{ host: 'WWW.taken.example', kind: 'alias' }] }),
        (e: AppError) => e.code === 'domain_taken',
      );
    });

    test('answers on its primary domain, its aliases and <code>.localhost; redirects the rest', async () => {
      await buildSite(t.services, {
        code: 'dom',
        names: { en: 'Domains' },
        languages: ['en'],
        domains: [
          { host: 'www.biodiv.example', kind: 'primary' },
          { host: 'chm.example', kind: 'alias' },
          { host: 'biodiv.example', kind: 'redirect' },
        ],
      });
      for (const host of ['www.biodiv.example', 'CHM.example:8080', 'dom.localhost:3000', 'dom.localhost.']) {
        const response = await get(host, '/en/');
        assert.equal(response.statusCode, 200, host);
        assert.match(response.body, /rel="canonical" href="https:\/\/www\.biodiv\.example\/en\/"/, host);
      }
      const redirect = await get('biodiv.example', '/en/news?page=2');
      assert.equal(redirect.statusCode, 301);
      assert.equal(redirect.headers.location, 'http://www.biodiv.example/en/news?page=2');
    });

    test('updates settings and languages, keeping what was not changed', async () => {
      await buildSite(t.services, { code: 'upd', names: { en: 'Before', fr: 'Avant' }, languages: ['en', 'fr'] });
      const site = await updateSite(t.services.db.kysely, 'upd', { names: { en: 'After' }, languages: ['fr', 'en', 'ar'], defaultLanguage: 'fr', status: 'training' });
      assert.deepEqual(site.names, { en: 'After', fr: 'Avant' });
      assert.deepEqual(site.languages, ['fr', 'en', 'ar']);
      assert.equal(site.status, 'training');
      await assert.rejects(updateSite(t.services.db.kysely, 'nosuch', { status: 'live' }), (e: AppError) => e.code === 'site_not_found');
    });

    test('sees a site created by another process without a restart', async () => {
      const other = dialect === 'sqlite' ? openSqlite(path.join(t.database.dataDir, 'ecotone.sqlite')) : openPostgres(t.database.env.DATABASE_URL!);
      const directory = new SiteDirectory(t.services.db.kysely, { portalHosts: ['localhost'], localSiteSuffix: 'localhost' });
      await directory.refresh();
      try {
        assert.equal(directory.resolve('late.localhost').kind, 'unknown');
        await createSite(other.kysely, { code: 'late', names: { en: 'Late' }, languages: ['en'] });
        directory.watch(20);
        for (let i = 0; i < 100 && directory.resolve('late.localhost').kind === 'unknown'; i++) await new Promise((r) => setTimeout(r, 20));
        assert.equal(directory.resolve('late.localhost').kind, 'site');
      } finally {
        directory.stop();
        await other.close();
      }
    });
  });
}
