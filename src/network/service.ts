import type { Kysely } from 'kysely';
import { contentTypeByName } from '../content/registry.ts';
import { nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { SiteScope } from '../db/site-scope.ts';
import { itemPath } from '../public/page-builder.ts';
import { searchAcrossSites } from '../search/cross-site.ts';
import type { MarkedPart } from '../search/analysis.ts';
import type { Site } from '../sites/site.ts';
import type { NetworkFigures } from './figures.ts';
import { harvestedEntries } from './harvested.ts';
import * as reads from './network-reads.ts';
import { flagEmoji, harvestedStreamEntry, type PortalSiteCard, type SiteLinks, siteCard, siteOrigin, shownSiteName, type StreamEntry, streamEntry } from './presenter.ts';

/**
 * What the network portal does (ADR 0022): the home page's sites and aggregated streams, the
 * status page, the cross-site search and the feeds' entries. Only sites whose status is `live`
 * take part; the cross-site SQL is in `network-reads.ts` and `search/cross-site.ts`.
 */

/** Sites that appear on the portal, in its streams, search and feeds. */
export function liveSites(sites: readonly Site[]): Site[] {
  return sites.filter((site) => site.status === 'live');
}

export type StreamKind = 'news' | 'events';
const streamTypes: Record<StreamKind, string> = { news: 'news', events: 'event' };

export interface StreamOptions {
  kind: StreamKind;
  language: string;
  limit: number;
  /** Feeds: only entries written in `language` (ADR 0014); pages show each site's default language where it has none. */
  exactLanguage?: boolean;
  withBody?: boolean;
  now?: string;
}

/**
 * The newest news (or soonest upcoming events) of every live site, merged with harvested remote
 * entries, attributed to their source.
 *
 * @example
 *   await aggregatedEntries(db, sites, links, { kind: 'events', language: 'fr', limit: 8 })
 */
export async function aggregatedEntries(db: Kysely<Database>, sites: readonly Site[], links: SiteLinks, options: StreamOptions): Promise<StreamEntry[]> {
  const now = options.now ?? nowIso();
  const live = liveSites(sites);
  const byId = new Map(live.map((s) => [s.id, s]));
  const upcoming = options.kind === 'events';
  const [rows, remote] = await Promise.all([
    reads.aggregatedStream(db, {
      type: streamTypes[options.kind],
      language: options.language,
      exactLanguage: options.exactLanguage,
      sites: live,
      now,
      limit: options.limit,
      when: upcoming ? 'upcoming' : undefined,
      withBody: options.withBody,
    }),
    harvestedEntries(db, { kind: options.kind, language: options.language, limit: options.limit, upcomingFrom: upcoming ? now : undefined }),
  ]);
  const own = rows.flatMap((row) => {
    const site = byId.get(row.site_id);
    const entry = site ? streamEntry(row, site, options.language, links) : null;
    return entry ? [entry] : [];
  });
  const merged = [...own, ...remote.map(harvestedStreamEntry)];
  if (upcoming) merged.sort((a, b) => (a.start?.at ?? '\uffff').localeCompare(b.start?.at ?? '\uffff'));
  else merged.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  return merged.slice(0, options.limit);
}

export interface PortalHome {
  sites: PortalSiteCard[];
  news: StreamEntry[];
  events: StreamEntry[];
}

/** The portal's home page: every live site (by name in `language`) with its last update, and both streams. */
export async function portalHome(db: Kysely<Database>, sites: readonly Site[], links: SiteLinks, options: { language: string; figures: Promise<NetworkFigures>; now?: string }): Promise<PortalHome> {
  const { language } = options;
  const now = options.now ?? nowIso();
  const live = liveSites(sites);
  const [figures, news, events] = await Promise.all([
    options.figures,
    aggregatedEntries(db, live, links, { kind: 'news', language, limit: 8, now }),
    aggregatedEntries(db, live, links, { kind: 'events', language, limit: 8, now }),
  ]);
  const regionNames = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  const cards = live
    .map((site) => siteCard(site, language, links, figures.sites.get(site.id)?.lastUpdatedAt ?? null, regionNames))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  return { sites: cards, news, events };
}

/** How a site's last CBD sync went. The error text is for network administrators only (ADR 0022). */
export interface SyncSummary {
  state: 'ok' | 'failed' | 'never';
  at: string | null;
  error?: string;
  sampleData: boolean;
}

export interface SiteStatusRow {
  site: PortalSiteCard;
  counts: { type: string; count: number }[];
  total: number;
  lastPublishedAt: string | null;
  sync: SyncSummary;
  storageBytes: number;
}

function syncSummary(row: reads.SiteSyncRow | undefined, showErrors: boolean): SyncSummary {
  if (!row || (!row.last_attempt_at && !row.last_success_at)) return { state: 'never', at: null, sampleData: false };
  const failed = row.last_error !== null;
  return {
    state: failed ? 'failed' : 'ok',
    at: failed ? row.last_attempt_at : row.last_success_at,
    error: failed && showErrors ? row.last_error! : undefined,
    sampleData: row.sample_data === 1,
  };
}

/** The network status page: per live site, published items per type, last publication, CBD sync, languages and media storage. */
export function networkStatus(figures: NetworkFigures, sites: readonly Site[], links: SiteLinks, options: { language: string; showErrors: boolean }): SiteStatusRow[] {
  const { syncs, storage } = figures;
  const regionNames = new Intl.DisplayNames([options.language], { type: 'region', fallback: 'none' });
  return liveSites(sites)
    .map((site) => {
      const own = figures.sites.get(site.id);
      const byType = [...(own?.counts ?? new Map<string, number>())].map(([type, count]) => ({ type, count })).sort((a, b) => a.type.localeCompare(b.type));
      return {
        site: siteCard(site, options.language, links, own?.lastUpdatedAt ?? null, regionNames),
        counts: byType,
        total: byType.reduce((sum, c) => sum + c.count, 0),
        lastPublishedAt: own?.lastPublishedAt ?? null,
        sync: syncSummary(syncs.get(site.id), options.showErrors),
        storageBytes: storage.get(site.id) ?? 0,
      };
    })
    .sort((a, b) => a.site.name.localeCompare(b.site.name, options.language));
}

export interface PortalSearchHit {
  title: string;
  href: string;
  language: string;
  type: string;
  publishedAt: string | null;
  snippet: MarkedPart[];
  site: { name: string; nameLanguage: string; href: string; flag: string | null };
}

export interface PortalSearchResult {
  hits: PortalSearchHit[];
  total: number;
}

/**
 * One query over every live site's index: each site in the visitor's language if it has it, else
 * in its default language; sites in the visitor's language come first.
 *
 * @example
 *   await portalSearch(db, sites, links, { language: 'fr', query: 'zones humides', limit: 10, offset: 0 })
 */
export async function portalSearch(
  db: Kysely<Database>,
  sites: readonly Site[],
  links: SiteLinks,
  options: { language: string; query: string; limit: number; offset: number },
): Promise<PortalSearchResult> {
  const live = liveSites(sites);
  const languageOf = (site: Site) => (site.languages.includes(options.language) ? options.language : site.defaultLanguage);
  const groups = new Map<string, number[]>();
  for (const site of live) groups.set(languageOf(site), [...(groups.get(languageOf(site)) ?? []), site.id]);
  const ordered = [...groups].map(([language, siteIds]) => ({ language, siteIds })).sort((a, b) => Number(b.language === options.language) - Number(a.language === options.language) || b.siteIds.length - a.siteIds.length || a.language.localeCompare(b.language));
  const result = await searchAcrossSites(db, { groups: ordered, query: options.query, limit: options.limit, offset: options.offset });
  const byId = new Map(live.map((s) => [s.id, s]));
  const slugs = new Map<number, Map<string, string>>();
  await Promise.all(
    [...new Set(result.hits.map((h) => h.siteId))].map(async (siteId) => {
      slugs.set(siteId, await reads.translationSlugs(new SiteScope(db, siteId), result.hits.filter((h) => h.siteId === siteId)));
    }),
  );
  const hits = result.hits.flatMap((hit): PortalSearchHit[] => {
    const site = byId.get(hit.siteId);
    const type = contentTypeByName(hit.type);
    const slug = slugs.get(hit.siteId)?.get(`${hit.itemId}/${hit.language}`);
    if (!site || !type || slug === undefined) return [];
    const origin = siteOrigin(site, links);
    const name = shownSiteName(site, options.language);
    return [
      {
        title: hit.title,
        href: origin + itemPath(hit.language, type, slug),
        language: hit.language,
        type: hit.type,
        publishedAt: hit.publishedAt,
        snippet: hit.snippet,
        site: { name: name.name, nameLanguage: name.language, href: `${origin}/${languageOf(site)}/`, flag: flagEmoji(site.country) },
      },
    ];
  });
  return { hits, total: result.total };
}
