import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { BadRequestError, NotFoundError } from '../../errors.ts';
import { runCbdSync } from '../../interop/cbd/service.ts';
import type { Output } from '../output.ts';
import { table } from '../output.ts';

export interface SyncCommandOptions {
  site?: string;
  full?: boolean;
}

/**
 * `ecotone sync cbd [--site be] [--full]`: refreshes the shared vocabularies from the CBD
 * thesaurus, then the national data (national targets, NBSAPs, national reports, focal points)
 * of one site or of every site with a country, from `CBD_API_URL`. `--full` reads every record
 * again, changed or not. Exits non-zero when anything failed; the last good data is kept.
 */
export async function syncCommand(action: string | undefined, options: SyncCommandOptions, out: Output): Promise<number> {
  if (action !== 'cbd') throw new BadRequestError(`sync needs what to sync: cbd${action ? ` (got "${action}")` : ''}, e.g. ecotone sync cbd --site be`, 'missing_option');
  const services = await startServices(loadConfig());
  try {
    const site = options.site === undefined ? undefined : services.sites.byCodeOrUndefined(options.site);
    if (options.site !== undefined && !site) throw new NotFoundError(`There is no site "${options.site}"`, 'unknown_site');
    if (site && !site.country) throw new BadRequestError(`Site ${site.code} has no country, so it has no national data to sync: set one with ecotone site update ${site.code} --country xx`, 'site_without_country');
    const sites = site ? [site] : services.sites.all().filter((s) => s.country);
    out.say(`Syncing from ${services.config.cbdApiUrl}…`);
    const log = { info: () => {}, warn: (o: object, m: string) => out.say(`  warning: ${m} ${JSON.stringify(o)}`), error: () => {} };
    const report = await runCbdSync(services, { sites, full: options.full, log });
    const failedDomains = report.vocabularies.filter((d) => !d.ok);
    out.say(`Vocabularies: ${report.vocabularies.filter((d) => d.ok).length} of ${report.vocabularies.length} thesaurus domains refreshed (${report.vocabularies.reduce((n, d) => n + d.added, 0)} new terms)`);
    for (const d of failedDomains) out.say(`  ${d.domain}: ${d.error}`);
    if (report.sites.length) {
      out.say(
        table([
          ['site', 'result', 'added', 'updated', 'removed', 'unchanged', 'skipped', 'seconds'],
          ...report.sites.map((r) => [r.site, r.ok ? 'ok' : 'FAILED', ...[r.counts.added, r.counts.updated, r.counts.removed, r.counts.unchanged, r.skipped.length].map(String), (r.durationMs / 1000).toFixed(1)]),
        ]),
      );
    } else {
      out.say('No site has a country, so there is no national data to sync.');
    }
    for (const r of report.sites) {
      if (r.error) out.say(`  ${r.site}: ${r.error} (the last good data is kept)`);
      for (const s of r.skipped) out.say(`  ${r.site}: skipped ${s.schema} ${s.identifier}: ${s.reason}`);
    }
    out.result(report);
    return failedDomains.length || report.sites.some((r) => !r.ok) ? 2 : 0;
  } finally {
    await services.close();
  }
}
