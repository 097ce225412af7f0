import type { Generated } from 'kysely';

/**
 * Tables of the feed harvester (migration 017, ADR 0020). Sources, feeds and entries are
 * network-level rows (no `site_id`); a site's choice of sources for its home page is site data.
 */

export type HarvestFeedKind = 'news' | 'events' | 'other';

/** `harvest_sources`: one external CHM site. */
export interface HarvestSourcesTable {
  id: Generated<number>;
  /** The name shown when there is none in the reader's language. */
  name: string;
  /** JSON `{ [lang]: name }`, possibly `{}`. */
  names: string;
  /** ISO 3166-1 alpha-2, lower case. */
  country: string;
  home_url: string;
  created_at: string;
  updated_at: string;
}

/** `harvest_feeds`: one feed of a source and the state of its fetching. */
export interface HarvestFeedsTable {
  id: Generated<number>;
  source_id: number;
  url: string;
  kind: HarvestFeedKind;
  language: string;
  last_fetched_at: string | null;
  last_success_at: string | null;
  /** HTTP status of the last answer; null when none came (timeout, DNS, refused address). */
  last_status: number | null;
  /** Null after a success or a 304. */
  last_error: string | null;
  consecutive_failures: Generated<number>;
  etag: string | null;
  last_modified: string | null;
  /** Null: due now. */
  next_fetch_at: string | null;
  created_at: string;
}

/** `harvest_entries`: one item a source published, however many feeds or fetches carried it. */
export interface HarvestEntriesTable {
  id: Generated<number>;
  source_id: number;
  feed_id: number;
  dedupe_key: string;
  link_key: string | null;
  kind: HarvestFeedKind;
  language: string;
  title: string;
  /** Plain text, at most a few hundred characters. */
  summary: string | null;
  link: string | null;
  published_at: string | null;
  updated_at: string | null;
  event_start: string | null;
  event_end: string | null;
  /** Published, else updated, else first seen: the order of the streams. */
  sort_at: string;
  first_seen_at: string;
  last_seen_at: string;
}

/** `site_harvest_selections`: a source whose entries a site shows on its home page. */
export interface SiteHarvestSelectionsTable {
  id: Generated<number>;
  site_id: number;
  source_id: number;
  created_at: string;
}
