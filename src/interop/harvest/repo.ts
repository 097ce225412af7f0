import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SiteScope } from '../../db/site-scope.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { HarvestFeedKind, HarvestFeedsTable } from './harvest.table.ts';
import { dedupeKeys, type HarvestedItem } from './parse-feed.ts';
import type { ValidHarvestSource } from './schema.ts';

/** The harvester's SQL. Sources, feeds and entries are network rows; only the site selections are site data. */

type Db = Kysely<Database>;

export async function insertSource(db: Db, source: ValidHarvestSource, now: string): Promise<number> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('harvest_sources')
      .values({ name: source.name, names: JSON.stringify(source.names), country: source.country, home_url: source.homeUrl, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceFeeds(trx, row.id, source.feeds, now);
    return row.id;
  });
}

export async function updateSource(db: Db, id: number, source: ValidHarvestSource, now: string): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable('harvest_sources')
      .set({ name: source.name, names: JSON.stringify(source.names), country: source.country, home_url: source.homeUrl, updated_at: now })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await replaceFeeds(trx, id, source.feeds, now);
    return true;
  });
}

/** Keeps the feeds whose address stays (with their status and entries), drops the others, adds the new. */
async function replaceFeeds(db: Db, sourceId: number, feeds: ValidHarvestSource['feeds'], now: string): Promise<void> {
  const existing = await db.selectFrom('harvest_feeds').select(['id', 'url']).where('source_id', '=', sourceId).execute();
  const kept = new Set(feeds.map((f) => f.url));
  const gone = existing.filter((f) => !kept.has(f.url)).map((f) => f.id);
  if (gone.length) {
    await db.deleteFrom('harvest_entries').where('feed_id', 'in', gone).execute();
    await db.deleteFrom('harvest_feeds').where('id', 'in', gone).execute();
  }
  for (const feed of feeds) {
    const found = existing.find((f) => f.url === feed.url);
    if (found) {
      // A feed re-declared as events (or in another language) takes its entries along.
      await db.updateTable('harvest_feeds').set({ kind: feed.kind, language: feed.language }).where('id', '=', found.id).execute();
      await db.updateTable('harvest_entries').set({ kind: feed.kind, language: feed.language }).where('feed_id', '=', found.id).execute();
    }
    else await db.insertInto('harvest_feeds').values({ source_id: sourceId, url: feed.url, kind: feed.kind, language: feed.language, created_at: now, next_fetch_at: null }).execute();
  }
}

export async function deleteSource(db: Db, id: number): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    // Deleted child first: foreign keys are not enforced the same way by both databases' cascades on every set-up.
    await trx.deleteFrom('site_harvest_selections').where('source_id', '=', id).execute();
    await trx.deleteFrom('harvest_entries').where('source_id', '=', id).execute();
    await trx.deleteFrom('harvest_feeds').where('source_id', '=', id).execute();
    const result = await trx.deleteFrom('harvest_sources').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

export type SourceRow = Awaited<ReturnType<typeof selectSources>>[number];
export type FeedRow = Awaited<ReturnType<typeof selectFeeds>>[number];

export function selectSources(db: Db, ids?: readonly number[]) {
  let query = db.selectFrom('harvest_sources').selectAll().orderBy('name').orderBy('id');
  if (ids) query = query.where('id', 'in', ids.length ? ids : [-1]);
  return query.execute();
}

/** Feeds with how many entries each last carried. */
export function selectFeeds(db: Db, sourceIds?: readonly number[]) {
  let query = db
    .selectFrom('harvest_feeds as f')
    .selectAll('f')
    .select((eb) => eb.selectFrom('harvest_entries as e').whereRef('e.feed_id', '=', 'f.id').select((e) => e.fn.countAll<number>().as('n')).as('entry_count'))
    .orderBy('f.source_id')
    .orderBy('f.id');
  if (sourceIds) query = query.where('f.source_id', 'in', sourceIds.length ? sourceIds : [-1]);
  return query.execute();
}

