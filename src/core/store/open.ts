import { type Db, DatabaseError, isReadOnly, openDb } from './db.js';
import { migratePostgres, NewerSchemaError } from './pg-schema.js';
import { createPostgresClient, isPostgresUrl, type PostgresOptions, redactUrl } from './postgres.js';
import { createSqliteClient, type SqlClient, type SqlParams } from './sql.js';

/** Which store Parley runs on: an SQLite file, or a PostgreSQL database. */
export type StoreTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/**
 * The store a configuration names: `PARLEY_DATABASE_URL` (a postgres:// URL) selects PostgreSQL,
 * otherwise the SQLite file (`PARLEY_DB`, `--db`). src/config.ts reads the variables; this only
 * chooses between what it read.
 */
export function storeTarget(settings: { dbPath: string; databaseUrl?: string | undefined }): StoreTarget {
  if (isPostgresUrl(settings.databaseUrl)) return { kind: 'postgres', url: settings.databaseUrl.trim() };
  return { kind: 'sqlite', path: settings.dbPath };
}

/** The target in words safe for a log line or a message (a URL without its password). */
export function describeTarget(target: StoreTarget): string {
  return target.kind === 'sqlite' ? target.path : redactUrl(target.url);
}

/** An open store: the SqlClient every store module takes, and what the core needs besides. */
export interface Store {
  readonly target: StoreTarget;
  readonly sql: SqlClient;
  /**
   * SQLite only: the better-sqlite3 connection behind `sql`, for SQLite's own tools (backup,
   * quick_check, the read-only check).
   */
  readonly db?: Db;
  /** The store refuses writes (an SQLite file this process may not write). */
  readonly readOnly: boolean;
  close(): Promise<void>;
}

/**
 * Opens the store, creating and migrating its schema first: SQLite through `openDb` (WAL, its
 * checks, its `user_version` migrations), PostgreSQL through a pool and `migratePostgres`.
 * A PostgreSQL server that cannot be reached, or a store of a newer Parley, is a DatabaseError
 * naming the URL (without its password) and what to do.
 */
export async function openStore(target: StoreTarget, opts: { legacyDossier?: string; postgres?: PostgresOptions; migrate?: boolean } = {}): Promise<Store> {
  if (target.kind === 'sqlite') {
    const db = openDb(target.path, opts.legacyDossier !== undefined ? { legacyDossier: opts.legacyDossier } : {});
    const sql = createSqliteClient(db);
    return { target, sql, db, readOnly: isReadOnly(db), close: () => sql.close() };
  }
  const sql = createPostgresClient(target.url, opts.postgres ?? {});
  try {
    if (opts.migrate !== false) await migratePostgres(sql);
    else await sql.get('SELECT 1');
  } catch (err) {
    await sql.close();
    throw postgresError(err, target.url);
  }
  return { target, sql, readOnly: false, close: () => sql.close() };
}

/** The DatabaseError a failure to open a PostgreSQL store amounts to. */
export function postgresError(err: unknown, url: string): Error {
  const where = redactUrl(url);
  if (err instanceof NewerSchemaError) return new DatabaseError('newer', where, `${where}: ${err.message}, or point PARLEY_DATABASE_URL at another database`);
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim().slice(0, 160);
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28P01', '28000'].includes(code) || /connect|password|authentication|does not exist/i.test(detail)) {
    return new DatabaseError(
      'cannot-open',
      where,
      `cannot use the PostgreSQL database ${where} (${detail}): check that the server runs, that the database exists and that PARLEY_DATABASE_URL's user may connect`,
    );
  }
  return err instanceof Error ? err : new Error(detail);
}

/**
 * A client whose every call first waits for `ready` (the PostgreSQL schema being created or
 * upgraded at start): the core is built synchronously, and its first call waits for the store.
 * A failed `ready` rejects every call with its error.
 */
export function gatedClient(sql: SqlClient, ready: Promise<void>): SqlClient {
  return {
    dialect: sql.dialect,
    async all<T>(text: string, params?: SqlParams) {
      await ready;
      return sql.all<T>(text, params);
    },
    async get<T>(text: string, params?: SqlParams) {
      await ready;
      return sql.get<T>(text, params);
    },
    async run(text, params) {
      await ready;
      return sql.run(text, params);
    },
    async exec(text) {
      await ready;
      return sql.exec(text);
    },
    async tx<T>(fn: (t: SqlClient) => Promise<T>) {
      await ready;
      return sql.tx(fn);
    },
    close: () => sql.close(),
  };
}
