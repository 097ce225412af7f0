import type { AppServices } from '../app-services.ts';
import { runCbdSync } from '../interop/cbd/service.ts';
import type { PeriodicTask } from './periodic.ts';

/** The sync running in the background of each server, so that a tick never waits for the API. */
const running = new WeakMap<AppServices, Promise<void>>();

/**
 * The daily CBD sync (ADR 0016): every `CBD_SYNC_INTERVAL_HOURS`, the vocabularies and then each
 * site with a country whose last attempt is older than that. It runs in the background: a slow or
 * unreachable API (a sync can take minutes of retries) must not hold up scheduled publishing in
 * the same tick. Two processes may both see a site due; the per-site claim in `sync.ts` lets one
 * of them sync it.
 */
export const cbdSync: PeriodicTask = {
  name: 'cbd-sync',
  async perform({ db, now, services, log }) {
    const hours = services.config.cbdSyncIntervalHours;
    if (hours === 0 || running.has(services)) return undefined;
    const cutoff = new Date(Date.parse(now) - hours * 3_600_000).toISOString();
    const attempts = new Map((await db.selectFrom('cbd_site_syncs').select(['site_id', 'last_attempt_at']).execute()).map((r) => [r.site_id, r.last_attempt_at]));
    const sites = services.sites.all().filter((site) => site.country && site.status !== 'suspended' && (attempts.get(site.id) ?? '') < cutoff);
    const lastVocabulary = (await db.selectFrom('cbd_vocabulary_syncs').select((eb) => eb.fn.min('last_attempt_at').as('oldest')).executeTakeFirst())?.oldest ?? '';
    const vocabularies = String(lastVocabulary) < cutoff;
    if (!sites.length && !vocabularies) return undefined;
    const work = runCbdSync(services, { sites, vocabularies, log })
      .then((report) => {
        const failed = report.sites.filter((r) => !r.ok).map((r) => r.site);
        log.info({ task: 'cbd-sync', sites: report.sites.length, failed, vocabularies: report.vocabularies.length }, 'periodic CBD sync finished');
      })
      .catch((error: unknown) => log.error({ task: 'cbd-sync', err: error instanceof Error ? error.message : String(error) }, 'periodic CBD sync failed'))
      .finally(() => running.delete(services));
    running.set(services, work);
    return { started: sites.map((s) => s.code), vocabularies };
  },
};

/** Waits for a background sync of these services to end (before closing the database). */
export async function backgroundCbdSyncEnded(services: AppServices): Promise<void> {
  await running.get(services);
}
