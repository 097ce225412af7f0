import type { AppServices } from '../../app-services.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { siteDataWritten } from '../../db/site-changes.ts';
import type { SiteScope } from '../../db/site-scope.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { fetchFeed } from './fetch-feed.ts';
import type { HarvestFeedKind } from './harvest.table.ts';
import { FeedFormatError, parseHarvestedFeed } from './parse-feed.ts';
import * as repo from './repo.ts';
import { type HarvestSourceInput, validateHarvestSource } from './schema.ts';

type Db = Kysely<Database>;

/**
 * Harvesting other national CHM sites (ADR 0020): sources and their feeds, one harvest round,
 * the harvested streams, and which sources a site shows on its home page.
 */

export interface HarvestSourceView {
  id: number;
  name: string;
  names: Record<string, string>;
  country: string;
  homeUrl: string;
  feeds: HarvestFeedView[];
}

export interface HarvestFeedView {
  id: number;
  url: string;
  kind: HarvestFeedKind;
  language: string;
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextFetchAt: string | null;
  entryCount: number;
}

export interface HarvestedEntryView {
  id: number;
  /** Stable within its source: `id:<guid>`, `link:<address>` or `title:<title>|<date>` (for feed entry ids). */
  key: string;
  kind: HarvestFeedKind;
  language: string;
  title: string;
  summary: string | null;
  /** The item's page on the source's site (http or https only). */
  link: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  eventStart: string | null;
  eventEnd: string | null;
  /** Published, else updated, else first seen. */
  sortAt: string;
  source: { id: number; name: string; country: string; homeUrl: string };
}

export interface FeedHarvestResult {
  feedId: number;
  sourceId: number;
  url: string;
  outcome: 'updated' | 'not-modified' | 'failed' | 'skipped';
  status: number | null;
  error: string | null;
  added: number;
  updated: number;
  unchanged: number;
  durationMs: number;
}

export interface HarvestRoundReport {
  feeds: FeedHarvestResult[];
}

/**
 * Entries kept per source, newest first: entries stay after they leave their feed (an archive of
 * what the source published), up to this many.
 */
export const ENTRIES_KEPT_PER_SOURCE = 1000;
/** How many feeds one round fetches at once: a slow feed holds one slot, not the round. */
const CONCURRENCY = 4;
/** First retry after a failure, multiplied by 4 at each further failure, at most a day. */
const FIRST_RETRY_MS = 5 * 60_000;
const MAX_RETRY_MS = 24 * 3600_000;

export function retryDelayMs(consecutiveFailures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 4 ** Math.max(0, consecutiveFailures - 1));
}

function sourceName(row: { name: string; names: string }, language?: string): string {
  if (!language) return row.name;
  const names = JSON.parse(row.names) as Record<string, string>;
  return names[language] ?? names[language.split('-')[0]!] ?? row.name;
}

export async function listHarvestSources(db: Db, ids?: readonly number[]): Promise<HarvestSourceView[]> {
  const [sources, feeds] = await Promise.all([repo.selectSources(db, ids), repo.selectFeeds(db, ids)]);
  return sources.map((s) => ({
    id: s.id,
    name: s.name,
    names: JSON.parse(s.names) as Record<string, string>,
    country: s.country,
    homeUrl: s.home_url,
    feeds: feeds
      .filter((f) => f.source_id === s.id)
      .map((f) => ({
        id: f.id,
        url: f.url,
        kind: f.kind,
        language: f.language,
        lastFetchedAt: f.last_fetched_at,
        lastSuccessAt: f.last_success_at,
        lastStatus: f.last_status,
        lastError: f.last_error,
        consecutiveFailures: Number(f.consecutive_failures),
        nextFetchAt: f.next_fetch_at,
        entryCount: Number(f.entry_count ?? 0),
      })),
  }));
}

export async function findHarvestSource(db: Db, id: number): Promise<HarvestSourceView> {
  const [source] = Number.isSafeInteger(id) && id > 0 ? await listHarvestSources(db, [id]) : [];
  if (!source) throw new NotFoundError(`There is no harvest source ${id}`, 'harvest_source_not_found');
  return source;
}

export async function createHarvestSource(db: Db, input: HarvestSourceInput, now = new Date()): Promise<HarvestSourceView> {
  const id = await repo.insertSource(db, validateHarvestSource(input), now.toISOString());
  return findHarvestSource(db, id);
}

/** Replaces a source's details and feeds; feeds whose address stays keep their status and entries. */
export async function updateHarvestSource(db: Db, id: number, input: HarvestSourceInput, now = new Date()): Promise<HarvestSourceView> {
  const valid = validateHarvestSource(input);
  if (!(await repo.updateSource(db, id, valid, now.toISOString()))) throw new NotFoundError(`There is no harvest source ${id}`, 'harvest_source_not_found');
  return findHarvestSource(db, id);
}

