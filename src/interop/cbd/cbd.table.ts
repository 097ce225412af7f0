import type { Generated } from 'kysely';

/**
 * Tables of the CBD sync (migration 013, ADR 0016). The synced records themselves are items
 * (`items.origin = 'cbd'`); these tables say which central record each one mirrors and how the
 * syncs went.
 */

/** `cbd_records`: the central record an item mirrors, one row per synced item. */
export interface CbdRecordsTable {
  id: Generated<number>;
  site_id: number;
  item_id: number;
  /** The record's identifier in the central systems (`identifier_s`, a GUID). */
  identifier: string;
  /** `nationalTarget7`, `nbsap`, `nationalReport7`, `nationalReport6`, `nationalReport`, `focalPoint`. */
  schema: string;
  document_id: number | null;
  revision: number | null;
  /** The record's last central change (`updatedDate_dt`), ISO-8601 UTC. */
  source_updated_at: string | null;
  /** The record's public page at the CBD. */
  url: string | null;
  synced_at: string;
}

/** `cbd_site_syncs`: one row per site, the state of its national-data sync. */
export interface CbdSiteSyncsTable {
  id: Generated<number>;
  site_id: number;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  /** JSON `{added, updated, removed, unchanged}` of the last successful sync. */
  last_counts: string;
  running_since: string | null;
  /** 1 when the last sync read sample data (the demo's stand-in of the API), which pages must say. */
  sample_data: number;
}

/** `cbd_vocabulary_syncs`: one row per thesaurus domain, the state of its sync (network-wide). */
export interface CbdVocabularySyncsTable {
  domain: string;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  term_count: number;
}
