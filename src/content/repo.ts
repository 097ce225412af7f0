import { type Selectable, sql } from 'kysely';
import * as postgresJson from 'kysely/helpers/postgres';
import * as sqliteJson from 'kysely/helpers/sqlite';
import { isPostgres } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import type { DefaultSort } from './content-type.ts';
import type { ItemsTable, ItemTranslationsTable } from './content.table.ts';
import type { Item, ItemTranslation } from './item.ts';

/** Content SQL. Every query goes through the site scope, so it only ever sees one site's rows. */

function toTranslation(row: Selectable<ItemTranslationsTable>): ItemTranslation {
  return {
    language: row.language,
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    body: row.body,
    fields: JSON.parse(row.data),
    status: row.status,
    publishedAt: row.published_at,
    publishAt: row.publish_at,
    unpublishAt: row.unpublish_at,
    scheduleZone: row.schedule_zone,
    updatedAt: row.updated_at,
  };
}

function toItem(row: Selectable<ItemsTable>, translations: ItemTranslation[], tags: string[]): Item {
  return {
    id: row.id,
    siteId: row.site_id,
    type: row.type,
    authorId: row.author_id,
    fields: JSON.parse(row.data),
    promoted: row.promoted === 1,
    sticky: row.sticky === 1,
    sortOrder: row.sort_order,
    point: row.geo_lat !== null && row.geo_lng !== null ? { lat: row.geo_lat, lng: row.geo_lng } : null,
    tags,
    version: row.version,
    origin: row.origin === 'cbd' ? 'cbd' : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    translations,
  };
}

/** The columns of a translation that an `Item` carries (all but the ids and the trash's). */
const translationColumns = [
  'language', 'title', 'slug', 'summary', 'body', 'data', 'status', 'published_at', 'publish_at', 'unpublish_at', 'schedule_zone', 'updated_at', 'item_id', 'id',
] as const;

type ItemRow = Selectable<ItemsTable> & { translations: unknown; tags: unknown };

/**
 * Items with their translations and tags in ONE query: each item row carries its translations
 * and its tags as JSON arrays (`json_agg` on PostgreSQL, `json_group_array` on SQLite). A page
 * view is then one round trip and one statement to parse and plan, which matters most on a
 * networked database; rows come back in no particular order. The subqueries are correlated with
 * the item (and its site), which the site scope has already selected.
 */
function itemsWithParts(scope: SiteScope) {
  const json = isPostgres(scope.db) ? postgresJson : sqliteJson;
  return scope
    .selectFrom('items')
    .selectAll('items')
    .select((eb) => [
      json.jsonArrayFrom(eb.selectFrom('item_translations as t').select(translationColumns.map((c) => `t.${c}` as const)).whereRef('t.item_id', '=', 'items.id').whereRef('t.site_id', '=', 'items.site_id')).as('translations'),
      json.jsonArrayFrom(eb.selectFrom('item_tags as g').select('g.term').whereRef('g.item_id', '=', 'items.id').whereRef('g.site_id', '=', 'items.site_id')).as('tags'),
    ])
    .where('items.deleted_at', 'is', null);
}

/** A row of `itemsWithParts` as an `Item` (SQLite returns the JSON arrays as text, PostgreSQL parsed). */
function toWholeItem(row: ItemRow): Item {
  const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as unknown[];
  const translations = (parse(row.translations) as Selectable<ItemTranslationsTable>[]).sort((a, b) => a.id - b.id);
  const tags = (parse(row.tags) as { term: string }[]).map((t) => t.term).sort();
  return toItem(row, translations.map(toTranslation), tags);
}

/**
 * Loads whole items (translations and tags) for the given ids, in the order given. Items in the
 * trash are left out: every reader (public pages, API, search results, the edit form, saves) gets
 * them through here, so a trashed item is gone everywhere but the trash page (`trash.ts`).
 */
export async function loadItems(scope: SiteScope, ids: readonly number[]): Promise<Item[]> {
  if (!ids.length) return [];
  const rows = (await itemsWithParts(scope).where('items.id', 'in', ids).execute()) as ItemRow[];
  const byId = new Map(rows.map((row) => [row.id, toWholeItem(row)]));
  return ids.map((id) => byId.get(id)).filter((item): item is Item => item !== undefined);
}

