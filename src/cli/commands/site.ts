import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { BadRequestError } from '../../errors.ts';
import type { SiteInput } from '../../sites/schema.ts';
import { changeDomains } from '../../sites/domain-changes.ts';
import { cloneSite, createSiteFromSeed, deleteSite, resetSite, resumeSite, siteSeeds, suspendSite } from '../../sites/lifecycle.ts';
import { updateLifecycle } from '../../sites/repo.ts';
import { createSite, findSiteByCode, listSites, updateSite } from '../../sites/service.ts';
import type { Site } from '../../sites/site.ts';
import { type Output, table } from '../output.ts';

export interface SiteOptions {
  code?: string;
  name?: string[];
  languages?: string;
  default?: string;
  country?: string;
  status?: string;
  email?: string;
  domain?: string[];
  'primary-color'?: string;
  'accent-color'?: string;
  logo?: string;
  seed?: string;
  content?: boolean;
  message?: string[];
  confirm?: string;
  'add-domain'?: string[];
  'remove-domain'?: string[];
  'primary-domain'?: string;
  'reset-nightly'?: string;
}

/** `--name en="Belgian CHM"` → `{ en: 'Belgian CHM' }`. */
function parseNames(values: readonly string[] | undefined): Record<string, string> | undefined {
  if (!values?.length) return undefined;
  const names: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at < 1) throw new BadRequestError(`--name takes language=name, e.g. --name en="Belgian CHM"; got "${value}"`, 'invalid_option');
    names[value.slice(0, at)] = value.slice(at + 1);
  }
  return names;
}

/** `--domain www.biodiv.be` (primary) or `--domain biodiv.be:redirect`. */
function parseDomains(values: readonly string[] | undefined): SiteInput['domains'] {
  if (!values) return undefined;
  return values.map((value, index) => {
    const [host, kind] = value.split(':');
    return { host: host ?? '', kind: kind ?? (index === 0 ? 'primary' : 'alias') };
  });
}

function describe(site: Site): Record<string, unknown> {
  return { code: site.code, country: site.country, names: site.names, languages: site.languages, defaultLanguage: site.defaultLanguage, status: site.status, domains: site.domains, theme: site.theme, contactEmail: site.contactEmail, seed: site.seed, resetNightly: site.resetNightly };
}

/** `--message "Back on Monday"` (the site's default language) or `--message fr="De retour lundi"`. */
function parseMessage(values: readonly string[] | undefined, defaultLanguage: string): Record<string, string> {
  const message: Record<string, string> = {};
  for (const value of values ?? []) {
    const tagged = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)=(.*)$/s.exec(value);
    if (tagged) message[tagged[1]!] = tagged[2]!;
    else message[defaultLanguage] = value;
  }
  return message;
}

function parseYesNo(value: string | undefined, option: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'yes' || value === 'no') return value === 'yes';
  throw new BadRequestError(`--${option} takes yes or no, got "${value}"`, 'invalid_option');
}

/** The code of the site an action works on: the first positional or --code. */
function siteCode(action: string, options: SiteOptions, positional: string[], example: string): string {
  const code = positional[0] ?? options.code;
  if (!code) throw new BadRequestError(`site ${action} needs the site code, e.g. ${example}`, 'missing_option');
  return code;
}