/** Removes a source, its feeds and entries, and takes it off the home pages that showed it. */
export async function removeHarvestSource(db: Db, id: number): Promise<void> {
  const sites = await repo.sitesSelecting(db, [id]);
  if (!(await repo.deleteSource(db, id))) throw new NotFoundError(`There is no harvest source ${id}`, 'harvest_source_not_found');
  for (const siteId of sites) siteDataWritten(siteId);
}

type HarvestDeps = Pick<AppServices, 'db' | 'config'>;

/** Fetches one claimed feed and records what happened; never throws for the feed's own failures. */
async function harvestFeed(services: HarvestDeps, feed: Omit<repo.FeedRow, 'entry_count'>, now: Date): Promise<FeedHarvestResult> {
  const { db, config } = services;
  const started = Date.now();
  const nowIso = now.toISOString();
  const base = { feedId: feed.id, sourceId: feed.source_id, url: feed.url, added: 0, updated: 0, unchanged: 0 };
  const next = (ms: number) => new Date(now.getTime() + ms).toISOString();
  const fetched = await fetchFeed(feed.url, { timeoutMs: config.harvestTimeoutMs, allowPrivate: config.harvestAllowPrivate, etag: feed.etag, lastModified: feed.last_modified });
  const fail = async (status: number | null, error: string): Promise<FeedHarvestResult> => {
    const failures = Number(feed.consecutive_failures) + 1;
    await repo.recordFeedState(db.kysely, feed.id, { last_fetched_at: nowIso, last_status: status, last_error: error.slice(0, 1000), consecutive_failures: failures, next_fetch_at: next(retryDelayMs(failures)) });
    return { ...base, outcome: 'failed', status, error, durationMs: Date.now() - started };
  };
  const interval = config.harvestIntervalMinutes * 60_000;
  if (fetched.kind === 'failed') return fail(fetched.status, fetched.error);
  if (fetched.kind === 'not-modified') {
    await repo.recordFeedState(db.kysely, feed.id, { last_fetched_at: nowIso, last_success_at: nowIso, last_status: 304, last_error: null, consecutive_failures: 0, next_fetch_at: next(interval) });
    return { ...base, outcome: 'not-modified', status: 304, error: null, durationMs: Date.now() - started };
  }
  let parsed;
  try {
    parsed = parseHarvestedFeed(fetched.text, fetched.contentType);
  } catch (error) {
    if (error instanceof FeedFormatError) return fail(fetched.status, error.message);
    throw error;
  }
  const counts = await repo.upsertEntries(db.kysely, feed, parsed.items, nowIso);
  await repo.recordFeedState(db.kysely, feed.id, {
    last_fetched_at: nowIso,
    last_success_at: nowIso,
    last_status: fetched.status,
    last_error: null,
    consecutive_failures: 0,
    etag: fetched.etag,
    last_modified: fetched.lastModified,
    next_fetch_at: next(interval),
  });
  return { ...base, ...counts, outcome: 'updated', status: fetched.status, error: null, durationMs: Date.now() - started };
}

/** Claims a feed, then harvests it; an unexpected error (the database, a bug) is that feed's failure only. */
async function claimAndHarvest(services: HarvestDeps, feed: Omit<repo.FeedRow, 'entry_count'>, now: Date, lease: string, claimDueAt: string | null): Promise<FeedHarvestResult> {
  const base = { feedId: feed.id, sourceId: feed.source_id, url: feed.url, added: 0, updated: 0, unchanged: 0 };
  if (!(await repo.claimFeed(services.db.kysely, feed.id, lease, claimDueAt))) return { ...base, outcome: 'skipped', status: null, error: null, durationMs: 0 };
  const started = Date.now();
  try {
    return await harvestFeed(services, feed, now);
  } catch (error) {
    const error_ = `Unexpected error: ${(error as Error).message}`;
    const failures = Number(feed.consecutive_failures) + 1;
    await repo
      .recordFeedState(services.db.kysely, feed.id, { last_fetched_at: now.toISOString(), last_error: error_, consecutive_failures: failures, next_fetch_at: new Date(now.getTime() + retryDelayMs(failures)).toISOString() })
      .catch(() => undefined);
    return { ...base, outcome: 'failed', status: null, error: error_, durationMs: Date.now() - started };
  }
}

/** Harvests `feeds`, a few sources at a time, then drops the cached home pages that show a source that changed. */
async function harvestFeeds(services: HarvestDeps, feeds: readonly Omit<repo.FeedRow, 'entry_count'>[], now: Date, claimDueAt: string | null): Promise<HarvestRoundReport> {
  // Long enough for the fetch and the save; a process that dies meanwhile leaves the feed due again after it.
  const lease = new Date(now.getTime() + services.config.harvestTimeoutMs * 3 + 60_000).toISOString();
  // A source's feeds are fetched one after the other: an item in two of them is then met by the
  // second fetch as already stored, never inserted twice by two fetches at once.
  const groups = new Map<number, Omit<repo.FeedRow, 'entry_count'>[]>();
  for (const feed of feeds) groups.set(feed.source_id, [...(groups.get(feed.source_id) ?? []), feed]);
  const bySource = [...groups.values()];
  const results: FeedHarvestResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < bySource.length) {
      for (const feed of bySource[next++]!) results.push(await claimAndHarvest(services, feed, now, lease, claimDueAt));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, bySource.length) }, worker));
  const changed = [...new Set(results.filter((r) => r.added + r.updated > 0).map((r) => r.sourceId))];
  for (const sourceId of new Set(results.filter((r) => r.added > 0).map((r) => r.sourceId))) await repo.pruneEntries(services.db.kysely, sourceId, ENTRIES_KEPT_PER_SOURCE);
  for (const siteId of await repo.sitesSelecting(services.db.kysely, changed)) siteDataWritten(siteId);
  results.sort((a, b) => a.feedId - b.feedId);
  return { feeds: results };
}

