import { type ExpressionBuilder, type Kysely, type RawBuilder, sql } from 'kysely';
import { isPostgres } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { SiteScope } from '../db/site-scope.ts';

/**
 * The network portal's cross-site reads (ADR 0002, ADR 0022): the only queries of the portal that
 * are not confined to one site by a `SiteScope`. Each one joins `sites` and keeps rows of sites
 * whose status is `live` (never `test`, `training` or `suspended`), of items not in the trash,
 * and of translations published at or before `now`: drafts, reviews, archived and scheduled
 * translations never reach the network's streams, status counts or feeds.
 */

/** One item of an aggregated stream, in the language it is shown in. */
export interface StreamRow {
  site_id: number;
  item_id: number;
  type: string;
  language: string;
  title: string;
  slug: string;
  summary: string;
  published_at: string;
  updated_at: string;
  starts_at: string | null;
  ends_at: string | null;
  /** The item's creation time, for feed entry ids that never change (ADR 0014). */
  created_at: string;
  /** JSON of the item's non-localized fields (an event's start with its zone). */
  item_data: string;
  /** Sanitised HTML; only when `withBody` was asked for (feeds). */
  body?: string;
}

/** What a stream needs to know of a site: which languages it is read in. */
export interface StreamSite {
  id: number;
  languages: readonly string[];
  defaultLanguage: string;
}

export interface StreamQuery {
  type: string;
  /** The visitor's language; `exactLanguage` keeps only translations in it (feeds), else each site's default language stands in. */
  language: string;
  exactLanguage?: boolean;
  /** The live sites to read (from the site directory); rows of a site not live in the database are dropped all the same. */
  sites: readonly StreamSite[];
  now: string;
  limit: number;
  /** `upcoming`: dated items not yet ended, soonest first; otherwise newest publication first. */
  when?: 'upcoming';
  withBody?: boolean;
}

/** SQLite allows 500 terms in a compound select: a statement takes at most 200. */
const termsPerStatement = 200;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** One site's (and language's) share of a stream: the subquery gets them as SQL values or column references. */
interface SiteKey {
  siteId: number;
  language: string;
}
type PerSiteSubquery = (siteId: RawBuilder<unknown>, language: RawBuilder<unknown>) => RawBuilder<unknown>;

/**
 * Ids from one small ordered, limited subquery per site (or per site and language): each is a
 * short walk down an index (`item_translations_listing`, `items_site_type`), so the cost grows
 * with the number of sites, not with their content. One query ordered across sites would read
 * every published item of the network to keep a handful. PostgreSQL runs the subquery for each
 * key with `cross join lateral` (one small plan; a `union` of hundreds of subqueries costs more
 * to plan than to run); SQLite, which has no `lateral`, joins them by `union all`.
 */
async function perSiteIds(db: Kysely<Database>, keys: readonly SiteKey[], subquery: PerSiteSubquery, keep: { count: number; order: 'asc' | 'desc' }): Promise<number[]> {
  if (!keys.length) return [];
  const found: { id: number; at: string }[] = [];
  if (isPostgres(db)) {
    const values = sql.join(keys.map((k) => sql`(${k.siteId}::integer, ${k.language}::text)`));
    const { rows } = await sql<{ id: number; at: string }>`select c.id, c.at from (values ${values}) as k(site_id, language)
      cross join lateral (${subquery(sql`k.site_id`, sql`k.language`)}) as c`.execute(db);
    found.push(...rows);
  } else {
    for (const chunk of chunks(keys, termsPerStatement)) {
      const union = sql.join(
        chunk.map((k, index) => sql`select * from (${subquery(sql`${k.siteId}`, sql`${k.language}`)}) as ${sql.ref(`c${index}`)}`),
        sql` union all `,
      );
      const { rows } = await sql<{ id: number; at: string }>`${union}`.execute(db);
      found.push(...rows);
    }
  }
  // Only the network's first few candidates are read in full: the rest could not be shown.
  found.sort((a, b) => (keep.order === 'asc' ? a.at.localeCompare(b.at) : b.at.localeCompare(a.at)));
  return found.slice(0, keep.count).map((r) => Number(r.id));
}

const streamColumns = [
  't.site_id',
  't.item_id',
  't.type',
  't.language',
  't.title',
  't.slug',
  't.summary',
  't.published_at',
  't.updated_at',
  'i.starts_at',
  'i.ends_at',
  'i.created_at',
  'i.data as item_data',
] as const;

type CandidateRow = StreamRow & { has_own: number | string | null };

/** How many translations in `language`, published by `now`, the row's item has (0 or 1): the fallback rule. */
function ownTranslation(language: string, now: string) {
  return sql<number>`(select count(*) from item_translations own where own.item_id = t.item_id and own.language = ${language} and own.status = 'published' and own.published_at <= ${now})`;
}

