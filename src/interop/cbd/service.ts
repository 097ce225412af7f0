/**
 * The CBD sync as the rest of the application uses it: the CLI (`ecotone sync cbd`), the admin's
 * "Sync now" button and the periodic task all come here (ADR 0016).
 */
import type { AppServices } from '../../app-services.ts';
import type { Site } from '../../sites/site.ts';
import { type DomainSyncResult, syncVocabularies } from '../../vocabularies/sync.ts';
import { CbdClient } from './client.ts';
import { type SiteSyncResult, type SyncLog, type SyncOptions, syncSiteNationalData } from './sync.ts';

export function cbdClient(services: Pick<AppServices, 'config'>, log?: SyncLog): CbdClient {
  return new CbdClient({ baseUrl: services.config.cbdApiUrl, timeoutMs: services.config.cbdApiTimeoutMs, log });
}

export interface CbdSyncReport {
  vocabularies: DomainSyncResult[];
  sites: SiteSyncResult[];
}

/**
 * Syncs the vocabularies (unless `sites` is given alone) and then each site's national data. The
 * vocabularies go first: a national target's GBF targets must be known terms to become tags.
 */
export async function runCbdSync(
  services: Pick<AppServices, 'config' | 'db' | 'vocabularies'>,
  options: SyncOptions & { sites: readonly Site[]; vocabularies?: boolean; log: SyncLog },
): Promise<CbdSyncReport> {
  const client = cbdClient(services, options.log);
  const deps = { db: services.db.kysely, client, vocabularies: services.vocabularies, log: options.log };
  const vocabularies = options.vocabularies === false ? [] : await syncVocabularies(deps, { now: options.now });
  const sites: SiteSyncResult[] = [];
  for (const site of options.sites) sites.push(await syncSiteNationalData(deps, site, options));
  return { vocabularies, sites };
}
