import { type Kysely, PostgresAdapter } from 'kysely';

/** Migrations import no application code; these two helpers are all the dialect knowledge they need. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-incrementing integer key: `serial` in PostgreSQL, `integer … autoincrement` in SQLite. */
export function idColumn(db: Kysely<any>): 'serial' | 'integer' {
  return isPostgres(db) ? 'serial' : 'integer';
}
