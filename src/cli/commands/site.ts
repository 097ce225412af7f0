import { startServices } from '../../app-services.ts';
import { loadConfig } from '../../config.ts';
import { BadRequestError } from '../../errors.ts';
import type { SiteInput } from '../../sites/schema.ts';
import { createSite, listSites, updateSite } from '../../sites/service.ts';
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
  return { code: site.code, country: site.country, names: site.names, languages: site.languages, defaultLanguage: site.defaultLanguage, status: site.status, domains: site.domains, theme: site.theme, contactEmail: site.contactEmail };
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
        const site = await createSite(db, {
          code,
          names: parseNames(options.name) ?? {},
          languages: options.languages.split(','),
          defaultLanguage: options.default,
          country: options.country ?? null,
          status: options.status,
          contactEmail: options.email ?? null,
          theme: { primaryColor: options['primary-color'], accentColor: options['accent-color'], logoUrl: options.logo },
          domains: parseDomains(options.domain),
        });
        out.say(`Created site ${site.code} (${site.languages.join(', ')}), status ${site.status}`);
        out.result(describe(site));
        return;
      }
      case 'update': {
        const code = options.code ?? positional[0];
        if (!code) throw new BadRequestError('site update needs the site code, e.g. ecotone site update be --status suspended', 'missing_option');
        const theme = { primaryColor: options['primary-color'], accentColor: options['accent-color'], logoUrl: options.logo };
        const site = await updateSite(db, code, {
          names: parseNames(options.name),
          languages: options.languages?.split(','),
          defaultLanguage: options.default,
          country: options.country,
          status: options.status,
          contactEmail: options.email,
          theme: Object.fromEntries(Object.entries(theme).filter(([, v]) => v !== undefined)),
          domains: parseDomains(options.domain),
        });
        out.say(`Updated site ${site.code}`);
        out.result(describe(site));
        return;
      }
      default:
        throw new BadRequestError('Use: ecotone site create|list|update', 'unknown_command');
    }
  } finally {
    await services.close();
  }
}
