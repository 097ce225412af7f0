import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import { isPostgres } from '../db/database.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { inTransaction } from '../db/transaction.ts';
import { fts5Query, markEnd, markStart, tsQuerySource } from './analysis.ts';

/**
 * The search module's SQL, for both engines (ADR 0013). Every query carries the site: through
 * `scope.selectFrom('search_entries as e')`, or, in the raw SQL of `matchPage`, a condition on
 * `e.site_id` from the scope. The engine-specific part is how a row matches, ranks and is
 * highlighted:
 * - SQLite: FTS5 `match` on `search_fts_en` (Porter) for English, `search_fts` otherwise; `bm25`;
 *   `snippet`/`highlight`.
 * - PostgreSQL: `search_vector @@ to_tsquery('ecotone_<analyzer>', …)`; `ts_rank_cd`; `ts_headline`.
 * - CJK (both): every term as a substring (`like`/`ilike`), titles first, then newest.
 */

export interface MatchSpec {
  language: string;
  analyzer: string;
  /** From `queryTerms`: letters, marks and digits only, so safe inside FTS5 and tsquery syntax. */
  terms: string[];
  type?: string;
  target?: string;
  now: string;
}

export interface FacetCount {
  value: string;
  count: number;
}


/** The FTS5 table holding rows of this analyzer. */
const ftsTable = (analyzer: string) => (analyzer === 'english' ? 'search_fts_en' : 'search_fts');

/**
 * The tsquery of a search. The configuration is a literal (an analyzer's name: letters only), not
 * a parameter: a cast of a parameter to `regconfig` is not constant, so the planner would leave
 * `to_tsquery` to run again for every row that is ranked.
 */
function tsQuery(spec: MatchSpec) {
  if (!/^[a-z]+$/.test(spec.analyzer)) throw new Error(`Not an analyzer: ${spec.analyzer}`);
  return sql`to_tsquery(${sql.lit(`ecotone_${spec.analyzer}`)}::regconfig, ${tsQuerySource(spec.terms)})`;
}

/** How many matching entries share a type and a set of GBF targets: the total and both facets are sums of these. */
export interface MatchGroup {
  type: string;
  /** The entries' `targets`, a JSON array. */
  targets: string;
  count: number;
}

/** An entry of the page shown, with what the page needs of it. */
export interface PageRow {
  id: number;
  item_id: number;
  language: string;
  type: string;
  title: string;
  published_at: string | null;
}

/**
 * On PostgreSQL, how many of the newest matches are ranked (ADR 0013): `ts_rank_cd` reads each
 * match's stored vector, which costs more than the rest of a search together for a word found in
 * thousands of entries. Matches past these come after them, newest first.
 */
export const rankedMatchesPg = 1000;

function matchCondition(pg: boolean, spec: MatchSpec): Expression<SqlBool> {
  if (spec.analyzer === 'cjk') {
    const like = pg ? sql`ilike` : sql`like`;
    // Terms hold no % or _ (queryTerms keeps letters and digits only): no escaping needed.
    return sql<SqlBool>`${sql.join(
      spec.terms.map((t) => sql`(e.title ${like} ${`%${t}%`} or e.tags ${like} ${`%${t}%`} or e.content ${like} ${`%${t}%`})`),
      sql` and `,
    )}`;
  }
  return sql<SqlBool>`e.search_vector @@ ${tsQuery(spec)}`;
}

/** The site, language and moment of every search; then the type and target filters when `filtered`. */
function entryConditions(pg: boolean, scope: SiteScope, spec: MatchSpec, filtered: boolean) {
  const conditions = [sql`e.site_id = ${scope.siteId}`, sql`e.language = ${spec.language}`, sql`e.published_at <= ${spec.now}`];
  if (filtered && spec.type) conditions.push(sql`e.type = ${spec.type}`);
  // `targets` is a JSON array of identifiers: the quoted identifier is in it or not.
  if (filtered && spec.target) conditions.push(pg ? sql`strpos(e.targets, ${JSON.stringify(spec.target)}) > 0` : sql`instr(e.targets, ${JSON.stringify(spec.target)}) > 0`);
  return sql.join(conditions, sql` and `);
}

/**
 * The matches of a search, counted by type and targets (all of them, neither filter applied:
 * each facet ignores its own filter, so the caller sums these groups), and the ids of the page
 * asked for, best first, both filters applied. Only ids, types and targets come back, never the
 * matches themselves: a common word matches most of a language's entries.
 * - SQLite: the FTS5 table drives the join (`cross join`), and each match is looked up in the
 *   narrow index `search_entries_match` rather than in the wide table; every match is ranked by
 *   `bm25`, and SQLite keeps only the page while sorting.
 * - PostgreSQL: the counts read the GIN index and the heap, not the stored vectors (the planner,
 *   unaware of what reading the vectors costs, would otherwise scan the table); the newest
 *   `rankedMatchesPg` matches are ranked by `ts_rank_cd`, and the rest follow, newest first.
 * - CJK: substring matches, titles first, then newest.
 */
