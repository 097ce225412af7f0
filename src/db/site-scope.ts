import {
  CompiledQuery,
  type DeleteQueryBuilder,
  type DeleteResult,
  type Insertable,
  type InsertQueryBuilder,
  type InsertResult,
  type Kysely,
  type SelectQueryBuilder,
  type UpdateQueryBuilder,
  type UpdateResult,
} from 'kysely';
import type { Database, SiteTable } from './schema.ts';
import { siteDataWritten } from './site-changes.ts';
import { inTransaction } from './transaction.ts';
import { isPostgres } from './database.ts';

type WithoutSite<T> = Omit<T, 'site_id'>;

/** A site table, optionally aliased (`'items as i'`). */
export type ScopedTableExpression = SiteTable | `${SiteTable} as ${string}`;
type TableOf<TE> = TE extends `${infer T} as ${string}` ? T : TE;
type AliasOf<TE> = TE extends `${string} as ${infer A}` ? A : TE;
/** The database as seen from a query on `TE`: every table, plus the alias if there is one. */
export type ScopedDatabase<TE extends string> = Database & { [K in AliasOf<TE>]: Database[TableOf<TE> & keyof Database] };

/**
 * The only way to reach a site's rows. Every builder it hands out already carries
 * `where <table>.site_id = <this site>` (or sets `site_id` on insert), so forgetting a `where`
 * cannot leak or damage another site's data. Repositories take a `SiteScope`, never a bare
 * Kysely instance; the few cross-site reads live in `network/network-reads.ts`,
 * `search/cross-site.ts` and the backup module (`backup/repo.ts`). See ADR 0002.
 * Every write it builds also tells in-memory caches that the site changed (`site-changes.ts`).
 *
 * @example
 *   const rows = await scope.selectFrom('items').selectAll().where('type', '=', 'news').execute();
 */
export class SiteScope {
  constructor(
    readonly db: Kysely<Database>,
    readonly siteId: number,
  ) {
    if (!Number.isInteger(siteId) || siteId <= 0) throw new Error(`A site scope needs a site id, got ${siteId}`);
  }

  selectFrom<TE extends ScopedTableExpression>(table: TE): SelectQueryBuilder<ScopedDatabase<TE>, AliasOf<TE> & keyof ScopedDatabase<TE>, {}> {
    const alias = table.includes(' as ') ? table.split(' as ')[1] : table;
    return (this.db.selectFrom(table as any) as any).where(`${alias}.site_id`, '=', this.siteId);
  }

  insertInto<T extends SiteTable>(
    table: T,
    values: WithoutSite<Insertable<Database[T]>> | readonly WithoutSite<Insertable<Database[T]>>[],
  ): InsertQueryBuilder<Database, T, InsertResult> {
    const rows = (Array.isArray(values) ? values : [values]).map((row) => Object.assign({}, row, { site_id: this.siteId }));
    siteDataWritten(this.siteId);
    return this.db.insertInto(table).values(rows as any) as any;
  }

  /**
   * Inserts many rows in as few statements as the engines' limits on bound values allow, the SQL
   * written directly instead of through the query builder: in bulk writes (importers) building a
   * query object for every value costs more than the database takes to store it. Every row must
   * have the same columns, none undefined. Returns nothing; see `insertRowsReturningIds`.
   */
  async insertRows<T extends SiteTable>(table: T, rows: readonly WithoutSite<Insertable<Database[T]>>[]): Promise<void> {
    await this.bulkInsert(table, rows, false);
  }

  /**
   * `insertRows`, giving the new rows' ids in the rows' order. A statement's rows take ascending ids
   * in the order they are given, on both engines (SQLite writes one statement at a time;
   * PostgreSQL draws each row's id from the sequence in order, other sessions' draws only leaving
   * gaps), so each statement's ids sorted ascending are its rows' ids in order.
   */
  async insertRowsReturningIds<T extends SiteTable>(table: T, rows: readonly WithoutSite<Insertable<Database[T]>>[]): Promise<number[]> {
    return this.bulkInsert(table, rows, true);
  }