export async function findItem(scope: SiteScope, id: number): Promise<Item | undefined> {
  return (await loadItems(scope, [id]))[0];
}

/**
 * The item a slug names in a type, with its translations and tags, in one query (see
 * `itemsWithParts`). The slug is looked up first in `language`, then in any language.
 */
export async function findItemBySlug(scope: SiteScope, type: string, slug: string, language: string): Promise<Item | undefined> {
  const owners = scope.selectFrom('item_translations as o').select('o.item_id').where('o.type', '=', type).where('o.slug', '=', slug);
  const items = ((await itemsWithParts(scope).where('items.id', 'in', owners).execute()) as ItemRow[]).map(toWholeItem);
  // The same slug can name different items in different languages; the page language wins.
  const owns = (item: Item, anyLanguage: boolean) => item.translations.some((t) => t.slug === slug && (anyLanguage || t.language === language));
  return items.find((item) => owns(item, false)) ?? items.find((item) => owns(item, true));
}

export async function slugTaken(scope: SiteScope, type: string, language: string, slug: string, exceptItemId: number | null): Promise<boolean> {
  let query = scope.selectFrom('item_translations').select('id').where('type', '=', type).where('language', '=', language).where('slug', '=', slug);
  if (exceptItemId !== null) query = query.where('item_id', '!=', exceptItemId);
  return (await query.executeTakeFirst()) !== undefined;
}

export interface ListingQuery {
  type?: string;
  types?: readonly string[];
  language: string;
  /** Shown where `language` has no published translation. */
  fallbackLanguage: string;
  sort: DefaultSort;
  now: string;
  limit: number;
  offset: number;
  promotedOnly?: boolean;
  /** For dated types: only items not yet ended (`upcoming`) or already ended (`past`). */
  when?: 'upcoming' | 'past';
  tag?: string;
  /** Only items of this year: when they start for dated types (events, projects), else when published. */
  year?: number;
  /** Only translations changed at or after this instant (ISO-8601 UTC), for the read API's `updatedSince`. */
  updatedSince?: string;
  /** Whether to count all matches (for pagination); blocks of a home page do not need it. */
  countTotal?: boolean;
}

export interface ListingRow {
  itemId: number;
  language: string;
}

/** The year a listing files an item under: when it starts for dated types, else when it was published (ISO text, both engines). */
const listingYear = sql<string>`substr(coalesce(i.starts_at, t.published_at), 1, 4)`;

/**
 * The published translations a listing shows (the page language, or the fallback language's where
 * the page language has none), with the query's filters, as a builder for rows, counts and facets.
 */
function publishedTranslations(scope: SiteScope, query: Omit<ListingQuery, 'sort' | 'limit' | 'offset'>) {
  return scope
    .selectFrom('item_translations as t')
    .innerJoin('items as i', (join) => join.onRef('i.id', '=', 't.item_id').on('i.site_id', '=', scope.siteId))
    .where('i.deleted_at', 'is', null)
    .where('t.status', '=', 'published')
    .where('t.published_at', '<=', query.now)
    .where((eb) =>
      eb.or([
        eb('t.language', '=', query.language),
        eb.and([
          eb('t.language', '=', query.fallbackLanguage),
          eb.not(
            eb.exists(
              eb
                .selectFrom('item_translations as own')
                .select('own.id')
                .whereRef('own.item_id', '=', 't.item_id')
                .where('own.language', '=', query.language)
                .where('own.status', '=', 'published')
                .where('own.published_at', '<=', query.now),
            ),
          ),
        ]),
      ]),
    )
    .$if(query.type !== undefined, (qb) => qb.where('t.type', '=', query.type!))
    .$if(query.types !== undefined, (qb) => qb.where('t.type', 'in', query.types!.length ? query.types! : ['']))
    .$if(!!query.promotedOnly, (qb) => qb.where('i.promoted', '=', 1))
    .$if(query.when === 'upcoming', (qb) => qb.where(sql<string>`coalesce(i.ends_at, i.starts_at)`, '>=', query.now))
    .$if(query.when === 'past', (qb) => qb.where(sql<string>`coalesce(i.ends_at, i.starts_at)`, '<', query.now))
    .$if(query.updatedSince !== undefined, (qb) => qb.where('t.updated_at', '>=', query.updatedSince!))
    .$if(query.tag !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(eb.selectFrom('item_tags as g').select('g.item_id').whereRef('g.item_id', '=', 't.item_id').where('g.term', '=', query.tag!)),
      ),
    )
    .$if(query.year !== undefined, (qb) => qb.where(listingYear, '=', String(query.year)));
}

