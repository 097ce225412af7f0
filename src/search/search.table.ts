import type { Generated } from 'kysely';

/**
 * `search_entries`: one row per published translation, the text the search engines index
 * (ADR 0013). PostgreSQL adds a generated `search_vector` column that the app never writes; SQLite
 * keeps FTS5 tables in step by triggers.
 */
export interface SearchEntriesTable {
  id: Generated<number>;
  site_id: number;
  item_id: number;
  language: string;
  type: string;
  /** `english`, `french`… (a Snowball stemmer's name), `simple`, or `cjk` (searched by substring). */
  analyzer: string;
  title: string;
  /** Tag titles in the entry's language, one a line: they weigh more than the body. */
  tags: string;
  /** Summary, body text and text fields, as plain text. */
  content: string;
  /** The item's GBF target identifiers as a JSON array (`["GBF-TARGET-03"]`), for facets. */
  targets: string;
  published_at: string | null;
}

/** `search_words`: the distinct words of a site's published text per language, for spelling suggestions. */
export interface SearchWordsTable {
  id: Generated<number>;
  site_id: number;
  language: string;
  /** Lower case, without diacritics. */
  word: string;
}
