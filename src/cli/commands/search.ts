import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { SiteScope } from '../../db/site-scope.ts';
import { BadRequestError, NotFoundError } from '../../errors.ts';
import { rebuildSiteIndex } from '../../search/service.ts';
import { findSiteByCode, listSites } from '../../sites/service.ts';
import type { Output } from '../output.ts';

export interface SearchOptions {
  site?: string;
}

/**
 * `ecotone search rebuild [--site <code>]`: rebuilds the search index of one site or of every
 * site from its items (ADR 0013), and says per site how many items it indexed and how long it took.
 */
export async function searchCommand(action: string | undefined, options: SearchOptions, out: Output): Promise<void> {
  if (action !== 'rebuild') throw new BadRequestError('Use: ecotone search rebuild [--site <code>]', 'unknown_command');
  const services = await startServices(loadConfig());
  try {
    const db = services.db.kysely;
    let sites;
    if (options.site !== undefined) {
      const site = await findSiteByCode(db, options.site);
      if (!site) throw new NotFoundError(`--site ${options.site}: there is no site "${options.site}" (ecotone site list shows the codes)`, 'site_not_found');
      sites = [site];
    } else {
      sites = await listSites(db);
      if (!sites.length) out.say('No sites yet: nothing to index.');
    }
    const results = [];
    for (const site of sites) {
      const report = await rebuildSiteIndex(new SiteScope(db, site.id), services.vocabularies);
      const dropped = report.entriesBefore > report.entries ? `; ${report.entriesBefore - report.entries} stale entries dropped` : '';
      out.say(
        `Rebuilt the search index of ${site.code}: ${report.indexedItems} of ${report.items} items indexed (${report.entries} entries${dropped}) in ${(report.durationMs / 1000).toFixed(1)} s`,
      );
      results.push({ site: site.code, ...report });
    }
    out.result({ sites: results });
  } finally {
    await services.close();
  }
}