/** The candidates' rows, with their item and live site (trashed items and sites no longer live are dropped here). */
async function candidateRows(db: Kysely<Database>, query: StreamQuery, by: 't.id' | 't.item_id', ids: readonly number[]): Promise<CandidateRow[]> {
  const rows: CandidateRow[] = [];
  for (const chunk of chunks(ids, 500)) {
    const found = await db
      .selectFrom('item_translations as t')
      .innerJoin('items as i', (join) => join.onRef('i.id', '=', 't.item_id').onRef('i.site_id', '=', 't.site_id'))
      .innerJoin('sites as s', 's.id', 't.site_id')
      .where(by, 'in', chunk)
      .where('s.status', '=', 'live')
      .where('i.deleted_at', 'is', null)
      .where('t.status', '=', 'published')
      .where('t.published_at', '<=', query.now)
      .select([...streamColumns, ownTranslation(query.language, query.now).as('has_own')])
      .$if(Boolean(query.withBody), (qb) => qb.select('t.body'))
      .execute();
    rows.push(...(found as CandidateRow[]));
  }
  return rows;
}

/** Each site's newest translations of the type in the visitor's language and, for the fallback, in its default language. */
async function newestCandidates(db: Kysely<Database>, query: StreamQuery): Promise<CandidateRow[]> {
  const perSite = query.limit * 3;
  const keys: SiteKey[] = [];
  for (const site of query.sites) {
    const languages = new Set<string>();
    if (site.languages.includes(query.language)) languages.add(query.language);
    if (!query.exactLanguage) languages.add(site.defaultLanguage);
    for (const language of languages) keys.push({ siteId: site.id, language });
  }
  const ids = await perSiteIds(
    db,
    keys,
    (siteId, language) => sql`select t.id, t.published_at as at from item_translations t where t.site_id = ${siteId} and t.language = ${language} and t.type = ${query.type}
      and t.status = 'published' and t.published_at <= ${query.now} order by t.published_at desc limit ${perSite}`,
    { count: perSite * 2, order: 'desc' },
  );
  return ids.length ? candidateRows(db, query, 't.id', ids) : [];
}

/** Each site's soonest items of the type not yet ended, with their published translations in every language. */
async function upcomingCandidates(db: Kysely<Database>, query: StreamQuery): Promise<CandidateRow[]> {
  // Whether a candidate has a published translation is checked afterwards, on the few kept: here
  // it would cost a probe for every event of the site, upcoming or not.
  const perSite = query.limit * 3;
  const itemIds = await perSiteIds(
    db,
    query.sites.map((site) => ({ siteId: site.id, language: '' })),
    (siteId) => sql`select i.id, i.starts_at as at from items i where i.site_id = ${siteId} and i.type = ${query.type} and i.deleted_at is null and i.starts_at is not null
      and coalesce(i.ends_at, i.starts_at) >= ${query.now}
      order by i.starts_at asc limit ${perSite}`,
    { count: perSite * 2, order: 'asc' },
  );
  return itemIds.length ? candidateRows(db, query, 't.item_id', itemIds) : [];
}

/**
 * The newest (or, for `when: 'upcoming'`, the soonest) published items of a type across the live
 * sites, one row per item: in the visitor's language where the site offers it and the item has it
 * published, else in the site's default language (`exactLanguage`: only the visitor's language).
 *
 * Each site contributes its first few candidates, with a margin over `limit` for those dropped
 * afterwards (trashed, or shown in the visitor's language instead); one query then reads them and
 * they are merged here. A site could hide an older item only if more than twice `limit` of its
 * newest candidates were dropped.
 *
 * @example
 *   await aggregatedStream(db, { type: 'news', language: 'fr', sites, now: nowIso(), limit: 10 })
 */
export async function aggregatedStream(db: Kysely<Database>, query: StreamQuery): Promise<StreamRow[]> {
  if (!query.sites.length || query.limit <= 0) return [];
  const candidates = query.when === 'upcoming' ? await upcomingCandidates(db, query) : await newestCandidates(db, query);
  const siteById = new Map(query.sites.map((s) => [s.id, s]));
  const shown = new Map<number, CandidateRow>();
  for (const row of candidates) {
    const site = siteById.get(row.site_id);
    if (!site) continue;
    const offersLanguage = site.languages.includes(query.language);
    const isOwn = row.language === query.language && offersLanguage;
    const isFallback = !query.exactLanguage && row.language === site.defaultLanguage && !(offersLanguage && Number(row.has_own ?? 0) > 0);
    if (!isOwn && !isFallback) continue;
    const previous = shown.get(row.item_id);
    if (!previous || (isOwn && previous.language !== query.language)) shown.set(row.item_id, row);
  }
  const ordered = [...shown.values()].map(({ has_own: _fallbackRule, ...row }): StreamRow => row);
  if (query.when === 'upcoming') ordered.sort((a, b) => (a.starts_at ?? '').localeCompare(b.starts_at ?? '') || b.item_id - a.item_id);
  else ordered.sort((a, b) => b.published_at.localeCompare(a.published_at) || b.item_id - a.item_id);
  return ordered.slice(0, query.limit);
}