export async function siteCommand(action: string | undefined, options: SiteOptions, positional: string[], out: Output): Promise<void> {
  const services = await startServices(loadConfig());
  try {
    const db = services.db.kysely;
    switch (action) {
      case 'list': {
        const sites = await listSites(db);
        out.say(sites.length ? table([['CODE', 'STATUS', 'LANGUAGES', 'NAME', 'DOMAINS'], ...sites.map((s) => [s.code, s.status, s.languages.join(','), s.names[s.defaultLanguage] ?? '', s.domains.map((d) => d.host).join(',')])]) : 'No sites yet.');
        out.result(sites.map(describe));
        return;
      }
      case 'create': {
        const code = options.code ?? positional[0];
        if (!code) throw new BadRequestError('site create needs --code, e.g. ecotone site create --code be --name en="Belgian CHM" --languages en,fr,nl', 'missing_option');
        if (!options.languages) throw new BadRequestError('site create needs --languages, e.g. --languages en,fr', 'missing_option');
        const input = {
          code,
          names: parseNames(options.name) ?? {},
          languages: options.languages.split(','),
          defaultLanguage: options.default,
          country: options.country ?? null,
          status: options.status,
          contactEmail: options.email ?? null,
          theme: { primaryColor: options['primary-color'], accentColor: options['accent-color'], logoUrl: options.logo },
          domains: parseDomains(options.domain),
        };
        if (options.seed) {
          if (!(siteSeeds as readonly string[]).includes(options.seed)) throw new BadRequestError(`--seed must be one of ${siteSeeds.join(', ')}; got "${options.seed}"`, 'unknown_seed');
          const created = await createSiteFromSeed(services, input, { seed: options.seed, resetNightly: parseYesNo(options['reset-nightly'], 'reset-nightly') });
          out.say(`Created site ${created.site.code} (${created.site.languages.join(', ')}), status ${created.site.status}, from seed ${options.seed}: ${created.items} items, ${created.menuEntries} menu entries`);
          out.result({ ...describe(created.site), items: created.items, menuEntries: created.menuEntries });
          return;
        }
        const site = await createSite(db, input);
        await services.sites.refresh();
        out.say(`Created site ${site.code} (${site.languages.join(', ')}), status ${site.status}`);
        out.result(describe(site));
        return;
      }
      case 'update': {
        const code = siteCode('update', options, positional, 'ecotone site update be --primary-domain www.biodiv.example');
        // The code is immutable (ADR 0021): it names the site in hosts, backups, logs and scripts; rename with --name, re-domain with the domain options.
        if (options.code && positional[0] && options.code !== positional[0]) throw new BadRequestError(`A site's code cannot change (${positional[0]} → ${options.code}): change its name (--name) and domains instead`, 'code_immutable');
        const current = await findSiteByCode(db, code);
        const domainEdits = options['add-domain'] || options['remove-domain'] || options['primary-domain'];
        if (domainEdits && options.domain) throw new BadRequestError('Use either --domain (the whole list) or --add-domain/--remove-domain/--primary-domain, not both', 'invalid_option');
        const domains = domainEdits && current ? changeDomains(current.domains, { add: options['add-domain'], remove: options['remove-domain'], primary: options['primary-domain'] }) : parseDomains(options.domain);
        const theme = { primaryColor: options['primary-color'], accentColor: options['accent-color'], logoUrl: options.logo };
        const site = await updateSite(db, code, {
          names: parseNames(options.name),
          languages: options.languages?.split(','),
          defaultLanguage: options.default,
          country: options.country,
          status: options.status,
          contactEmail: options.email,
          theme: Object.fromEntries(Object.entries(theme).filter(([, v]) => v !== undefined)),
          domains,
        });
        const resetNightly = parseYesNo(options['reset-nightly'], 'reset-nightly');
        if (resetNightly !== undefined) await updateLifecycle(db, site.id, { resetNightly });
        await services.sites.refresh();
        out.say(`Updated site ${site.code}`);
        out.result(describe(site));
        return;
      }
      case 'clone': {
        const from = siteCode('clone', options, positional.slice(0, 1), 'ecotone site clone template --code bj --name fr="CHM du Bénin" [--content]');
        if (!options.code || options.code === from) throw new BadRequestError('site clone needs the new site\'s --code, e.g. ecotone site clone template --code bj', 'missing_option');
        const created = await cloneSite(services, from, {
          code: options.code,
          names: parseNames(options.name),
          country: options.country,
          status: options.status,
          domains: parseDomains(options.domain),
          content: options.content ?? false,
          resetNightly: parseYesNo(options['reset-nightly'], 'reset-nightly'),
        });
        out.say(`Created site ${created.site.code} from ${from}${options.content ? ' with its content' : ''}: ${created.items} items, ${created.media} media files, ${created.menuEntries} menu entries; status ${created.site.status}`);
        out.result({ ...describe(created.site), from, items: created.items, media: created.media, menuEntries: created.menuEntries });
        return;
      }
      case 'suspend': {
        const code = siteCode('suspend', options, positional, 'ecotone site suspend be --message "Back on Monday"');
        const current = await findSiteByCode(db, code);
        const site = await suspendSite(services, code, { message: parseMessage(options.message, current?.defaultLanguage ?? 'en') });
        out.say(`Suspended site ${site.code}: its public pages answer 503 with the maintenance page; its admin stays open to its site managers`);
        out.result(describe(site));
        return;
      }
      case 'resume': {
        const code = siteCode('resume', options, positional, 'ecotone site resume be');
        const status = options.status as 'live' | 'test' | 'training' | undefined;
        if (status !== undefined && !['live', 'test', 'training'].includes(status)) throw new BadRequestError(`--status for resume is live, test or training; got "${options.status}"`, 'invalid_status');
        const site = await resumeSite(services, code, { status });
        out.say(`Resumed site ${site.code}, status ${site.status}`);
        out.result(describe(site));
        return;
      }
      case 'reset': {
        const code = siteCode('reset', options, positional, 'ecotone site reset training-01');
        const report = await resetSite(services, code);
        out.say(`Reset site ${report.site} to ${report.seed}: ${report.items} items, ${report.media} media files, ${report.menuEntries} menu entries`);
        out.result(report);
        return;
      }
      case 'delete': {
        const code = siteCode('delete', options, positional, 'ecotone site delete be --confirm be');
        const report = await deleteSite(services, code, { confirm: options.confirm });
        out.say(`Deleted site ${report.site}. Its backup is ${report.archive} (ecotone restore --in ${report.archive} brings it back)`);
        out.result(report);
        return;
      }
      default:
        throw new BadRequestError('Use: ecotone site create|list|update|clone|suspend|resume|reset|delete', 'unknown_command');
    }
  } finally {
    await services.close();
  }
}
