/**
 * The store's contract: the same behaviours on every store (SQLite, and PostgreSQL when a server
 * answers at 127.0.0.1 — see tests/support/stores.ts). Each test gets a fresh, migrated store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migratePostgres, PG_MIGRATIONS, postgresVersion } from '../../src/core/store/pg-schema.js';
import { createPostgresClient } from '../../src/core/store/postgres.js';
import type { SqlClient } from '../../src/core/store/sql.js';
import { contractStores, type OpenedStore } from '../support/stores.js';

const stores = await contractStores();

describe.each(stores)('the $name store', (store) => {
  describe.skipIf(store.skip !== undefined)(store.skip ?? 'contract', () => {
    let opened: OpenedStore;
    let sql: SqlClient;
    beforeEach(async () => {
      opened = await store.open();
      sql = opened.sql;
    });
    afterEach(async () => {
      await opened.drop();
    });

    describe('the client', () => {
      it('returns counts and ids as numbers, and rows changed by a write', async () => {
        await sql.run("INSERT INTO feeds (url, name) VALUES ('https://a.example/feed', 'A'), ('https://b.example/feed', 'B')");
        expect(await sql.get('SELECT count(*) AS n, sum(failures) AS f FROM feeds')).toEqual({ n: 2, f: 0 });
        const row = await sql.get<{ id: number }>('SELECT id FROM feeds WHERE url = ?', ['https://a.example/feed']);
        expect(typeof row?.id).toBe('number');
        expect((await sql.run('UPDATE feeds SET failures = failures + 1 WHERE name IN (@a, @b)', { a: 'A', b: 'B' })).changes).toBe(2);
        expect((await sql.run('UPDATE feeds SET failures = 0 WHERE name = ?', ['none'])).changes).toBe(0);
      });

      it('gives an inserted row its id through RETURNING', async () => {
        const a = await sql.get<{ id: number }>("INSERT INTO dossier_sets (dossiers) VALUES ('a') RETURNING id");
        const b = await sql.get<{ id: number }>("INSERT INTO dossier_sets (dossiers) VALUES ('b') RETURNING id");
        expect(b!.id).toBe(a!.id + 1);
      });

      it('commits a transaction that resolves and rolls back one that rejects', async () => {
        await sql.tx(async (t) => {
          await t.run("INSERT INTO deliveries (key, seen_at) VALUES ('kept', '2025-01-01T00:00:00Z')");
        });
        await expect(
          sql.tx(async (t) => {
            await t.run("INSERT INTO deliveries (key, seen_at) VALUES ('dropped', '2025-01-01T00:00:00Z')");
            await t.run("INSERT INTO deliveries (key, seen_at) VALUES ('kept', '2025-01-01T00:00:00Z')");
          }),
        ).rejects.toThrow();
        expect(await sql.all('SELECT key FROM deliveries ORDER BY key')).toEqual([{ key: 'kept' }]);
      });

      it('leaves the store usable after a failed statement', async () => {
        await expect(sql.run('INSERT INTO no_such_table VALUES (1)')).rejects.toThrow();
        await expect(sql.tx((t) => t.run('INSERT INTO no_such_table VALUES (1)'))).rejects.toThrow();
        expect(await sql.get('SELECT count(*) AS n FROM deliveries')).toEqual({ n: 0 });
      });
    });
  });
});

describe.each(stores.filter((s) => s.name === 'postgres'))('the PostgreSQL schema', (store) => {
  describe.skipIf(store.skip !== undefined)(store.skip ?? 'migrations', () => {
    let opened: OpenedStore;
    beforeEach(async () => {
      opened = await store.open();
    });
    afterEach(async () => {
      await opened.drop();
    });

    it('is applied once, and a second run (another replica) finds nothing to do', async () => {
      expect(await postgresVersion(opened.sql)).toBe(PG_MIGRATIONS.length);
      expect(await migratePostgres(opened.sql)).toEqual({ from: PG_MIGRATIONS.length, to: PG_MIGRATIONS.length, applied: [] });
    });

    it('applies each step once when replicas start together on an empty schema', async () => {
      await opened.sql.exec('DROP TABLE parley_schema');
      await opened.sql.exec(
        `DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP EXECUTE 'DROP TABLE ' || quote_ident(t) || ' CASCADE'; END LOOP; END $$`,
      );
      const replicas = [0, 1, 2].map(() => createPostgresClient(opened.url!, { schema: opened.schema!, max: 2 }));
      try {
        const reports = await Promise.all(replicas.map((r) => migratePostgres(r)));
        expect(reports.flatMap((r) => r.applied).sort()).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
        expect(await opened.sql.all('SELECT version FROM parley_schema ORDER BY version')).toEqual(PG_MIGRATIONS.map((_, i) => ({ version: i + 1 })));
      } finally {
        await Promise.all(replicas.map((r) => r.close()));
      }
    });

    it('refuses a store of a newer Parley before changing it', async () => {
      await opened.sql.run('INSERT INTO parley_schema (version, applied_at) VALUES (?, ?)', [PG_MIGRATIONS.length + 1, 'later']);
      await expect(migratePostgres(opened.sql)).rejects.toThrow(/newer Parley/);
    });

    it('keeps items.fts and events.fts current for full-text search', async () => {
      const sql = opened.sql;
      await sql.run("INSERT INTO feeds (id, url, name) VALUES (1, 'https://a.example/feed', 'A')");
      await sql.run(
        `INSERT INTO items (feed_id, title, published, fetched_at, text, content_hash)
         VALUES (1, 'Talks in Riyadh', '2025-03-24T00:00:00Z', '2025-03-24T00:00:00Z', 'The Black Sea ceasefire was discussed.', 'h1')`,
      );
      const hit = await sql.all<{ title: string }>("SELECT title FROM items WHERE fts @@ plainto_tsquery('simple', ?)", ['black sea']);
      expect(hit).toEqual([{ title: 'Talks in Riyadh' }]);
      expect(await sql.all("SELECT title FROM items WHERE fts @@ plainto_tsquery('simple', 'geneva')")).toEqual([]);
    });
  });
});