/**
 * Published items for a listing, one row per item: the translation in the page language, or the
 * fallback language's one when the page language has none. Drafts and future-dated translations
 * are never listed.
 */
export async function listPublished(scope: SiteScope, query: ListingQuery): Promise<{ rows: ListingRow[]; total: number }> {
  const base = publishedTranslations(scope, query);

  const countRow = query.countTotal === false ? undefined : await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  let ordered = base.select(['t.item_id', 't.language']);
  if (query.when === 'upcoming') ordered = ordered.orderBy('i.starts_at', 'asc');
  else if (query.when === 'past') ordered = ordered.orderBy('i.starts_at', 'desc');
  else {
    ordered = ordered.orderBy('i.sticky', 'desc');
    switch (query.sort) {
      case 'newest':
        ordered = ordered.orderBy('t.published_at', 'desc');
        break;
      case 'upcoming':
        ordered = ordered.orderBy('i.starts_at', 'desc');
        break;
      case 'title':
        ordered = ordered.orderBy('t.title', 'asc');
        break;
      case 'manual':
        ordered = ordered.orderBy('i.sort_order', 'asc').orderBy('t.title', 'asc');
        break;
    }
  }
  const rows = await ordered.orderBy('t.item_id', 'desc').limit(query.limit).offset(query.offset).execute();
  return { rows: rows.map((r) => ({ itemId: r.item_id, language: r.language })), total: countRow ? Number(countRow.n) : rows.length };
}

export interface ListingFacets {
  /** GBF targets the listed items are tagged with, and how many items each. */
  targets: { term: string; count: number }[];
  /** Years (see `year` in `ListingQuery`), newest first, and how many items each. */
  years: { year: number; count: number }[];
}

/**
 * Counts for a listing's filters, over what the listing shows: each facet keeps the other filter
 * but not its own, so a visitor can switch from one target or year to another in one step.
 */
export async function listingFacets(scope: SiteScope, query: Omit<ListingQuery, 'sort' | 'limit' | 'offset'>): Promise<ListingFacets> {
  const [targets, years] = await Promise.all([
    publishedTranslations(scope, { ...query, tag: undefined })
      .innerJoin('item_tags as f', 'f.item_id', 't.item_id')
      .where('f.vocabulary', '=', 'gbf-targets')
      .select(['f.term', (eb) => eb.fn.count<number>('t.item_id').distinct().as('n')])
      .groupBy('f.term')
      .orderBy('f.term')
      .execute(),
    publishedTranslations(scope, { ...query, year: undefined })
      .select([listingYear.as('year'), (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(listingYear)
      .orderBy(listingYear, 'desc')
      .execute(),
  ]);
  return {
    targets: targets.map((r) => ({ term: r.term, count: Number(r.n) })),
    years: years.filter((r) => /^\d{4}$/.test(String(r.year))).map((r) => ({ year: Number(r.year), count: Number(r.n) })),
  };
}

/** Number of published items per type, in the page language or its fallback. */
export async function countPublishedByType(scope: SiteScope, now: string): Promise<Map<string, number>> {
  const rows = await scope
    .selectFrom('items as i')
    .select(['i.type', (eb) => eb.fn.countAll<number>().as('n')])
    .where('i.deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('item_translations as t')
          .select('t.id')
          .whereRef('t.item_id', '=', 'i.id')
          .where('t.status', '=', 'published')
          .where('t.published_at', '<=', now),
      ),
    )
    .groupBy('i.type')
    .execute();
  return new Map(rows.map((r) => [r.type, Number(r.n)]));
}

export async function countItems(scope: SiteScope): Promise<number> {
  const row = await scope.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}
