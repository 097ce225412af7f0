import type { Generated } from 'kysely';

/** `items`: language-independent part of a content item. Every site-data table has `site_id`. */
export interface ItemsTable {
  id: Generated<number>;
  site_id: number;
  type: string;
  author_id: number | null;
  /** JSON object of the type's non-localized field values. */
  data: string;
  promoted: number;
  sticky: number;
  sort_order: number;
  geo_lat: number | null;
  geo_lng: number | null;
  /** Start of the item's date range (events, projects), ISO-8601 UTC, for sorting and filters. */
  starts_at: string | null;
  ends_at: string | null;
  /** Bumped on every save; a save naming an older version is refused (two editors, one item). */
  version: number;
  created_at: string;
  updated_at: string;
  /** Set when the item was moved to the trash (ISO-8601 UTC); null for a live item. Purged after 30 days. */
  deleted_at: string | null;
  /** Who moved it to the trash. */
  deleted_by: number | null;
  /** Null for content written on the site; `cbd` for a record the CBD sync owns (read-only here, ADR 0016). */
  origin: string | null;
}

/** `item_translations`: one row per language per item. */
export interface ItemTranslationsTable {
  id: Generated<number>;
  site_id: number;
  item_id: number;
  /** Denormalised from items so that slugs are unique per site, type and language. */
  type: string;
  language: string;
  title: string;
  slug: string;
  summary: string;
  /** Sanitised HTML. */
  body: string;
  /** JSON object of the type's localized field values. */
  data: string;
  status: 'draft' | 'review' | 'published' | 'archived';
  published_at: string | null;
  /** When the scheduled-publishing job is to publish this translation (ISO-8601 UTC); ADR 0007. */
  publish_at: string | null;
  /** When the job is to unpublish (archive) it. */
  unpublish_at: string | null;
  /** The IANA zone the schedule was entered in, to show it back as the editor typed it. */
  schedule_zone: string | null;
  created_at: string;
  updated_at: string;
  /** While the item is in the trash: its real slug (`slug` holds a placeholder, freeing the address). */
  trashed_slug: string | null;
}

/** `item_revisions`: a snapshot per save, so nothing an editor saved is ever lost. */
export interface ItemRevisionsTable {
  id: Generated<number>;
  site_id: number;
  item_id: number;
  version: number;
  user_id: number | null;
  created_at: string;
  /** JSON array of changed paths, e.g. `["translations.fr.title", "fields.start"]`. */
  changes: string;
  /** JSON snapshot of the whole item after the save. */
  snapshot: string;
  /** Why the change was made, when someone said so: an editor's comment when sending a translation back. */
  note: string | null;
}

/** `item_tags`: vocabulary identifiers attached to an item. */
export interface ItemTagsTable {
  site_id: number;
  item_id: number;
  vocabulary: string;
  term: string;
}
