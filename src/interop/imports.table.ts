import type { Generated } from 'kysely';

/** Tables of imports from older systems (migration 014, ADR 0017). */

/** `import_runs`: one row per import run, with its final report. */
export interface ImportRunsTable {
  id: Generated<number>;
  site_id: number;
  /** The system imported from: `ptk`. */
  source: string;
  /** The format read: `nyexp`, `json-dump`, `export-json`, `glossary`. */
  format: string;
  source_name: string;
  started_by: number | null;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'completed' | 'failed';
  /** JSON counts per source type and outcome. */
  counts: string;
  /** JSON report (`ImportReport`). */
  report: string;
}

/** `import_records`: what one source object became, keyed by source and path. */
export interface ImportRecordsTable {
  id: Generated<number>;
  site_id: number;
  source: string;
  source_path: string;
  meta_type: string;
  outcome: 'item' | 'media' | 'menu' | 'quarantine';
  item_id: number | null;
  media_id: number | null;
  /** JSON `ImportRecordDetails`. */
  details: string;
  parent_path: string;
  position: number;
  sort_order: number;
  source_hash: string;
  links_pending: number;
  run_id: number;
  updated_at: string;
}

/** `quarantine`: source objects kept raw until an administrator retries or dismisses them. */
export interface QuarantineTable {
  id: Generated<number>;
  site_id: number;
  source: string;
  source_path: string;
  meta_type: string;
  reason: string;
  raw: string;
  status: 'open' | 'dismissed';
  run_id: number;
  created_at: string;
  updated_at: string;
  dismissed_by: number | null;
}
