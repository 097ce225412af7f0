import type { Generated } from 'kysely';

/** `item_comments`: comments people left on an item (PTK discussions), kept with it (migration 014). */
export interface ItemCommentsTable {
  id: Generated<number>;
  site_id: number;
  item_id: number;
  /** Where the comment came from (`ptk:<comment id>`), so that a re-import does not duplicate it. */
  source_key: string;
  author_name: string;
  title: string;
  /** Plain text. */
  body: string;
  posted_at: string | null;
  status: 'published' | 'spam';
  created_at: string;
}
