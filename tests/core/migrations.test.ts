import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDb } from '../../src/core/store/backup.js';
import { openDb } from '../../src/core/store/db.js';
import { MIGRATIONS } from '../../src/core/store/migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('schema migrations', () => {
  it('run forward from every released schema version, keeping what was stored', () => {
    for (let from = 0; from < MIGRATIONS.length; from++) {
      const path = join(dir, `v${from}.db`);
      const raw = new Database(path);
      for (let v = 0; v < from; v++) raw.exec(MIGRATIONS[v]!);
      raw.pragma(`user_version = ${from}`);
      if (from >= 1) {
        raw.prepare("INSERT INTO feeds (url, name) VALUES ('https://example.test/f', 'F')").run();
        raw
          .prepare(
            "INSERT INTO items (feed_id, guid, url, title, published, fetched_at, text, content_hash) VALUES (1, 'g', 'https://example.test/a', 'T', '2025-03-23T00:00:00Z', '2025-03-23T00:00:00Z', 'body', 'h')",
          )
          .run();
      }
      raw.close();
      const db = openDb(path);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      if (from >= 1) expect(db.prepare('SELECT title FROM items').get()).toEqual({ title: 'T' });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });

  it('refuses a database from a newer Parley rather than guessing', () => {
    const path = join(dir, 'future.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDb(path)).toThrow(/written by a newer Parley \(database schema version \d+, this Parley knows \d+\)/);
  });

  it('backs up a live database to a copy that passes integrity_check', async () => {
    const db = openDb(join(dir, 'live.db'));
    db.prepare("INSERT INTO feeds (url, name) VALUES ('https://example.test/g', 'G')").run();
    const target = join(dir, 'backup.db');
    expect(await backupDb(db, target)).toBeGreaterThan(0);
    db.close();
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM feeds').get()).toEqual({ name: 'G' });
    copy.close();
  });
});