/**
 * One harvest round: every feed due at `now` (never fetched, its interval passed, or its back-off
 * over) is fetched once. Safe to run from several processes at once: each feed is claimed first.
 * The job system runs it every few minutes; `ecotone harvest run` runs it by hand.
 *
 * @example
 *   const report = await harvestDueFeeds(services, { now: new Date() });
 *   report.feeds.filter((f) => f.outcome === 'failed'); // the feeds that failed this round, with why
 */
export async function harvestDueFeeds(services: HarvestDeps, options: { now?: Date } = {}): Promise<HarvestRoundReport> {
  const now = options.now ?? new Date();
  const due = await repo.selectDueFeeds(services.db.kysely, now.toISOString());
  return harvestFeeds(services, due, now, now.toISOString());
}

/** "Fetch now": every feed of the source (or of every source), whatever its schedule or back-off. */
export async function harvestSourcesNow(services: HarvestDeps, options: { sourceIds?: readonly number[]; now?: Date } = {}): Promise<HarvestRoundReport> {
  const now = options.now ?? new Date();
  const feeds = await repo.selectFeeds(services.db.kysely, options.sourceIds);
  return harvestFeeds(services, feeds, now, null);
}

function toEntryView(row: Awaited<ReturnType<typeof repo.selectEntries>>[number], language?: string): HarvestedEntryView {
  return {
    id: row.id,
    key: row.dedupe_key,
    kind: row.kind,
    language: row.language,
    title: row.title,
    summary: row.summary,
    link: row.link,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    eventStart: row.event_start,
    eventEnd: row.event_end,
    sortAt: row.sort_at,
    source: { id: row.source_id, name: sourceName({ name: row.source_name, names: row.source_names }, language), country: row.source_country, homeUrl: row.source_home_url },
  };
}

/**
 * A harvested stream with its sources named (in `language` when the source has a name in it):
 * newest first, or with `upcomingFrom` (ISO-8601) the events not over by then, soonest first.
 * `language` keeps entries in that language (`fr` also takes `fr-BE`). For the network portal's
 * aggregated streams and the sites' home pages.
 *
 * @example
 *   await listHarvestedEntries(db, { kind: 'events', language: 'fr', limit: 10, upcomingFrom: new Date().toISOString() });
 */
export async function listHarvestedEntries(
  db: Db,
  options: { kind: HarvestFeedKind; language?: string; limit: number; sourceIds?: readonly number[]; upcomingFrom?: string },
): Promise<HarvestedEntryView[]> {
  const rows = await repo.selectEntries(db, options);
  return rows.map((row) => toEntryView(row, options.language));
}

/** The sources a site shows on its home page. */
export function siteHarvestSelection(scope: SiteScope): Promise<number[]> {
  return repo.selectSiteSelection(scope);
}

/** Sets the sources a site shows on its home page; each must be a registered source. */
export async function setSiteHarvestSelection(scope: SiteScope, sourceIds: readonly number[], now = new Date()): Promise<void> {
  const unique = [...new Set(sourceIds)];
  const known = new Set((await repo.selectSources(scope.db, unique)).map((s) => s.id));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new ValidationError(`There is no harvest source ${unknown.join(', ')}`, unknown.map((id) => ({ path: 'sources', message: `There is no harvest source ${id}` })));
  }
  await repo.replaceSiteSelection(scope, unique, now.toISOString());
}

/** How many remote entries a home page shows. */
export const HOME_REMOTE_ENTRIES = 5;

/**
 * The latest entries of the sources a site chose, for its home page: in the page language first,
 * topped up with other languages; news and other items, not events (they have the events block).
 * Empty when the site chose nothing (one small query).
 */
export async function homeRemoteEntries(scope: SiteScope, language: string): Promise<HarvestedEntryView[]> {
  const sourceIds = await repo.selectSiteSelection(scope);
  if (!sourceIds.length) return [];
  const kinds = ['news', 'other'] as const;
  const kept = await repo.selectEntries(scope.db, { sourceIds, kinds, language, limit: HOME_REMOTE_ENTRIES });
  if (kept.length < HOME_REMOTE_ENTRIES) kept.push(...(await repo.selectEntries(scope.db, { sourceIds, kinds, notLanguage: language, limit: HOME_REMOTE_ENTRIES - kept.length })));
  return kept.map((row) => toEntryView(row, language));
}
