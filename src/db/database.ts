import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { BackgroundCheckpoints } from './background-checkpoints.ts';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for logs (never includes a password). */
  describe: string;
  /**
   * Runs many writes (an import, the demo network) the way bulk writes go fastest on this
   * engine: on SQLite with the log's checkpoints in a thread of their own (`background-checkpoints.ts`).
   */
  bulkWrites<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Postgres returns BIGINT (count(*)) as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Opens the database named by the configuration: PostgreSQL when `DATABASE_URL` is set, else SQLite. */
export function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Db {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  fs.mkdirSync(config.dataDir, { recursive: true });
  return openSqlite(path.join(config.dataDir, 'ecotone.sqlite'));
}

export function openSqlite(file: string): Db {
  const sqlite = new SQLite(file);
  // WAL lets readers run while one writer writes; the busy timeout makes a second process
  // (the CLI beside a running server) wait for the lock instead of failing at once.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const checkpoints = new BackgroundCheckpoints(sqlite, file);
  return {
    kysely,
    dialect: 'sqlite',
    describe: `SQLite ${file}`,
    bulkWrites: (work) => checkpoints.run(work),
    close: async () => {
      await checkpoints.close();
      await kysely.destroy();
    },
  };
}

export function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server ends (a restart, a failover, an administrator) is an
  // 'error' event on the pool; unhandled, it would end the process. The pool drops that
  // connection and opens another when next needed, so it is only worth a line in the log.
  pool.on('error', (error) => console.warn(`[ecotone] PostgreSQL closed an idle connection: ${error.message}`));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  safe.password = '';
  return { kysely, dialect: 'postgres', describe: `PostgreSQL ${safe.host}${safe.pathname}`, bulkWrites: (work) => work(), close: () => kysely.destroy() };
}

/** Whether `db` (or a transaction on it) talks to PostgreSQL; the few dialect-specific queries ask this. */
export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The current time as stored in every timestamp column: ISO-8601 UTC text (ADR 0003). */
export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * Refreshes the query planner's statistics after a bulk load (demo network, imports). Until
 * PostgreSQL's autovacuum gets round to new tables the planner guesses one row per table and picks
 * nested scans that make every page several times slower; SQLite has no statistics until asked.
 */
export async function refreshPlannerStatistics(db: Pick<Db, 'kysely'>): Promise<void> {
  await sql`analyze`.execute(db.kysely);
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements can be kept and run again with new
 * parameters. Preparing is a good part of a small query's cost (a page view runs the same few
 * statements each time), so the last 500 distinct statements are kept, oldest dropped first.
 * Reuse is safe: better-sqlite3 runs a statement synchronously to the end before another starts.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const statements = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (source: string) => {
        let statement = statements.get(source);
        if (statement) {
          // Map order is insertion order: re-inserting keeps the most used at the end.
          statements.delete(source);
        } else {
          statement = prepare(source);
          if (statements.size >= 500) statements.delete(statements.keys().next().value!);
        }
        statements.set(source, statement);
        return statement;
      };
    },
  });
}
