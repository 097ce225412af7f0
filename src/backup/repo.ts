/**
 * The backup module's SQL. Backups read and write one site's rows of every table by name (the
 * table list is data, `tables.ts`), which the typed `SiteScope` cannot express; so this is one of
 * the few clearly named cross-table modules ADR 0002 allows. Every query here still carries the
 * site's id.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

type Row = Record<string, unknown>;
const pageSize = 500;

/** A site's rows of `table`, in `orderBy` order, a page at a time (memory stays bounded). */
export async function* siteRows(db: Kysely<Database>, table: string, siteId: number, orderBy: readonly string[]): AsyncIterable<Row> {
  const any = db as unknown as Kysely<any>;
  // Keyset paging on `id` where the order is the id; offset paging for the two tables keyed otherwise.
  if (orderBy.length === 1 && orderBy[0] === 'id') {
    let after = 0;
    for (;;) {
      const rows: Row[] = await any.selectFrom(table).selectAll().where('site_id', '=', siteId).where('id', '>', after).orderBy('id').limit(pageSize).execute();
      yield* rows;
      if (rows.length < pageSize) return;
      after = rows.at(-1)!.id as number;
    }
  }
  for (let offset = 0; ; offset += pageSize) {
    let query = any.selectFrom(table).selectAll().where('site_id', '=', siteId);
    for (const column of orderBy) query = query.orderBy(column);
    const rows: Row[] = await query.limit(pageSize).offset(offset).execute();
    yield* rows;
    if (rows.length < pageSize) return;
  }
}

/** The identities (never passwords or second factors) of the given users. */
export async function userIdentities(db: Kysely<Database>, ids: readonly number[]): Promise<{ id: number; email: string; display_name: string }[]> {
  const found: { id: number; email: string; display_name: string }[] = [];
  for (let i = 0; i < ids.length; i += pageSize) {
    found.push(...(await db.selectFrom('users').select(['id', 'email', 'display_name']).where('id', 'in', ids.slice(i, i + pageSize)).orderBy('id').execute()));
  }
  return found;
}

/** The last migration applied to this database: the shape of the rows a backup holds. */
export async function schemaVersion(db: Kysely<Database>): Promise<string> {
  const row = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return row.rows[0]?.name ?? 'none';
}

/** Inserts one row and returns its new id. */
export async function insertReturningId(db: Kysely<Database>, table: string, row: Row): Promise<number> {
  const inserted = await (db as unknown as Kysely<any>).insertInto(table).values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export async function insertRows(db: Kysely<Database>, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length) await (db as unknown as Kysely<any>).insertInto(table).values(rows as Row[]).execute();
}

/** Finds users by email, case-insensitively (emails are stored lower-case, but an archive is outside input). */
export async function findUserIdsByEmail(db: Kysely<Database>, emails: readonly string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const lower = [...new Set(emails.map((e) => e.toLowerCase()))];
  for (let i = 0; i < lower.length; i += pageSize) {
    const rows = await db
      .selectFrom('users')
      .select(['id', 'email'])
      .where((eb) => eb(eb.fn('lower', ['email']), 'in', lower.slice(i, i + pageSize)))
      .execute();
    for (const r of rows) found.set(r.email.toLowerCase(), r.id);
  }
  return found;
}
