import { sql } from 'kysely';
import type { SiteScope } from '../db/site-scope.ts';
import type { Site } from '../sites/site.ts';

/** What the admin lists, read through the site scope. */

export interface TranslationRow {
  itemId: number;
  type: string;
  language: string;
  title: string;
  status: string;
  updatedAt: string;
}

function translationRows(scope: SiteScope) {
  return scope
    .selectFrom('item_translations as t')
    .innerJoin('items as i', (join) => join.onRef('i.id', '=', 't.item_id').on('i.site_id', '=', scope.siteId))
    // The trash has its own page; nothing in it shows on the dashboard.
    .where('i.deleted_at', 'is', null)
    .select(['t.item_id as itemId', 't.type', 't.language', 't.title', 't.status', 't.updated_at as updatedAt']);
}

export async function dashboardData(scope: SiteScope, site: Site, userId: number) {
  const [myDrafts, inReview, recentlyPublished, counts] = await Promise.all([
    translationRows(scope).where('t.status', '=', 'draft').where('i.author_id', '=', userId).orderBy('t.updated_at', 'desc').limit(10).execute(),
    translationRows(scope).where('t.status', '=', 'review').orderBy('t.updated_at', 'asc').limit(20).execute(),
    translationRows(scope).where('t.status', '=', 'published').orderBy('t.published_at', 'desc').limit(10).execute(),
    scope
      .selectFrom('item_translations')
      .select(['language', (eb) => eb.fn.count<number>('item_id').distinct().as('n')])
      .where('item_id', 'not in', scope.selectFrom('items').select('id').where('deleted_at', 'is not', null))
      .groupBy('language')
      .execute(),
  ]);
  const total = Number((await scope.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirst())?.n ?? 0);
  const translated = new Map(counts.map((c) => [c.language, Number(c.n)]));
  return {
    myDrafts,
    inReview,
    recentlyPublished,
    untranslated: site.languages.map((language) => ({ language, count: total - (translated.get(language) ?? 0) })).filter((u) => u.count > 0),
  };
}

/** How an admin content list can be sorted (the URL's `sort`). */
export const contentListSorts = ['updated', 'title', 'created'] as const;
export type ContentListSort = (typeof contentListSorts)[number];

/** What an editor filters and sorts a content list by (parsed from the list's URL in `content-list.schema.ts`). */
export interface ContentListFilters {
  status?: 'draft' | 'review' | 'published' | 'archived';
  /** Only items with a translation in this language; `status` and `text` then apply to that translation. */
  language?: string;
  authorId?: number;
  /** A vocabulary term or keyword identifier, e.g. `GBF-TARGET-03`. */
  tag?: string;
  /** Found in a title or a summary, case-insensitively. */
  text?: string;
  sort: ContentListSort;
  direction: 'asc' | 'desc';
}

export interface ContentListQuery extends ContentListFilters {
  type: string;
  /** The language whose title names (and sorts) an item when no `language` is chosen. */
  defaultLanguage: string;
  limit: number;
  offset: number;
}

/** `%text%` for LIKE, with the wildcard characters of the text itself escaped. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Items of a type for the admin list, filtered and sorted as asked, with every translation's
 * status. Items in the trash are left out (they have a page of their own).
 */
export async function listItemsForAdmin(scope: SiteScope, query: ContentListQuery) {
  const { language } = query;
  let base = scope.selectFrom('items as i').where('i.type', '=', query.type).where('i.deleted_at', 'is', null);
  // One correlated EXISTS per translation condition, so that status, language and text all hold
  // for the same translation when a language is chosen.
  if (query.status || language || query.text) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('item_translations as x')
          .select('x.id')
          .whereRef('x.item_id', '=', 'i.id')
          .$if(language !== undefined, (qb) => qb.where('x.language', '=', language!))
          .$if(query.status !== undefined, (qb) => qb.where('x.status', '=', query.status!))
          .$if(!!query.text, (qb) =>
            qb.where((w) =>
              w.or([
                w(sql<string>`lower(x.title)`, 'like', sql<string>`${likePattern(query.text!)} escape '\\'`),
                w(sql<string>`lower(x.summary)`, 'like', sql<string>`${likePattern(query.text!)} escape '\\'`),
              ]),
            ),
          ),
      ),
    );
  }
  if (query.authorId !== undefined) base = base.where('i.author_id', '=', query.authorId);
  if (query.tag) {
    base = base.where((eb) => eb.exists(eb.selectFrom('item_tags as g').select('g.item_id').whereRef('g.item_id', '=', 'i.id').where('g.term', '=', query.tag!)));
  }
  // The title that names an item: in the chosen language, else the default language's, else any.
  const titleLanguage = language ?? query.defaultLanguage;
  const sortTitle = sql<string>`coalesce(
    (select lower(st.title) from item_translations st where st.item_id = i.id and st.language = ${titleLanguage}),
    (select min(lower(sa.title)) from item_translations sa where sa.item_id = i.id))`;
  const direction = query.direction;
  let ordered = base.select(['i.id', 'i.updated_at', 'i.created_at', 'i.author_id']);
  if (query.sort === 'title') ordered = ordered.orderBy(sortTitle, direction);
  else if (query.sort === 'created') ordered = ordered.orderBy('i.created_at', direction);
  else ordered = ordered.orderBy('i.updated_at', direction);
  const [rows, count] = await Promise.all([
    // The id breaks ties, so that pages neither repeat nor skip items.
    ordered.orderBy('i.id', direction).limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  const ids = rows.map((r) => r.id);
  const translations = ids.length
    ? await scope.selectFrom('item_translations').select(['item_id', 'language', 'title', 'status']).where('item_id', 'in', ids).orderBy('id').execute()
    : [];
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({ id: r.id, authorId: r.author_id, updatedAt: r.updated_at, createdAt: r.created_at, translations: translations.filter((t) => t.item_id === r.id) })),
  };
}

/** The people who wrote items of a type on this site, for the author filter. */
export async function listAuthors(scope: SiteScope, type: string): Promise<{ id: number; name: string }[]> {
  const rows = await scope
    .selectFrom('items as i')
    .innerJoin('users as u', 'u.id', 'i.author_id')
    .select(['u.id', 'u.display_name'])
    .where('i.type', '=', type)
    .where('i.deleted_at', 'is', null)
    .groupBy(['u.id', 'u.display_name'])
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name }));
}
