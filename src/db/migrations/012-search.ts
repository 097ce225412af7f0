import { type Kysely, sql } from 'kysely';
import { idColumn, isPostgres } from './migration-helpers.ts';

/**
 * Per-language search (ADR 0013). `search_entries` gains:
 * - `analyzer`: how its text is analysed, named after the Snowball stemmer (`english`, `french`…),
 *   `simple` (no stemming) or `cjk` (no word spaces: substring search);
 * - `tags`: the tag titles, apart from the body so that they weigh more than it;
 * - `targets`: the GBF target identifiers as a JSON array, for facets and filters.
 * Plus `search_words`, the distinct words of each site and language, for spelling suggestions.
 *
 * PostgreSQL: one text search configuration per Snowball language (`ecotone_<analyzer>`), with
 * `unaccent` before the stemmer when the extension can be created; a stored, weighted tsvector
 * column over a GIN index; `pg_trgm` over `search_words` when available.
 * SQLite: FTS5 tables with `unicode61 remove_diacritics 2`, Porter stemming for English only.
 *
 * The analyzer list is copied here on purpose: migrations import no application code.
 */
const snowball = [
  'arabic', 'armenian', 'basque', 'catalan', 'danish', 'dutch', 'english', 'finnish', 'french', 'german', 'greek', 'hindi',
  'hungarian', 'indonesian', 'irish', 'italian', 'lithuanian', 'nepali', 'norwegian', 'portuguese', 'romanian', 'russian',
  'serbian', 'spanish', 'swedish', 'tamil', 'turkish', 'yiddish',
];

/** The analyzer of a language, for the rows indexed before this migration (the app has its own copy). */
const languageAnalyzers: Record<string, string> = {
  ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', da: 'danish', nl: 'dutch', en: 'english', fi: 'finnish', fr: 'french',
  de: 'german', el: 'greek', hi: 'hindi', hu: 'hungarian', id: 'indonesian', ga: 'irish', it: 'italian', lt: 'lithuanian',
  ne: 'nepali', no: 'norwegian', nb: 'norwegian', nn: 'norwegian', pt: 'portuguese', ro: 'romanian', ru: 'russian', sr: 'serbian',
  es: 'spanish', sv: 'swedish', ta: 'tamil', tr: 'turkish', yi: 'yiddish', zh: 'cjk', ja: 'cjk', ko: 'cjk',
};

/** `case … end` giving the analyzer of the language in `column` (a base tag like `en`, or `en-GB`). */
function analyzerCase(column: string) {
  const whens = Object.entries(languageAnalyzers).map(([lang, analyzer]) => `when lower(${column}) = '${lang}' or lower(${column}) like '${lang}-%' then '${analyzer}'`);
  return sql.raw(`case ${whens.join(' ')} else 'simple' end`);
}

