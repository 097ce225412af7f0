import type { SiteScope } from '../../db/site-scope.ts';

/** How a site's national-data sync stands, for the admin and for the pages of synced records. */
export interface SiteSyncStatus {
  lastAttemptAt: string | null;
  /** When the site's records were last confirmed current with the CBD; pages show it. */
  lastSuccessAt: string | null;
  /** Why the last attempt failed (null after a success); the site manager sees it in the admin. */
  lastError: string | null;
  counts: SyncCounts;
  /** The records are sample data (the demo network's stand-in of the API): pages must say so. */
  sampleData: boolean;
  runningSince: string | null;
}

export interface SyncCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export const noCounts: SyncCounts = { added: 0, updated: 0, removed: 0, unchanged: 0 };

/** The site's sync status, or undefined when it was never synced. */
export async function siteSyncStatus(scope: SiteScope): Promise<SiteSyncStatus | undefined> {
  const row = await scope.selectFrom('cbd_site_syncs').selectAll().executeTakeFirst();
  if (!row) return undefined;
  return {
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    counts: { ...noCounts, ...JSON.parse(row.last_counts) },
    sampleData: row.sample_data === 1,
    runningSince: row.running_since,
  };
}