export async function matchPage(scope: SiteScope, spec: MatchSpec, limit: number, offset: number): Promise<{ groups: MatchGroup[]; ids: number[] }> {
  const pg = isPostgres(scope.db);
  const all = entryConditions(pg, scope, spec, false);
  const filtered = entryConditions(pg, scope, spec, true);
  const newest = sql`e.published_at desc, e.id desc`;
  if (!pg && spec.analyzer !== 'cjk') {
    const table = sql.table(ftsTable(spec.analyzer));
    const from = sql`from ${table} cross join search_entries e indexed by search_entries_match on e.id = ${table}.rowid
      where ${table} match ${fts5Query(spec.terms, spec.analyzer)}`;
    const groups = await sql<MatchGroup>`select e.type, e.targets, count(*) as count ${from} and ${all} group by e.type, e.targets`.execute(scope.db);
    const page = await sql<{ id: number }>`select e.id ${from} and ${filtered}
      order by bm25(${table}, 10.0, 4.0, 1.0), ${newest} limit ${limit} offset ${offset}`.execute(scope.db);
    return { groups: groups.rows, ids: page.rows.map((r) => r.id) };
  }
  const match = matchCondition(pg, spec);
  if (spec.analyzer === 'cjk') {
    const like = pg ? sql`ilike` : sql`like`;
    const titleFirst = sql`case when ${sql.join(spec.terms.map((t) => sql`e.title ${like} ${`%${t}%`}`), sql` and `)} then 0 else 1 end`;
    const groups = await sql<MatchGroup>`select e.type, e.targets, count(*) as count from search_entries e where ${all} and ${match} group by e.type, e.targets`.execute(scope.db);
    const page = await sql<{ id: number }>`select e.id from search_entries e where ${filtered} and ${match}
      order by ${titleFirst}, ${newest} limit ${limit} offset ${offset}`.execute(scope.db);
    return { groups: groups.rows.map((g) => ({ ...g, count: Number(g.count) })), ids: page.rows.map((r) => r.id) };
  }
  // The matches come from the GIN index alone (`offset 0` keeps the other conditions out of that
  // subquery, and sequential scans are off): any other plan reads every candidate's vector. They
  // are kept, narrow, for the counts and the ranking; only the ranked ones' vectors are read.
  const cap = rankedMatchesPg;
  const ranked = offset < cap;
  const statement = sql<{ type: string | null; targets: string | null; count: string | null; id: number | null }>`
    with m as materialized (
      select e.id, e.site_id, e.language, e.type, e.targets, e.published_at
      from (select * from search_entries e where ${match} offset 0) e where ${all}
    )
    select m.type, m.targets, count(*) as count, null::integer as id from m group by m.type, m.targets
    ${
      ranked
        ? sql`union all (
      select null, null, null, c.id from (
        select e.id, e.published_at from m e where ${filtered} order by ${newest} limit ${cap}
      ) c join search_entries s on s.id = c.id
      order by ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', s.search_vector, ${tsQuery(spec)}) desc, c.published_at desc, c.id desc
      limit ${Math.min(limit, cap - offset)} offset ${offset})`
        : sql``
    }`;
  // Inside a caller's transaction the setting must be put back; in our own, its end undoes it
  // (`set_config(…, true)`), which saves a round trip per search.
  const nested = scope.db.isTransaction;
  return inTransaction(scope.db, async (trx) => {
    await sql`select set_config('enable_seqscan', 'off', true)`.execute(trx);
    try {
      const { rows } = await statement.execute(trx);
      const groups = rows.filter((r) => r.id === null).map((r) => ({ type: r.type!, targets: r.targets!, count: Number(r.count) }));
      const ids = rows.filter((r) => r.id !== null).map((r) => r.id!);
      // Matches past the ranked ones follow them newest first, in the same order that chose them.
      if (offset + limit > cap) {
        const rest = await sql<{ id: number }>`select e.id from (select * from search_entries e where ${match} offset 0) e where ${filtered}
          order by ${newest} limit ${offset + limit - Math.max(offset, cap)} offset ${Math.max(offset, cap)}`.execute(trx);
        ids.push(...rest.rows.map((r) => r.id));
      }
      return { groups, ids };
    } finally {
      if (nested) await sql`select set_config('enable_seqscan', 'on', true)`.execute(trx);
    }
  });
}

