import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import { type RunResult, type SqlClient, type SqlParams, toPositional } from './sql.js';

/**
 * int8 (count(*), sum(), bigint ids) and numeric come back from node-postgres as strings, since
 * they may exceed 2^53. Parley's counts and ids never do, and the store modules compare them as
 * numbers, as SQLite returns them: parse them as numbers, on this client's pools only.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => (v === null ? null : Number(v));
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * A URL without a user (`postgres://127.0.0.1/test`, as the README and issue write it) means what
 * it means to psql: PGUSER, else the operating-system account. node-postgres falls back to $USER
 * only, which containers, `env -i` and CI runners often leave unset ("no PostgreSQL user name
 * specified in startup packet"); its default user becomes the account's name where $USER is unset.
 */
if (!pg.defaults.user) {
  try {
    pg.defaults.user = userInfo().username;
  } catch {
    // No passwd entry for this uid (an arbitrary container uid): the URL must name a user.
  }
}

/** Settings for the pool `createPostgresClient` makes from a URL. */
export interface PostgresOptions {
  /** Connections held at most (default 10). */
  max?: number;
  /** `search_path` set on every connection (tests: a schema of their own). */
  schema?: string;
  /** The application_name PostgreSQL shows in pg_stat_activity. */
  applicationName?: string;
}

const NAMES = new Map<string, string>();

/** A prepared statement's name: one per text, the same on every connection. */
function statementName(text: string): string {
  let name = NAMES.get(text);
  if (name === undefined) {
    name = `p${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    // Bounded: texts are literals in the store modules, but a caller could build many.
    if (NAMES.size > 5000) NAMES.clear();
    NAMES.set(text, name);
  }
  return name;
}

/** Anything that can run a query: the pool, or the one client a transaction holds. */
type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

function on(conn: Queryable): Omit<SqlClient, 'tx' | 'close' | 'dialect'> {
  const query = async <T>(sql: string, params?: SqlParams): Promise<pg.QueryResult & { rows: T[] }> => {
    const { text, values } = toPositional(sql, params);
    // Named, so each connection parses and plans a statement once and reuses it: the store modules
    // pass a few hundred literal texts, and planning cost more than running on the read side.
    return (await conn.query({ name: statementName(text), text, values, types })) as pg.QueryResult & { rows: T[] };
  };
  return {
    all: async <T>(sql: string, params?: SqlParams) => (await query<T>(sql, params)).rows,
    get: async <T>(sql: string, params?: SqlParams) => (await query<T>(sql, params)).rows[0],
    run: async (sql: string, params?: SqlParams): Promise<RunResult> => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
    // A simple-protocol query: several statements in one string, as migrations are written.
    exec: async (sql: string) => void (await conn.query(sql)),
  };
}

/** The schema name a test or an operator passes, checked before it is spliced into `SET search_path`. */
function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`not a plain schema name: ${schema}`);
  return `"${schema}"`;
}

/**
 * PostgreSQL through node-postgres: a `pg.Pool` made from a `postgres://` URL (or one the caller
 * owns, which `close` then leaves open). Statements are the store modules' SQLite-style text,
 * rewritten by `toPositional`. A transaction checks one client out of the pool, runs
 * BEGIN … COMMIT on it (ROLLBACK when the body rejects) and hands the body a client bound to it;
 * transactions of one pool run side by side, each on its own connection, and PostgreSQL's row
 * locks and unique keys order them.
 */
export function createPostgresClient(urlOrPool: string | pg.Pool, opts: PostgresOptions = {}): SqlClient {
  const owned = typeof urlOrPool === 'string';
  // pg-pool runs `onConnect` on each new connection before handing it out (its typings lack it).
  const config: pg.PoolConfig & { onConnect?: (conn: pg.PoolClient) => Promise<void> } = {
    connectionString: typeof urlOrPool === 'string' ? urlOrPool : undefined,
    max: opts.max ?? 10,
    application_name: opts.applicationName ?? 'parley',
    ...(opts.schema !== undefined ? { options: `-c search_path=${quoteSchema(opts.schema)}` } : {}),
    // JIT off (set per connection, not in `options`, which a URL's own ?options= replaces): the read
    // side's statements run in a millisecond or two, and a plan whose cost estimate passed
    // jit_above_cost (a walk that stops early, which the planner cannot see) spent 20–30 ms compiling.
    onConnect: async (conn) => {
      await conn.query('SET jit = off');
    },
  };
  const pool = typeof urlOrPool === 'string' ? new pg.Pool(config) : urlOrPool;
  // An idle connection the server drops (a restart, a failover) must not crash the process: the pool replaces it.
  if (owned) pool.on('error', () => {});

  let closed = false;

  const client: SqlClient = {
    dialect: 'postgres',
    ...on(pool),
    async tx<T>(fn: (sql: SqlClient) => Promise<T>): Promise<T> {
      const conn = await pool.connect();
      let broken: unknown;
      try {
        await conn.query('BEGIN');
        const inside: SqlClient = {
          dialect: 'postgres',
          ...on(conn),
          // A nested transaction joins the open one, as the SQLite client's does.
          tx: async (inner) => inner(inside),
          close: async () => {},
        };
        try {
          const out = await fn(inside);
          await conn.query('COMMIT');
          return out;
        } catch (err) {
          try {
            await conn.query('ROLLBACK');
          } catch (rollbackErr) {
            // The connection itself failed: it must not go back to the pool.
            broken = rollbackErr;
          }
          throw err;
        }
      } finally {
        conn.release(broken instanceof Error ? broken : undefined);
      }
    },
    async close() {
      if (closed || !owned) return;
      closed = true;
      await pool.end();
    },
  };
  return client;
}

/** True for a `postgres://` or `postgresql://` URL: the store it names is PostgreSQL. */
export function isPostgresUrl(s: string | undefined): s is string {
  return s !== undefined && /^postgres(ql)?:\/\//i.test(s.trim());
}

/** The URL with its password replaced, for log lines and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
