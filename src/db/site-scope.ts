import type {
  DeleteQueryBuilder,
  DeleteResult,
  Insertable,
  InsertQueryBuilder,
  InsertResult,
  Kysely,
  SelectQueryBuilder,
  UpdateQueryBuilder,
  UpdateResult,
} from 'kysely';
import type { Database, SiteTable } from './schema.ts';
import { siteDataWritten } from './site-changes.ts';
import { inTransaction } from './transaction.ts';

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
    const rows = (Array.isArray(values) ? values : [values]).map((row) => ({ ...row, site_id: this.siteId }));
    siteDataWritten(this.siteId);
    return this.db.insertInto(table).values(rows as any) as any;
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
