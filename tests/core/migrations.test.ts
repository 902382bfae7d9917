import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDb } from '../../src/core/store/backup.js';
import { openDb } from '../../src/core/store/db.js';
import { DOSSIER_FACTS_SQL, MIGRATIONS } from '../../src/core/store/migrations.js';

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

  it('gives the facts of a database from before dossiers the dossier it was run with', () => {
    const before = MIGRATIONS.indexOf(DOSSIER_FACTS_SQL);
    for (const [legacy, expected] of [[undefined, 'russia-ukraine'], ['cyrillic', 'cyrillic']] as const) {
      const path = join(dir, `legacy-${expected}.db`);
      const raw = new Database(path);
      for (let v = 0; v < before; v++) raw.exec(MIGRATIONS[v]!);
      raw.pragma(`user_version = ${before}`);
      raw.exec(`
        INSERT INTO feeds (url, name) VALUES ('https://example.test/f', 'F');
        INSERT INTO items (feed_id, guid, url, title, published, fetched_at, text, content_hash, relevant, relevance, topics)
          VALUES (1, 'g', 'https://example.test/a', 'T', '2025-03-23T00:00:00Z', '2025-03-23T00:00:00Z', 'body', 'h', 1, 9, '{"maritime":2}');
        INSERT INTO rounds (place, date, date_precision, status, parties) VALUES ('Riyadh', '2025-03-23', 'day', 'held', '["Ukraine"]');
        INSERT INTO delegations (party, round_id, first_item_id, reported_at) VALUES ('Ukraine', 1, 1, '2025-03-23T00:00:00Z');
        INSERT INTO events (key, kind, date, date_precision, title, first_item_id, reported_at) VALUES ('talks|round:1', 'talks', '2025-03-23', 'day', 'Talks', 1, '2025-03-23T00:00:00Z');
        INSERT INTO statements (item_id, sentence_index, speaker, mode, verb, rule, evidence) VALUES (1, 0, 'Kyiv', 'reported', 'said', 'r', 'Kyiv said.');
        INSERT INTO briefings_sent (destination, window_start, window_end, created_at) VALUES ('slack:T1:C1', 'a', 'b', 'c');
      `);
      raw.close();
      const db = openDb(path, legacy ? { legacyDossier: legacy } : {});
      const one = (sql: string) => db.prepare(sql).get();
      expect(one('SELECT dossier, relevance, topics FROM item_dossiers')).toEqual({ dossier: expected, relevance: 9, topics: '{"maritime":2}' });
      expect(one('SELECT dossier FROM rounds')).toEqual({ dossier: expected });
      expect(one('SELECT dossier FROM delegations')).toEqual({ dossier: expected });
      expect(one('SELECT dossier, key FROM events')).toEqual({ dossier: expected, key: `${expected}|talks|round:1` });
      expect(one('SELECT dossier, speaker FROM statements')).toEqual({ dossier: expected, speaker: 'Kyiv' });
      expect(one('SELECT dossier FROM briefings_sent')).toEqual({ dossier: expected });
      // The item was scored for that dossier only: another added later still reads it.
      expect(one('SELECT s.dossiers FROM items i JOIN dossier_sets s ON s.id = i.scored_set')).toEqual({ dossiers: expected });
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
