import type { SqlClient } from '../sql.js';

/**
 * The few places SQLite and PostgreSQL (15) spell a read differently. Each returns SQL text for
 * the client's dialect; no user text ever reaches them, only column expressions and constants.
 */

/**
 * A list aggregated into one string: `group_concat` in SQLite, `string_agg` (over text) in
 * PostgreSQL. SQLite keeps the order of an ordered subquery it aggregates; PostgreSQL is told it
 * (`orderBy`, over the subquery's columns).
 */
export const listAgg = (sql: SqlClient, expr: string, sep = ',', orderBy?: string): string =>
  sql.dialect === 'sqlite' ? `group_concat(${expr}, '${sep}')` : `string_agg(CAST(${expr} AS TEXT), '${sep}'${orderBy ? ` ORDER BY ${orderBy}` : ''})`;

/** Equality that holds for two NULLs: SQLite's `IS`, PostgreSQL's `IS NOT DISTINCT FROM`. */
export const same = (sql: SqlClient, a: string, b: string): string => (sql.dialect === 'sqlite' ? `${a} IS ${b}` : `${a} IS NOT DISTINCT FROM ${b}`);

/**
 * The order rows of a table without an id of its own (actor_aliases, delegation_members,
 * delegation_sources) were written in: SQLite's `rowid`, PostgreSQL's identity column `seq`
 * (schema version 2; like rowid it stays when a row is updated).
 */
export const insertOrder = (sql: SqlClient, alias?: string): string => `${alias ? `${alias}.` : ''}${sql.dialect === 'sqlite' ? 'rowid' : 'seq'}`;

/** Descending with NULLs last, as SQLite sorts them by default (PostgreSQL puts them first). */
export const descNullsLast = (sql: SqlClient): string => (sql.dialect === 'sqlite' ? 'DESC' : 'DESC NULLS LAST');

/** A condition as 0/1, the same number on both engines (PostgreSQL would return a boolean). */
export const flag = (cond: string): string => `CASE WHEN ${cond} THEN 1 ELSE 0 END`;

/** Position of a substring (1-based, 0 when absent). */
export const position = (sql: SqlClient, haystack: string, needle: string): string =>
  sql.dialect === 'sqlite' ? `instr(${haystack}, ${needle})` : `strpos(${haystack}, ${needle})`;

/** Text-search configuration of the PostgreSQL tsvector columns: no stemming, like FTS5's unicode61. */
export const PG_TS_CONFIG = 'simple';

/**
 * Search words as the user typed them, each a phrase to match ("black-sea" matches "Black Sea"),
 * at most 12, ANDed by `ftsIds`. Quotes and operators never reach either engine's query syntax
 * unquoted: FTS5 gets each as a quoted string, PostgreSQL each as a bound value.
 */
export function searchPhrases(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 12);
}

/**
 * A full-text condition on a table with a tsvector column `fts` (PostgreSQL) or its FTS5 shadow
 * `<table>_fts` (SQLite): the ids of the rows matching every group in `all`, where a group
 * matches when any of its phrases does. Returns the SQL of an id subquery and its values.
 */
export function ftsIds(
  sql: SqlClient,
  table: 'events' | 'items',
  all: readonly (readonly string[])[],
  opts: { limit?: number; newestFirst?: boolean } = {},
): { text: string; values: unknown[] } {
  const tail = `${opts.newestFirst ? (sql.dialect === 'sqlite' ? ' ORDER BY rowid DESC' : ' ORDER BY id DESC') : ''}${opts.limit ? ` LIMIT ${opts.limit}` : ''}`;
  if (sql.dialect === 'sqlite') {
    const quote = (p: string) => `"${p.replace(/"/g, '""')}"`;
    const match = all.map((group) => (group.length === 1 ? quote(group[0]!) : `(${group.map(quote).join(' OR ')})`)).join(' AND ');
    return { text: `SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH ?${tail}`, values: [match] };
  }
  const values: unknown[] = [];
  const groups = all.map((group) => {
    const phrases = group.map((p) => {
      // The words of the phrase, in order: to_tsvector splits "Black-Sea" into black, sea too.
      values.push(p.replace(/[^\p{L}\p{N}]+/gu, ' '));
      return `phraseto_tsquery('${PG_TS_CONFIG}', ?)`;
    });
    return phrases.length === 1 ? phrases[0]! : `(${phrases.join(' || ')})`;
  });
  const match = `SELECT id FROM ${table} WHERE fts @@ (${groups.join(' && ')})`;
  // A bare LIMIT ("is the word on record?") lets the planner expect a hit early in a sequential
  // scan of the whole table, which a word on record nowhere never gives (100 ms over the bench's
  // items): materialized, the match is planned for all its rows and reads the GIN index.
  if (opts.limit && !opts.newestFirst) return { text: `WITH m AS MATERIALIZED (${match}) SELECT id FROM m${tail}`, values };
  return { text: `${match}${tail}`, values };
}

/** LIKE as SQLite means it, case-insensitive (ASCII): PostgreSQL's ILIKE. */
export const likeCi = (sql: SqlClient): string => (sql.dialect === 'sqlite' ? 'LIKE' : 'ILIKE');

/**
 * A full-text condition on a row of `table` (aliased `alias`): SQLite looks its id up in the
 * FTS5 shadow table; PostgreSQL tests the row's own tsvector (no self-join, so the planner may
 * walk the date index and test each row, or read the GIN index, whichever is cheaper).
 */
export function ftsMatch(sql: SqlClient, table: 'events' | 'items', alias: string, all: readonly (readonly string[])[]): { text: string; values: unknown[] } {
  const ids = ftsIds(sql, table, all);
  if (sql.dialect === 'sqlite') return { text: `${alias}.id IN (${ids.text})`, values: ids.values };
  return { text: ids.text.replace(/^SELECT id FROM \w+ WHERE fts @@ /, `${alias}.fts @@ `), values: ids.values };
}