/** Feeds due at `now` (never fetched, or whose next fetch time has come). */
export function selectDueFeeds(db: Db, now: string) {
  return db
    .selectFrom('harvest_feeds')
    .selectAll()
    .where((eb) => eb.or([eb('next_fetch_at', 'is', null), eb('next_fetch_at', '<=', now)]))
    .orderBy('next_fetch_at')
    .orderBy('id')
    .execute();
}

/**
 * Takes a feed for this process until `leaseUntil`: another process (or round) that reads it
 * meanwhile finds it not due. `dueAt` null claims it whatever its schedule ("fetch now").
 */
export async function claimFeed(db: Db, feedId: number, leaseUntil: string, dueAt: string | null): Promise<boolean> {
  let query = db.updateTable('harvest_feeds').set({ next_fetch_at: leaseUntil }).where('id', '=', feedId);
  if (dueAt) query = query.where((eb) => eb.or([eb('next_fetch_at', 'is', null), eb('next_fetch_at', '<=', dueAt)]));
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordFeedState(db: Db, feedId: number, state: Partial<Omit<HarvestFeedsTable, 'id' | 'source_id' | 'url' | 'kind' | 'language' | 'created_at' | 'consecutive_failures'>> & { consecutive_failures?: number }): Promise<void> {
  await db.updateTable('harvest_feeds').set(state).where('id', '=', feedId).execute();
}

export interface EntryCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Stores a fetch's items: an item met before (same key, or same link, within the source) is
 * updated in place, never added again, whether it came from this feed, an earlier fetch or
 * another feed of the source. One transaction per feed.
 */
export async function upsertEntries(db: Db, feed: { id: number; source_id: number; kind: HarvestFeedKind; language: string }, items: readonly HarvestedItem[], now: string): Promise<EntryCounts> {
  const counts: EntryCounts = { added: 0, updated: 0, unchanged: 0 };
  // Within one fetch the first copy of an item wins (feeds list the newest first); later copies are ignored.
  const seen = new Set<string>();
  await inTransaction(db, async (trx) => {
    for (const item of items) {
      const { dedupeKey, linkKey } = dedupeKeys(item);
      if (seen.has(dedupeKey) || (linkKey && seen.has(`link:${linkKey}`))) continue;
      seen.add(dedupeKey);
      if (linkKey) seen.add(`link:${linkKey}`);
      const existing =
        (await trx.selectFrom('harvest_entries').selectAll().where('source_id', '=', feed.source_id).where('dedupe_key', '=', dedupeKey).executeTakeFirst()) ??
        (linkKey ? await trx.selectFrom('harvest_entries').selectAll().where('source_id', '=', feed.source_id).where('link_key', '=', linkKey).orderBy('id').executeTakeFirst() : undefined);
      const values = {
        feed_id: feed.id,
        kind: feed.kind,
        language: feed.language,
        title: item.title,
        summary: item.summary,
        link: item.link,
        link_key: linkKey,
        published_at: item.publishedAt,
        updated_at: item.updatedAt,
        event_start: item.eventStart,
        event_end: item.eventEnd,
      };
      if (!existing) {
        await trx
          .insertInto('harvest_entries')
          .values({ ...values, source_id: feed.source_id, dedupe_key: dedupeKey, sort_at: item.publishedAt ?? item.updatedAt ?? now, first_seen_at: now, last_seen_at: now })
          .execute();
        counts.added++;
        continue;
      }
      // An item another feed of the source stored first keeps that feed's kind and language; the
      // same address spelt another way (tracking parameters, a fragment) is not a change.
      if (existing.feed_id !== feed.id) Object.assign(values, { feed_id: existing.feed_id, kind: existing.kind, language: existing.language });
      if (linkKey && linkKey === existing.link_key) values.link = existing.link;
      const changed = (['title', 'summary', 'link', 'published_at', 'updated_at', 'event_start', 'event_end', 'kind', 'language'] as const).some((k) => existing[k] !== values[k]);
      await trx
        .updateTable('harvest_entries')
        .set({ ...values, link_key: existing.link_key ?? linkKey, sort_at: item.publishedAt ?? item.updatedAt ?? existing.sort_at, last_seen_at: now })
        .where('id', '=', existing.id)
        .execute();
      if (changed) counts.updated++;
      else counts.unchanged++;
    }
  });
  return counts;
}

/** Keeps a source's `keep` newest entries (by `sort_at`) and deletes the older ones; returns how many went. */
export async function pruneEntries(db: Db, sourceId: number, keep: number): Promise<number> {
  const result = await db
    .deleteFrom('harvest_entries')
    .where('source_id', '=', sourceId)
    .where('id', 'not in', db.selectFrom('harvest_entries').select('id').where('source_id', '=', sourceId).orderBy('sort_at', 'desc').orderBy('id', 'desc').limit(keep))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface EntryQuery {
  kind?: HarvestFeedKind;
  /** Several kinds at once (the home page's block). */
  kinds?: readonly HarvestFeedKind[];
  language?: string;
  limit: number;
  sourceIds?: readonly number[];
  upcomingFrom?: string;
  /** Leave out entries in `language` (to top a list up with other languages). */
  notLanguage?: string;
}

/** Entries with their source, newest first; with `upcomingFrom`, events not over by then, soonest first. */
export function selectEntries(db: Db, query: EntryQuery) {
  let q = db
    .selectFrom('harvest_entries as e')
    .innerJoin('harvest_sources as s', 's.id', 'e.source_id')
    .select(['e.id', 'e.dedupe_key', 'e.kind', 'e.language', 'e.title', 'e.summary', 'e.link', 'e.published_at', 'e.updated_at', 'e.event_start', 'e.event_end', 'e.sort_at', 'e.first_seen_at'])
    .select(['s.id as source_id', 's.name as source_name', 's.names as source_names', 's.country as source_country', 's.home_url as source_home_url'])
    .limit(Math.max(1, Math.min(query.limit, 500)));
  if (query.kind) q = q.where('e.kind', '=', query.kind);
  if (query.kinds) q = q.where('e.kind', 'in', query.kinds.length ? [...query.kinds] : ['news']);
  if (query.sourceIds) q = q.where('e.source_id', 'in', query.sourceIds.length ? query.sourceIds : [-1]);
  const sameLanguage = (language: string) => sql<boolean>`(e.language = ${language} or e.language like ${`${language.split('-')[0]}-%`} or e.language = ${language.split('-')[0]})`;
  if (query.language) q = q.where(sameLanguage(query.language));
  if (query.notLanguage) q = q.where(sql<boolean>`not ${sameLanguage(query.notLanguage)}`);
  if (query.upcomingFrom) {
    return q
      .where(sql<string>`coalesce(e.event_end, e.event_start, e.sort_at)`, '>=', query.upcomingFrom)
      .orderBy(sql`coalesce(e.event_start, e.sort_at)`)
      .orderBy('e.id')
      .execute();
  }
  return q.orderBy('e.sort_at', 'desc').orderBy('e.id', 'desc').execute();
}

/** Which sites show any of these sources: a cross-site read, to drop those sites' cached home pages. */
export async function sitesSelecting(db: Db, sourceIds: readonly number[]): Promise<number[]> {
  if (!sourceIds.length) return [];
  const rows = await db.selectFrom('site_harvest_selections').select('site_id').distinct().where('source_id', 'in', sourceIds).execute();
  return rows.map((r) => r.site_id);
}

export async function selectSiteSelection(scope: SiteScope): Promise<number[]> {
  const rows = await scope.selectFrom('site_harvest_selections').select('source_id').orderBy('source_id').execute();
  return rows.map((r) => r.source_id);
}

export async function replaceSiteSelection(scope: SiteScope, sourceIds: readonly number[], now: string): Promise<void> {
  await scope.transaction(async (trx) => {
    await trx.deleteFrom('site_harvest_selections').execute();
    if (sourceIds.length) await trx.insertInto('site_harvest_selections', sourceIds.map((id) => ({ source_id: id, created_at: now }))).execute();
  });
}
