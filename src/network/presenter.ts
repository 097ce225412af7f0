import { contentTypeByName } from '../content/registry.ts';
import { itemPath } from '../public/page-builder.ts';
import { type Site, siteName } from '../sites/site.ts';
import type { HarvestedEntry } from './harvested.ts';
import type { StreamRow } from './network-reads.ts';

/**
 * What the portal's pages show, mapped from rows (ADR 0022): sites as cards, stream entries
 * attributed to their site, with addresses on each site's own host. Views receive only these.
 */

/** How to write a site's absolute address from the portal: the request's scheme and port apply to `<code>.<suffix>` hosts. */
export interface SiteLinks {
  protocol: string;
  /** The portal request's port, if any (`3000` in development), reused for `<code>.localhost:3000`. */
  port: string | undefined;
  localSiteSuffix: string;
}

/**
 * A site's origin as a visitor reaches it from the portal: `https://` and its primary domain, or
 * `<code>.<suffix>` with the portal's scheme and port (the same origin its own canonical links
 * use when it has no primary domain).
 *
 * @example siteOrigin(be, { protocol: 'http', port: '3000', localSiteSuffix: 'localhost' }) // 'http://be.localhost:3000'
 */
export function siteOrigin(site: Pick<Site, 'code' | 'domains'>, links: SiteLinks): string {
  const primary = site.domains.find((d) => d.kind === 'primary');
  if (primary) return `https://${primary.host}`;
  return `${links.protocol}://${site.code}.${links.localSiteSuffix}${links.port ? `:${links.port}` : ''}`;
}

/**
 * A country's flag as an emoji (two regional indicator symbols), or null for a site without a
 * country. No image, no request: systems without flag glyphs show the two letters.
 *
 * @example flagEmoji('be') // '🇧🇪'
 */
export function flagEmoji(country: string | null): string | null {
  if (!country || !/^[a-z]{2}$/i.test(country)) return null;
  return String.fromCodePoint(...[...country.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** The name shown for a site in `language`, and the language it is written in (for `lang`). */
export function shownSiteName(site: Site, language: string): { name: string; language: string } {
  if (site.names[language]) return { name: site.names[language], language };
  return { name: siteName(site, language), language: site.names[site.defaultLanguage] ? site.defaultLanguage : (Object.keys(site.names)[0] ?? site.defaultLanguage) };
}

export interface PortalSiteCard {
  code: string;
  name: string;
  nameLanguage: string;
  href: string;
  flag: string | null;
  countryName: string | null;
  languages: string[];
  lastUpdatedAt: string | null;
}

export function siteCard(site: Site, language: string, links: SiteLinks, lastUpdatedAt: string | null, regionNames: Intl.DisplayNames): PortalSiteCard {
  const shown = shownSiteName(site, language);
  return {
    code: site.code,
    name: shown.name,
    nameLanguage: shown.language,
    href: `${siteOrigin(site, links)}/`,
    flag: flagEmoji(site.country),
    countryName: site.country ? (regionNames.of(site.country.toUpperCase()) ?? null) : null,
    languages: site.languages,
    lastUpdatedAt,
  };
}

/** Where an entry of a stream comes from: a site of this network, or a harvested remote node. */
export interface EntrySource {
  name: string;
  nameLanguage: string | null;
  href: string;
  flag: string | null;
}

/** One entry of the aggregated news or events, as the home page and the feeds show it. */
export interface StreamEntry {
  /** Stable across title and slug changes: the same tag URI as the site's own feeds (ADR 0014). */
  id: string;
  title: string;
  href: string;
  /** The language it is written in; differs from the page's when no translation exists. */
  language: string | null;
  summary: string;
  bodyHtml?: string;
  publishedAt: string;
  updatedAt: string;
  /** Events: the start (with the zone it was entered in, when known) and end. */
  start: { at: string; zone: string } | null;
  end: { at: string; zone: string } | null;
  source: EntrySource;
}

function zonedField(data: Record<string, unknown>, name: string, fallback: string | null): { at: string; zone: string } | null {
  const value = data[name] as { at?: unknown; zone?: unknown } | undefined;
  if (value && typeof value.at === 'string') return { at: value.at, zone: typeof value.zone === 'string' ? value.zone : 'UTC' };
  return fallback ? { at: fallback, zone: 'UTC' } : null;
}

/** Root-relative `src` and `href` of stored rich text made absolute: a feed reader has no page to resolve them against. */
function absoluteUrls(html: string, origin: string): string {
  return html.replace(/\b(src|href)="\/(?!\/)/g, `$1="${origin}/`);
}

export function streamEntry(row: StreamRow, site: Site, language: string, links: SiteLinks): StreamEntry | null {
  const type = contentTypeByName(row.type);
  if (!type) return null;
  const origin = siteOrigin(site, links);
  let data: Record<string, unknown> = {};
  try {
    data = JSON.parse(row.item_data) as Record<string, unknown>;
  } catch {
    // A damaged data column loses the event's zone, not the entry.
  }
  const shown = shownSiteName(site, language);
  return {
    id: `tag:${new URL(origin).hostname},${row.created_at.slice(0, 10)}:${site.code}/items/${row.item_id}/${row.language}`,
    title: row.title,
    href: origin + itemPath(row.language, type, row.slug),
    language: row.language,
    summary: row.summary,
    bodyHtml: row.body ? absoluteUrls(row.body, origin) : undefined,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    start: zonedField(data, 'start', row.starts_at),
    end: zonedField(data, 'end', row.ends_at),
    source: { name: shown.name, nameLanguage: shown.language, href: `${origin}/${site.languages.includes(language) ? language : site.defaultLanguage}/`, flag: flagEmoji(site.country) },
  };
}

export function harvestedStreamEntry(entry: HarvestedEntry): StreamEntry {
  return {
    id: entry.id,
    title: entry.title,
    href: entry.url,
    language: entry.language,
    summary: entry.summary ?? '',
    publishedAt: entry.publishedAt,
    updatedAt: entry.updatedAt,
    start: entry.startsAt ? { at: entry.startsAt, zone: 'UTC' } : null,
    end: entry.endsAt ? { at: entry.endsAt, zone: 'UTC' } : null,
    source: { name: entry.sourceName, nameLanguage: null, href: entry.sourceUrl, flag: flagEmoji(entry.country) },
  };
}