  private async bulkInsert(table: SiteTable, rows: readonly Record<string, unknown>[], returningIds: boolean): Promise<number[]> {
    const ids: number[] = [];
    if (!rows.length) return ids;
    siteDataWritten(this.siteId);
    const columns = Object.keys(rows[0]!).filter((c) => c !== 'site_id');
    // Column names come from typed rows, never from input; checked all the same, as they are spliced in.
    for (const column of columns) if (!/^[a-z_][a-z0-9_]*$/.test(column)) throw new Error(`insertRows into ${table}: "${column}" is not a column name`);
    const postgres = isPostgres(this.db);
    // A few thousand values a statement: far below both engines' limits (32,766 and 65,535), and
    // the same text for every full chunk, so the prepared statement is reused.
    const perStatement = Math.max(1, Math.min(500, Math.floor(2000 / (columns.length + 1))));
    // Every row is checked before the first statement runs, so a bad one writes nothing.
    const statements: { text: string; parameters: unknown[]; count: number }[] = [];
    for (let start = 0; start < rows.length; start += perStatement) {
      const count = Math.min(perStatement, rows.length - start);
      const parameters: unknown[] = [];
      for (let index = start; index < start + count; index++) {
        const row = rows[index]!;
        const keys = Object.keys(row).filter((c) => c !== 'site_id');
        if (keys.length !== columns.length) throw new Error(`insertRows into ${table}: row ${index} has columns ${keys.join(', ')}, the first row ${columns.join(', ')}`);
        parameters.push(this.siteId);
        for (const column of columns) {
          const value = row[column];
          if (value === undefined) throw new Error(`insertRows into ${table}: row ${index} has no value for ${column}`);
          parameters.push(value);
        }
      }
      statements.push({ text: insertStatement(table, columns, count, postgres, returningIds), parameters, count });
    }
    for (const { text, parameters, count } of statements) {
      const result = await this.db.executeQuery<{ id: number }>(CompiledQuery.raw(text, parameters));
      if (returningIds) {
        if (result.rows.length !== count) throw new Error(`Inserting ${count} rows into ${table} returned ${result.rows.length} ids`);
        ids.push(...result.rows.map((r) => r.id).sort((a, b) => a - b));
      }
    }
    return ids;
  }

  updateTable<T extends SiteTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult> {
    siteDataWritten(this.siteId);
    return (this.db.updateTable(table) as any).where(`${table}.site_id`, '=', this.siteId);
  }

  deleteFrom<T extends SiteTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult> {
    siteDataWritten(this.siteId);
    return (this.db.deleteFrom(table) as any).where(`${table}.site_id`, '=', this.siteId);
  }

  /** Runs `work` in one transaction (or the one already open), with a scope for the same site on it. */
  async transaction<R>(work: (scope: SiteScope) => Promise<R>): Promise<R> {
    // A nested call ends before the outer transaction commits: only the outermost one signals.
    const outermost = !this.db.isTransaction;
    try {
      return await inTransaction(this.db, (trx) => work(trx === this.db ? this : new SiteScope(trx, this.siteId)));
    } finally {
      // Again once committed: a cache refilled while the transaction ran may hold the old rows.
      if (outermost) siteDataWritten(this.siteId);
    }
  }
}

const statementTexts = new Map<string, string>();

/** `insert into "table" ("site_id", …) values (…), (…)` for `count` rows, kept once made (an import makes the same few again and again). */
function insertStatement(table: string, columns: readonly string[], count: number, postgres: boolean, returningIds: boolean): string {
  const key = `${table}|${columns.join(',')}|${count}|${postgres}|${returningIds}`;
  let text = statementTexts.get(key);
  if (text === undefined) {
    const width = columns.length + 1;
    const tuples = Array.from({ length: count }, (_, row) => `(${Array.from({ length: width }, (_, column) => (postgres ? `$${row * width + column + 1}` : '?')).join(', ')})`);
    text = `insert into "${table}" (${['site_id', ...columns].map((c) => `"${c}"`).join(', ')}) values ${tuples.join(', ')}${returningIds ? ' returning "id"' : ''}`;
    // Bounded: the keys are a few per table in practice, but nothing must grow without end.
    if (statementTexts.size >= 200) statementTexts.clear();
    statementTexts.set(key, text);
  }
  return text;
}
