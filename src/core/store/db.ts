import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { DOSSIER_FACTS_SQL, LEGACY_DOSSIER, LEGACY_DOSSIER_SQL, MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/** What is wrong with a database file, as far as the person running Parley can act on it. */
export type DatabaseProblem = 'folder' | 'read-only' | 'damaged' | 'newer' | 'cannot-open' | 'full';

/**
 * A database Parley cannot use as asked. The message names the file and says what to do, and is
 * safe to print as the one line a CLI or a start-up failure shows.
 */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';

  constructor(
    readonly problem: DatabaseProblem,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export function isDatabaseError(err: unknown): err is DatabaseError {
  return err instanceof DatabaseError;
}

const RESTORE = 'restore it from a backup (`parley backup FILE` makes one), or move it aside to start a new one';

/**
 * The DatabaseError an SQLite failure on `path` amounts to, or undefined when it is not about the
 * file itself (a constraint, a busy lock, a bug). Corruption, read-only files and folders, a full
 * disk and unopenable paths are things an operator can fix; they get a line that says how.
 */
export function databaseErrorOf(err: unknown, path: string): DatabaseError | undefined {
  if (err instanceof DatabaseError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  // SQLite's messages can span lines (a malformed schema quotes it): one line, of a readable length.
  const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim().slice(0, 120);
  if (code === 'SQLITE_NOTADB') return new DatabaseError('damaged', path, `${path} is not a Parley database, or is damaged (${detail}): ${RESTORE}`);
  if (code.startsWith('SQLITE_CORRUPT')) return new DatabaseError('damaged', path, `${path} is damaged (${detail}): ${RESTORE}`);
  if (code === 'SQLITE_READONLY_DIRECTORY') {
    return new DatabaseError(
      'read-only',
      path,
      `the folder ${dirname(path)} is read-only, and SQLite must create ${path}-shm beside the database even to read it: make the folder writable (the file may stay read-only)`,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) return readOnlyError(path);
  if (code === 'SQLITE_FULL') return new DatabaseError('full', path, `the disk holding ${path} is full: free some space, then run the command again`);
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM') {
    return new DatabaseError('cannot-open', path, `cannot use ${path} (${detail}): check that the path is right and that Parley may read and write it and its folder`);
  }
  return undefined;
}

/** Why a read-only database refuses a write (ingest, subscriptions, briefings). */
export function readOnlyError(path: string): DatabaseError {
  return new DatabaseError(
    'read-only',
    path,
    `${path} is read-only: queries work, but ingesting, subscriptions and briefings need write access to it and to its folder (chmod u+w, or run Parley as its owner)`,
  );
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens (creating when missing) the knowledge base. WAL lets the bot read while an ingest
 * writes; synchronous=NORMAL in WAL keeps every committed transaction across a process kill
 * (only an OS crash can lose the last ones) at a fraction of FULL's fsync cost.
 *
 * Nothing is changed before the file is known to be usable: a folder, a file that is not a
 * database, and a database from a newer Parley are refused (a `DatabaseError` naming the file
 * and what to do) before the journal mode is set or any migration runs. A file Parley may not
 * write is opened read-only (check with `isReadOnly`) when its schema is current.
 */
export function openDb(path: string, opts: { readonly?: boolean; legacyDossier?: string } = {}): Db {
  let readonly = opts.readonly ?? false;
  if (path !== ':memory:') {
    let exists = false;
    try {
      const st = statSync(path);
      exists = true;
      if (st.isDirectory()) {
        throw new DatabaseError('folder', path, `${path} is a folder, not a database file: point PARLEY_DB (or --db) at a file, e.g. ${join(path, 'parley.db')}`);
      }
    } catch (err) {
      if (err instanceof DatabaseError) throw err;
    }
    if (exists) {
      readonly ||= !writable(path);
    } else {
      try {
        mkdirSync(dirname(path), { recursive: true });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'error';
        throw new DatabaseError('cannot-open', path, `cannot create the folder ${dirname(path)} for the database (${code}): create it, or point PARLEY_DB (or --db) elsewhere`);
      }
    }
  }
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (err) {
    throw databaseErrorOf(err, path) ?? err;
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Read before anything is written: a file that is not a database fails here, and a newer schema is refused untouched.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new DatabaseError(
        'newer',
        path,
        `${path} was written by a newer Parley (database schema version ${version}, this Parley knows ${MIGRATIONS.length}): upgrade Parley, or point PARLEY_DB (or --db) at another file`,
      );
    }
    if (readonly) {
      if (version < MIGRATIONS.length) {
        throw new DatabaseError(
          'read-only',
          path,
          `${path} is read-only and from an older Parley: its schema must be upgraded once with write access (chmod u+w, or run Parley as its owner)`,
        );
      }
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, opts.legacyDossier !== undefined ? { legacyDossier: opts.legacyDossier } : {});
    return db;
  } catch (err) {
    db.close();
    throw databaseErrorOf(err, path) ?? err;
  }
}

/** True when the database was opened read-only (the file is not writable by this process). */
export function isReadOnly(db: Db): boolean {
  return db.readonly;
}

/** The migration that gave each fact a dossier: facts stored before it are `legacyDossier`'s. */
const DOSSIER_STEP = MIGRATIONS.indexOf(DOSSIER_FACTS_SQL);

/**
 * Applies every migration past the database's `user_version`. The version is read inside each
 * IMMEDIATE transaction, so two processes opening one file at once never apply a step twice.
 * `legacyDossier`: the dossier the database was run with until now (the configured default),
 * which the facts stored before dossiers existed are given.
 */
export function migrate(db: Db, opts: { legacyDossier?: string } = {}): number {
  for (;;) {
    const applied = db
      .transaction(() => {
        const current = db.pragma('user_version', { simple: true }) as number;
        if (current > MIGRATIONS.length) {
          throw new Error(
            `database schema version ${current} is newer than this Parley (${MIGRATIONS.length}); upgrade Parley`,
          );
        }
        if (current === MIGRATIONS.length) return false;
        db.exec(MIGRATIONS[current]!);
        if (current === DOSSIER_STEP && opts.legacyDossier !== undefined && opts.legacyDossier !== LEGACY_DOSSIER) {
          for (const sql of LEGACY_DOSSIER_SQL) db.prepare(sql).run({ dossier: opts.legacyDossier });
        }
        db.pragma(`user_version = ${current + 1}`);
        return true;
      })
      .immediate();
    if (!applied) return MIGRATIONS.length;
  }
}

/**
 * `PRAGMA quick_check`: "ok", or the first problems SQLite finds in the file's pages and indexes.
 * Reads the whole file (about 2 s for 360 MB), so the bot runs it off its event loop.
 */
export function quickCheck(db: Db): { ok: boolean; detail?: string } {
  try {
    const rows = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
    const lines = rows.map((r) => r.quick_check);
    return lines.length === 1 && lines[0] === 'ok' ? { ok: true } : { ok: false, detail: lines.join('; ').replace(/\s+/g, ' ').slice(0, 300) };
  } catch (err) {
    // Damage bad enough stops the check itself ("database disk image is malformed").
    return { ok: false, detail: (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 300) };
  }
}