/** The entries of the page shown, by id. */
export async function pageRows(scope: SiteScope, ids: readonly number[]): Promise<PageRow[]> {
  if (!ids.length) return [];
  return scope
    .selectFrom('search_entries as e')
    .select(['e.id', 'e.item_id', 'e.language', 'e.type', 'e.title', 'e.published_at'])
    .where('e.id', 'in', ids)
    .execute();
}

/** Snippets of the given entries, with `markStart`/`markEnd` around what matched. */
export async function highlights(scope: SiteScope, spec: MatchSpec, ids: readonly number[]): Promise<Map<number, { snippet: string; content?: string }>> {
  const result = new Map<number, { snippet: string; content?: string }>();
  if (!ids.length) return result;
  const pg = isPostgres(scope.db);
  if (spec.analyzer === 'cjk') {
    // The engines see no words in CJK text: the service cuts the snippet from the content.
    const rows = await scope.selectFrom('search_entries').select(['id', 'content']).where('id', 'in', ids).execute();
    for (const r of rows) result.set(r.id, { snippet: '', content: r.content });
    return result;
  }
  if (pg) {
    const config = `ecotone_${spec.analyzer}`;
    const snippetOptions = `StartSel=${markStart}, StopSel=${markEnd}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "`;
    const rows = await scope
      .selectFrom('search_entries as e')
      .select([
        'e.id',
        sql<string>`ts_headline(${config}::regconfig, e.content, ${tsQuery(spec)}, ${snippetOptions})`.as('snippet'),
      ])
      .where('e.id', 'in', ids)
      .execute();
    for (const r of rows) result.set(r.id, { snippet: r.snippet });
    return result;
  }
  const name = ftsTable(spec.analyzer);
  const table = sql.table(name);
  // `+rowid`: the match runs once and its rows are checked against the ids; a bare `rowid in`
  // would be handed to FTS5, which then runs the whole match again for each id.
  const { rows } = await sql<{ id: number; snippet: string }>`
    select rowid as id, snippet(${table}, 2, ${markStart}, ${markEnd}, '…', 28) as snippet
    from ${table} where ${table} match ${fts5Query(spec.terms, spec.analyzer)} and +rowid in (${sql.join(ids)})`.execute(scope.db);
  for (const r of rows) result.set(r.id, { snippet: r.snippet });
  return result;
}

const trigramAvailable = new WeakMap<Kysely<Database>, Promise<boolean>>();

/** Whether `pg_trgm` is installed (checked once per database handle); never on SQLite. */
function hasTrigrams(db: Kysely<Database>): Promise<boolean> {
  if (!isPostgres(db)) return Promise.resolve(false);
  let known = trigramAvailable.get(db);
  if (!known) {
    known = sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`.execute(db).then((r) => Number(r.rows[0]?.n) > 0, () => false);
    trigramAvailable.set(db, known);
  }
  return known;
}

/** Which of `words` the site's text in `language` contains. */
export async function knownWords(scope: SiteScope, language: string, words: readonly string[]): Promise<Set<string>> {
  if (!words.length) return new Set();
  const rows = await scope.selectFrom('search_words').select('word').where('language', '=', language).where('word', 'in', words).execute();
  return new Set(rows.map((r) => r.word));
}

/**
 * Words of the site's text that may be what `word` meant: by trigram similarity where `pg_trgm`
 * is installed, otherwise those with the same first letter and a near length (a typo in the first
 * letter is then not corrected). The caller measures the edit distance.
 */
export async function similarWords(scope: SiteScope, language: string, word: string, maxTypos: number): Promise<string[]> {
  const base = scope.selectFrom('search_words').select('word').where('language', '=', language);
  if (await hasTrigrams(scope.db)) {
    const rows = await base.where(sql<SqlBool>`word % ${word}`).orderBy(sql`similarity(word, ${word})`, 'desc').limit(20).execute();
    return rows.map((r) => r.word);
  }
  const first = word[0]!;
  const rows = await base
    .where('word', '>=', first)
    .where('word', '<', `${first}\uFFFF`)
    .where(sql<SqlBool>`length(word) between ${word.length - maxTypos} and ${word.length + maxTypos}`)
    .limit(5000)
    .execute();
  return rows.map((r) => r.word);
}

/** Remembers the words of an entry for spelling suggestions (kept even when the entry goes: see ADR 0013). */
export async function rememberWords(scope: SiteScope, language: string, words: readonly string[]): Promise<void> {
  for (let i = 0; i < words.length; i += 500) {
    const chunk = words.slice(i, i + 500).map((word) => ({ language, word }));
    await scope.insertInto('search_words', chunk).onConflict((oc) => oc.columns(['site_id', 'language', 'word']).doNothing()).execute();
  }
}
