import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens (creating when missing) the knowledge base. WAL lets the bot read while an ingest
 * writes; synchronous=NORMAL in WAL keeps every committed transaction across a process kill
 * (only an OS crash can lose the last ones) at a fraction of FULL's fsync cost.
 */
export function openDb(path: string, opts: { readonly?: boolean } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: opts.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}

/**
 * Applies every migration past the database's `user_version`. The version is read inside each
 * IMMEDIATE transaction, so two processes opening one file at once never apply a step twice.
 */
export function migrate(db: Db): number {
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
        db.pragma(`user_version = ${current + 1}`);
        return true;
      })
      .immediate();
    if (!applied) return MIGRATIONS.length;
  }
}
