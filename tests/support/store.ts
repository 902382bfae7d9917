/**
 * The knowledge base below the core's door, for tests, the bench and the corpus runner: `Core`
 * has no way to its database (src/core/index.ts is the only door), so what needs the SQLite file
 * itself opens it by path here, as any other reader of the file would.
 */
import Database from 'better-sqlite3';
import { createDossierCatalog, type DossierCatalog, type DossierDirs } from '../../src/core/dossier/load.js';
import { createIngester, type Ingester } from '../../src/core/ingest.js';
import { silentLogger } from '../../src/core/logger.js';
import type { ReaderSettings } from '../../src/core/reader/settings.js';
import { type Db, openDb } from '../../src/core/store/db.js';
import { createSqliteClient, type SqlClient } from '../../src/core/store/sql.js';

const CLIENTS = new WeakMap<Db, SqlClient>();

/** The store modules' client on a connection a test opened, one per connection (its transactions queue on it). */
export function sqliteClientFor(db: Db): SqlClient {
  let sql = CLIENTS.get(db);
  if (!sql) {
    sql = createSqliteClient(db);
    CLIENTS.set(db, sql);
  }
  return sql;
}

/** A read-only connection to a Parley database file, for SQL assertions. */
export function readDb(path: string): Db {
  return new Database(path, { readonly: true, fileMustExist: true });
}

export interface DirectStore {
  /** A writable connection (migrated, as the core opens it), opened on first use. */
  readonly db: Db;
  /** The store modules' client on `db` (one per connection, so its transactions queue as the core's do). */
  readonly sql: SqlClient;
  /** The dossiers, as the core loads them. */
  readonly catalog: DossierCatalog;
  /** An ingester on `db` that reads each item for every dossier, the default first, as the core's does (built on first use). */
  readonly ingester: Ingester;
  close(): void;
}

/** Opens a database file (or ':memory:') writable, with the dossiers and ingester a core on it would have. */
export function directStore(path: string, opts: { now: () => Date; dossierDir?: DossierDirs; dossier?: string; reader?: ReaderSettings }): DirectStore {
  const catalog = createDossierCatalog({ ...(opts.dossierDir ? { dirs: opts.dossierDir } : {}), ...(opts.dossier ? { defaultId: opts.dossier } : {}) });
  let db: Db | undefined;
  const open = (): Db => {
    db ??= openDb(path, { legacyDossier: catalog.get().id });
    return db;
  };
  let ingester: Ingester | undefined;
  let sql: SqlClient | undefined;
  return {
    get db(): Db {
      return open();
    },
    get sql(): SqlClient {
      sql ??= sqliteClientFor(open());
      return sql;
    },
    catalog,
    get ingester(): Ingester {
      const first = catalog.get();
      ingester ??= createIngester({
        // The same client as `sql`: one queue of transactions per connection.
        sql: sqliteClientFor(open()),
        db: open(),
        dossier: first,
        dossiers: [first, ...catalog.all().filter((d) => d.id !== first.id)],
        logger: silentLogger,
        now: opts.now,
        ...(opts.reader ? { reader: opts.reader } : {}),
      });
      return ingester;
    },
    close: () => db?.close(),
  };
}