/** What one site has published: its last publication and change of published content, and items per type. */
export interface SiteFigures {
  lastPublishedAt: string | null;
  lastUpdatedAt: string | null;
  /** Items (not in the trash) with at least one translation published by `now`, per type. */
  counts: Map<string, number>;
}

/**
 * One site's figures, read through its scope: a walk over that site's items and translations
 * (a few milliseconds for 5,000 items), never a scan of the whole network.
 */
export async function siteFigures(scope: SiteScope, now: string): Promise<SiteFigures> {
  const published = (eb: ExpressionBuilder<Database & { t: Database['item_translations'] }, 't'>) =>
    eb.exists(
      eb
        .selectFrom('items as i')
        .select('i.id')
        .whereRef('i.id', '=', 't.item_id')
        .where('i.deleted_at', 'is', null),
    );
  const [dates, counts] = await Promise.all([
    scope
      .selectFrom('item_translations as t')
      .where('t.status', '=', 'published')
      .where('t.published_at', '<=', now)
      .where(published)
      .select([(eb) => eb.fn.max('t.published_at').as('last_published'), (eb) => eb.fn.max('t.updated_at').as('last_updated')])
      .executeTakeFirst(),
    scope
      .selectFrom('items as i')
      .where('i.deleted_at', 'is', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('item_translations as p')
            .select('p.id')
            .whereRef('p.item_id', '=', 'i.id')
            .where('p.status', '=', 'published')
            .where('p.published_at', '<=', now),
        ),
      )
      .select(['i.type', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('i.type')
      .execute(),
  ]);
  return {
    lastPublishedAt: (dates?.last_published as string | null | undefined) ?? null,
    lastUpdatedAt: (dates?.last_updated as string | null | undefined) ?? null,
    counts: new Map(counts.map((r) => [r.type, Number(r.n)])),
  };
}

/** The state of a live site's CBD national-data sync (`cbd_site_syncs`), as the status page reads it. */
export interface SiteSyncRow {
  site_id: number;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  sample_data: number;
}

export async function liveSiteSyncs(db: Kysely<Database>): Promise<Map<number, SiteSyncRow>> {
  const rows = await db
    .selectFrom('cbd_site_syncs as c')
    .innerJoin('sites as s', 's.id', 'c.site_id')
    .where('s.status', '=', 'live')
    .select(['c.site_id', 'c.last_attempt_at', 'c.last_success_at', 'c.last_error', 'c.sample_data'])
    .execute();
  return new Map(rows.map((r) => [r.site_id, r]));
}

/** Bytes of media each live site stores: its originals plus the image variants made from them (ADR 0010, 0011). */
export async function liveSiteStorage(db: Kysely<Database>): Promise<Map<number, number>> {
  const [files, variants] = await Promise.all([
    db
      .selectFrom('media_files as f')
      .innerJoin('sites as s', 's.id', 'f.site_id')
      .where('s.status', '=', 'live')
      .select(['f.site_id', (eb) => eb.fn.sum<number>('f.bytes').as('bytes')])
      .groupBy('f.site_id')
      .execute(),
    db
      .selectFrom('media_variants as v')
      .innerJoin('sites as s', 's.id', 'v.site_id')
      .where('s.status', '=', 'live')
      .select(['v.site_id', (eb) => eb.fn.sum<number>('v.bytes').as('bytes')])
      .groupBy('v.site_id')
      .execute(),
  ]);
  const bytes = new Map<number, number>();
  for (const row of [...files, ...variants]) bytes.set(row.site_id, (bytes.get(row.site_id) ?? 0) + Number(row.bytes ?? 0));
  return bytes;
}

/**
 * The slugs of translations found by a cross-site search, to link each hit to its page. A read of
 * one site at a time, through its scope.
 */
export async function translationSlugs(scope: SiteScope, hits: readonly { itemId: number; language: string }[]): Promise<Map<string, string>> {
  if (!hits.length) return new Map();
  const rows = await scope
    .selectFrom('item_translations')
    .select(['item_id', 'language', 'slug'])
    .where('item_id', 'in', [...new Set(hits.map((h) => h.itemId))])
    .where('status', '=', 'published')
    .execute();
  return new Map(rows.map((r) => [`${r.item_id}/${r.language}`, r.slug]));
}
