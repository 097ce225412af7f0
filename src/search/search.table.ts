import type { Generated } from 'kysely';

/** `search_entries`: one row per published translation, the text the search engines index. */
export interface SearchEntriesTable {
  id: Generated<number>;
  site_id: number;
  item_id: number;
  language: string;
  type: string;
  title: string;
  /** Summary, body text and tag titles, as plain text. */
  content: string;
  published_at: string | null;
}
