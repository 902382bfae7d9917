/**
 * The stores a contract suite runs on: SQLite (a fresh in-memory database, migrated as the core
 * migrates a file) and PostgreSQL (a fresh schema of its own in database `test` at 127.0.0.1,
 * migrated, dropped after). Use with `describe.each(await contractStores())`.
 *
 * PostgreSQL is probed once per test file. When it cannot be reached, its cases are skipped and
 * the reason is printed — unless PARLEY_REQUIRE_PG=1 (CI sets it when `pg_isready` succeeds),
 * which turns the skip into a failure, so a CI with a server never passes on SQLite alone.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb } from '../../src/core/store/db.js';
import { migratePostgres } from '../../src/core/store/pg-schema.js';
import { createPostgresClient } from '../../src/core/store/postgres.js';
import { createSqliteClient, type SqlClient } from '../../src/core/store/sql.js';

/** The PostgreSQL server tests use: trust auth on loopback, database `test`. */
export const TEST_PG_URL = process.env.PARLEY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** One store a contract suite runs on. */
export interface StoreCase {
  name: 'sqlite' | 'postgres';
  /** Why the store's cases are skipped (PostgreSQL unreachable); undefined when they run. */
  skip?: string;
  /** A fresh, migrated, empty store; `drop` closes it and removes what it created. */
  open(): Promise<OpenedStore>;
}

export interface OpenedStore {
  sql: SqlClient;
  /** PostgreSQL: the URL and schema of this store (another pool can open it, as a second replica would). */
  url?: string;
  schema?: string;
  drop(): Promise<void>;
}

let probe: Promise<string | undefined> | undefined;

/** Undefined when PostgreSQL answers at TEST_PG_URL, else why not. */
export function postgresUnreachable(): Promise<string | undefined> {
  probe ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      return undefined;
    } catch (err) {
      return `PostgreSQL not reachable at ${TEST_PG_URL} (${(err as Error).message || String(err)})`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return probe;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_PG_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A fresh schema in the test database, migrated; `drop` closes the pool and drops the schema. */
export async function freshPostgres(): Promise<OpenedStore> {
  const schema = `parley_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  const sql = createPostgresClient(TEST_PG_URL, { schema, max: 4 });
  await migratePostgres(sql);
  return {
    sql,
    url: TEST_PG_URL,
    schema,
    async drop() {
      await sql.close();
      await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    },
  };
}

/** A fresh in-memory SQLite store, migrated as `openDb` migrates a file. */
export async function freshSqlite(): Promise<OpenedStore> {
  const sql = createSqliteClient(openDb(':memory:'));
  return { sql, drop: () => sql.close() };
}

/** `[sqlite, postgres]`, PostgreSQL with `skip` set (and the reason printed) when it cannot be reached. */
export async function contractStores(): Promise<StoreCase[]> {
  const why = await postgresUnreachable();
  if (why !== undefined) {
    if (process.env.PARLEY_REQUIRE_PG === '1') throw new Error(`PARLEY_REQUIRE_PG=1 but ${why}`);
    console.warn(`[stores] skipping the PostgreSQL cases: ${why}`);
  }
  return [
    { name: 'sqlite', open: freshSqlite },
    { name: 'postgres', ...(why !== undefined ? { skip: why } : {}), open: freshPostgres },
  ];
}
