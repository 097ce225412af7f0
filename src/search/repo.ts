import { type Expression, type Kysely, PostgresAdapter, type SqlBool, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SiteScope } from '../db/site-scope.ts';
import { fts5Query, markEnd, markStart, tsQuerySource } from './analysis.ts';

/**
 * The search module's SQL, for both engines (ADR 0013). Every query starts from
 * `scope.selectFrom('search_entries as e')`, so it carries the site; the engine-specific part is
 * only how a row matches, ranks and is highlighted:
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

const isPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The FTS5 table holding rows of this analyzer. */
const ftsTable = (analyzer: string) => (analyzer === 'english' ? 'search_fts_en' : 'search_fts');

const tsQuery = (spec: MatchSpec) => sql`to_tsquery(${`ecotone_${spec.analyzer}`}::regconfig, ${tsQuerySource(spec.terms)})`;

/** A matching entry with its rank, lower first (bm25 is negative; PostgreSQL's rank is negated to match). */
export interface MatchRow {
  id: number;
  item_id: number;
  language: string;
  type: string;
  title: string;
  targets: string;
  published_at: string | null;
  rank: number;
}

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

/**
 * Every entry of the site, language and moment that matches the terms, with its rank, in one
 * pass of the engine: the service draws the page, the total and both facets from these rows, so
 * the full-text query (and on PostgreSQL, reading the stored vectors) happens once per search.
 * Type and target filters are applied by the caller, because each facet ignores its own filter.
 */
export async function allMatches(scope: SiteScope, spec: MatchSpec): Promise<MatchRow[]> {
  const pg = isPostgres(scope.db);
  const columns = sql`e.id, e.item_id, e.language, e.type, e.title, e.targets, e.published_at`;
  const where = sql`e.site_id = ${scope.siteId} and e.language = ${spec.language} and e.published_at <= ${spec.now}`;
  if (!pg && spec.analyzer !== 'cjk') {
    // bm25 only exists inside an FTS5 query, and the FTS table must drive the join: `cross join`
    // fixes SQLite's loop order, or the planner may rerun the full-text query for each entry.
    const table = sql.table(ftsTable(spec.analyzer));
    const { rows } = await sql<MatchRow>`
      select ${columns}, bm25(${table}, 10.0, 4.0, 1.0) as rank
      from ${table} cross join search_entries e on e.id = ${table}.rowid
      where ${table} match ${fts5Query(spec.terms, spec.analyzer)} and ${where}`.execute(scope.db);
    return rows;
  }
  let rank;
  if (spec.analyzer === 'cjk') {
    const like = pg ? sql`ilike` : sql`like`;
    rank = sql`case when ${sql.join(spec.terms.map((t) => sql`e.title ${like} ${`%${t}%`}`), sql` and `)} then 0 else 1 end`;
  } else {
    // Cover density: terms close together in the title count most (weights D C B A).
    rank = sql`-ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', e.search_vector, ${tsQuery(spec)})`;
  }
  const { rows } = await sql<MatchRow>`select ${columns}, ${rank} as rank from search_entries e where ${where} and ${matchCondition(pg, spec)}`.execute(scope.db);
  return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
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
  const { rows } = await sql<{ id: number; snippet: string }>`
    select rowid as id, snippet(${table}, 2, ${markStart}, ${markEnd}, '…', 28) as snippet
    from ${table} where ${table} match ${fts5Query(spec.terms, spec.analyzer)} and rowid in (${sql.join(ids)})`.execute(scope.db);
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
