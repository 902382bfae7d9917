import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteClient, toPositional } from '../../src/core/store/sql.js';

describe('the SQLite client', () => {
  it('reads, writes and rolls a failed transaction back', async () => {
    const sql = createSqliteClient(new Database(':memory:'));
    await sql.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)');
    expect((await sql.run('INSERT INTO t (v) VALUES (?)', ['a'])).lastId).toBe(1);
    await expect(
      sql.tx(async (t) => {
        await t.run('INSERT INTO t (v) VALUES (@v)', { v: 'b' });
        await t.run('INSERT INTO t (v) VALUES (@v)', { v: 'a' });
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await sql.all<{ v: string }>('SELECT v FROM t ORDER BY id')).toEqual([{ v: 'a' }]);
    expect(await sql.get('SELECT v FROM t WHERE v = ?', ['zz'])).toBeUndefined();
    await sql.close();
  });

  it('keeps a write made while a transaction is open out of it', async () => {
    const sql = createSqliteClient(new Database(':memory:'));
    await sql.exec('CREATE TABLE t (v TEXT)');
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const failing = sql.tx(async (t) => {
      await t.run('INSERT INTO t VALUES (?)', ['inside']);
      await gate;
      throw new Error('rolled back');
    });
    const outside = sql.run('INSERT INTO t VALUES (?)', ['outside']);
    release();
    await expect(failing).rejects.toThrow('rolled back');
    await outside;
    expect(await sql.all('SELECT v FROM t')).toEqual([{ v: 'outside' }]);
  });
});

describe('statements as PostgreSQL takes them', () => {
  it('numbers positional and named parameters, reusing a repeated name', () => {
    expect(toPositional('SELECT * FROM a WHERE x = ? AND y = ?', [1, 2])).toEqual({ text: 'SELECT * FROM a WHERE x = $1 AND y = $2', values: [1, 2] });
    expect(toPositional('SELECT @a, @b, @a', { a: 1, b: 2 })).toEqual({ text: 'SELECT $1, $2, $1', values: [1, 2] });
  });

  it('leaves quoted text, comments and casts alone', () => {
    expect(toPositional("SELECT '?', \"@x\", v::text -- ?\nFROM t WHERE a = ?", [5])).toEqual({
      text: "SELECT '?', \"@x\", v::text -- ?\nFROM t WHERE a = $1",
      values: [5],
    });
  });

  it('refuses a named parameter without a value', () => {
    expect(() => toPositional('SELECT @missing', {})).toThrow(/missing/);
  });
});
