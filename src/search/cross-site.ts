import { type Kysely, type RawBuilder, sql } from 'kysely';
import { isPostgres, nowIso } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { SiteScope } from '../db/site-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { analyzerFor, fts5Query, markedParts, queryTerms, substringSnippet, tsQuerySource } from './analysis.ts';
import * as repo from './repo.ts';
import type { SearchHit } from './service.ts';

/**
 * One search over the indexes of several sites, for the network portal's search (ADR 0022). It
 * reads `search_entries` of the sites it is given, and only those, with the same matching as a
 * site's own search (ADR 0013): FTS5 and `bm25` on SQLite, the weighted tsvector and `ts_rank_cd`
 * on PostgreSQL, substrings for CJK. Which sites may be searched (live ones) is the caller's
 * decision. Only ids come back from the cross-site statements; titles and snippets are then read
 * site by site through each site's `SiteScope`, with the per-site functions of `repo.ts`.
 */

/** Sites searched in one language: each site is searched in the visitor's language if it has it, else in its default language. */
export interface CrossSiteGroup {
  language: string;
  siteIds: readonly number[];
}

export interface CrossSiteSearchOptions {
  /** In the order their results are shown: the visitor's language first. */
  groups: readonly CrossSiteGroup[];
  query: string;
  limit: number;
  offset: number;
  now?: string;
}

export interface CrossSiteHit extends SearchHit {
  siteId: number;
}

export interface CrossSiteResult {
  hits: CrossSiteHit[];
  total: number;
}

interface GroupSpec extends repo.MatchSpec {
  siteIds: readonly number[];
}

/** As in `repo.ts`: the configuration is a literal so that the planner evaluates `to_tsquery` once. */
function tsQuery(spec: GroupSpec): RawBuilder<unknown> {
  if (!/^[a-z]+$/.test(spec.analyzer)) throw new Error(`Not an analyzer: ${spec.analyzer}`);
  return sql`to_tsquery(${sql.lit(`ecotone_${spec.analyzer}`)}::regconfig, ${tsQuerySource(spec.terms)})`;
}

function conditions(spec: GroupSpec) {
  return sql`e.site_id in (${sql.join(spec.siteIds)}) and e.language = ${spec.language} and e.published_at <= ${spec.now}`;
}

function cjkMatch(pg: boolean, spec: GroupSpec) {
  const like = pg ? sql`ilike` : sql`like`;
  // Terms hold letters and digits only (queryTerms): no % or _ to escape.
  return sql.join(
    spec.terms.map((t) => sql`(e.title ${like} ${`%${t}%`} or e.tags ${like} ${`%${t}%`} or e.content ${like} ${`%${t}%`})`),
    sql` and `,
  );
}

const ftsTable = (analyzer: string) => sql.table(analyzer === 'english' ? 'search_fts_en' : 'search_fts');

/** On PostgreSQL, the number of newest matches that are ranked (as `repo.rankedMatchesPg`); later ones follow newest first. */
const rankedCap = repo.rankedMatchesPg;

/** PostgreSQL statements run with sequential scans off, so that matches come from the GIN index alone (ADR 0013). */
function withIndexOnly<R>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<R>): Promise<R> {
  const nested = db.isTransaction;
  return inTransaction(db, async (trx) => {
    await sql`select set_config('enable_seqscan', 'off', true)`.execute(trx);
    try {
      return await work(trx);
    } finally {
      if (nested) await sql`select set_config('enable_seqscan', 'on', true)`.execute(trx);
    }
  });
}

