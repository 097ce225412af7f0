import type { Kysely } from 'kysely';

/**
 * Runs `work` in a transaction, or inside the caller's when `db` already is one, so that services
 * compose: a seed can wrap many saves, each of which is transactional on its own.
 */
export function inTransaction<DB, R>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<R>): Promise<R> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
