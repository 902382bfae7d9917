import type Database from 'better-sqlite3';

/**
 * Parameters of one statement: positional (`?`) or named (`@name`), as SQLite writes them. The
 * PostgreSQL client rewrites both to `$n`, so one statement text serves both stores.
 */
export type SqlParams = readonly unknown[] | Readonly<Record<string, unknown>>;

/** What a write did: rows changed, and the id SQLite gave the last row inserted (PostgreSQL: use RETURNING). */
export interface RunResult {
  changes: number;
  lastId?: number;
}

/** The SQL each store speaks; statements that differ between them ask for it (see `dialectOf`). */
export type Dialect = 'sqlite' | 'postgres';

/**
 * The one connection-shaped thing the store modules talk to: async, so a networked database
 * (PostgreSQL) and an embedded one (SQLite) sit behind the same statements. Only modules under
 * `src/core/store/` hold SQL and call it; the rest of the core calls their functions.
 */
export interface SqlClient {
  readonly dialect: Dialect;
  /** Every row the statement returns (an empty array for none). */
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  /** The first row, or undefined when there is none. */
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  /** A statement that writes; resolves to how many rows it changed. */
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  /** Several statements separated by semicolons, without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction on one connection: committed when `fn` resolves, rolled back when
   * it rejects (the rejection passes through). Transactions of one client never interleave; a
   * statement outside them that writes waits for the open one to finish.
   */
  tx<T>(fn: (sql: SqlClient) => Promise<T>): Promise<T>;
  /** Releases the connection(s). Idempotent. */
  close(): Promise<void>;
}

/** Statements prepared once per text: the store modules pass literal strings, so the cache stays small. */
const MAX_CACHED = 2000;

/**
 * SQLite through better-sqlite3. Statements run synchronously on the calling thread (so a read
 * costs what it did before the port), and each call resolves at once. A transaction is BEGIN
 * IMMEDIATE … COMMIT on the one connection, with a queue so that two async callers never share it.
 */
export function createSqliteClient(db: Database.Database): SqlClient {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      if (cache.size >= MAX_CACHED) cache.clear();
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const bind = (params: SqlParams | undefined): unknown[] => (params === undefined ? [] : Array.isArray(params) ? (params as unknown[]) : [params]);
  /** The tail of the queue of transactions: each waits for the one before it. */
  let tail: Promise<unknown> = Promise.resolve();
  let inTx = false;

  const direct = {
    all: <T>(sql: string, params?: SqlParams) => prepare(sql).all(...bind(params)) as T[],
    get: <T>(sql: string, params?: SqlParams) => prepare(sql).get(...bind(params)) as T | undefined,
    run: (sql: string, params?: SqlParams): RunResult => {
      const r = prepare(sql).run(...bind(params));
      return { changes: r.changes, lastId: Number(r.lastInsertRowid) };
    },
  };

  /** The client a transaction's body gets: the same connection, without the queue (it holds it). */
  const inside: SqlClient = {
    dialect: 'sqlite',
    all: async (sql, params) => direct.all(sql, params),
    get: async (sql, params) => direct.get(sql, params),
    run: async (sql, params) => direct.run(sql, params),
    exec: async (sql) => void db.exec(sql),
    tx: async (fn) => fn(inside),
    close: async () => {},
  };

  function queued<T>(work: () => Promise<T>): Promise<T> {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  }

  const client: SqlClient = {
    dialect: 'sqlite',
    all: async (sql, params) => direct.all(sql, params),
    get: async (sql, params) => direct.get(sql, params),
    // A write outside a transaction while one is open would land inside it (one connection): it waits.
    run: async (sql, params) => (inTx ? queued(async () => direct.run(sql, params)) : direct.run(sql, params)),
    exec: async (sql) => (inTx ? queued(async () => void db.exec(sql)) : void db.exec(sql)),
    tx: (fn) =>
      queued(async () => {
        db.exec('BEGIN IMMEDIATE');
        inTx = true;
        try {
          const out = await fn(inside);
          db.exec('COMMIT');
          return out;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        } finally {
          inTx = false;
        }
      }),
    close: async () => {
      if (db.open) db.close();
    },
  };
  return client;
}

/**
 * A statement written for SQLite (`?` and `@name` parameters) as PostgreSQL takes it (`$1…`), with
 * the values in order. Quoted strings, quoted identifiers and comments are left alone; `::type`
 * casts are not parameters.
 */
export function toPositional(sql: string, params?: SqlParams): { text: string; values: unknown[] } {
  const named = params !== undefined && !Array.isArray(params) ? (params as Record<string, unknown>) : undefined;
  const positional = Array.isArray(params) ? (params as unknown[]) : [];
  const values: unknown[] = [];
  const slots = new Map<string, number>();
  let text = '';
  let next = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      text += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      text += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      values.push(positional[next++]);
      text += `$${values.length}`;
    } else if ((c === '@' || c === ':' || c === '$') && /[A-Za-z_]/.test(sql[i + 1] ?? '') && !(c === ':' && sql[i - 1] === ':')) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i + 1))!;
      const name = m[0];
      if (!named || !(name in named)) throw new Error(`no value for the parameter ${c}${name}`);
      let slot = slots.get(name);
      if (slot === undefined) {
        values.push(named[name]);
        slot = values.length;
        slots.set(name, slot);
      }
      text += `$${slot}`;
      i += name.length;
    } else {
      text += c;
    }
  }
  return { text, values };
}
