import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { Output } from '../output.ts';

/** `ecotone migrate`: brings the database schema up to date (the server also does this on start). */
export async function migrate(out: Output): Promise<void> {
  const db = openDatabase(loadConfig());
  try {
    const report = await migrateToLatest(db.kysely);
    out.say(report.applied.length ? `Applied ${report.applied.length} migration(s) to ${db.describe}: ${report.applied.join(', ')}` : `${db.describe} is up to date`);
    out.result({ database: db.dialect, applied: report.applied });
  } finally {
    await db.close();
  }
}