/** Tries `create extension`; a managed server may refuse it, which must not fail the migration. */
async function tryExtension(db: Kysely<any>, name: 'unaccent' | 'pg_trgm'): Promise<boolean> {
  // A DO block with an exception handler runs in a subtransaction: a refusal leaves ours usable.
  await sql
    .raw(`do $$ begin create extension if not exists ${name}; exception when others then raise notice 'extension ${name} unavailable: %', sqlerrm; end $$`)
    .execute(db);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = ${name}`.execute(db);
  if (!rows[0]?.n) console.warn(`[ecotone] PostgreSQL extension ${name} could not be created: search works without it (${name === 'unaccent' ? 'accents count' : 'no spelling suggestions by trigram'})`);
  return Boolean(rows[0]?.n);
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema.alterTable('search_entries').addColumn('analyzer', 'text', (c) => c.notNull().defaultTo('simple')).execute();
  await db.schema.alterTable('search_entries').addColumn('tags', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('search_entries').addColumn('targets', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await sql`update search_entries set analyzer = ${analyzerCase('language')}`.execute(db);
  // Rows indexed before: their tag titles stay in `content` until the item is saved again, but
  // their GBF targets can be filled now, from the item's tags.
  await sql`update search_entries set targets = coalesce((select ${pg ? sql`json_agg(t.term order by t.term)::text` : sql`json_group_array(t.term)`}
    from item_tags t where t.item_id = search_entries.item_id and t.vocabulary = 'gbf-targets'), '[]')`.execute(db);
  await db.schema.createIndex('search_entries_site_language').on('search_entries').columns(['site_id', 'language', 'published_at']).execute();
  if (!pg) {
    // What a search needs of each FTS5 match besides its rank, in a narrow index looked up by
    // rowid (`indexed by` in the queries): the table's rows, with their text, are too wide to
    // visit thousands of times per search (ADR 0013).
    await db.schema.createIndex('search_entries_match').on('search_entries').columns(['id', 'site_id', 'language', 'published_at', 'type', 'targets']).execute();
  }

  await db.schema
    .createTable('search_words')
    .addColumn('id', idColumn(db), (c) => c.primaryKey().$call((b) => (pg ? b : b.autoIncrement())))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    // Lower case, without diacritics: the form a typo is compared with.
    .addColumn('word', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_words_site_language_word', ['site_id', 'language', 'word'])
    .execute();

  if (pg) {
    const unaccent = await tryExtension(db, 'unaccent');
    const trgm = await tryExtension(db, 'pg_trgm');
    const { rows: configs } = await sql<{ cfgname: string }>`select cfgname from pg_ts_config`.execute(db);
    const { rows: dicts } = await sql<{ dictname: string }>`select dictname from pg_ts_dict`.execute(db);
    const haveConfig = new Set(configs.map((r) => r.cfgname));
    const haveDict = new Set(dicts.map((r) => r.dictname));
    // One configuration per analyzer, always present, so the query code never has to ask which
    // exist: a Snowball language this server lacks becomes a copy of `simple`.
    for (const analyzer of [...snowball, 'simple']) {
      const base = haveConfig.has(analyzer) ? analyzer : 'simple';
      const name = `ecotone_${analyzer}`;
      await sql.raw(`drop text search configuration if exists ${name}`).execute(db);
      await sql.raw(`create text search configuration ${name} (copy = ${base})`).execute(db);
      const stem = base === 'simple' ? 'simple' : `${base}_stem`;
      // Only tokens that may carry accents need unaccent (the documented pattern); it runs before
      // the stemmer so that "forêts" and "forets" reach it as the same word.
      if (unaccent && haveDict.has(stem)) await sql.raw(`alter text search configuration ${name} alter mapping for hword, hword_part, word with unaccent, ${stem}`).execute(db);
    }
    const config = sql.raw(
      `case analyzer ${[...snowball, 'simple'].map((a) => `when '${a}' then 'ecotone_${a}'::regconfig`).join(' ')} else 'ecotone_simple'::regconfig end`,
    );
    await sql`drop index if exists search_entries_fts`.execute(db);
    await sql`alter table search_entries add column search_vector tsvector generated always as (
        setweight(to_tsvector(${config}, title), 'A') ||
        setweight(to_tsvector(${config}, tags), 'B') ||
        setweight(to_tsvector(${config}, content), 'C')
      ) stored`.execute(db);
    await sql`create index search_entries_vector on search_entries using gin (search_vector)`.execute(db);
    if (trgm) await sql`create index search_words_trgm on search_words using gin (word gin_trgm_ops)`.execute(db);
  } else {
    // The old single table indexed title and content only; the new ones also index tags, apart.
    await sql`drop trigger if exists search_entries_ai`.execute(db);
    await sql`drop trigger if exists search_entries_ad`.execute(db);
    await sql`drop trigger if exists search_entries_au`.execute(db);
    await sql`drop table if exists search_fts`.execute(db);
    // English rows get Porter stemming; every other language (but CJK, searched by substring)
    // keeps its words whole and is searched by prefix.
    const tables = [
      { name: 'search_fts', tokenize: 'unicode61 remove_diacritics 2', when: "analyzer not in ('english', 'cjk')" },
      { name: 'search_fts_en', tokenize: 'porter unicode61 remove_diacritics 2', when: "analyzer = 'english'" },
    ];
    for (const t of tables) {
      await sql.raw(`create virtual table ${t.name} using fts5(title, tags, content, content='search_entries', content_rowid='id', tokenize='${t.tokenize}')`).execute(db);
      const on = (row: 'new' | 'old') => t.when.replace('analyzer', `${row}.analyzer`);
      await sql.raw(`create trigger ${t.name}_ai after insert on search_entries when ${on('new')} begin
        insert into ${t.name}(rowid, title, tags, content) values (new.id, new.title, new.tags, new.content); end`).execute(db);
      await sql.raw(`create trigger ${t.name}_ad after delete on search_entries when ${on('old')} begin
        insert into ${t.name}(${t.name}, rowid, title, tags, content) values ('delete', old.id, old.title, old.tags, old.content); end`).execute(db);
      // An update is a delete and an insert, each only if the row was (or is now) in this table.
      await sql.raw(`create trigger ${t.name}_aud after update on search_entries when ${on('old')} begin
        insert into ${t.name}(${t.name}, rowid, title, tags, content) values ('delete', old.id, old.title, old.tags, old.content); end`).execute(db);
      await sql.raw(`create trigger ${t.name}_aui after update on search_entries when ${on('new')} begin
        insert into ${t.name}(rowid, title, tags, content) values (new.id, new.title, new.tags, new.content); end`).execute(db);
      await sql.raw(`insert into ${t.name}(rowid, title, tags, content) select id, title, tags, content from search_entries where ${t.when}`).execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema.dropTable('search_words').ifExists().execute();
  await db.schema.dropIndex('search_entries_site_language').ifExists().execute();
  await db.schema.dropIndex('search_entries_match').ifExists().execute();
  if (pg) {
    await sql`drop index if exists search_entries_vector`.execute(db);
    await sql`alter table search_entries drop column if exists search_vector`.execute(db);
    for (const analyzer of [...snowball, 'simple']) await sql.raw(`drop text search configuration if exists ecotone_${analyzer}`).execute(db);
    await sql`create index search_entries_fts on search_entries using gin (to_tsvector('simple', title || ' ' || content))`.execute(db);
  } else {
    for (const name of ['search_fts', 'search_fts_en']) {
      for (const suffix of ['ai', 'ad', 'aud', 'aui']) await sql.raw(`drop trigger if exists ${name}_${suffix}`).execute(db);
      await sql.raw(`drop table if exists ${name}`).execute(db);
    }
  }
  for (const column of ['targets', 'tags', 'analyzer']) await db.schema.alterTable('search_entries').dropColumn(column).execute();
  if (!pg) {
    await sql`create virtual table search_fts using fts5(title, content, content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger search_entries_ai after insert on search_entries begin
      insert into search_fts(rowid, title, content) values (new.id, new.title, new.content); end`.execute(db);
    await sql`create trigger search_entries_ad after delete on search_entries begin
      insert into search_fts(search_fts, rowid, title, content) values ('delete', old.id, old.title, old.content); end`.execute(db);
    await sql`create trigger search_entries_au after update on search_entries begin
      insert into search_fts(search_fts, rowid, title, content) values ('delete', old.id, old.title, old.content);
      insert into search_fts(rowid, title, content) values (new.id, new.title, new.content); end`.execute(db);
    await sql`insert into search_fts(search_fts) values ('rebuild')`.execute(db);
  }
}
