import type Database from 'better-sqlite3';
import { STORE_TABLES } from '../../src/core/store/pg-schema.js';
import type { SqlClient } from '../../src/core/store/sql.js';

/**
 * Copies every knowledge-base row of an SQLite database into a migrated, empty PostgreSQL store,
 * in insertion order (rowid), ids kept, then moves each identity past the ids copied. The read
 * contract suite and the benchmark use it to put the same rows in both stores.
 */
export async function copySqliteInto(source: Database.Database, target: SqlClient, opts: { tables?: readonly string[] } = {}): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await target.tx(async (t) => {
    for (const table of opts.tables ?? STORE_TABLES) {
      const pgColumns = await t.all<{ name: string }>(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position",
        [table],
      );
      const sqliteColumns = new Set((source.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
      const columns = pgColumns.map((c) => c.name).filter((c) => sqliteColumns.has(c));
      const ddl = source.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string } | undefined;
      if (!ddl || columns.length === 0) continue;
      const order = /WITHOUT ROWID/i.test(ddl.sql) ? '' : ' ORDER BY rowid';
      const list = columns.map((c) => `"${c}"`).join(', ');
      const per = Math.max(1, Math.floor(20_000 / columns.length));
      let n = 0;
      let chunk: unknown[][] = [];
      const flush = async () => {
        if (!chunk.length) return;
        const values = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
        await t.run(`INSERT INTO ${table} (${list}) VALUES ${values}`, chunk.flat());
        n += chunk.length;
        chunk = [];
      };
      for (const row of source.prepare(`SELECT ${list} FROM ${table}${order}`).raw().iterate() as IterableIterator<unknown[]>) {
        chunk.push(row);
        if (chunk.length >= per) await flush();
      }
      await flush();
      counts[table] = n;
      if (columns.includes('id')) {
        await t.run(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), greatest((SELECT max(id) FROM ${table}), 1))`);
      }
    }
  });
  return counts;
}