async function countMatches(db: Kysely<Database>, spec: GroupSpec): Promise<number> {
  const pg = isPostgres(db);
  if (spec.analyzer === 'cjk') {
    const { rows } = await sql<{ n: number }>`select count(*) as n from search_entries e where ${conditions(spec)} and ${cjkMatch(pg, spec)}`.execute(db);
    return Number(rows[0]?.n ?? 0);
  }
  if (!pg) {
    const table = ftsTable(spec.analyzer);
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${table} cross join search_entries e indexed by search_entries_match on e.id = ${table}.rowid
      where ${table} match ${fts5Query(spec.terms, spec.analyzer)} and ${conditions(spec)}`.execute(db);
    return Number(rows[0]?.n ?? 0);
  }
  return withIndexOnly(db, async (trx) => {
    const { rows } = await sql<{ n: string }>`select count(*) as n from (select * from search_entries e where e.search_vector @@ ${tsQuery(spec)} offset 0) e
      where ${conditions(spec)}`.execute(trx);
    return Number(rows[0]?.n ?? 0);
  });
}

async function pageIds(db: Kysely<Database>, spec: GroupSpec, limit: number, offset: number): Promise<{ id: number; site_id: number }[]> {
  const pg = isPostgres(db);
  const newest = sql`e.published_at desc, e.id desc`;
  if (spec.analyzer === 'cjk') {
    const like = pg ? sql`ilike` : sql`like`;
    const titleFirst = sql`case when ${sql.join(spec.terms.map((t) => sql`e.title ${like} ${`%${t}%`}`), sql` and `)} then 0 else 1 end`;
    const { rows } = await sql<{ id: number; site_id: number }>`select e.id, e.site_id from search_entries e where ${conditions(spec)} and ${cjkMatch(pg, spec)}
      order by ${titleFirst}, ${newest} limit ${limit} offset ${offset}`.execute(db);
    return rows;
  }
  if (!pg) {
    const table = ftsTable(spec.analyzer);
    const { rows } = await sql<{ id: number; site_id: number }>`select e.id, e.site_id from ${table} cross join search_entries e indexed by search_entries_match on e.id = ${table}.rowid
      where ${table} match ${fts5Query(spec.terms, spec.analyzer)} and ${conditions(spec)}
      order by bm25(${table}, 10.0, 4.0, 1.0), ${newest} limit ${limit} offset ${offset}`.execute(db);
    return rows;
  }
  const matches = sql`(select * from search_entries e where e.search_vector @@ ${tsQuery(spec)} offset 0) e where ${conditions(spec)}`;
  return withIndexOnly(db, async (trx) => {
    const ids: { id: number; site_id: number }[] = [];
    if (offset < rankedCap) {
      const { rows } = await sql<{ id: number; site_id: number }>`select c.id, c.site_id from (
          select e.id, e.site_id, e.published_at from ${matches} order by ${newest} limit ${rankedCap}
        ) c join search_entries s on s.id = c.id
        order by ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', s.search_vector, ${tsQuery(spec)}) desc, c.published_at desc, c.id desc
        limit ${Math.min(limit, rankedCap - offset)} offset ${offset}`.execute(trx);
      ids.push(...rows);
    }
    if (offset + limit > rankedCap) {
      const from = Math.max(offset, rankedCap);
      const { rows } = await sql<{ id: number; site_id: number }>`select e.id, e.site_id from ${matches} order by ${newest}
        limit ${offset + limit - from} offset ${from}`.execute(trx);
      ids.push(...rows);
    }
    return ids;
  });
}

/**
 * Published entries of the given sites, each group in its language, containing every word of the
 * query; the groups' results follow each other in the order given (ranks of two languages'
 * analyses are not comparable), best first within a group. `total` counts every match. No
 * spelling correction: suggestions come from one site's words (ADR 0013).
 *
 * @example
 *   await searchAcrossSites(db, { groups: [{ language: 'fr', siteIds: [1, 2] }, { language: 'ar', siteIds: [3] }], query: 'zones humides', limit: 10, offset: 0 })
 */
export async function searchAcrossSites(db: Kysely<Database>, options: CrossSiteSearchOptions): Promise<CrossSiteResult> {
  const terms = queryTerms(options.query);
  const now = options.now ?? nowIso();
  const specs: GroupSpec[] = options.groups
    .filter((g) => g.siteIds.length > 0)
    .map((g) => ({ language: g.language, analyzer: analyzerFor(g.language), terms, now, siteIds: g.siteIds.filter((id) => Number.isInteger(id)) }));
  if (!terms.length || !specs.length) return { hits: [], total: 0 };
  const counts = await Promise.all(specs.map((spec) => countMatches(db, spec)));
  const total = counts.reduce((a, b) => a + b, 0);

  // The page's slice of each group: groups are laid end to end, in order.
  const slices: { spec: GroupSpec; limit: number; offset: number }[] = [];
  let start = 0;
  for (const [index, spec] of specs.entries()) {
    const count = counts[index]!;
    const from = Math.max(options.offset, start);
    const to = Math.min(options.offset + options.limit, start + count);
    if (to > from) slices.push({ spec, limit: to - from, offset: from - start });
    start += count;
  }
  const pages = await Promise.all(slices.map((s) => pageIds(db, s.spec, s.limit, s.offset)));

  const hits: CrossSiteHit[] = [];
  for (const [index, { spec }] of slices.entries()) {
    const page = pages[index]!;
    const bySite = new Map<number, number[]>();
    for (const row of page) bySite.set(row.site_id, [...(bySite.get(row.site_id) ?? []), row.id]);
    const details = new Map<number, { row: repo.PageRow; snippet: string }>();
    await Promise.all(
      [...bySite].map(async ([siteId, ids]) => {
        const scope = new SiteScope(db, siteId);
        const [rows, marked] = await Promise.all([repo.pageRows(scope, ids), repo.highlights(scope, spec, ids)]);
        for (const row of rows) {
          const h = marked.get(row.id);
          details.set(row.id, { row, snippet: h?.content !== undefined ? substringSnippet(h.content, spec.terms) : (h?.snippet ?? '') });
        }
      }),
    );
    for (const { id, site_id } of page) {
      const found = details.get(id);
      if (!found) continue;
      const { row, snippet } = found;
      hits.push({ siteId: site_id, itemId: row.item_id, language: row.language, type: row.type, title: row.title, publishedAt: row.published_at, snippet: markedParts(snippet) });
    }
  }
  return { hits, total };
}
