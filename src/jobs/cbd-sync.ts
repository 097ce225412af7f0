import { runCbdSync } from '../interop/cbd/service.ts';
import { defineJob } from './registry.ts';

/**
 * The periodic CBD sync (ADR 0016): the vocabularies, then each site with a country, whenever its
 * last attempt is older than `CBD_SYNC_INTERVAL_HOURS`. The schedule looks often (every 15
 * minutes) and this job decides what is due, so a site added or a failed sync is picked up at the
 * interval after its own last attempt. A sync can take minutes of API retries: the job runs beside
 * the others (the runner's concurrency) and renews its lease while it runs. A site that fails is
 * recorded per site (the admin's CBD page shows it) and tried again after the interval; the
 * per-site claim in `sync.ts` lets one process sync a site when two see it due.
 */
export const cbdSyncJob = defineJob({
  name: 'cbd-sync',
  retry: { attempts: 2, backoffMs: 5 * 60_000 },
  leaseMs: 5 * 60_000,
  timeoutMs: 2 * 3_600_000,
  async perform(_payload, { db, now, services, log }) {
    const hours = services.config.cbdSyncIntervalHours;
    if (hours === 0) return undefined;
    const cutoff = new Date(Date.parse(now) - hours * 3_600_000).toISOString();
    const attempts = new Map((await db.selectFrom('cbd_site_syncs').select(['site_id', 'last_attempt_at']).execute()).map((r) => [r.site_id, r.last_attempt_at]));
    const sites = services.sites.all().filter((site) => site.country && site.status !== 'suspended' && (attempts.get(site.id) ?? '') < cutoff);
    const lastVocabulary = (await db.selectFrom('cbd_vocabulary_syncs').select((eb) => eb.fn.min('last_attempt_at').as('oldest')).executeTakeFirst())?.oldest ?? '';
    const vocabularies = String(lastVocabulary) < cutoff;
    if (!sites.length && !vocabularies) return { sites: [], vocabularies: false };
    const report = await runCbdSync(services, { sites, vocabularies, log });
    return {
      sites: report.sites.map((r) => r.site),
      failed: report.sites.filter((r) => !r.ok).map((r) => r.site),
      vocabularies: report.vocabularies.length,
    };
  },
});
