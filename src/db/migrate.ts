import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import * as initial from './migrations/001-initial.ts';
import * as sessionsAndAudit from './migrations/002-sessions-and-audit.ts';
import * as outbox from './migrations/003-outbox.ts';
import * as passwordTokens from './migrations/004-password-tokens.ts';
import * as trash from './migrations/005-trash.ts';
import * as menus from './migrations/006-menus.ts';
import * as schedules from './migrations/007-schedules.ts';
import * as twoFactor from './migrations/008-two-factor.ts';
import * as media from './migrations/009-media.ts';
import * as mediaVariants from './migrations/010-media-variants.ts';
import * as mediaUsages from './migrations/011-media-usages.ts';
import * as search from './migrations/012-search.ts';
import * as cbdSync from './migrations/013-cbd-sync.ts';
import * as imports from './migrations/014-imports.ts';
import * as itemLookupIndexes from './migrations/015-item-lookup-indexes.ts';
import * as jobs from './migrations/016-jobs.ts';
import * as harvest from './migrations/017-harvest.ts';
import * as backups from './migrations/018-backups.ts';
import * as siteLifecycle from './migrations/019-site-lifecycle.ts';
import * as lookupIndexes from './migrations/020-lookup-indexes.ts';
import * as partialScheduleIndexes from './migrations/021-partial-schedule-indexes.ts';

/** Every migration, in order. Listed by hand so that a bundled or compiled build finds them all. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-sessions-and-audit': sessionsAndAudit,
  '003-outbox': outbox,
  '004-password-tokens': passwordTokens,
  '005-trash': trash,
  '006-menus': menus,
  '007-schedules': schedules,
  '008-two-factor': twoFactor,
  '009-media': media,
  '010-media-variants': mediaVariants,
  '011-media-usages': mediaUsages,
  '012-search': search,
  '013-cbd-sync': cbdSync,
  '014-imports': imports,
  '015-item-lookup-indexes': itemLookupIndexes,
  '016-jobs': jobs,
  '017-harvest': harvest,
  '018-backups': backups,
  '019-site-lifecycle': siteLifecycle,
  '020-lookup-indexes': lookupIndexes,
  '021-partial-schedule-indexes': partialScheduleIndexes,
};

/** The migrations' names in the order they run (Kysely orders them by name). */
export const migrationNames: readonly string[] = Object.keys(migrations).sort();

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema up to date. Safe to run on every start and from several processes. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String((result.error as Error).message ?? result.error)}`, {
      cause: result.error,
    });
  }
  return { applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
