import { refreshPlannerStatistics } from '../../db/database.ts';
import { randomBytes } from 'node:crypto';
import { createUser } from '../../accounts/service.ts';
import type { AppServices } from '../../app-services.ts';
import { saveItem } from '../../content/service.ts';
import { SiteScope } from '../../db/site-scope.ts';
import { inTransaction } from '../../db/transaction.ts';
import { addMenuTree } from '../../menus/service.ts';
import { seedMenuTree } from './load-seed.ts';
import { createSite, findSiteByCode, updateSite } from '../service.ts';
import { seedHelpers } from './seed-helpers.ts';
import { addDemoImages } from './demo-images.ts';
import { uploadStagingDir } from '../../media/storage/open-store.ts';
import { be } from './demo/be.ts';
import { bj } from './demo/bj.ts';
import { ma } from './demo/ma.ts';
import type { SeedSite } from './seed-types.ts';

export const demoSites: readonly SeedSite[] = [be, bj, ma];
const dayMs = 86_400_000;

export interface DemoReport {
  sites: { code: string; items: number; created: boolean }[];
  admin: { email: string; password: string } | null;
}

/**
 * Creates the demo network: sites be, bj and ma with their sample content (loaded through the
 * same save path an editor uses) and a network administrator. Sites that already exist are left
 * untouched, so running it twice changes nothing.
 */
export async function createDemoNetwork(services: AppServices, options: { now?: Date; adminEmail?: string } = {}): Promise<DemoReport> {
  const now = options.now ?? new Date();
  const helpers = seedHelpers(now);
  const report: DemoReport = { sites: [], admin: null };
  for (const seed of demoSites) {
    if (await findSiteByCode(services.db.kysely, seed.code)) {
      report.sites.push({ code: seed.code, items: 0, created: false });
      continue;
    }
    // One transaction per site: an interrupted run leaves no half-filled site, and the next run creates it whole.
    const count = await inTransaction(services.db.kysely, async (trx) => {
      const site = await createSite(trx, {
        code: seed.code,
        country: seed.country,
        names: seed.names,
        languages: seed.languages,
        defaultLanguage: seed.defaultLanguage,
        contactEmail: seed.contactEmail,
        theme: seed.theme,
        taglines: seed.taglines,
        status: 'live',
      });
      const context = { scope: new SiteScope(trx, site.id), site, vocabularies: services.vocabularies, actorId: null };
      const images = await addDemoImages({ scope: context.scope, store: services.media, stagingDir: uploadStagingDir(services.config), languages: seed.languages });
      // Each site's home page gets its own picture: forest, savanna or coast, in the order of the sites.
      await updateSite(trx, site.code, { theme: { heroImageId: images[1 + (demoSites.indexOf(seed) % (images.length - 1))] } });
      let imageTurn = 0;
      let saved = 0;
      const idsByKey = new Map<string, number>();
      for (const item of seed.items(helpers)) {
        const publishedAt = new Date(now.getTime() - item.publishedDaysAgo * dayMs).toISOString();
        try {
          // News and protected areas get a lead image, turn by turn from the site's illustrations.
          const leadImage = /^(news|protected-area)-/.test(item.key) ? images[imageTurn++ % images.length] : undefined;
          const created = await saveItem(context, {
            type: item.type,
            fields: leadImage === undefined ? item.fields : { ...item.fields, leadImage },
            promoted: item.promoted,
            sticky: item.sticky,
            sortOrder: item.sortOrder,
            point: item.point,
            tags: item.tags,
            translations: Object.fromEntries(
              Object.entries(item.translations).map(([language, t]) => [language, { ...t, status: 'published' as const, publishedAt }]),
            ),
          });
          idsByKey.set(item.key, created.id);
        } catch (error) {
          throw new Error(`Demo item ${seed.code}/${item.key} could not be saved: ${(error as Error).message}`, { cause: error });
        }
        saved++;
      }
      for (const language of seed.languages) {
        for (const menu of ['main', 'footer'] as const) {
          await addMenuTree({ scope: context.scope, site }, menu, language, seedMenuTree(seed.code, seed.menus?.[menu] ?? [], language, idsByKey));
        }
      }
      return saved;
    });
    report.sites.push({ code: seed.code, items: count, created: true });
  }
  await services.sites.refresh();
  if (report.sites.some((s) => s.created)) await refreshPlannerStatistics(services.db);

  const adminEmail = options.adminEmail ?? 'admin@demo.ecotone.invalid';
  const existingAdmin = await services.db.kysely.selectFrom('users').select('id').where('email', '=', adminEmail).executeTakeFirst();
  if (!existingAdmin) {
    const password = randomBytes(12).toString('base64url');
    await createUser(services.db.kysely, { email: adminEmail, displayName: 'Network administrator', password, isNetworkAdmin: true });
    report.admin = { email: adminEmail, password };
  }
  return report;
}
