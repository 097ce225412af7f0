import type { FastifyInstance } from 'fastify';
import { type AppServices, startServices } from '../../src/app-services.ts';
import { loadConfig } from '../../src/config.ts';
import { saveItem } from '../../src/content/service.ts';
import type { Item, ItemInput } from '../../src/content/item.ts';
import { SiteScope } from '../../src/db/site-scope.ts';
import { buildServer } from '../../src/server.ts';
import type { SiteInput } from '../../src/sites/schema.ts';
import { createSite } from '../../src/sites/service.ts';
import type { Site } from '../../src/sites/site.ts';
import { createTestDatabase, type DialectName, type TestDatabase } from './databases.ts';

export interface TestApp {
  services: AppServices;
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A migrated database of the given dialect with a server on it (used through `app.inject`). */
export async function buildTestApp(dialect: DialectName, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  // No periodic CBD sync unless a test asks for one: tests never reach the real CBD API.
  const config = loadConfig({ ...database.env, LOG_LEVEL: 'silent', SITE_REFRESH_INTERVAL_MS: '0', CBD_SYNC_INTERVAL_HOURS: '0', SCHEDULED_BACKUPS: '0', ...env });
  const services = await startServices(config, { db: database.db, log: { info: () => undefined, warn: () => undefined } });
  const app = await buildServer(services, { logger: false });
  await app.ready();
  return {
    services,
    app,
    database,
    async close() {
      await app.close();
      await services.close().catch(() => undefined);
      await database.drop();
    },
  };
}

let siteCounter = 0;

/** A site with sensible defaults; refreshes the host map so requests reach it at once. */
export async function buildSite(services: AppServices, overrides: Partial<SiteInput> = {}): Promise<Site> {
  siteCounter++;
  const site = await createSite(services.db.kysely, {
    code: `site${siteCounter}`,
    names: { en: `Test site ${siteCounter}`, fr: `Site de test ${siteCounter}` },
    languages: ['en', 'fr'],
    ...overrides,
  });
  await services.sites.refresh();
  return site;
}

/** A published news item (or any type, via overrides) on `site`. */
export async function buildItem(services: AppServices, site: Site, overrides: Partial<ItemInput> = {}): Promise<Item> {
  return saveItem(
    contextFor(services, site),
    {
      type: 'news',
      tags: ['GBF-TARGET-03'],
      translations: {
        [site.defaultLanguage]: { title: 'Wetland restoration begins', summary: 'Work starts on the marshes.', body: '<p>The restoration of the marshes begins this spring.</p>', status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() },
      },
      ...overrides,
    },
  );
}

export function contextFor(services: AppServices, site: Site) {
  return { scope: new SiteScope(services.db.kysely, site.id), site, vocabularies: services.vocabularies, actorId: null };
}

export function hostOf(site: Site): string {
  return `${site.code}.localhost`;
}
