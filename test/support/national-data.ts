import type { AppServices } from '../../src/app-services.ts';
import type { Item, ItemInput } from '../../src/content/item.ts';
import { saveItem } from '../../src/content/service.ts';
import { SiteScope } from '../../src/db/site-scope.ts';
import type { Site } from '../../src/sites/site.ts';
import { contextFor } from './app.ts';

/** A minute ago, so that what is saved as published is live at once. */
export const justNow = () => new Date(Date.now() - 60_000).toISOString();

/**
 * Saves an item as the CBD sync does (ADR 0016): owned by the sync (`origin: 'cbd'`), read-only in
 * the admin. Published in the given languages unless the input says otherwise.
 */
export function saveSyncedItem(services: AppServices, site: Site, input: ItemInput): Promise<Item> {
  return saveItem(contextFor(services, site), input, { origin: 'cbd' });
}

/**
 * The site's national-data sync status, as the CBD sync leaves it after a success: the row pages
 * read their "last synced" date and sample-data flag from (`siteSyncStatus`). Replaces any row.
 */
export async function recordSiteSync(services: AppServices, site: Site, sync: { at: string; sampleData: boolean }): Promise<void> {
  const scope = new SiteScope(services.db.kysely, site.id);
  await scope.deleteFrom('cbd_site_syncs').execute();
  await scope
    .insertInto('cbd_site_syncs', {
      last_attempt_at: sync.at,
      last_success_at: sync.at,
      last_error: null,
      last_counts: JSON.stringify({ added: 3, updated: 0, removed: 0, unchanged: 0 }),
      running_since: null,
      sample_data: sync.sampleData ? 1 : 0,
    })
    .execute();
}

/**
 * A synced NBSAP with its documents, a synced national target aligned with GBF targets 3 (high)
 * and 2 (medium), and a sync row marked as sample data: enough for every page of synced records.
 * `title` names the national target, in each of the site's languages given.
 */
export async function seedSyncedRecords(services: AppServices, site: Site, titles: Record<string, { nbsap: string; target: string }>): Promise<{ nbsap: Item; target: Item }> {
  const published = justNow();
  const translations = (pick: (t: { nbsap: string; target: string }) => string, fields: (language: string) => Record<string, unknown> = () => ({})) =>
    Object.fromEntries(Object.entries(titles).map(([language, t]) => [language, { title: pick(t), status: 'published' as const, publishedAt: published, fields: fields(language) }]));
  const nbsap = await saveSyncedItem(services, site, {
    type: 'nbsap',
    fields: { startDate: '2024-01-01', endDate: '2030-12-31', adoptionDate: '2024-11-04', gbfAligned: true, cbdRecordUrl: `https://ort.cbd.int/nbsaps/${site.code}/view` },
    translations: translations(
      (t) => t.nbsap,
      (language) => ({ documents: [{ url: `https://www.cbd.int/doc/world/${site.code}/${site.code}-nbsap-v3-${language}.pdf`, title: `NBSAP 2024–2030 (${language})` }] }),
    ),
  });
  const target = await saveSyncedItem(services, site, {
    type: 'national-target',
    tags: ['GBF-TARGET-03', 'GBF-TARGET-02'],
    fields: {
      code: `${site.code.toUpperCase()}-NT3`,
      targetsHighAlignment: ['GBF-TARGET-03'],
      targetsMediumAlignment: ['GBF-TARGET-02'],
      cbdRecordUrl: `https://ort.cbd.int/national-targets/${site.code}/part-1/3/view`,
    },
    translations: translations((t) => t.target),
  });
  await recordSiteSync(services, site, { at: '2026-03-03T10:00:00.000Z', sampleData: true });
  return { nbsap, target };
}
