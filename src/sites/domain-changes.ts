import { BadRequestError } from '../errors.ts';
import { normaliseHost } from './schema.ts';
import type { SiteDomain } from './site.ts';

export interface DomainChanges {
  /** Hosts to add, `host` or `host:alias|redirect|primary` (an alias unless said). */
  add?: readonly string[];
  remove?: readonly string[];
  /** A host that becomes the primary domain (added if new); the former primary becomes an alias. */
  primary?: string;
}

/**
 * A site's domains after adding, removing and choosing the primary one, so a re-domaining does
 * not need the whole list again (`site update be --primary-domain www.new.example
 * --add-domain www.old.example:redirect`). Pure; the result is validated by the site's schema.
 */
export function changeDomains(current: readonly SiteDomain[], changes: DomainChanges): SiteDomain[] {
  const host = (raw: string) => normaliseHost(raw) ?? raw.trim().toLowerCase();
  let domains: SiteDomain[] = current.map((d) => ({ ...d }));
  for (const raw of changes.remove ?? []) {
    const h = host(raw);
    if (!domains.some((d) => d.host === h)) throw new BadRequestError(`The site has no domain ${raw} to remove (it has ${domains.map((d) => d.host).join(', ') || 'none'})`, 'unknown_domain');
    domains = domains.filter((d) => d.host !== h);
  }
  for (const value of changes.add ?? []) {
    const [raw, kind = 'alias'] = value.split(':');
    const h = host(raw ?? '');
    domains = domains.filter((d) => d.host !== h);
    domains.push({ host: h, kind: kind as SiteDomain['kind'] });
    if (kind === 'primary') domains = domains.map((d): SiteDomain => (d.host !== h && d.kind === 'primary' ? { ...d, kind: 'alias' } : d));
  }
  if (changes.primary) {
    const h = host(changes.primary);
    domains = domains.map((d): SiteDomain => (d.kind === 'primary' ? { ...d, kind: 'alias' } : d)).filter((d) => d.host !== h);
    domains.unshift({ host: h, kind: 'primary' });
  }
  return domains;
}
