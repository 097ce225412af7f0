import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Db, openPostgres, openSqlite } from '../../src/db/database.ts';

/**
 * The databases every repository and HTTP suite runs against. PostgreSQL gets a fresh database per
 * suite (created and dropped here), so suites can run side by side. Outside CI a missing server
 * skips the PostgreSQL half with a printed reason; in CI (`REQUIRE_POSTGRES=1`) it fails.
 */
export type DialectName = 'sqlite' | 'postgres';

export interface TestDatabase {
  db: Db;
  /** For a child process (the CLI) to open the same database. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  dataDir: string;
  drop(): Promise<void>;
}

const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let postgresAvailable: Promise<string | null> | undefined;

/** Null when PostgreSQL answers; otherwise why it does not. */
export function postgresUnavailableReason(): Promise<string | null> {
  postgresAvailable ??= (async () => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (error) {
      return `PostgreSQL is not reachable at ${adminUrl} (${(error as Error).message})`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return postgresAvailable;
}

export async function dialectsToTest(): Promise<{ dialect: DialectName; skip: string | false }[]> {
  const reason = await postgresUnavailableReason();
  if (reason && process.env.REQUIRE_POSTGRES === '1') throw new Error(`${reason}; REQUIRE_POSTGRES=1 makes the PostgreSQL suites mandatory`);
  if (reason) console.warn(`# skipping PostgreSQL suites: ${reason}`);
  return [
    { dialect: 'sqlite', skip: false },
    { dialect: 'postgres', skip: reason ?? false },
  ];
}

export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecotone-test-'));
  if (dialect === 'sqlite') {
    return {
      db: openSqlite(path.join(dataDir, 'ecotone.sqlite')),
      env: { DATA_DIR: dataDir },
      dataDir,
      async drop() {
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `ecotone_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    db,
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    dataDir,
    async drop() {
      await db.close().catch(() => undefined);
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
