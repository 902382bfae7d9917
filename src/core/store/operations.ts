import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { UserError } from '../errors.js';
import { DatabaseError, databaseErrorOf, type Db, openDb } from './db.js';
import { MIGRATIONS } from './migrations.js';
import { describeTarget, openStore, postgresError, type StoreTarget } from './open.js';
import { IDENTITY_TABLES, migratePostgres, PG_MIGRATIONS, postgresVersion, STORE_TABLES } from './pg-schema.js';
import type { SqlClient } from './sql.js';

/** What `parley migrate` did to a store. */
export interface MigrateReport {
  kind: StoreTarget['kind'];
  /** The file, or the URL without its password. */
  where: string;
  from: number;
  to: number;
  /** The versions applied now (empty: the store was current). */
  applied: number[];
}

/** The SQLite file's schema version without changing it (0: no file yet, or an empty one). */
function sqliteVersion(path: string): number {
  if (path === ':memory:' || !existsSync(path)) return 0;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return db.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw databaseErrorOf(err, path) ?? err;
  } finally {
    db?.close();
  }
}

/**
 * Brings the store's schema to this Parley's version, as the bot does at start, and says which
 * versions it applied. A store of a newer Parley is refused untouched (a DatabaseError).
 */
export async function migrateStore(target: StoreTarget, opts: { legacyDossier?: string } = {}): Promise<MigrateReport> {
  const where = describeTarget(target);
  if (target.kind === 'sqlite') {
    const from = sqliteVersion(target.path);
    const store = await openStore(target, opts);
    await store.close();
    const to = MIGRATIONS.length;
    return { kind: 'sqlite', where, from, to, applied: Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i + 1) };
  }
  const store = await openStore(target, { migrate: false });
  try {
    const r = await migratePostgres(store.sql);
    return { kind: 'postgres', where, ...r };
  } catch (err) {
    throw postgresError(err, target.url);
  } finally {
    await store.close();
  }
}

/** One table of a copy: rows in the source, and in the target afterwards. */
export interface CopiedTable {
  table: string;
  source: number;
  target: number;
}

/** What `parley copy-store` did. */
export interface CopyReport {
  from: string;
  to: string;
  tables: CopiedTable[];
  /** True when every table has as many rows in the target as in the source. */
  same: boolean;
}

/** Values bound per INSERT: well under PostgreSQL's 65,535 parameters. */
const MAX_PARAMS = 30_000;

async function counts(sql: SqlClient): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const t of STORE_TABLES) out.set(t, (await sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))?.n ?? 0);
  return out;
}

/**
 * Copies an SQLite knowledge base into a PostgreSQL store, every row of every table with its ids,
 * in one PostgreSQL transaction (a failure leaves the target as it was), from one read snapshot
 * of the file (the bot may keep running on it). The file is first brought to the current schema,
 * as the bot would at start. The target must be empty unless `replace` is set, which empties it
 * first. Afterwards the identity sequences move past the copied ids, and the row counts of each
 * table are compared: `same` says whether they all match.
 *
 * Full-text search needs no copying: PostgreSQL computes items.fts and events.fts from the rows.
 */
export async function copyStore(fromPath: string, to: StoreTarget & { kind: 'postgres' }, opts: { replace?: boolean; legacyDossier?: string } = {}): Promise<CopyReport> {
  if (!existsSync(fromPath)) throw new UserError(`no SQLite database at ${fromPath}: give the file the bot ran on, e.g. --from ./data/parley.db`);
  let source: Db;
  try {
    source = openDb(fromPath, opts.legacyDossier !== undefined ? { legacyDossier: opts.legacyDossier } : {});
  } catch (err) {
    throw databaseErrorOf(err, fromPath) ?? err;
  }
  const target = await openStore(to);
  try {
    const before = await counts(target.sql);
    const held = [...before].filter(([, n]) => n > 0);
    if (held.length > 0 && !opts.replace) {
      throw new UserError(
        `${describeTarget(to)} already holds a knowledge base (${held.map(([t, n]) => `${t}: ${n}`).slice(0, 4).join(', ')}${held.length > 4 ? ', …' : ''}): copy into an empty database, or add --replace to empty it first`,
      );
    }
    // One read transaction: every table from the same snapshot of the file (WAL lets the bot write meanwhile).
    source.exec('BEGIN');
    try {
      const sourceCounts = new Map<string, number>();
      await target.sql.tx(async (t) => {
        if (held.length > 0) await t.exec(`TRUNCATE ${STORE_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
        for (const table of STORE_TABLES) {
          const columns = (source.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
          sourceCounts.set(table, (source.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
          const perInsert = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
          const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
          const tuple = `(${columns.map(() => '?').join(', ')})`;
          let batch: unknown[][] = [];
          const flush = async () => {
            if (batch.length === 0) return;
            await t.run(head + batch.map(() => tuple).join(', '), batch.flat());
            batch = [];
          };
          // In insertion order: PostgreSQL numbers the rows of the tables without an id (`seq`) as they arrive.
          const ddl = source.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string } | undefined;
          const order = ddl && !/WITHOUT ROWID/i.test(ddl.sql) ? ' ORDER BY rowid' : '';
          for (const row of source.prepare(`SELECT ${columns.join(', ')} FROM ${table}${order}`).raw().iterate() as Iterable<unknown[]>) {
            batch.push(row);
            if (batch.length >= perInsert) await flush();
          }
          await flush();
        }
        for (const table of IDENTITY_TABLES) {
          await t.get(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`);
        }
      });
      // Fresh statistics for the copied rows: without them the planner guesses row counts and picks its walks badly.
      await target.sql.exec('ANALYZE');
      const after = await counts(target.sql);
      const tables = STORE_TABLES.map((table) => ({ table, source: sourceCounts.get(table) ?? 0, target: after.get(table) ?? 0 }));
      return { from: fromPath, to: describeTarget(to), tables, same: tables.every((x) => x.source === x.target) };
    } finally {
      if (source.inTransaction) source.exec('COMMIT');
    }
  } catch (err) {
    if (err instanceof UserError || err instanceof DatabaseError) throw err;
    throw postgresError(err, to.url);
  } finally {
    source.close();
    await target.close();
  }
}

/** The PostgreSQL schema versions this Parley knows; `postgresVersion` reads a store's. */
export { PG_MIGRATIONS, postgresVersion };
