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
    .select(['t.item_id as itemId', 't.type', 't.language', 't.title', 't.status', 't.updated_at as updatedAt']);
}

export async function dashboardData(scope: SiteScope, site: Site, userId: number) {
  const [myDrafts, inReview, recentlyPublished, counts] = await Promise.all([
    translationRows(scope).where('t.status', '=', 'draft').where('i.author_id', '=', userId).orderBy('t.updated_at', 'desc').limit(10).execute(),
    translationRows(scope).where('t.status', '=', 'review').orderBy('t.updated_at', 'asc').limit(20).execute(),
    translationRows(scope).where('t.status', '=', 'published').orderBy('t.published_at', 'desc').limit(10).execute(),
    scope.selectFrom('item_translations').select(['language', (eb) => eb.fn.count<number>('item_id').distinct().as('n')]).groupBy('language').execute(),
  ]);
  const total = Number((await scope.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const translated = new Map(counts.map((c) => [c.language, Number(c.n)]));
  return {
    myDrafts,
    inReview,
    recentlyPublished,
    untranslated: site.languages.map((language) => ({ language, count: total - (translated.get(language) ?? 0) })).filter((u) => u.count > 0),
  };
}

export interface ContentListQuery {
  type: string;
  status?: 'draft' | 'review' | 'published' | 'archived';
  text?: string;
  limit: number;
  offset: number;
}

/** Items of a type, newest change first, with every translation's status. */
export async function listItemsForAdmin(scope: SiteScope, query: ContentListQuery) {
  let base = scope.selectFrom('items as i').where('i.type', '=', query.type);
  if (query.status) {
    base = base.where((eb) => eb.exists(eb.selectFrom('item_translations as s').select('s.id').whereRef('s.item_id', '=', 'i.id').where('s.status', '=', query.status!)));
  }
  if (query.text) {
    const pattern = `%${query.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) =>
      eb.exists(eb.selectFrom('item_translations as x').select('x.id').whereRef('x.item_id', '=', 'i.id').where(sql<string>`lower(x.title)`, 'like', sql<string>`${pattern} escape '\\'`)),
    );
  }
  const [rows, count] = await Promise.all([
    base.select(['i.id', 'i.updated_at']).orderBy('i.updated_at', 'desc').orderBy('i.id', 'desc').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  const ids = rows.map((r) => r.id);
  const translations = ids.length
    ? await scope.selectFrom('item_translations').select(['item_id', 'language', 'title', 'status']).where('item_id', 'in', ids).orderBy('id').execute()
    : [];
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({ id: r.id, updatedAt: r.updated_at, translations: translations.filter((t) => t.item_id === r.id) })),
  };
}
